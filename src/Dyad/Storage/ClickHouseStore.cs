using System.Globalization;
using System.Net;
using System.Text;

namespace Dyad.Storage;

/// <summary>
/// ClickHouse as the store for users who outgrow one machine, over the HTTP interface (stable
/// across versions, so the same code serves ClickHouse 18.16 and current clusters). One host: plain
/// MergeTree tables. Several hosts (<c>clickhouse://h1:8123,h2:8123/db</c>): each host gets local
/// MergeTree tables (<c>mentions_local</c> …) and Distributed tables over the cluster named in the
/// servers' <c>remote_servers</c> (default <c>dyad</c>, or <c>?cluster=NAME</c>), sharded by
/// document. Mentions are partitioned by month and ordered by dyad and date. ClickHouse has no
/// transactions: before a batch writes any row, each of its documents gets a +1 row in
/// <c>in_flight</c> (a CollapsingMergeTree sharded like the rest), and once every row is written a -1
/// row; reads leave out documents whose signs do not sum to zero, and a rerun deletes what a killed
/// run left of them before writing them again. The in-flight set stays as small as the batches in
/// progress (merges collapse the pairs), so the check costs nothing as the store grows — unlike a
/// semi-join against every stored document.
/// </summary>
public sealed class ClickHouseStore : IEventStore, ISqlDialect
{
    private readonly HttpClient http;
    private readonly IReadOnlyList<Uri> nodes;
    private readonly string database;
    private readonly string? cluster;

    /// <summary>Documents being written: +1 when a batch starts, -1 when all its rows are in.</summary>
    private const string InFlight = "in_flight";

    private ClickHouseStore(string address, IReadOnlyList<Uri> nodes, string database, string? cluster)
    {
        Description = $"ClickHouse {address}";
        this.nodes = nodes;
        this.database = database;
        this.cluster = cluster;
        http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public ISqlDialect Dialect => this;

    /// <summary>True when the store spans several shards.</summary>
    public bool Sharded => cluster is not null;

    /// <summary>Opens a store at clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE[?cluster=NAME], creating its tables when <paramref name="create"/>.</summary>
    public static ClickHouseStore Open(string address, bool create)
    {
        var (nodes, database, cluster) = Parse(address);
        var store = new ClickHouseStore(address, nodes, database, cluster);
        try
        {
            store.Prepare(create);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    private static (List<Uri> Nodes, string Database, string? Cluster) Parse(string address)
    {
        string rest = address["clickhouse://".Length..];
        string? cluster = null;
        int question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            foreach (string pair in rest[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pair.StartsWith("cluster=", StringComparison.Ordinal))
                {
                    cluster = pair["cluster=".Length..];
                }
            }

            rest = rest[..question];
        }

        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        string hosts = slash < 0 ? rest : rest[..slash];
        string database = slash < 0 ? "dyad" : rest[(slash + 1)..];
        if (database.Length == 0 || !database.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new StoreException($"{address}: the database name must be letters, digits and _");
        }

        var nodes = new List<Uri>();
        foreach (string host in hosts.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate("http://" + host + "/", UriKind.Absolute, out var uri) || uri.Port <= 0)
            {
                throw new StoreException($"{address}: '{host}' is not HOST:PORT");
            }

            nodes.Add(uri);
        }

        if (nodes.Count == 0)
        {
            throw new StoreException($"{address}: no host");
        }

        if (cluster is not null && (cluster.Length == 0 || !cluster.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new StoreException($"{address}: the cluster name must be letters, digits and _");
        }

        return (nodes, database, nodes.Count > 1 ? cluster ?? "dyad" : null);
    }

    private void Prepare(bool create)
    {
        foreach (var node in nodes)
        {
            string version = Send(node, "SELECT version()", database: null).Trim();
            if (version.Length == 0)
            {
                throw new StoreException($"{Description}: {node.Authority} did not answer a query");
            }
        }

        bool exists = Send(nodes[0], $"SELECT count() FROM system.tables WHERE database = {Literal(database)} AND name = 'meta'", database: null).Trim() == "1";
        if (!exists)
        {
            if (!create)
            {
                throw new StoreException($"{Description}: no Dyad store in database {database} (run dyad ingest first)");
            }

            CreateSchema();
            return;
        }

        string schemaVersion = Send(nodes[0], "SELECT value FROM meta WHERE key = 'schema_version'", database).Trim();
        if (schemaVersion != StoreSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new StoreException($"{Description}: written by a Dyad store of schema version {(schemaVersion.Length == 0 ? "unknown" : schemaVersion)}; this Dyad reads version {StoreSchema.Version}");
        }
    }

    private void CreateSchema()
    {
        foreach (var node in nodes)
        {
            Send(node, $"CREATE DATABASE IF NOT EXISTS {database}", database: null);
            var tables = StoreSchema.All.Where(t => t != StoreSchema.Meta)
                .Select(table => (table.Name, Definition: $"({Columns(table)}) ENGINE = MergeTree() {Partition(table)}ORDER BY {SortKey(table)}"))
                // Keyed by document and run: each key gets one +1 and at most one -1, the only shape
                // CollapsingMergeTree merges without changing the sum.
                .Append((InFlight, "(doc_id String, run String, sign Int8) ENGINE = CollapsingMergeTree(sign) ORDER BY (doc_id, run)"));
            foreach (var (name, definition) in tables)
            {
                Send(node, $"CREATE TABLE IF NOT EXISTS {Local(name)} {definition}", database);
                if (Sharded)
                {
                    Send(node, $"CREATE TABLE IF NOT EXISTS {name} AS {Local(name)} ENGINE = Distributed({cluster}, {database}, {Local(name)}, cityHash64(doc_id))", database);
                }
            }
        }

        // The version marker lives on the first host and is written last: a store is complete once it reads.
        Send(nodes[0], $"CREATE TABLE IF NOT EXISTS meta ({Columns(StoreSchema.Meta)}) ENGINE = MergeTree() ORDER BY key", database);
        Send(nodes[0], $"INSERT INTO meta VALUES ('schema_version', '{StoreSchema.Version}'), ('writer', 'dyad')", database);
    }

    /// <summary>The table a host holds itself: <c>NAME_local</c> under a Distributed <c>NAME</c> when sharded.</summary>
    private string Local(string name) => Sharded ? name + "_local" : name;

    private static string Columns(Table table) => string.Join(", ", table.Columns.Select(c => $"{c.Name} {(c.Nullable ? $"Nullable({Type(c.Type)})" : Type(c.Type))}"));

    private static string Type(ColumnType type) => type switch
    {
        ColumnType.Text => "String",
        ColumnType.Count => "Int32",
        ColumnType.Key => "Int64",
        ColumnType.Real => "Float64",
        ColumnType.Bool => "UInt8",
        ColumnType.Date => "Date",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Partition(Table table) => table.PartitionDate is string column ? $"PARTITION BY toYYYYMM({column}) " : string.Empty;

    /// <summary>Sort keys cannot hold Nullable columns in older ClickHouse: missing values sort as empty.</summary>
    private static string SortKey(Table table)
    {
        string key = table.OrderBy.Trim('(', ')');
        var parts = key.Split(',', StringSplitOptions.TrimEntries).Select(part =>
            table.Columns.FirstOrDefault(c => c.Name == part) is { Nullable: true } column
                ? $"ifNull({column.Name}, {(column.Type == ColumnType.Text ? "''" : "0")})"
                : part);
        return $"({string.Join(", ", parts)})";
    }

    /// <inheritdoc/>
    public void Write(IReadOnlyList<DocumentRecords> batch)
    {
        var ids = batch.Select(d => d.DocId).ToList();
        var outstanding = OutstandingMarks(ids);
        RemoveLeftovers([.. outstanding.Select(mark => mark.DocId).Distinct()]);
        string run = Guid.NewGuid().ToString("N");
        Mark(ids.Select(id => (id, run, 1)));
        foreach (var table in StoreSchema.DocumentParts.Append(StoreSchema.Documents))
        {
            var body = new StringBuilder();
            foreach (var document in batch)
            {
                foreach (var row in document.Of(table))
                {
                    AppendRow(body, DuckDbStore.Stamp(table, row, document));
                }
            }

            if (body.Length > 0)
            {
                Send(nodes[0], body.ToString(), database, $"INSERT INTO {table.Name} FORMAT TabSeparated");
            }
        }

        // Every row is in: close this run's marks and those killed runs left open on these documents.
        Mark(ids.Select(id => (id, run, -1)).Concat(outstanding.Select(mark => (mark.DocId, mark.Run, -1))));
    }

    /// <summary>The marks of killed runs still open on documents among <paramref name="ids"/>.</summary>
    private List<(string DocId, string Run)> OutstandingMarks(IReadOnlyList<string> ids)
    {
        var open = new List<(string, string)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = Query($"SELECT doc_id, run FROM {InFlight} WHERE doc_id IN ({string.Join(", ", chunk.Select(Literal))}) GROUP BY doc_id, run HAVING sum(sign) > 0").Rows;
            open.AddRange(rows.Select(row => ((string)row[0]!, (string)row[1]!)));
        }

        return open;
    }

    private void Mark(IEnumerable<(string DocId, string Run, int Sign)> marks)
    {
        var body = new StringBuilder();
        foreach (var (docId, run, sign) in marks)
        {
            AppendRow(body, [docId, run, (long)sign]);
        }

        if (body.Length > 0)
        {
            Send(nodes[0], body.ToString(), database, $"INSERT INTO {InFlight} FORMAT TabSeparated");
        }
    }

    /// <summary>Rows a killed run wrote for these documents (in any table, their documents row included): deleted on every host before the rewrite.</summary>
    private void RemoveLeftovers(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        string list = string.Join(", ", ids.Select(Literal));
        foreach (var node in nodes)
        {
            foreach (var table in StoreSchema.DocumentParts.Append(StoreSchema.Documents))
            {
                Send(node, $"ALTER TABLE {Local(table.Name)} DELETE WHERE doc_id IN ({list})", database);
            }

            // Mutations run in the background in this ClickHouse: wait until they are done, and
            // stop rather than write the documents again beside rows that are still there.
            for (int attempt = 0; ; attempt++)
            {
                string pending = Send(node, $"SELECT count() FROM system.mutations WHERE database = {Literal(database)} AND is_done = 0", database: null).Trim();
                if (pending == "0")
                {
                    break;
                }

                if (attempt == 3000)
                {
                    throw new StoreException($"{Description}: {node.Authority} has not finished deleting what a killed run left after 5 minutes; nothing was written, run the ingest again later");
                }

                Thread.Sleep(100);
            }
        }
    }

    private static void AppendRow(StringBuilder body, object?[] row)
    {
        for (int i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                body.Append('\t');
            }

            switch (row[i])
            {
                case null:
                    body.Append("\\N");
                    break;
                case string text:
                    Escape(body, text);
                    break;
                case bool flag:
                    body.Append(flag ? '1' : '0');
                    break;
                case DateOnly day:
                    body.Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case double number:
                    body.Append(number.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case IFormattable number:
                    body.Append(number.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new StoreException($"cannot store a {row[i]!.GetType().Name} in ClickHouse");
            }
        }

        body.Append('\n');
    }

    private static void Escape(StringBuilder body, string text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': body.Append("\\\\"); break;
                case '\t': body.Append("\\t"); break;
                case '\n': body.Append("\\n"); break;
                case '\r': body.Append("\\r"); break;
                case '\0': body.Append("\\0"); break;
                default: body.Append(c); break;
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>The server answers once the query has finished, so an error is a status, never a trailing row.</remarks>
    public QueryResult Query(string sql)
    {
        var rows = new List<object?[]>();
        var columns = Read(sql, rows.Add, buffered: true);
        return new QueryResult(columns, rows);
    }

    /// <inheritdoc/>
    /// <remarks>Rows flow as they come (exports of any size); an error after the first rows is told by its field count.</remarks>
    public void Stream(string sql, Action<object?[]> row) => Read(sql, row, buffered: false);

    private List<string> Read(string sql, Action<object?[]> row, bool buffered)
    {
        using var response = Post(nodes[0], sql + "\nFORMAT TabSeparatedWithNamesAndTypes", database, query: null, streamed: true, waitEndOfQuery: buffered);
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        var names = (reader.ReadLine() ?? string.Empty).Split('\t').Select(Unescape).ToList();
        var types = (reader.ReadLine() ?? string.Empty).Split('\t').Select(Unescape).ToList();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var fields = line.Split('\t');
            if (fields.Length != names.Count)
            {
                // An error after the first rows arrives as text at the end of a 200 response.
                throw new StoreException($"{Description}: the query failed while its rows were sent: {line}");
            }

            var values = new object?[names.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Convert(fields[i], types[i]);
            }

            row(values);
        }

        return names;
    }

    private static object? Convert(string field, string type)
    {
        if (field == "\\N")
        {
            return null;
        }

        string bare = type.StartsWith("Nullable(", StringComparison.Ordinal) ? type[9..^1] : type;
        if (bare.StartsWith("LowCardinality(", StringComparison.Ordinal))
        {
            bare = bare[15..^1];
        }

        return bare switch
        {
            "String" => Unescape(field),
            // ClickHouse before 20.7 prints its first day, 1970-01-01, as 0000-00-00 (toStartOfMonth of January 1970).
            "Date" => field == "0000-00-00" ? new DateOnly(1970, 1, 1)
                : DateOnly.TryParseExact(field, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
                : throw new StoreException($"ClickHouse returned the date '{field}', outside what Dyad stores"),
            "Float64" or "Float32" => double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture),
            "UInt64" => (long)ulong.Parse(field, CultureInfo.InvariantCulture),
            _ when bare.StartsWith("Int", StringComparison.Ordinal) || bare.StartsWith("UInt", StringComparison.Ordinal) => long.Parse(field, CultureInfo.InvariantCulture),
            _ => Unescape(field),
        };
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var builder = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 >= field.Length)
            {
                builder.Append(field[i]);
                continue;
            }

            char next = field[++i];
            builder.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '0' => '\0', 'b' => '\b', 'f' => '\f', _ => next });
        }

        return builder.ToString();
    }

    private string Send(Uri node, string body, string? database, string? query = null)
    {
        using var response = Post(node, body, database, query, streamed: false);
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    private HttpResponseMessage Post(Uri node, string body, string? database, string? query, bool streamed, bool waitEndOfQuery = false)
    {
        var parameters = new List<string> { "insert_distributed_sync=1" };
        if (waitEndOfQuery)
        {
            parameters.Add("wait_end_of_query=1");
        }

        if (database is not null)
        {
            parameters.Add("database=" + Uri.EscapeDataString(database));
        }

        if (query is not null)
        {
            parameters.Add("query=" + Uri.EscapeDataString(query));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, "?" + string.Join('&', parameters)))
        {
            Content = new StringContent(body, Encoding.UTF8, "text/plain"),
        };
        HttpResponseMessage response;
        try
        {
            response = http.Send(request, streamed ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead);
        }
        catch (HttpRequestException exception)
        {
            throw new StoreException($"{Description}: cannot reach ClickHouse at {node.Authority} ({exception.Message})", exception);
        }
        catch (TaskCanceledException exception)
        {
            throw new StoreException($"{Description}: ClickHouse at {node.Authority} did not answer in time", exception);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            string message = response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Trim();
            response.Dispose();
            throw new StoreException($"{Description}: {node.Authority} refused the query: {message.Split('\n')[0]}");
        }

        return response;
    }

    /// <inheritdoc/>
    public string Any(string column) => $"any({column})";

    /// <inheritdoc/>
    public string Period(string column, string period) => period switch
    {
        "week" => $"toMonday({column})",
        "month" => $"toStartOfMonth({column})",
        _ => column,
    };

    /// <inheritdoc/>
    public string FirstWhere(string column, string condition, string missing) =>
        $"if(countIf({condition}) = 0, NULL, nullIf(argMinIf(ifNull({column}, {missing}), mention_id, {condition}), {missing}))";

    /// <inheritdoc/>
    public string First(string column) => $"argMin({column}, mention_id)";

    /// <inheritdoc/>
    public string ContainsIgnoringCase(string column, string text) => $"positionCaseInsensitiveUTF8({column}, {Literal(text)}) > 0";

    /// <inheritdoc/>
    public string IsTrue(string column) => $"{column} = 1";

    /// <inheritdoc/>
    public string InSubquery => "GLOBAL IN";

    /// <inheritdoc/>
    public string Committed(Table table) => $"(SELECT * FROM {table.Name} WHERE {IsCommitted()})";

    /// <inheritdoc/>
    /// <remarks>
    /// A document's rows and its in-flight marks go to the same shard (every Distributed table has
    /// the key cityHash64(doc_id)), so each shard checks its rows against its own local marks. The
    /// name is qualified because shards run a forwarded query in their default database.
    /// </remarks>
    public string IsCommitted() =>
        $"doc_id NOT IN (SELECT doc_id FROM {database}.{Local(InFlight)} GROUP BY doc_id, run HAVING sum(sign) > 0)";

    /// <inheritdoc/>
    public string Literal(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    /// <inheritdoc/>
    public void Dispose() => http.Dispose();
}
