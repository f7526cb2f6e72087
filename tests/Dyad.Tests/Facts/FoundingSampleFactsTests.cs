using Dyad.Export;
using Dyad.Facts;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Tests.Support;

namespace Dyad.Tests.Facts;

/// <summary>
/// The golden test of the founding sample's facts, against ../shared/samples/russia-china-2024-02-08.expected.md:
/// its quotes and speakers (Data/founding-sample-quotes.tsv), its amounts, dates and places.
/// </summary>
public sealed class FoundingSampleFactsTests
{
    private static readonly Lazy<AnalyzedDocument> Analyzed = new(() =>
        EventPipelines.Default.Process(Pipelines.ReadOne(Paths.FoundingSample, new IngestionOptions { DefaultDate = new DateOnly(2024, 2, 8) })));

    private static DocumentFacts Facts => Analyzed.Value.Facts;

    [Fact]
    public void AllThirteenQuotationsAreFoundAndAtLeastTenHaveTheListedSpeaker()
    {
        var expected = File.ReadLines(Paths.TestData("founding-sample-quotes.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();
        Assert.Equal(13, expected.Count);
        Assert.Equal(13, Facts.Quotes.Count);
        var wrong = new List<string>();
        foreach (var row in expected)
        {
            var quote = Facts.Quotes.FirstOrDefault(q => q.Text.StartsWith(row[0], StringComparison.Ordinal));
            Assert.True(quote is not null, $"quote \"{row[0]}…\" not found");
            var codes = row[1].Split('|');
            var words = row[2].Split('|');
            bool right = quote.Speaker is { } speaker
                && speaker.Codes.Any(codes.Contains)
                && words.Any(w => speaker.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || Analyzed.Value.Document[speaker.Span].Contains(w, StringComparison.OrdinalIgnoreCase));
            if (!right)
            {
                wrong.Add($"\"{row[0]}\" → {quote.Speaker?.Name ?? "nobody"} ({string.Join('+', quote.Speaker?.Codes ?? [])})");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{13 - wrong.Count} of 13 with the listed speaker; wrong: {string.Join("; ", wrong)}");
        Assert.True(13 - wrong.Count >= 10, string.Join("; ", wrong));
    }

    [Fact]
    public void QuotesCarryTheirVerbAndAttributionChain()
    {
        var heads = Facts.Quotes.Single(q => q.Text.StartsWith("The heads of state", StringComparison.Ordinal));
        Assert.Equal("said", heads.Verb);
        Assert.Contains(heads.Via, v => v.Codes.Contains("RUSMED"));
        var narrow = Facts.Quotes.Single(q => q.Text.StartsWith("narrow approaches", StringComparison.Ordinal));
        Assert.Equal("told", narrow.Verb);
        Assert.Contains(narrow.Via, v => v.Codes.Contains("RUSMED"));
        foreach (var quote in Facts.Quotes)
        {
            Assert.Equal(quote.Text, Analyzed.Value.Document[quote.Span]);
        }
    }

    [Fact]
    public void IndirectSpeechIsAStatementByItsSpeaker()
    {
        var ushakov = Assert.Single(Facts.Statements, s => s.Speaker.Name.Contains("Ushakov", StringComparison.Ordinal));
        Assert.Equal("told", ushakov.Verb);
        Assert.StartsWith("Russia and China had", ushakov.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheThreeAmountsHaveTheirValueAndScale()
    {
        (string Text, decimal Value)[] expected = [("$200 billion", 200e9m), ("$228 billion", 228e9m), ("200 billion dollars", 200e9m), ("$60 billion", 60e9m)];
        foreach (var (text, value) in expected)
        {
            var amount = Facts.Amounts.FirstOrDefault(a => Analyzed.Value.Document[a.Span] == text);
            Assert.True(amount is not null, $"{text} not found among {string.Join(", ", Facts.Amounts.Select(a => Analyzed.Value.Document[a.Span]))}");
            Assert.Equal(value, amount.Value);
            Assert.Equal("USD", amount.Unit);
        }

        Assert.Equal("financing", Facts.Amounts.Single(a => a.Value == 60e9m).Counts);
        Assert.DoesNotContain(Facts.Amounts, a => a.Value is 2022 or 2023 or 2024);
    }

    [Fact]
    public void WeekdaysResolveAgainstThePublicationDate()
    {
        string Resolved(string text) => Facts.Dates.Single(d => Analyzed.Value.Document[d.Expression.Span] == text).Expression.Date!.Value.ToString();
        Assert.Equal("2024-02-07", Resolved("Wednesday"));
        Assert.Equal("2024-02-06", Resolved("Tuesday"));
        Assert.Equal("2022", Resolved("2022"));
        Assert.Equal("2023-03-21", Resolved("March 21, 2023"));
        Assert.Equal("2024-02-24", Resolved("February 24"));
    }

    [Fact]
    public void MoscowIsInRussiaAndWashingtonDcInTheUnitedStates()
    {
        var moscow = Facts.Places.First(p => p.Text.StartsWith("Moscow", StringComparison.Ordinal));
        Assert.Equal("RUS", moscow.Entry.Iso3);
        Assert.Equal("RS", moscow.Entry.Fips);
        Assert.Equal(PlaceKind.City, moscow.Entry.Kind);
        Assert.InRange(moscow.Entry.Latitude, 55.5, 56);
        Assert.InRange(moscow.Entry.Longitude, 37.3, 37.9);

        var washington = Assert.Single(Facts.Places, p => p.Text.StartsWith("Washington", StringComparison.Ordinal));
        Assert.Equal("Washington, D.C.", washington.Text);
        Assert.Equal("USA", washington.Entry.Iso3);
        Assert.Equal("USDC", washington.Entry.GdeltAdm1);
        Assert.Equal(3, washington.Entry.GdeltType);
        Assert.InRange(washington.Entry.Latitude, 38.8, 39);
    }

    [Fact]
    public void PeopleAreNotPlacesAndNamesHaveTheirKinds()
    {
        Assert.DoesNotContain(Facts.Places, p => p.Text.Contains("Vladimir", StringComparison.Ordinal));
        Assert.Contains(Facts.Places, p => p.Text == "Eastern Europe" && p.Entry.Kind == PlaceKind.Region);
        Assert.Contains(Facts.Names, n => n.Name == "Sabrina Singh" && n.Kind == NameKind.Person);
        Assert.Contains(Facts.Names, n => n.Name == "Heritage Foundation" && n.Kind == NameKind.Organization);
        Assert.DoesNotContain(Facts.Names, n => n.Name == "President");
    }

    [Fact]
    public void EventsGainTheirQuotesAndTheGkgRowHasTwentySevenFields()
    {
        var cultivate = Analyzed.Value.Events.First(e => e.SentenceText.Contains("cultivate a new momentum", StringComparison.Ordinal));
        Assert.Contains(cultivate.Quotes, q => Facts.Quotes[q].Text.StartsWith("cultivate", StringComparison.Ordinal));

        string[] fields = GkgRecords.Fields(Analyzed.Value.Document, Facts);
        Assert.Equal(27, fields.Length);
        Assert.Equal(13, fields[22].Split('#').Length);
        Assert.All(fields[22].Split('#'), q => Assert.Equal(4, q.Split('|').Length));
        Assert.Contains("Washington, District of Columbia, United States", fields[10], StringComparison.Ordinal);
        Assert.Equal(7, fields[15].Split(',').Length);
    }
}
