using System.Globalization;
using Dyad.Events;
using Dyad.Export;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Tests.Support;

namespace Dyad.Tests.Export;

/// <summary>GDELT 2.0 Events rows made from the founding sample's coded events.</summary>
public sealed class GdeltExportTests
{
    private static readonly Lazy<AnalyzedDocument> Analyzed = new(() =>
        EventPipelines.Default.Process(Pipelines.ReadOne(Paths.FoundingSample, new IngestionOptions { DefaultDate = new DateOnly(2024, 2, 8) })));

    [Fact]
    public void EveryRowHasTheSixtyOneTypedColumnsOfTheCodebook()
    {
        var analyzed = Analyzed.Value;
        Assert.NotEmpty(analyzed.Events);
        foreach (var e in analyzed.Events)
        {
            string[] fields = GdeltEvents.Row(e, analyzed.Document).Split('\t');
            Assert.Equal(61, fields.Length);
            Assert.True(long.TryParse(fields[0], CultureInfo.InvariantCulture, out long id) && id > 0, $"GlobalEventID {fields[0]}");
            Assert.Matches("^[0-9]{8}$", fields[1]);
            Assert.Equal(fields[1][..6], fields[2]);
            Assert.Equal(fields[1][..4], fields[3]);
            Assert.Equal(e.Source.Code, fields[5]);
            Assert.Equal(e.Target?.Code ?? string.Empty, fields[15]);
            Assert.True(fields[25] is "0" or "1", $"IsRootEvent {fields[25]}");
            Assert.Equal(e.Event.Code, fields[26]);
            Assert.StartsWith(fields[28], fields[26], StringComparison.Ordinal);
            Assert.StartsWith(fields[28], fields[27], StringComparison.Ordinal);
            int root = int.Parse(fields[28], CultureInfo.InvariantCulture);
            int expectedQuad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            Assert.Equal(expectedQuad.ToString(CultureInfo.InvariantCulture), fields[29]);
            double goldstein = double.Parse(fields[30], CultureInfo.InvariantCulture);
            Assert.InRange(goldstein, -10, 10);
            Assert.Equal("20240208000000", fields[59]);
            Assert.EndsWith("russia-china-2024-02-08.txt", fields[60], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheTelephoneCallIsDatedOnItsDayAndCarriesTheCountriesOfItsActors()
    {
        var analyzed = Analyzed.Value;
        var call = analyzed.Events.First(e => e.Event.Code == "041" && e.Source.Code == "RUSGOV" && e.Target?.Code == "CHNGOV");
        string[] fields = GdeltEvents.Fields(call, analyzed.Document);
        Assert.Equal("20240208", fields[1]);
        Assert.Equal("RUS", fields[7]);
        Assert.Equal("GOV", fields[12]);
        Assert.Equal("CHN", fields[17]);
        Assert.Equal("1", fields[25]);
    }

    [Fact]
    public void EventIdsAreStableAcrossRunsAndDistinctWithinADocument()
    {
        var first = Analyzed.Value.Events.Select(GdeltEvents.EventId).ToList();
        var again = EventPipelines.Default.Process(Pipelines.ReadOne(Paths.FoundingSample, new IngestionOptions { DefaultDate = new DateOnly(2024, 2, 8) }))
            .Events.Select(GdeltEvents.EventId).ToList();
        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void TheColumnCountMatchesTheCodebookInTheSharedReference()
    {
        string columns = Paths.Shared("reference/gdelt/gdelt2-event-columns.tsv");
        int count = File.ReadLines(columns).Count(line => line.Length > 0 && char.IsAsciiDigit(line[0]));
        Assert.Equal(GdeltEvents.ColumnCount, count);
    }
}
