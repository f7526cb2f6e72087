namespace Dyad.Storage;

/// <summary>The types a stored column can have; each store maps them to its own.</summary>
public enum ColumnType : byte
{
    /// <summary>Text.</summary>
    Text,
    /// <summary>A 32-bit integer (offsets, indexes, counts).</summary>
    Count,
    /// <summary>A 64-bit integer (hashed ids).</summary>
    Key,
    /// <summary>Double-precision floating point.</summary>
    Real,
    /// <summary>Boolean (UInt8 in ClickHouse).</summary>
    Bool,
    /// <summary>Calendar date.</summary>
    Date,
}

/// <summary>A column: its name, type and whether it may be null.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Type">Type.</param>
/// <param name="Nullable">True when the value may be missing.</param>
public sealed record Column(string Name, ColumnType Type, bool Nullable = false);

/// <summary>A table: its columns, and the columns rows are sorted by (the key for dyad/time queries in ClickHouse).</summary>
/// <param name="Name">Table name.</param>
/// <param name="Columns">Columns in order.</param>
/// <param name="OrderBy">Sort key.</param>
/// <param name="PartitionDate">Date column partitioned by month in ClickHouse, or null.</param>
public sealed record Table(string Name, IReadOnlyList<Column> Columns, string OrderBy, string? PartitionDate = null)
{
    /// <summary>The index of a column by name.</summary>
    public int IndexOf(string column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"table {Name} has no column {column}", nameof(column));
    }
}

/// <summary>
/// The stored schema, the same for every store. Every row of a document's tables carries its
/// <c>doc_id</c>; a document's row in <c>documents</c> is written last (or in the same
/// transaction), so a document is stored whole or not at all. Events are not a table: an event is
/// the set of realised mentions with the same <c>event_id</c> (dyad, CAMEO code and day), which is
/// how one event reported by many articles is counted once with many mentions.
/// </summary>
public static class StoreSchema
{
    /// <summary>Version of the stored layout; a store written by another version is refused.</summary>
    public const int Version = 1;

    /// <summary>
    /// The first event day stored: the first Monday of ClickHouse's Date range, so days, weeks
    /// and months of every stored day exist in both stores (GDELT starts in 1979).
    /// </summary>
    public static readonly DateOnly FirstDay = new(1970, 1, 5);

    /// <summary>The last event day stored: ClickHouse's Date ends in 2105.</summary>
    public static readonly DateOnly LastDay = new(2105, 12, 31);

    /// <summary>The stored days, for messages.</summary>
    public static string Days => $"{FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}";

    /// <summary>Key/value facts about the store (schema version, writer).</summary>
    public static readonly Table Meta = new("meta", [new("key", ColumnType.Text), new("value", ColumnType.Text)], "key");

    /// <summary>Documents: metadata, cleaned text, story, tone.</summary>
    public static readonly Table Documents = new("documents",
    [
        new("doc_id", ColumnType.Text), new("story_id", ColumnType.Text), new("source", ColumnType.Text), new("url", ColumnType.Text, true),
        new("title", ColumnType.Text, true), new("published", ColumnType.Date, true), new("language", ColumnType.Text), new("text", ColumnType.Text),
        new("signature", ColumnType.Text), new("sentences", ColumnType.Count), new("tone", ColumnType.Real), new("positive", ColumnType.Real),
        new("negative", ColumnType.Real), new("polarity", ColumnType.Real), new("activity_density", ColumnType.Real),
        new("self_group_density", ColumnType.Real), new("word_count", ColumnType.Count), new("gkg_row", ColumnType.Text),
    ], "doc_id");

    /// <summary>Story bands: locality-sensitive hashes of a document's MinHash signature, to find near-duplicates.</summary>
    public static readonly Table StoryBands = new("story_bands",
        [new("band_hash", ColumnType.Key), new("doc_id", ColumnType.Text), new("story_id", ColumnType.Text)], "band_hash");

    /// <summary>Sentences as spans of the cleaned text.</summary>
    public static readonly Table Sentences = new("sentences",
        [new("doc_id", ColumnType.Text), new("sentence", ColumnType.Count), new("span_start", ColumnType.Count), new("span_end", ColumnType.Count), new("paragraph", ColumnType.Count)],
        "(doc_id, sentence)");

    /// <summary>Event mentions: every coded event of every document with its evidence (GDELT's Mentions and more).</summary>
    public static readonly Table Mentions = new("mentions",
    [
        new("mention_id", ColumnType.Key), new("event_id", ColumnType.Key), new("doc_id", ColumnType.Text), new("sentence", ColumnType.Count),
        new("event_date", ColumnType.Date), new("date_resolution", ColumnType.Text), new("date_text", ColumnType.Text, true),
        new("source_code", ColumnType.Text), new("source_country", ColumnType.Text, true), new("source_name", ColumnType.Text),
        new("source_start", ColumnType.Count), new("source_end", ColumnType.Count), new("source_rule", ColumnType.Text),
        new("target_code", ColumnType.Text, true), new("target_country", ColumnType.Text, true), new("target_name", ColumnType.Text, true),
        new("target_start", ColumnType.Count, true), new("target_end", ColumnType.Count, true), new("target_rule", ColumnType.Text, true),
        new("cameo", ColumnType.Text), new("root", ColumnType.Text), new("quad", ColumnType.Count), new("goldstein", ColumnType.Real),
        new("plover_event", ColumnType.Text, true), new("plover_mode", ColumnType.Text, true),
        new("negated", ColumnType.Bool), new("hypothetical", ColumnType.Bool), new("attempted", ColumnType.Bool), new("realized", ColumnType.Bool),
        new("is_root", ColumnType.Bool), new("trigger_text", ColumnType.Text), new("trigger_start", ColumnType.Count), new("trigger_end", ColumnType.Count),
        new("sentence_text", ColumnType.Text), new("sentence_start", ColumnType.Count), new("rule", ColumnType.Text), new("entries", ColumnType.Text),
        new("reported_by", ColumnType.Text, true), new("confidence", ColumnType.Real),
        new("location_name", ColumnType.Text, true), new("location_type", ColumnType.Count, true), new("location_country", ColumnType.Text, true),
        new("location_fips", ColumnType.Text, true), new("location_adm1", ColumnType.Text, true), new("location_lat", ColumnType.Real, true),
        new("location_lon", ColumnType.Real, true), new("location_feature", ColumnType.Text, true), new("quotes", ColumnType.Text),
        new("published", ColumnType.Date, true), new("source_url", ColumnType.Text), new("outlet", ColumnType.Text),
        new("doc_tone", ColumnType.Real),
    ], "(source_country, target_country, event_date, event_id)", "event_date");

    /// <summary>Direct quotations with speakers.</summary>
    public static readonly Table Quotes = new("quotes",
    [
        new("doc_id", ColumnType.Text), new("quote", ColumnType.Count), new("sentence", ColumnType.Count), new("span_start", ColumnType.Count), new("span_end", ColumnType.Count),
        new("text", ColumnType.Text), new("speaker", ColumnType.Text, true), new("speaker_codes", ColumnType.Text), new("speaker_start", ColumnType.Count, true),
        new("speaker_end", ColumnType.Count, true), new("verb", ColumnType.Text, true), new("via", ColumnType.Text), new("rule", ColumnType.Text),
    ], "(doc_id, quote)");

    /// <summary>Indirect speech.</summary>
    public static readonly Table Statements = new("statements",
    [
        new("doc_id", ColumnType.Text), new("sentence", ColumnType.Count), new("span_start", ColumnType.Count), new("span_end", ColumnType.Count), new("text", ColumnType.Text),
        new("speaker", ColumnType.Text), new("speaker_codes", ColumnType.Text), new("verb", ColumnType.Text), new("via", ColumnType.Text),
    ], "(doc_id, span_start)");

    /// <summary>Amounts.</summary>
    public static readonly Table Amounts = new("amounts",
    [
        new("doc_id", ColumnType.Text), new("sentence", ColumnType.Count), new("span_start", ColumnType.Count), new("span_end", ColumnType.Count), new("text", ColumnType.Text),
        new("value", ColumnType.Real), new("unit", ColumnType.Text, true), new("counts", ColumnType.Text, true),
    ], "(doc_id, span_start)");

    /// <summary>Time expressions.</summary>
    public static readonly Table Dates = new("dates",
    [
        new("doc_id", ColumnType.Text), new("sentence", ColumnType.Count), new("span_start", ColumnType.Count), new("span_end", ColumnType.Count), new("text", ColumnType.Text),
        new("value", ColumnType.Text, true), new("day", ColumnType.Date, true), new("resolution", ColumnType.Text, true),
    ], "(doc_id, span_start)");

    /// <summary>Places.</summary>
    public static readonly Table Places = new("places",
    [
        new("doc_id", ColumnType.Text), new("sentence", ColumnType.Count), new("span_start", ColumnType.Count), new("span_end", ColumnType.Count), new("text", ColumnType.Text),
        new("name", ColumnType.Text), new("full_name", ColumnType.Text), new("kind", ColumnType.Text), new("gdelt_type", ColumnType.Count),
        new("country", ColumnType.Text), new("fips", ColumnType.Text), new("adm1", ColumnType.Text), new("lat", ColumnType.Real, true),
        new("lon", ColumnType.Real, true), new("feature_id", ColumnType.Text), new("rule", ColumnType.Text),
    ], "(doc_id, span_start)");

    /// <summary>Proper names.</summary>
    public static readonly Table Names = new("names",
    [
        new("doc_id", ColumnType.Text), new("sentence", ColumnType.Count), new("span_start", ColumnType.Count), new("span_end", ColumnType.Count),
        new("name", ColumnType.Text), new("kind", ColumnType.Text), new("code", ColumnType.Text, true),
    ], "(doc_id, span_start)");

    /// <summary>The tables of a document's rows, written before its <see cref="Documents"/> row.</summary>
    public static readonly IReadOnlyList<Table> DocumentParts = [StoryBands, Sentences, Mentions, Quotes, Statements, Amounts, Dates, Places, Names];

    /// <summary>Every table.</summary>
    public static readonly IReadOnlyList<Table> All = [Meta, Documents, .. DocumentParts];
}
