using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Dyad.Storage;

/// <summary>
/// The embedded store: one DuckDB file (nothing to install or start). Each batch is one
/// transaction, so a killed process leaves the batches before it and nothing of the one it was in.
/// </summary>
public sealed class DuckDbStore : IEventStore, ISqlDialect
{
    private readonly DuckDBConnection connection;

    private DuckDbStore(string path, DuckDBConnection connection)
    {
        Path = path;
        this.connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public string Description => $"DuckDB file {Path}";

    /// <inheritdoc/>
    public ISqlDialect Dialect => this;

    /// <summary>
    /// Opens (creating when <paramref name="create"/>) a store file and checks its schema version.
    /// A path in a missing folder, a file that is not a DuckDB database, or a store written by an
    /// incompatible version of Dyad is refused with a <see cref="StoreException"/>. Without
    /// <paramref name="create"/> or <paramref name="writable"/> the file is opened read-only.
    /// </summary>
    public static DuckDbStore Open(string path, bool create, bool writable = false)
    {
        string full = System.IO.Path.GetFullPath(path);
        string? folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreException($"{path}: the folder {folder} does not exist");
        }

        if (!create && !File.Exists(full))
        {
            throw new StoreException($"{path}: no such database (run dyad ingest first)");
        }

        DuckDBConnection connection;
        try
        {
            // Readers open the file read-only, so any number of queries (the CLI, the web API) can
            // share it; DuckDB lets one process write, and only while no other has it open.
            connection = new DuckDBConnection($"Data Source={full}{(create || writable ? string.Empty : ";ACCESS_MODE=READ_ONLY")}");
            connection.Open();
        }
        catch (Exception exception) when (exception is DuckDBException or IOException or InvalidOperationException)
        {
            string reason = exception.Message.Split('\n')[0];
            throw new StoreException(reason.Contains("Could not set lock", StringComparison.Ordinal)
                ? $"{path}: in use by another process ({LockHolder(reason)}); DuckDB lets one process write a database, and only while no other has it open — wait for it to finish"
                : $"{path}: not a Dyad database ({reason})", exception);
        }

        var store = new DuckDbStore(path, connection);
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

    /// <summary>"PID n" from DuckDB's lock message, or the message itself.</summary>
    private static string LockHolder(string reason)
    {
        int pid = reason.IndexOf("(PID ", StringComparison.Ordinal);
        int end = pid < 0 ? -1 : reason.IndexOf(')', pid);
        return end > pid ? reason[(pid + 1)..end] : reason;
    }

    private void Prepare(bool create)
    {
        bool hasMeta = Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'") is long n && n > 0;
        if (!hasMeta)
        {
            if (Scalar("SELECT count(*) FROM information_schema.tables") is long tables && tables > 0)
            {
                throw new StoreException($"{Path}: this DuckDB file is not a Dyad store (it has other tables and no meta table)");
            }

            if (!create)
            {
                throw new StoreException($"{Path}: empty database (run dyad ingest first)");
            }

            using var transaction = connection.BeginTransaction();
            foreach (var table in StoreSchema.All)
            {
                Execute(CreateTable(table));
            }

            Execute($"INSERT INTO meta VALUES ('schema_version', '{StoreSchema.Version}'), ('writer', 'dyad')");
            transaction.Commit();
            return;
        }

        string? version = Scalar("SELECT value FROM meta WHERE key = 'schema_version'") as string;
        if (version != StoreSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new StoreException($"{Path}: written by a Dyad store of schema version {version ?? "unknown"}; this Dyad reads version {StoreSchema.Version} (ingest into a new file, or use the Dyad version that wrote it)");
        }
    }

    private static string CreateTable(Table table, string schema = "")
    {
        var columns = table.Columns.Select(c => $"{c.Name} {Type(c.Type)}{(c.Nullable ? string.Empty : " NOT NULL")}");
        return $"CREATE TABLE {schema}{table.Name} ({string.Join(", ", columns)})";
    }

    private static string Type(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Count => "INTEGER",
        ColumnType.Key => "BIGINT",
        ColumnType.Real => "DOUBLE",
        ColumnType.Bool => "BOOLEAN",
        ColumnType.Date => "DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <inheritdoc/>
    public void Write(IReadOnlyList<DocumentRecords> batch)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var table in StoreSchema.DocumentParts.Append(StoreSchema.Documents))
        {
            using var appender = connection.CreateAppender(table.Name);
            foreach (var document in batch)
            {
                foreach (var row in document.Of(table))
                {
                    Append(appender, table, Stamp(table, row, document));
                }
            }
        }

        transaction.Commit();
    }

    /// <summary>The story id goes into the rows that carry it.</summary>
    internal static object?[] Stamp(Table table, object?[] row, DocumentRecords document)
    {
        if (table == StoreSchema.Documents)
        {
            row[1] = document.StoryId;
        }
        else if (table == StoreSchema.StoryBands)
        {
            row[2] = document.StoryId;
        }

        return row;
    }

    private static void Append(DuckDBAppender appender, Table table, object?[] row)
    {
        var target = appender.CreateRow();
        for (int i = 0; i < row.Length; i++)
        {
            object? value = row[i];
            switch (value)
            {
                case null:
                    target.AppendNullValue();
                    break;
                case string text:
                    target.AppendValue(text);
                    break;
                case int number:
                    target.AppendValue(number);
                    break;
                case long number:
                    target.AppendValue(number);
                    break;
                case double number:
                    target.AppendValue(number);
                    break;
                case bool flag:
                    target.AppendValue(flag);
                    break;
                case DateOnly day:
                    target.AppendValue(day);
                    break;
                default:
                    throw new StoreException($"table {table.Name}, column {table.Columns[i].Name}: cannot store a {value.GetType().Name}");
            }
        }

        target.EndRow();
    }

    /// <inheritdoc/>
    public QueryResult Query(string sql)
    {
        var rows = new List<object?[]>();
        var columns = new List<string>();
        Stream(sql, row => rows.Add(row), columns);
        return new QueryResult(columns, rows);
    }

    /// <inheritdoc/>
    public void Stream(string sql, Action<object?[]> row) => Stream(sql, row, null);

    private void Stream(string sql, Action<object?[]> row, List<string>? columns)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            using var reader = command.ExecuteReader();
            columns?.AddRange(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : Normalise(reader.GetValue(i));
                }

                row(values);
            }
        }
        catch (DbException exception)
        {
            throw new StoreException($"{Description}: query failed: {exception.Message.Split('\n')[0]}", exception);
        }
    }

    /// <summary>Values the same way from both stores: dates as DateOnly, integers as long.</summary>
    private static object Normalise(object value) => value switch
    {
        DateTime time => DateOnly.FromDateTime(time),
        int number => (long)number,
        short number => (long)number,
        byte number => (long)number,
        ulong number => (long)number,
        System.Numerics.BigInteger number => (long)number,
        decimal number => (double)number,
        float number => (double)number,
        _ => value,
    };

    private object? Scalar(string sql)
    {
        var result = Query(sql);
        return result.Rows.Count == 0 ? null : result.Rows[0][0];
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Rewrites a store into a fresh file, every table in its key order: mentions by dyad and day,
    /// so DuckDB's per-row-group min/max statistics let dyad and actor queries skip most of the
    /// file instead of reading every row; documents by id, for the skip-known lookups of ingest.
    /// The copy is written next to the store and renamed over it once complete, so a compaction
    /// killed half-way leaves the store as it was (and the file shrinks to what it holds). The store
    /// is held open for writing throughout, so no ingest can write it meanwhile (either one is
    /// refused as "in use"). Returns the number of mentions.
    /// </summary>
    public static long Compact(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        string copy = full + ".compact";

        // The store stays open (and locked against writers) until the copy has replaced it.
        using var store = Open(path, create: false, writable: true);
        long mentions;
        try
        {
            File.Delete(copy);
            File.Delete(copy + ".wal");
            store.Execute("CHECKPOINT");
            store.Execute($"ATTACH {store.Literal(copy)} AS fresh");
            foreach (var table in StoreSchema.All)
            {
                store.Execute(CreateTable(table, "fresh."));
                store.Execute($"INSERT INTO fresh.{table.Name} SELECT * FROM {table.Name} ORDER BY {table.OrderBy.Trim('(', ')')}");
            }

            mentions = store.Scalar("SELECT count(*) FROM fresh.mentions") is long count ? count : 0;
            store.Execute("CHECKPOINT fresh");
            store.Execute("DETACH fresh");
            if (File.Exists(copy + ".wal"))
            {
                throw new StoreException($"{path}: the compacted copy kept a write-ahead log; the store is unchanged");
            }

            File.Move(copy, full, overwrite: true);
        }
        catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException)
        {
            File.Delete(copy);
            throw new StoreException($"{path}: compaction failed, the store is unchanged ({exception.Message.Split('\n')[0]})", exception);
        }

        return mentions;
    }

    /// <summary>Writes a query's result to a Parquet file (DuckDB's own writer).</summary>
    public void CopyToParquet(string sql, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({sql}) TO {Literal(path)} (FORMAT PARQUET)";
        command.ExecuteNonQuery();
    }

    /// <summary>An in-memory DuckDB, for writing Parquet from rows that come from elsewhere.</summary>
    public static DuckDbStore InMemory()
    {
        var memory = new DuckDBConnection("Data Source=:memory:");
        memory.Open();
        return new DuckDbStore(":memory:", memory);
    }

    /// <summary>Creates a table of text and number columns in an in-memory store and fills it (for Parquet export).</summary>
    public void Load(string name, IReadOnlyList<string> columns, IReadOnlyList<ColumnType> types, IEnumerable<object?[]> rows)
    {
        var table = new Table(name, [.. columns.Select((c, i) => new Column(c, types[i], true))], columns[0]);
        Execute(CreateTable(table));
        using var appender = connection.CreateAppender(name);
        foreach (var row in rows)
        {
            Append(appender, table, row);
        }
    }

    /// <inheritdoc/>
    public string Any(string column) => $"any_value({column})";

    /// <inheritdoc/>
    public string Period(string column, string period) => period == "day" ? column : $"CAST(date_trunc('{period}', {column}) AS DATE)";

    /// <inheritdoc/>
    public string FirstWhere(string column, string condition, string missing) =>
        $"nullif(arg_min(coalesce({column}, {missing}), mention_id) FILTER (WHERE {condition}), {missing})";

    /// <inheritdoc/>
    public string First(string column) => $"arg_min({column}, mention_id)";

    /// <inheritdoc/>
    public string ContainsIgnoringCase(string column, string text) => $"contains(lower({column}), lower({Literal(text)}))";

    /// <inheritdoc/>
    public string IsTrue(string column) => column;

    /// <inheritdoc/>
    public string Committed(Table table) => table.Name;

    /// <inheritdoc/>
    /// <remarks>A DuckDB batch is one transaction: every row seen is committed.</remarks>
    public string IsCommitted() => "TRUE";

    /// <inheritdoc/>
    public string InSubquery => "IN";

    /// <inheritdoc/>
    public string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();
}
