using Dyad.Facts;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Tests.Cli;
using Dyad.Tests.Support;
using Dyad.Text;

namespace Dyad.Tests.Facts;

/// <summary>Amounts, places, quotes and tone on small news-style texts written for these tests.</summary>
public sealed class FactFinderTests
{
    private static AnalyzedDocument Analyze(string text, DateOnly? date = null) =>
        EventPipelines.Default.Process(new SourceDocument(new DocumentMetadata("test", "test", null, null, date ?? new DateOnly(2024, 2, 8), "en"), text, null, InputFormat.Text));

    private static Amount AmountOf(AnalyzedDocument analyzed, string text) =>
        analyzed.Facts.Amounts.FirstOrDefault(a => analyzed.Document[a.Span] == text)
        ?? throw new Xunit.Sdk.XunitException($"no amount \"{text}\" among: {string.Join(" | ", analyzed.Facts.Amounts.Select(a => analyzed.Document[a.Span]))}");

    private const string Output = "Output rose to 1.5 million barrels per day, up 30 percent from 2022, while six soldiers were killed and twenty-five tanks destroyed near the border.";
    private const string Wire = "Profit was 50 cts a share against 1.20 dlrs, on sales of 200 mln dlrs, up 12.5 pct. The bank lent 3 bln yen and 40 mln stg.";

    /// <summary>An amount's value, unit and counted noun; null where the case does not fix one.</summary>
    [Theory]
    [InlineData(Output, "1.5 million barrels per day", "1500000", "barrels per day", null)]
    [InlineData(Output, "30 percent", "30", "%", null)]
    [InlineData(Output, "six", "6", null, "soldiers")]
    [InlineData(Output, "twenty-five", "25", null, "tanks")]
    [InlineData(Wire, "50 cts", "0.50", "USD", null)]
    [InlineData(Wire, "1.20 dlrs", "1.20", null, null)]
    [InlineData(Wire, "200 mln dlrs", "200000000", null, "sales")]
    [InlineData(Wire, "12.5 pct", "12.5", "%", null)]
    [InlineData(Wire, "3 bln yen", "3000000000", "JPY", null)]
    [InlineData(Wire, "40 mln stg", "40000000", "GBP", null)]
    public void AnAmountGetsItsValueUnitAndWhatItCounts(string sentence, string text, string value, string? unit, string? counts)
    {
        var amount = AmountOf(Analyze(sentence), text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        if (unit is not null)
        {
            Assert.Equal(unit, amount.Unit);
        }

        if (counts is not null)
        {
            Assert.Equal(counts, amount.Counts);
        }
    }

    [Fact]
    public void AYearIsNotAnAmount() => Assert.DoesNotContain(Analyze(Output).Facts.Amounts, a => a.Value == 2022);

    [Fact]
    public void AQualifierOrTheDocumentsCountryDecidesWhichPlaceANameMeans()
    {
        var texas = Analyze("The mayor of Paris, Texas, said the storm destroyed forty homes.");
        var inTexas = Assert.Single(texas.Facts.Places, p => p.Text.StartsWith("Paris", StringComparison.Ordinal));
        Assert.Equal("USA", inTexas.Entry.Iso3);
        Assert.Equal("qualifier", inTexas.Rule);

        var france = Analyze("French police arrested two men in Paris on Tuesday, the interior ministry of France said.");
        var inFrance = Assert.Single(france.Facts.Places, p => p.Text == "Paris");
        Assert.Equal("FRA", inFrance.Entry.Iso3);
        Assert.Equal(PlaceKind.City, inFrance.Entry.Kind);
        Assert.Equal(4, inFrance.Entry.GdeltType);
        Assert.Equal("FR", inFrance.Entry.Fips);
    }

    [Fact]
    public void PlacesInsideLongerNamesAreNotPlaces()
    {
        var analyzed = Analyze("Analysts at Moscow State University told the Washington Post that prices rose in Kazan.");
        Assert.DoesNotContain(analyzed.Facts.Places, p => p.Text is "Moscow" or "Washington");
        Assert.Contains(analyzed.Facts.Places, p => p.Text == "Kazan" && p.Entry.Iso3 == "RUS");
    }

    [Fact]
    public void QuotesAcrossSentencesPronounsAndContinuationParagraphsKeepTheirSpeaker()
    {
        string text = "Acme Corp chairman John Smith said profits would rise this year.\n\n"
            + "\"We expect a strong year. Sales are growing in every region,\" he said.\n\n"
            + "\"Costs remain a concern, and we are watching them closely.\"\n\n"
            + "Shares in Acme rose 2 pct.";
        var analyzed = Analyze(text);
        var quotes = analyzed.Facts.Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("We expect a strong year. Sales are growing in every region", quotes[0].Text);
        Assert.NotEqual(quotes[0].FirstSentence, quotes[0].LastSentence);
        Assert.Contains("John Smith", quotes[0].Speaker?.Name, StringComparison.Ordinal);
        Assert.Equal("said", quotes[0].Verb);
        Assert.Contains("John Smith", quotes[1].Speaker?.Name, StringComparison.Ordinal);
        Assert.Equal("continuation", quotes[1].Rule);
        var statement = Assert.Single(analyzed.Facts.Statements);
        Assert.Equal("profits would rise this year", statement.Text);
    }

    [Fact]
    public void ARelativeClauseWithASpeechVerbIsNoAttribution()
    {
        // From the founding sample: "called" here names Taiwan, it does not report Putin's words.
        var relative = Analyze("Putin reportedly expressed solidarity with Xi and China over Taiwan, which Beijing has called a rogue province.");
        Assert.DoesNotContain(relative.Facts.Statements, s => s.Speaker?.Name == "Beijing");

        var attribution = Analyze("Profits will rise sharply this year, Putin told reporters on Thursday.");
        var statement = Assert.Single(attribution.Facts.Statements);
        Assert.Equal("Profits will rise sharply this year", statement.Text);
        Assert.Contains("Putin", statement.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AStraightQuoteBetweenLettersIsAnApostropheNotAQuote()
    {
        var analyzed = Analyze("\"It\"s terribly important not to restrict a president\"s options,\" Reagan said.");
        var quote = Assert.Single(analyzed.Facts.Quotes);
        Assert.StartsWith("It\"s terribly important", quote.Text, StringComparison.Ordinal);
        Assert.Contains("Reagan", quote.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ToneIsPositiveMinusNegativeWordsPerHundred()
    {
        var good = Analyze("The leaders praised the successful talks and welcomed the peaceful agreement.").Facts.Tone;
        var bad = Analyze("The attack killed civilians, and officials condemned the brutal violence and terrible destruction.").Facts.Tone;
        Assert.True(good.Value > 0, $"tone {good.Value}");
        Assert.True(bad.Value < 0, $"tone {bad.Value}");
        Assert.Equal(good.Positive - good.Negative, good.Value, 6);
        Assert.Equal(good.Positive + good.Negative, good.Polarity, 6);
        Assert.Equal(11, good.WordCount);
        Assert.True(good.ActivityDensity > 0);
    }

    [Fact]
    public async Task TheFactsCommandPrintsJsonOrTwentySevenFieldGkgRows()
    {
        var json = await CliRunner.InProcess("facts", "--date", "2024-02-08", Paths.FoundingSample);
        Assert.Equal(0, json.ExitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Output);
        foreach (string field in new[] { "id", "quotes", "statements", "amounts", "dates", "places", "names", "tone" })
        {
            Assert.True(parsed.RootElement.TryGetProperty(field, out _), $"no \"{field}\"");
        }

        var gkg = await CliRunner.InProcess("facts", "--format", "gkg", "--date", "2024-02-08", Paths.FoundingSample, Paths.TestData("inputs/headline.txt"));
        Assert.Equal(0, gkg.ExitCode);
        var rows = gkg.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Equal(27, row.Split('\t').Length));
    }
}
