using Dyad.Data;
using Dyad.Pipeline;

namespace Dyad.Tests.Support;

/// <summary>The full pipeline, loaded once per test run (immutable, thread-safe).</summary>
public static class EventPipelines
{
    private static readonly Lazy<EventPipeline> Shipped = new(() => EventPipeline.Load(DataDirectory.Default));

    public static EventPipeline Default => Shipped.Value;
}
