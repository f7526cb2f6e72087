using System.Text.Json;
using Dyad.Tests.Support;

namespace Dyad.Tests.Cli;

/// <summary><c>dyad code</c> and <c>dyad eval</c> as a user runs them.</summary>
public sealed class CodeCommandTests
{
    [Fact]
    public async Task JsonLinesHoldEachEventWithItsEvidenceSpans()
    {
        var run = await CliRunner.InProcess("code", "--date", "2024-02-08", Paths.FoundingSample);
        Assert.Equal(0, run.ExitCode);
        string text = File.ReadAllText(Paths.FoundingSample);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 10, $"only {lines.Length} events");
        var codes = new List<string>();
        foreach (string line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.False(root.GetProperty("negated").GetBoolean() || root.GetProperty("hypothetical").GetBoolean() || root.GetProperty("attempted").GetBoolean(), "without --all only realized events are printed");
            Assert.False(string.IsNullOrEmpty(root.GetProperty("rule").GetString()));
            codes.Add($"{root.GetProperty("source").GetProperty("code").GetString()} {root.GetProperty("target").ValueKind switch { JsonValueKind.Null => "-", _ => root.GetProperty("target").GetProperty("code").GetString() }} {root.GetProperty("cameo").GetString()}");
        }

        Assert.Contains("RUSGOV CHNGOV 041", codes);
    }

    [Fact]
    public async Task AllAlsoPrintsTheMarkedHypotheticalAndAttemptedEvents()
    {
        var realized = await CliRunner.InProcess("code", "--date", "2024-02-08", Paths.FoundingSample);
        var all = await CliRunner.InProcess("code", "--all", "--date", "2024-02-08", Paths.FoundingSample);
        Assert.Equal(0, all.ExitCode);
        var extra = all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Except(realized.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(extra);
        foreach (string line in extra)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.True(root.GetProperty("negated").GetBoolean() || root.GetProperty("hypothetical").GetBoolean() || root.GetProperty("attempted").GetBoolean(), line);
        }
    }

    [Fact]
    public async Task TheGdeltFormatPrintsSixtyOneTabSeparatedColumns()
    {
        var run = await CliRunner.InProcess("code", "--format", "gdelt", "--date", "2024-02-08", Paths.FoundingSample);
        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(61, row.Split('\t').Length));
    }

    [Fact]
    public async Task AMalformedActorDictionaryLineIsReportedWithItsFileAndLine()
    {
        using var folder = new TempFolder();
        string dictionary = folder.File("actors.jsonl",
            "{\"code\":\"FRDGOV\",\"names\":[\"Freedonian government\"]}\n{\"code\": \"BROKEN\", \"names\": \n");
        var run = await CliRunner.InProcess("code", "--actors", dictionary, Paths.TestData("inputs/headline.txt"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("actors.jsonl", run.Error, StringComparison.Ordinal);
        Assert.Contains(":2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeatSharedByNoCountryCodeIsReportedWithItsLine()
    {
        using var folder = new TempFolder();
        string dictionary = folder.File("actors.jsonl",
            "{\"type\":\"seat\",\"code\":\"GBRLEG\",\"names\":[\"Freedonian Hall\"],\"shared_by\":[\"CAN\"],\"source\":\"test\"}\n"
            + "{\"type\":\"seat\",\"code\":\"GBRLEG\",\"names\":[\"Sylvanian Hall\"],\"shared_by\":[\"Canada\"],\"source\":\"test\"}\n");
        var run = await CliRunner.InProcess("code", "--actors", dictionary, Paths.TestData("inputs/headline.txt"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("actors.jsonl:2", run.Error, StringComparison.Ordinal);
        Assert.Contains("shared_by", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("actors.jsonl:1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserRowForTheVerbAloneBlocksTheShippedRowAsSpecific()
    {
        using var folder = new TempFolder();
        string input = folder.File("release.txt", "Russia released the Japanese envoy.\n");
        string patterns = folder.File("patterns.tsv", "id\tverb\tsubject\tpattern\tcode\tsource\tnote\n"
            + "release.mine\tRelease\t\t\t---\tanalyst\tno event, even for a person released\n");

        var shipped = await CliRunner.InProcess("code", "--date", "2024-02-08", input);
        var run = await CliRunner.InProcess("code", "--date", "2024-02-08", "--patterns", patterns, input);

        // (Dyad's own row "release +", as specific as the verb alone, codes 0841.)
        Assert.Contains("\"cameo\":\"0841\"", shipped.Output, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.DoesNotContain("\"cameo\":\"0841\"", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code", "--actors", "/nonexistent/actors.jsonl")]
    [InlineData("code", "--patterns", "/nonexistent/patterns.tsv")]
    [InlineData("eval", "--actors", "/nonexistent/actors.jsonl")]
    [InlineData("eval", "--patterns", "/nonexistent/patterns.tsv")]
    public async Task AMissingDictionaryIsAnErrorBeforeAnythingIsCoded(string verb, string option, string file)
    {
        using var folder = new TempFolder();
        string input = verb == "code" ? Paths.FoundingSample
            : folder.File("gold.jsonl", "{\"id\":\"a\",\"date\":\"2024-02-08\",\"text\":\"Russia criticised China.\",\"expected_events\":[]}\n");
        var run = await CliRunner.InProcess(verb, option, file, input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} {file}", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task UserPatternsCodeWithTheirOwnRuleAndAMalformedRowIsReportedWithItsLine()
    {
        using var folder = new TempFolder();
        string input = folder.File("snub.txt", "Russia snubbed China on Thursday.\n");
        string patterns = folder.File("patterns.tsv", "id\tverb\tsubject\tpattern\tcode\tsource\tnote\n"
            + "snub.mine\tsnub\t\t\t125\tanalyst\tsnubbing is rejecting a proposal to meet\n"
            + "broken.row\trebuff\t\t\tXYZ\tanalyst\tnot a code\n");

        var shipped = await CliRunner.InProcess("code", "--date", "2024-02-08", input);
        var run = await CliRunner.InProcess("code", "--date", "2024-02-08", "--patterns", patterns, input);

        Assert.Equal(0, shipped.ExitCode);
        Assert.DoesNotContain("\"cameo\":\"125\"", shipped.Output, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("patterns.tsv:3: error DY0302", run.Error, StringComparison.Ordinal);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("\"rule\":\"snub.mine\"", StringComparison.Ordinal));
        Assert.Contains("\"cameo\":\"125\"", line, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"RUS\"", line, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"CHN\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalScoresAGoldFileAndListsTheMisses()
    {
        using var folder = new TempFolder();
        string gold = folder.File("gold.jsonl",
            "{\"id\":\"a\",\"date\":\"2024-02-08\",\"text\":\"Russian President Vladimir Putin and Chinese President Xi Jinping spoke by telephone on Thursday.\",\"expected_events\":[{\"source\":\"RUSGOV\",\"target\":\"CHNGOV\",\"code\":\"041\"}]}\n" +
            "{\"id\":\"b\",\"date\":\"2024-02-08\",\"text\":\"The weather in Paris was mild.\",\"expected_events\":[{\"source\":\"FRA\",\"target\":\"DEU\",\"code\":\"190\"}]}\n");
        var run = await CliRunner.InProcess("eval", "--level", "code", "--misses", gold);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 records, 2 gold events, level code", run.Output, StringComparison.Ordinal);
        Assert.Contains("matched 1,", run.Output, StringComparison.Ordinal);
        Assert.Contains("missed       FRA → DEU 190", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalRejectsAMalformedGoldFileNamingIt()
    {
        using var folder = new TempFolder();
        string gold = folder.File("bad-gold.jsonl", "{\"id\":\"a\",\"text\":\"x\"\n");
        var run = await CliRunner.InProcess("eval", gold);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad-gold.jsonl", run.Error, StringComparison.Ordinal);
    }
}
