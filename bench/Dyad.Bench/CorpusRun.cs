using System.Diagnostics;
using System.Text;
using Dyad.Corpora;
using Dyad.Data;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Bench;

/// <summary>Whole-corpus runs: every Reuters story (dateline and body) through a stage on one thread, timed.</summary>
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
        Console.WriteLine($"Reuters-21578: {sources.Count:N0} stories (dateline and body), {bytes / 1e6:F1} MB of text");

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
            case "profile":
                using (var events = EventPipeline.Load(DataDirectory.Default))
                {
                    ProfileEvents(events, sources);
                }

                return 0;
            case "facts":
                using (var events = EventPipeline.Load(DataDirectory.Default))
                {
                    ProfileFacts(events, sources);
                }

                return 0;
            default:
                Console.Error.WriteLine($"unknown stage '{stage}' (known: text, code, profile, facts)");
                return 2;
        }
    }

    /// <summary>Where the events pipeline's time goes, stage by stage, and how many sentences and words it parses.</summary>
    private static void ProfileEvents(EventPipeline events, List<SourceDocument> sources)
    {
        long text = 0, match = 0, syntax = 0, actors = 0, code = 0;
        long sentences = 0, parsed = 0, words = 0, parsedWords = 0, coded = 0;
        foreach (var source in sources)
        {
            long t0 = Stopwatch.GetTimestamp();
            var document = events.Text.Process(source);
            long t1 = Stopwatch.GetTimestamp();
            var matches = new List<Dyad.Actors.ActorMatch>[document.Sentences.Length];
            for (int s = 0; s < matches.Length; s++)
            {
                matches[s] = events.Actors.Lexicon.Match(document.Text, document.TokensOf(document.Sentences[s]));
            }

            long t2 = Stopwatch.GetTimestamp();
            var analysis = events.Syntax.Analyze(document, (d, s) => EventPipeline.MayHoldEvent(matches, d, s));
            long t3 = Stopwatch.GetTimestamp();
            var resolved = events.Actors.Resolve(document, analysis, matches);
            long t4 = Stopwatch.GetTimestamp();
            coded += events.Events.Code(document, analysis, resolved).Count;
            long t5 = Stopwatch.GetTimestamp();
            text += t1 - t0;
            match += t2 - t1;
            syntax += t3 - t2;
            actors += t4 - t3;
            code += t5 - t4;
            sentences += document.Sentences.Length;
            words += document.Tokens.Length;
            foreach (var sentence in analysis.Where(a => a.Words.Length > 0))
            {
                parsed++;
                parsedWords += sentence.Words.Length;
            }
        }

        double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
        Console.WriteLine($"sentences {sentences:N0}, parsed {parsed:N0} ({100.0 * parsed / sentences:F1}%); words {words:N0}, parsed {parsedWords:N0}; events {coded:N0}");
        Console.WriteLine($"text {Seconds(text):F1} s, actor matching {Seconds(match):F1} s, tag+parse {Seconds(syntax):F1} s ({parsedWords / Seconds(syntax):N0} words/s), actors {Seconds(actors):F1} s, coding {Seconds(code):F1} s");
    }

    /// <summary>Where the facts stage's time goes: the extra parses of quote sentences, tagging the unparsed sentences, the rest.</summary>
    private static void ProfileFacts(EventPipeline events, List<SourceDocument> sources)
    {
        long extraParse = 0, tagging = 0, facts = 0;
        foreach (var source in sources)
        {
            var document = events.Text.Process(source);
            long t0 = Stopwatch.GetTimestamp();
            var alone = events.Analyze(document, withFacts: false);
            long t1 = Stopwatch.GetTimestamp();
            var analyzed = events.Analyze(document, withFacts: true);
            long t2 = Stopwatch.GetTimestamp();
            for (int s = 0; s < document.Sentences.Length; s++)
            {
                if (analyzed.Syntax[s].Words.IsEmpty)
                {
                    events.Syntax.Tags(document, s);
                }
            }

            long t3 = Stopwatch.GetTimestamp();
            events.Facts.Find(document, analyzed.Syntax, analyzed.Actors);
            long t4 = Stopwatch.GetTimestamp();
            extraParse += t2 - t1 - (t4 - t3) - (t1 - t0);
            tagging += t3 - t2;
            facts += t4 - t3;
        }

        double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
        Console.WriteLine($"facts stage {Seconds(facts):F1} s (of which tagging unparsed sentences {Seconds(tagging):F1} s); extra parses of quote sentences and the rest {Seconds(extraParse):F1} s");
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
        new(new DocumentMetadata("reuters-" + article.Id, "reuters", null, article.Title, article.Date, "en"), article.Story, null, InputFormat.Text);

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
