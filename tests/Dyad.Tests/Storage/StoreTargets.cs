using System.Diagnostics;
using System.Text.Json;
using Dyad.Storage;
using Dyad.Tests.Support;

namespace Dyad.Tests.Storage;

/// <summary>
/// The stores the storage tests run against: a DuckDB file always; ClickHouse when the
/// DYAD_CLICKHOUSE variable names one (.ci/run starts two shards and sets it). Each test gets a
/// fresh database.
/// </summary>
public static class StoreTargets
{
    public static TheoryData<string> Kinds => ["duckdb", "clickhouse"];

    /// <summary>The CLI arguments that name a fresh store of this kind (skipping the test when ClickHouse is not configured).</summary>
    public static string[] Fresh(string kind, TempFolder folder)
    {
        if (kind == "duckdb")
        {
            return ["--db", Path.Combine(folder.Path, "dyad.duckdb")];
        }

        string? address = Environment.GetEnvironmentVariable("DYAD_CLICKHOUSE");
        if (string.IsNullOrEmpty(address))
        {
            Assert.Skip("DYAD_CLICKHOUSE is not set: no ClickHouse to test against (.ci/run starts two shards with .ci/clickhouse and sets it).");
        }

        // One database per test: clickhouse://hosts/dyad_test → clickhouse://hosts/dyad_test_<guid>
        return ["--store", address + "_" + Guid.NewGuid().ToString("N")[..12]];
    }

    public static IEventStore Open(string[] target) =>
        target[0] == "--db" ? EventStores.Open(target[1], null, create: false) : EventStores.Open(null, target[1], create: false);

    /// <summary>Every table's rows, as sorted text lines: two stores with equal dumps hold the same data.</summary>
    public static List<string> Dump(IEventStore store)
    {
        var lines = DumpByDocument(store).Select(row => row.Line).ToList();
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Every table's rows as text lines, each with the document it belongs to.</summary>
    public static List<(string Document, string Line)> DumpByDocument(IEventStore store)
    {
        var lines = new List<(string, string)>();
        foreach (var table in StoreSchema.All.Where(t => t != StoreSchema.Meta))
        {
            int document = table.IndexOf("doc_id");
            var result = store.Query($"SELECT * FROM {store.Dialect.Committed(table)} AS dump");
            lines.AddRange(result.Rows.Select(r => ((string)r[document]!, table.Name + "|" + string.Join("|", r.Select(v => v switch
            {
                null => "∅",
                DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                double x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                bool b => b ? "1" : "0",
                _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
            })))));
        }

        return lines;
    }

    /// <summary>A JSON Lines input of <paramref name="count"/> distinct news documents made from the founding sample's sentences.</summary>
    public static string ManyDocuments(TempFolder folder, int count)
    {
        var sentences = Pipelines.SentenceTexts(Pipelines.CleanOne(Paths.FoundingSample));
        var lines = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var picked = Enumerable.Range(0, 6).Select(k => sentences[((i * 7) + (k * 3)) % sentences.Count]);
            string text = string.Join(" ", picked) + $" The report was number {i + 1} of the series.";
            lines.Add(JsonSerializer.Serialize(new Dictionary<string, string> { ["date"] = $"2024-02-{1 + (i % 28):00}", ["title"] = $"Report {i + 1}", ["text"] = text }));
        }

        return folder.File("many.jsonl", string.Join('\n', lines) + "\n");
    }

    /// <summary>Runs dyad as a child process and kills it (with its children) after <paramref name="after"/>.</summary>
    public static async Task<bool> RunAndKill(TimeSpan after, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dyad.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        bool finished = process.WaitForExit(after);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        return !finished;
    }
}
