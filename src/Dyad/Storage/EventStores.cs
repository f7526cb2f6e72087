namespace Dyad.Storage;

/// <summary>Opens the store a user names: a DuckDB file (the default, <c>dyad.duckdb</c>) or a ClickHouse URL.</summary>
public static class EventStores
{
    /// <summary>The default database file.</summary>
    public const string DefaultDatabase = "dyad.duckdb";

    /// <summary>
    /// Opens <paramref name="store"/> when given (clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE),
    /// else the DuckDB file <paramref name="database"/> (default <see cref="DefaultDatabase"/>).
    /// <paramref name="create"/> creates what is missing (for ingest); queries and exports open existing stores only,
    /// read-only unless <paramref name="writable"/>.
    /// </summary>
    public static IEventStore Open(string? database, string? store, bool create, bool writable = false)
    {
        if (store is not null && database is not null)
        {
            throw new StoreException("give --db or --store, not both");
        }

        if (store is not null)
        {
            return store.StartsWith("clickhouse://", StringComparison.OrdinalIgnoreCase)
                ? ClickHouseStore.Open(store, create)
                : throw new StoreException($"--store {store}: not a store address (expected clickhouse://HOST:PORT/DATABASE)");
        }

        return DuckDbStore.Open(database ?? DefaultDatabase, create, writable);
    }
}
