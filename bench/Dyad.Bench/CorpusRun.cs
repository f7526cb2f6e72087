using System.Diagnostics;
using System.Text;
using Dyad.Corpora;
using Dyad.Data;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Bench;

/// <summary>Whole-corpus runs: every Reuters body through a stage on one thread, timed.</summary>
internal static class CorpusRun
{
    public const string DefaultReuters = "../shared/data/corpora/reuters-21578";

    public static int Run(string stage, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"corpus folder not found: {folder} (run from the repository root, with ../shared present)");
            return 1;
        }

        var articles = ReutersCorpus.Read(folder).ToList();
        var sources = articles.Select(ToSource).ToList();
        long bytes = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.RawText));
        Console.WriteLine($"Reuters-21578: {sources.Count:N0} bodies, {bytes / 1e6:F1} MB of text");

        switch (stage)
        {
            case "text":
                var pipeline = TextPipeline.Load(DataDirectory.Default);
                Measure("clean + segment + tokenize", sources, bytes, source => pipeline.Process(source).Tokens.Length);
                return 0;
            case "code":
                using (var events = EventPipeline.Load(DataDirectory.Default))
                {
                    Measure("events alone (clean, segment, tag, parse, actors, events)", sources, bytes, source => events.Analyze(events.Text.Process(source), withFacts: false).Events.Count);
                    Measure("whole pipeline (events + facts: quotes, amounts, dates, places, names, tone)", sources, bytes, source => events.Process(source).Events.Count);
                }

                return 0;
            default:
                Console.Error.WriteLine($"unknown stage '{stage}' (known: text, code)");
                return 2;
        }
    }

    public static int WriteJsonLines(string output, string folder)
    {
        using var writer = new StreamWriter(output);
        int count = 0;
        foreach (var article in ReutersCorpus.Read(folder))
        {
            writer.WriteLine(ReutersCorpus.ToJsonLine(article));
            count++;
        }

        Console.WriteLine($"wrote {count:N0} articles to {output}");
        return 0;
    }

    private static SourceDocument ToSource(ReutersArticle article) =>
        new(new DocumentMetadata("reuters-" + article.Id, "reuters", null, article.Title, article.Date, "en"), article.Body, null, InputFormat.Text);

    /// <summary>One warm-up pass, then the best of three timed passes (single thread).</summary>
    private static void Measure(string what, List<SourceDocument> sources, long bytes, Func<SourceDocument, int> work)
    {
        long units = 0;
        foreach (var source in sources.Take(2000))
        {
            units += work(source);
        }

        double best = double.MaxValue;
        long allocated = 0;
        for (int pass = 0; pass < 3; pass++)
        {
            units = 0;
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var source in sources)
            {
                units += work(source);
            }

            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"{what}: {best:F3} s, {bytes / 1e6 / best:F1} MB/s, {sources.Count / best:N0} docs/s, {units:N0} units, {allocated / 1e6:F0} MB allocated per pass, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
    }
}
