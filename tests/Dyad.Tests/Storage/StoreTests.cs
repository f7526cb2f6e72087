using System.Diagnostics;
using System.Globalization;
using Dyad.Storage;
using Dyad.Tests.Cli;
using Dyad.Tests.Support;

namespace Dyad.Tests.Storage;

/// <summary><c>dyad ingest</c>, <c>query</c> and <c>export</c> against DuckDB and ClickHouse.</summary>
public sealed class StoreTests
{
    private static readonly string Reworded = Paths.TestData("inputs/russia-china-reworded.txt");

    private static async Task<CliRunner.Run> Dyad(params string[] args)
    {
        var run = await CliRunner.InProcess(args);
        Assert.True(run.ExitCode == 0, $"dyad {string.Join(' ', args)} → {run.ExitCode}: {run.Error}");
        return run;
    }

    private static long Scalar(IEventStore store, string sql) => (long)store.Query(sql).Rows[0][0]!;

    [Theory]
    [MemberData(nameof(StoreTargets.Kinds), MemberType = typeof(StoreTargets))]
    public async Task TheSampleTwiceAndARewordedCopyMakeOneStoryWithoutDoubledEvents(string kind)
    {
        using var folder = new TempFolder();
        var target = StoreTargets.Fresh(kind, folder);
        await Dyad(["ingest", .. target, "--date", "2024-02-08", Paths.FoundingSample]);
        long singleEvents;
        List<string> afterFirst;
        using (var store = StoreTargets.Open(target))
        {
            singleEvents = store.Query(StoreQueries.Events(store.Dialect, new EventFilter { Limit = 100000 })).Rows.Count;
            afterFirst = StoreTargets.Dump(store);
        }

        var again = await Dyad(["ingest", .. target, "--date", "2024-02-08", Paths.FoundingSample]);
        Assert.Contains("stored 0", again.Output, StringComparison.Ordinal);
        Assert.Contains("1 already stored", again.Output, StringComparison.Ordinal);
        using (var store = StoreTargets.Open(target))
        {
            Assert.Equal(afterFirst, StoreTargets.Dump(store));
        }

        var copy = await Dyad(["ingest", .. target, "--date", "2024-02-08", Reworded]);
        Assert.Contains("stored 1 (1 joined an existing story)", copy.Output, StringComparison.Ordinal);
        using (var store = StoreTargets.Open(target))
        {
            Assert.Equal(2, Scalar(store, "SELECT count(*) FROM documents"));
            Assert.Equal(1, Scalar(store, "SELECT count(DISTINCT story_id) FROM documents"));
            var events = store.Query(StoreQueries.Events(store.Dialect, new EventFilter { Limit = 100000 }));
            int articles = events.Columns.ToList().IndexOf("articles");
            int twice = events.Rows.Count(r => (long)r[articles]! == 2);
            TestContext.Current.TestOutputHelper?.WriteLine($"{singleEvents} events from the sample; {events.Rows.Count} with the copy, {twice} reported by both");
            Assert.True(events.Rows.Count < singleEvents * 1.3, $"{events.Rows.Count} events after the copy, {singleEvents} before: events were doubled");
            Assert.True(twice >= singleEvents * 0.7, $"only {twice} of {singleEvents} events are counted as reported by both articles");
        }

        var story = await Dyad(["query", "story", .. target, "--format", "jsonl", "5b96e39a69cc0811"]);
        Assert.Contains("russia-china-reworded.txt", story.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StoreTargets.Kinds), MemberType = typeof(StoreTargets))]
    public async Task AKilledIngestRerunEqualsAnUninterruptedOne(string kind)
    {
        using var folder = new TempFolder();
        string input = StoreTargets.ManyDocuments(folder, 40);
        var whole = StoreTargets.Fresh(kind, folder);
        var clock = Stopwatch.StartNew();
        Assert.False(await StoreTargets.RunAndKill(TimeSpan.FromMinutes(5), ["ingest", .. whole, "--batch", "2", input]));
        var duration = clock.Elapsed;
        List<string> expected;
        List<(string Document, string Line)> expectedRows;
        using (var store = StoreTargets.Open(whole))
        {
            expected = StoreTargets.Dump(store);
            expectedRows = StoreTargets.DumpByDocument(store);
            Assert.Equal(40, Scalar(store, "SELECT count(*) FROM documents"));
        }

        // (The first run is the slowest, cold; on a fast day a rerun finished before 0.55 of its
        // time, so the earlier fraction is 0.3: a kill during start-up still tests the rerun.)
        int killed = 0;
        foreach (double fraction in new[] { 0.3, 0.6 })
        {
            using var scratch = new TempFolder();
            var target = kind == "duckdb" ? ["--db", Path.Combine(scratch.Path, "killed.duckdb")] : StoreTargets.Fresh(kind, scratch);
            killed += await StoreTargets.RunAndKill(duration * fraction, ["ingest", .. target, "--batch", "2", input]) ? 1 : 0;
            if (File.Exists(target[1]) || kind != "duckdb")
            {
                // Before the rerun, readers see whole documents only: each visible document has
                // exactly the rows the uninterrupted run gave it, in every table.
                using var interrupted = StoreTargets.Open(target);
                var seen = StoreTargets.DumpByDocument(interrupted);
                var visible = seen.Select(row => row.Document).ToHashSet(StringComparer.Ordinal);
                var expectedOfVisible = expectedRows.Where(row => visible.Contains(row.Document)).Select(row => row.Line).Order(StringComparer.Ordinal);
                Assert.Equal(expectedOfVisible, seen.Select(row => row.Line).Order(StringComparer.Ordinal));
            }

            await Dyad(["ingest", .. target, "--batch", "2", input]);
            using var store = StoreTargets.Open(target);
            Assert.Equal(expected, StoreTargets.Dump(store));
        }

        Assert.True(killed > 0, "no run was killed before it finished; the test proved nothing");
    }

    [Fact]
    public async Task ExportsWriteEachFormatWithItsColumns()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "x.duckdb");
        await Dyad("ingest", "--db", db, "--date", "2024-02-08", Paths.FoundingSample, Reworded);
        string Export(string format, string name)
        {
            string path = Path.Combine(folder.Path, name);
            var run = CliRunner.InProcess("export", "--db", db, "--format", format, "--out", path).GetAwaiter().GetResult();
            Assert.True(run.ExitCode == 0, run.Error);
            return path;
        }

        var events = File.ReadAllLines(Export("gdelt-events", "events.tsv"));
        Assert.NotEmpty(events);
        Assert.All(events, line => Assert.Equal(61, line.Split('\t').Length));
        Assert.Contains(events, line => line.Split('\t') is var f && f[5] == "USAMIL" && f[15] == "USALEG" && f[26] == "023" && f[1] == "20240206" && f[31] == "2" && f[33] == "2");

        var mentions = File.ReadAllLines(Export("gdelt-mentions", "mentions.tsv"));
        Assert.All(mentions, line => Assert.Equal(16, line.Split('\t').Length));
        Assert.True(mentions.Length > events.Length, "an event reported by two articles has two mentions");

        var gkg = File.ReadAllLines(Export("gkg", "gkg.tsv"));
        Assert.Equal(2, gkg.Length);
        Assert.All(gkg, line => Assert.Equal(27, line.Split('\t').Length));

        var plover = File.ReadAllLines(Export("plover", "plover.jsonl"));
        Assert.Contains(plover, line => line.Contains("\"event_type\":\"CONSULT\"", StringComparison.Ordinal));

        var csv = File.ReadAllLines(Export("csv", "events.csv"));
        Assert.StartsWith("event_id,date,source,", csv[0], StringComparison.Ordinal);
        Assert.Equal(events.Length + 1, csv.Length);

        string parquet = Export("parquet", "events.parquet");
        using var memory = DuckDbStore.InMemory();
        long rows = (long)memory.Query($"SELECT count(*) FROM read_parquet('{parquet}')").Rows[0][0]!;
        Assert.Equal(events.Length, rows);
    }

    /// <summary>
    /// Inputs written for this test (tests/Dyad.Tests/Data/inputs/awkward.jsonl): a document without
    /// a date, an event "in 1945", one event reported from Lagos and from Cairo, a document id with
    /// a tab, a speaker with non-ASCII letters.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreTargets.Kinds), MemberType = typeof(StoreTargets))]
    public async Task AwkwardDocumentsAreStoredTheSameWayInEveryStore(string kind)
    {
        using var folder = new TempFolder();
        var target = StoreTargets.Fresh(kind, folder);
        string input = Paths.TestData("inputs/awkward.jsonl");
        var ingest = await CliRunner.InProcess(["ingest", .. target, input]);
        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("awkward.jsonl:1: error DY0112: no publication date", ingest.Error, StringComparison.Ordinal);
        Assert.Contains("1 mentions dated outside 1970-01-05 to 2105-12-31 left out", ingest.Output, StringComparison.Ordinal);
        using (var store = StoreTargets.Open(target))
        {
            Assert.Equal(4, Scalar(store, "SELECT count(*) FROM documents"));
            Assert.Equal(0, Scalar(store, "SELECT count(*) FROM documents WHERE doc_id = 'undated'"));
            Assert.Equal(0, Scalar(store, "SELECT count(*) FROM mentions WHERE event_date < '1970-01-01'"));
        }

        string Export(string format) => CliRunner.InProcess(["export", .. target, "--format", format, "--out", "-"]).GetAwaiter().GetResult().Output;
        var events = Export("gdelt-events").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.All(events, e => Assert.Equal(61, e.Length));

        // One event from two articles; its ActionGeo name and coordinates come from one of them.
        var accusation = Assert.Single(events, e => e[5] == "NGA" && e[15] == "GHA");
        Assert.Equal("2", accusation[31]);
        double latitude = double.Parse(accusation[56], CultureInfo.InvariantCulture);
        Assert.True(accusation[52].StartsWith("Cairo", StringComparison.Ordinal) ? Math.Abs(latitude - 30.06) < 0.1 : Math.Abs(latitude - 6.45) < 0.1, $"{accusation[52]} at {latitude}");

        Assert.All(Export("gdelt-mentions").Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Equal(16, l.Split('\t').Length));
        Assert.All(Export("gkg").Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Equal(27, l.Split('\t').Length));

        // Speakers match literally and regardless of case, accents included.
        string Quotes(string speaker) => CliRunner.InProcess(["query", "quotes", .. target, "--speaker", speaker, "--format", "jsonl"]).GetAwaiter().GetResult().Output;
        Assert.Contains("Mesut Özil", Quotes("ÖZIL"), StringComparison.Ordinal);
        Assert.Empty(Quotes("_").Trim());
        Assert.Empty(Quotes("%").Trim());
    }

    [Fact]
    public async Task CompactionKeepsEveryRowAndOrdersMentionsByDyad()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "c.duckdb");
        await Dyad("ingest", "--db", db, "--date", "2024-02-08", Paths.FoundingSample, Reworded, Paths.Samples);
        List<string> before;
        using (var store = DuckDbStore.Open(db, create: false))
        {
            before = StoreTargets.Dump(store);
        }

        string dyadBefore = (await Dyad("query", "dyad", "RUS", "CHN", "--db", db, "--by", "day", "--format", "csv")).Output;

        // What a killed compaction leaves behind is replaced, not read.
        await File.WriteAllTextAsync(db + ".compact", "left by a killed compaction");
        await Dyad("compact", "--db", db);
        Assert.False(File.Exists(db + ".compact"));
        using (var store = DuckDbStore.Open(db, create: false))
        {
            Assert.Equal(before, StoreTargets.Dump(store));
            // Rows as stored (DuckDB keeps insertion order): sorted by source, target (missing last), day.
            var rows = store.Query("SELECT source_country, target_country, event_date FROM mentions").Rows;
            static int Compare(object? x, object? y) => (x, y) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                (string a, string b) => string.CompareOrdinal(a, b),
                _ => ((DateOnly)x).CompareTo((DateOnly)y),
            };
            for (int i = 1; i < rows.Count; i++)
            {
                int order = Compare(rows[i - 1][0], rows[i][0]);
                order = order != 0 ? order : Compare(rows[i - 1][1], rows[i][1]);
                order = order != 0 ? order : Compare(rows[i - 1][2], rows[i][2]);
                Assert.True(order <= 0, $"mention {i} is out of dyad order");
            }

            Assert.True(rows.Count > 50);
        }

        Assert.Equal(dyadBefore, (await Dyad("query", "dyad", "RUS", "CHN", "--db", db, "--by", "day", "--format", "csv")).Output);
        var again = await Dyad("ingest", "--db", db, "--date", "2024-02-08", Paths.FoundingSample);
        Assert.Contains("stored 0", again.Output, StringComparison.Ordinal);

        var missing = await CliRunner.InProcess("compact", "--db", Path.Combine(folder.Path, "none.duckdb"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such database", missing.Error, StringComparison.Ordinal);
        var noFolder = await CliRunner.InProcess("compact", "--db", Path.Combine(folder.Path, "absent", "x.duckdb"));
        Assert.Equal(1, noFolder.ExitCode);
        Assert.Contains("does not exist", noFolder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDyadQueryCountsEventsPerQuadClassAndPeriodForBothDirections()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "d.duckdb");
        await Dyad("ingest", "--db", db, "--date", "2024-02-08", Paths.FoundingSample);
        var run = await Dyad("query", "dyad", "RUS", "CHN", "--db", db, "--by", "month", "--format", "csv");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,direction,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => r[1] == "RUS → CHN");
        Assert.Contains(rows, r => r[1] == "CHN → RUS");
        foreach (var r in rows)
        {
            Assert.Equal("2024-02-01", r[0]);
            Assert.Equal(long.Parse(r[2], CultureInfo.InvariantCulture), Enumerable.Range(3, 4).Sum(i => long.Parse(r[i], CultureInfo.InvariantCulture)));
        }

        // A window: per day within February the same events as the month; after the 8th, none.
        var days = (await Dyad("query", "dyad", "RUS", "CHN", "--db", db, "--by", "day", "--from", "2024-02-01", "--to", "2024-02-29", "--format", "csv"))
            .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(days, r => Assert.StartsWith("2024-02-", r[0], StringComparison.Ordinal));
        Assert.Equal(rows.Sum(r => long.Parse(r[2], CultureInfo.InvariantCulture)), days.Sum(r => long.Parse(r[2], CultureInfo.InvariantCulture)));
        var later = await Dyad("query", "dyad", "RUS", "CHN", "--db", db, "--from", "2024-02-09", "--format", "csv");
        Assert.Single(later.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task BadStoresGiveAClearMessageAndExitCodeOne()
    {
        using var folder = new TempFolder();
        var missingFolder = await CliRunner.InProcess("ingest", "--db", Path.Combine(folder.Path, "nowhere", "x.duckdb"), Paths.FoundingSample);
        Assert.Equal(1, missingFolder.ExitCode);
        Assert.Contains("does not exist", missingFolder.Error, StringComparison.Ordinal);

        string notDb = folder.File("notes.duckdb", "these are not the droids");
        var garbage = await CliRunner.InProcess("query", "actors", "--db", notDb);
        Assert.Equal(1, garbage.ExitCode);
        Assert.Contains("notes.duckdb", garbage.Error, StringComparison.Ordinal);

        var absent = await CliRunner.InProcess("query", "actors", "--db", Path.Combine(folder.Path, "absent.duckdb"));
        Assert.Equal(1, absent.ExitCode);
        Assert.Contains("run dyad ingest first", absent.Error, StringComparison.Ordinal);

        string old = Path.Combine(folder.Path, "old.duckdb");
        await Dyad("ingest", "--db", old, "--date", "2024-02-08", Paths.TestData("inputs/headline.txt"));
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={old}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '999' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }

        var incompatible = await CliRunner.InProcess("ingest", "--db", old, Paths.FoundingSample);
        Assert.Equal(1, incompatible.ExitCode);
        Assert.Contains("schema version 999", incompatible.Error, StringComparison.Ordinal);

        var unreachable = await CliRunner.InProcess("query", "actors", "--store", "clickhouse://127.0.0.1:1/dyad");
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("cannot reach ClickHouse at 127.0.0.1:1", unreachable.Error, StringComparison.Ordinal);

        string good = Path.Combine(folder.Path, "good.duckdb");
        await Dyad("ingest", "--db", good, "--date", "2024-02-08", Paths.TestData("inputs/headline.txt"));
        var badCode = await CliRunner.InProcess("query", "dyad", "RUS;DROP", "CHN", "--db", good);
        Assert.Equal(2, badCode.ExitCode);
        Assert.Contains("not an actor or event code", badCode.Error, StringComparison.Ordinal);
    }
}
