using Dyad.Events;
using Dyad.Ingestion;
using Dyad.Tests.Support;

namespace Dyad.Tests.Events;

/// <summary>
/// The golden test of the founding sample: the events of Data/founding-sample-events.tsv (from
/// ../shared/samples/russia-china-2024-02-08.expected.md), at least 10 of 12 directed rows with the
/// right dyad and root, and none of the events the expected file says must not be coded.
/// </summary>
public sealed class FoundingSampleEventTests
{
    private static readonly Lazy<List<EventMention>> Events = new(() =>
    {
        var source = Pipelines.ReadOne(Paths.FoundingSample, new IngestionOptions { DefaultDate = new DateOnly(2024, 2, 8) });
        return [.. EventPipelines.Default.Process(source).Events];
    });

    private sealed record ExpectedRow(string Row, string[] Sources, string[] Targets, string[] Roots, string Date);

    private static List<ExpectedRow> Expected() =>
        [.. File.ReadLines(Paths.TestData("founding-sample-events.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(f => new ExpectedRow(f[0], f[1].Split('|'), f[2].Split('|'), f[3].Split('|'), f.Length > 4 ? f[4] : string.Empty))];

    private static EventMention? Find(ExpectedRow row) => Events.Value.FirstOrDefault(e =>
        e.IsRealized && row.Sources.Contains(e.Source.Code) && e.Target is not null && row.Targets.Contains(e.Target.Code) && row.Roots.Contains(e.Event.Root));

    [Fact]
    public void AtLeastTenOfTheTwelveDirectedRowsAreCodedWithTheRightDyadAndRoot()
    {
        var rows = Expected();
        Assert.Equal(12, rows.Count);
        var missing = rows.Where(r => Find(r) is null).Select(r => r.Row).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"matched {rows.Count - missing.Count} of {rows.Count}; missing: {string.Join(", ", missing)}");
        Assert.True(rows.Count - missing.Count >= 10, $"missing rows: {string.Join(", ", missing)}");
    }

    [Fact]
    public void MatchedRowsCarryTheirDates()
    {
        foreach (var row in Expected().Where(r => r.Date.Length > 0))
        {
            if (Find(row) is { } coded)
            {
                Assert.True(coded.Date?.ToString() == row.Date, $"row {row.Row}: date {coded.Date} instead of {row.Date}");
            }
        }
    }

    [Fact]
    public void TheHypotheticalViolenceIsNotCodedAsHappened()
    {
        Assert.DoesNotContain(Events.Value, e => e.IsRealized && e.SentenceText.Contains("could lead to global violence", StringComparison.Ordinal) && e.Event.Root is "18" or "19" or "20" or "14" or "13");
    }

    [Fact]
    public void TheFailedAidToTaiwanIsNotCodedAsHappened()
    {
        Assert.DoesNotContain(Events.Value, e => e.IsRealized && e.Target?.Code == "TWN" && e.Event.Root is "07" or "03");
        Assert.Contains(Events.Value, e => e.Attempted && e.Target?.Code == "TWN" && e.Event.Root == "07");
    }

    [Fact]
    public void NewsweekContactingTheKremlinIsNotAPoliticalEvent()
    {
        Assert.DoesNotContain(Events.Value, e => e.SentenceText.StartsWith("News week contacted", StringComparison.Ordinal));
    }

    [Fact]
    public void NothingIsCodedTwiceFromTheRepeatedCaptionOrTheTagline()
    {
        Assert.DoesNotContain(Events.Value, e => e.SentenceText.Contains("as good as it has ever been", StringComparison.Ordinal));
        Assert.DoesNotContain(Events.Value, e => e.SentenceText.Contains("challenging conventional wisdom", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryEventPointsAtItsEvidence()
    {
        var document = Pipelines.CleanOne(Paths.FoundingSample, new IngestionOptions { DefaultDate = new DateOnly(2024, 2, 8) });
        Assert.NotEmpty(Events.Value);
        foreach (var e in Events.Value)
        {
            Assert.Equal(e.SentenceText, document[e.SentenceSpan]);
            Assert.True(e.SentenceSpan.Contains(e.Trigger), $"trigger {e.TriggerText} outside its sentence");
            Assert.Equal(e.TriggerText, document[e.Trigger]);
            Assert.False(string.IsNullOrEmpty(e.Rule));
            Assert.InRange(e.Confidence, 0, 1);
        }
    }
}
