namespace Dyad.Storage;

/// <summary>ClickHouse over its HTTP interface (placeholder until the next commit).</summary>
public static class ClickHouseStore
{
    /// <summary>Opens a ClickHouse store.</summary>
    public static IEventStore Open(string url, bool create) => throw new StoreException($"{url}: ClickHouse support is not built yet");
}
