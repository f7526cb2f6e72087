namespace Dyad.Storage;

/// <summary>A table of results: column names and rows.</summary>
/// <param name="Columns">Column names.</param>
/// <param name="Rows">Rows, values in column order (null for SQL NULL).</param>
public sealed record QueryResult(IReadOnlyList<string> Columns, List<object?[]> Rows);

/// <summary>A store could not be opened, read or written: the message says which store and why.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Where Dyad keeps documents, events and facts: an embedded DuckDB file, or ClickHouse over HTTP.
/// Both hold <see cref="StoreSchema"/> and answer the same SQL, written once with the few
/// differences between the engines behind <see cref="ISqlDialect"/>.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>What the store is, for messages ("DuckDB file dyad.duckdb").</summary>
    string Description { get; }

    /// <summary>The engine's SQL differences.</summary>
    ISqlDialect Dialect { get; }

    /// <summary>
    /// Writes a batch of documents so that each is stored whole or not at all, whatever happens
    /// to the process: a rerun finds the missing ones and writes them, with the same rows.
    /// </summary>
    void Write(IReadOnlyList<DocumentRecords> batch);

    /// <summary>Runs a read query.</summary>
    QueryResult Query(string sql);

    /// <summary>Runs a read query, handing over each row as it comes (for exports of any size).</summary>
    void Stream(string sql, Action<object?[]> row);
}

/// <summary>Where the SQL of DuckDB and ClickHouse differ.</summary>
public interface ISqlDialect
{
    /// <summary>Any value of a column within a group.</summary>
    string Any(string column);

    /// <summary>
    /// Within a group of mentions: the value of <paramref name="column"/> in the first mention
    /// (smallest <c>mention_id</c>) for which <paramref name="condition"/> holds, NULL when none
    /// does, and NULL when that mention's value is NULL (<paramref name="missing"/> is a literal of
    /// the column's type that stands for NULL meanwhile). The same choice on every run and store,
    /// and related columns (a location's name and coordinates) come from the same mention.
    /// </summary>
    string FirstWhere(string column, string condition, string missing);

    /// <summary>The value of a never-null <paramref name="column"/> in the group's first mention (smallest <c>mention_id</c>).</summary>
    string First(string column);

    /// <summary>True when <paramref name="column"/> contains <paramref name="text"/>, ignoring case (Unicode-aware), taken literally.</summary>
    string ContainsIgnoringCase(string column, string text);

    /// <summary>The first day of the period holding a date: "day", "week" (Monday) or "month".</summary>
    string Period(string column, string period);

    /// <summary>A boolean column that is true.</summary>
    string IsTrue(string column);

    /// <summary>The rows of a table that belong to documents stored whole (a subquery or the table itself).</summary>
    string Committed(Table table);

    /// <summary>
    /// The condition that a row's <c>doc_id</c> belongs to a document stored whole, for the WHERE
    /// of a query over a document's tables (where each engine can push it down with the rest).
    /// </summary>
    string IsCommitted();

    /// <summary>A string literal.</summary>
    string Literal(string value);

    /// <summary>The IN operator for a subquery over a store table (GLOBAL IN across ClickHouse shards).</summary>
    string InSubquery { get; }
}

/// <summary>The lookups ingest makes, as SQL both stores answer.</summary>
public static class StoreLookups
{
    /// <summary>The ids among <paramref name="ids"/> of documents already stored whole.</summary>
    public static IReadOnlySet<string> StoredDocuments(this IEventStore store, IReadOnlyCollection<string> ids)
    {
        var sql = store.Dialect;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var result = store.Query($"SELECT doc_id FROM documents WHERE doc_id IN ({string.Join(", ", chunk.Select(sql.Literal))}) AND {sql.IsCommitted()}");
            found.UnionWith(result.Rows.Select(r => (string)r[0]!));
        }

        return found;
    }

    /// <summary>Stored documents that share a story band with any of <paramref name="bands"/>: their id, story and signature, by id (so ties are broken the same way on every run).</summary>
    public static List<(string DocId, string StoryId, string Signature)> StoryCandidates(this IEventStore store, IReadOnlyCollection<long> bands)
    {
        var sql = store.Dialect;
        var found = new List<(string, string, string)>();
        foreach (var chunk in bands.Chunk(1000))
        {
            string hashes = string.Join(", ", chunk.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var result = store.Query($"SELECT doc_id, story_id, signature FROM documents WHERE doc_id {sql.InSubquery} (SELECT doc_id FROM story_bands WHERE band_hash IN ({hashes})) AND {sql.IsCommitted()}");
            found.AddRange(result.Rows.Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!)));
        }

        return [.. found.DistinctBy(c => c.Item1).OrderBy(c => c.Item1, StringComparer.Ordinal)];
    }
}
