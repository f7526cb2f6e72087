using System.Globalization;
using Dyad.Actors;

namespace Dyad.Storage;

/// <summary>The exports of a store: GDELT 2.0 Events and Mentions, GKG 2.1, PLOVER, and events as a table.</summary>
public static class StoreExports
{
    /// <summary>The formats <c>dyad export</c> writes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["gdelt-events", "gdelt-mentions", "gkg", "plover", "jsonl", "csv", "parquet"];

    /// <summary>One row per realised event with what the GDELT Events row needs.</summary>
    public static string GdeltEventsSql(ISqlDialect sql) => $"""
        SELECT event_id, min(event_date) AS e_day,
               {sql.Any("source_code")} AS e_source, {sql.First("source_name")} AS e_source_name,
               {sql.Any("target_code")} AS e_target, {sql.FirstWhere("target_name", "target_name IS NOT NULL", "''")} AS e_target_name,
               max(CASE WHEN {sql.IsTrue("is_root")} THEN 1 ELSE 0 END) AS e_root_event, {sql.Any("cameo")} AS e_code, {sql.Any("root")} AS e_root,
               {sql.Any("quad")} AS e_quad, {sql.Any("goldstein")} AS e_goldstein,
               count(*) AS e_mentions, count(DISTINCT outlet) AS e_sources, count(DISTINCT doc_id) AS e_articles, avg(doc_tone) AS e_tone,
               {Located(sql, "location_type", "-1")} AS e_location_type, {Located(sql, "location_name", "''")} AS e_location_name,
               {Located(sql, "location_fips", "''")} AS e_location_fips, {Located(sql, "location_adm1", "''")} AS e_location_adm1,
               {Located(sql, "location_lat", "-999.0")} AS e_location_lat, {Located(sql, "location_lon", "-999.0")} AS e_location_lon,
               {Located(sql, "location_feature", "''")} AS e_location_feature, min(published) AS e_added, min(source_url) AS e_url
        FROM mentions AS m
        WHERE {sql.IsCommitted()} AND {sql.IsTrue("realized")}
        GROUP BY event_id
        ORDER BY e_day, event_id
        """;

    /// <summary>A GDELT 2.0 Events row (61 fields) from a row of <see cref="GdeltEventsSql"/>.</summary>
    public static string[] GdeltEventFields(object?[] r)
    {
        var fields = new string[61];
        Array.Fill(fields, string.Empty);
        fields[0] = Text(r[0]);
        if (r[1] is DateOnly day)
        {
            fields[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            fields[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            fields[3] = day.Year.ToString(CultureInfo.InvariantCulture);
            fields[4] = (day.Year + (((day.Month * 30) + day.Day) / 365.0)).ToString("F4", CultureInfo.InvariantCulture);
        }

        Actor(fields, 5, r[2] as string, r[3] as string);
        Actor(fields, 15, r[4] as string, r[5] as string);
        fields[25] = Text(r[6]);
        fields[26] = Text(r[7]);
        fields[27] = Text(r[7]) is { Length: >= 3 } code ? code[..3] : Text(r[7]);
        fields[28] = Text(r[8]);
        fields[29] = Text(r[9]);
        fields[30] = r[10] is double goldstein ? goldstein.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;
        fields[31] = Text(r[11]);
        fields[32] = Text(r[12]);
        fields[33] = Text(r[13]);
        fields[34] = r[14] is double tone ? tone.ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;
        if (r[15] is not null)
        {
            fields[51] = Text(r[15]);
            fields[52] = Clean(Text(r[16]));
            fields[53] = Text(r[17]);
            fields[54] = Text(r[18]);
            fields[56] = Number(r[19]);
            fields[57] = Number(r[20]);
            fields[58] = Text(r[21]);
        }

        fields[59] = r[22] is DateOnly added ? added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : string.Empty;
        fields[60] = Clean(Text(r[23]));
        return fields;
    }

    /// <summary>One row per realised mention with what the GDELT Mentions row needs.</summary>
    public static string GdeltMentionsSql(ISqlDialect sql) => $"""
        SELECT event_id, event_date, published, outlet, source_url, sentence, source_start, target_start, trigger_start, confidence, doc_tone, doc_id, mention_id
        FROM mentions AS m
        WHERE {sql.IsCommitted()} AND {sql.IsTrue("realized")}
        ORDER BY event_id, doc_id, sentence, mention_id
        """;

    /// <summary>A GDELT 2.0 Mentions row (16 fields) from a row of <see cref="GdeltMentionsSql"/>.</summary>
    public static string[] GdeltMentionFields(object?[] r) =>
    [
        Text(r[0]),
        r[1] is DateOnly day ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : string.Empty,
        r[2] is DateOnly published ? published.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : string.Empty,
        "1", // web
        Clean(Text(r[3])),
        Clean(Text(r[4])),
        r[5] is long sentence ? (sentence + 1).ToString(CultureInfo.InvariantCulture) : string.Empty,
        Text(r[6]),
        r[7] is null ? "-1" : Text(r[7]),
        Text(r[8]),
        "1", // the offsets are into the text Dyad analysed
        r[9] is double confidence ? Math.Round(confidence * 100).ToString(CultureInfo.InvariantCulture) : string.Empty,
        string.Empty,
        r[10] is double tone ? tone.ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty,
        string.Empty,
        $"<DOC>{Clean(Text(r[11]))}</DOC>",
    ];

    /// <summary>The GKG rows kept with each document.</summary>
    public static string GkgSql(ISqlDialect sql) => $"SELECT doc_id, gkg_row FROM documents WHERE {sql.IsCommitted()} ORDER BY doc_id";

    /// <summary>Events as a table: the columns of jsonl, csv, parquet and plover exports.</summary>
    public static string EventsTableSql(ISqlDialect sql) => $"""
        SELECT event_id, min(event_date) AS date, {sql.Any("source_code")} AS source, {sql.Any("source_country")} AS source_nation,
               {sql.Any("target_code")} AS target, {sql.Any("target_country")} AS target_nation,
               {sql.Any("cameo")} AS event_code, {sql.Any("root")} AS event_root, {sql.Any("quad")} AS quad_class, {sql.Any("goldstein")} AS goldstein_scale,
               {sql.Any("plover_event")} AS plover_type, {sql.Any("plover_mode")} AS plover_submode,
               count(*) AS mentions, count(DISTINCT doc_id) AS articles, count(DISTINCT outlet) AS sources,
               {sql.First("doc_id")} AS doc, min(mention_id) AS first_mention, {sql.First("sentence_text")} AS evidence, {sql.First("rule")} AS coding_rule,
               {Located(sql, "location_name", "''")} AS location, {Located(sql, "location_lat", "-999.0")} AS lat, {Located(sql, "location_lon", "-999.0")} AS lon
        FROM mentions AS m
        WHERE {sql.IsCommitted()} AND {sql.IsTrue("realized")}
        GROUP BY event_id
        ORDER BY date, event_id
        """;

    /// <summary>Column types of <see cref="EventsTableSql"/> (for Parquet).</summary>
    public static readonly IReadOnlyList<ColumnType> EventsTableTypes =
    [
        ColumnType.Key, ColumnType.Date, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text,
        ColumnType.Key, ColumnType.Real, ColumnType.Text, ColumnType.Text, ColumnType.Key, ColumnType.Key, ColumnType.Key, ColumnType.Text,
        ColumnType.Key, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Real, ColumnType.Real,
    ];

    /// <summary>A location column of the event's first mention that has a location: all of them from the same mention.</summary>
    private static string Located(ISqlDialect sql, string column, string missing) => sql.FirstWhere(column, "location_name IS NOT NULL", missing);

    private static void Actor(string[] fields, int at, string? code, string? name)
    {
        if (code is null)
        {
            return;
        }

        fields[at] = code;
        fields[at + 1] = Clean((name ?? string.Empty).ToUpperInvariant());
        fields[at + 2] = ActorCode.CountryOf(code) ?? string.Empty;
        fields[at + 3] = ActorCode.GroupOf(code) ?? string.Empty;
        fields[at + 7] = ActorCode.TypeOf(code) ?? string.Empty;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Number(object? value) => value is double d ? d.ToString("0.#####", CultureInfo.InvariantCulture) : string.Empty;

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
