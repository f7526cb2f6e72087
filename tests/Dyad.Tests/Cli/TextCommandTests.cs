using System.Text.Json;
using Dyad.Tests.Support;

namespace Dyad.Tests.Cli;

/// <summary><c>dyad text</c> as a user runs it.</summary>
public sealed class TextCommandTests
{
    [Fact]
    public async Task JsonLinesCarryTheCleanedDocumentWithSpansAndRemovals()
    {
        var run = await CliRunner.InProcess("text", "--date", "2024-02-08", Paths.FoundingSample);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        string line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("2024-02-08", root.GetProperty("date").GetString());
        Assert.Matches("^[0-9a-f]{16}$", root.GetProperty("id").GetString());
        Assert.EndsWith("russia-china-2024-02-08.txt", root.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("url").ValueKind);
        string text = root.GetProperty("text").GetString()!;
        var sentences = root.GetProperty("sentences").EnumerateArray().Select(s => text[s[0].GetInt32()..s[1].GetInt32()]).ToList();
        Assert.Equal(21, sentences.Count);
        Assert.StartsWith("Relations between Russian President Vladimir Putin", sentences[0], StringComparison.Ordinal);
        var reasons = root.GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("reason").GetString()).ToList();
        Assert.Equal(["duplicate_paragraph", "section_header", "boilerplate", "boilerplate"], reasons);
        var header = root.GetProperty("removed")[1];
        Assert.Equal("Uncommon knowledge", header.GetProperty("text").GetString());
        string raw = File.ReadAllText(Paths.FoundingSample);
        Assert.Equal("Uncommon knowledge", raw[header.GetProperty("span")[0].GetInt32()..header.GetProperty("span")[1].GetInt32()]);
    }

    [Fact]
    public async Task TextFormatPrintsAHeaderAndTheCleanedText()
    {
        var run = await CliRunner.InProcess("text", "--format", "text", Paths.TestData("inputs/headline.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("# Kremlin says ties with China at unprecedented level", run.Output, StringComparison.Ordinal);
        Assert.Contains("Relations between Russia and China are at an unprecedented level", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadInputIsNamedOnStandardErrorTheOthersAreStillPrintedAndTheExitCodeIsOne()
    {
        using var folder = new TempFolder();
        string empty = folder.File("empty.txt", "");
        var run = await CliRunner.InProcess("text", Paths.TestData("inputs/headline.txt"), empty, Paths.FoundingSample);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains($"{empty}: error DY0103: the input is empty", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("text", "--format", "xml", "samples")]
    [InlineData("text", "--date", "2024-13-40", "samples")]
    [InlineData("text", "--date", "yesterday", "samples")]
    [InlineData("frobnicate", "samples")]
    [InlineData("text", "--no-such-option", "samples")]
    public async Task BadUsageExitsWithTwoAndSaysWhy(params string[] args)
    {
        var run = await CliRunner.InProcess(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("dyad: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutableReadsStandardInputAndPipedOutputCarriesOnlyData()
    {
        var run = await CliRunner.AsProcess("{\"id\":\"x1\",\"text\":\"Moscow and Beijing signed a deal. It was praised.\"}\n", "text", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("x1", json.RootElement.GetProperty("id").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public async Task HelpListsTheVerb()
    {
        var run = await CliRunner.InProcess("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("text", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAccurateUsesTheBeamParserAndScoresTheSameWordsAsTheGreedyOne()
    {
        string sample = Paths.TestData("conllu-sample.conllu");
        var greedy = await CliRunner.InProcess("parse", "--conllu-in", sample, "--score");
        var accurate = await CliRunner.InProcess("parse", "--accurate", "--conllu-in", sample, "--score");
        Assert.Equal(0, greedy.ExitCode);
        Assert.Equal(0, accurate.ExitCode);
        Assert.Equal(greedy.Output.Split('\n').Length, accurate.Output.Split('\n').Length); // one line per word, as many words
        Assert.Contains("UAS", accurate.Error, StringComparison.Ordinal);
        // Another model: on the founding article some word gets another head or relation.
        var greedyArticle = await CliRunner.InProcess("parse", Paths.FoundingSample);
        var accurateArticle = await CliRunner.InProcess("parse", "--accurate", Paths.FoundingSample);
        Assert.Equal(0, accurateArticle.ExitCode);
        Assert.Equal(greedyArticle.Output.Split('\n').Length, accurateArticle.Output.Split('\n').Length);
        Assert.NotEqual(greedyArticle.Output, accurateArticle.Output);

        await AssertRefused("either --accurate or --parser", "parse", "--accurate", "--parser", "other.dyad", "--conllu-in", sample);
        await AssertRefused("--beam-margin must be 0 or more", "parse", "--beam-margin", "-1", "--conllu-in", sample);
        await AssertRefused("--beam must be 1 or more", "parse", "--beam", "0", "--conllu-in", sample);
    }

    /// <summary>Runs the command and asserts it is refused as a usage error (exit 2) with the message.</summary>
    private static async Task AssertRefused(string message, params string[] args)
    {
        var run = await CliRunner.InProcess(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseCascadeReportsTheWordsItParsedAgainAndRefusesOptionsThatContradictIt()
    {
        // Every sentence of the article with a doubted decision goes to the beam parser at limit 0,
        // none at a limit no sentence reaches (a word has at most two decisions); the second parse
        // then equals the greedy one.
        var greedy = await CliRunner.InProcess("parse", Paths.FoundingSample);
        var all = await CliRunner.InProcess("parse", "--cascade", "--doubts-per-word", "0", Paths.FoundingSample);
        var none = await CliRunner.InProcess("parse", "--cascade", "--doubts-per-word", "2", Paths.FoundingSample);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(greedy.Output, none.Output);
        Assert.NotEqual(greedy.Output, all.Output);
        Assert.Equal(greedy.Output.Split('\n').Length, all.Output.Split('\n').Length);

        // The article's own parse read back as CoNLL-U: scored against itself, with every sentence
        // that has a doubt parsed again, some words must be.
        string article = Path.Combine(Path.GetTempPath(), $"dyad-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(article, greedy.Output);
        try
        {
            var scored = await CliRunner.InProcess("parse", "--cascade", "--doubts-per-word", "0", "--conllu-in", article, "--score");
            Assert.Equal(0, scored.ExitCode);
            var counts = System.Text.RegularExpressions.Regex.Match(scored.Error, @"cascade: ([\d,]+) of ([\d,]+) words in parses \([\d.]+ %\) parsed again by the beam parser");
            Assert.True(counts.Success, scored.Error);
            int reparsed = int.Parse(counts.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            int words = int.Parse(counts.Groups[2].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(reparsed, 1, words);
        }
        finally
        {
            File.Delete(article);
        }

        string sample = Paths.TestData("conllu-sample.conllu");

        await AssertRefused("--cascade parses greedily first", "parse", "--cascade", "--accurate", "--conllu-in", sample);
        await AssertRefused("--doubts-per-word needs --cascade", "parse", "--doubts-per-word", "0.3", "--conllu-in", sample);
        await AssertRefused("must be 0 or more", "parse", "--cascade", "--doubts-per-word", "-1", "--conllu-in", sample);
    }

    [Fact]
    public async Task ATwoPassSupertaggerWithoutSupertagsIsRefusedBeforeTraining()
    {
        var run = await CliRunner.InProcess("train", "parser", "--two-pass-supertagger", "--train", Paths.TestData("conllu-sample.conllu"), "--out", Path.Combine(Path.GetTempPath(), $"dyad-{Guid.NewGuid():N}.dyad"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--two-pass-supertagger needs --supertags", run.Error, StringComparison.Ordinal);
    }
}
