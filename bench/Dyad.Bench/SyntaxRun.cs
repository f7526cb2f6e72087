using System.Diagnostics;
using Dyad.Syntax;

namespace Dyad.Bench;

/// <summary>Tag + parse throughput over a CoNLL-U file's words (gold tokenization), one thread.</summary>
internal static class SyntaxRun
{
    public static int Run(string conllu, string taggerPath, string parserPath, (int Width, float Margin)? decoding, (string Path, float DoubtsPerWord)? cascade = null)
    {
        var sentences = ConllU.ReadFile(conllu);
        var tagger = TaggerModel.Load(taggerPath);
        var parser = ParserModel.Load(parserPath).Parser;
        if (decoding is var (width, margin))
        {
            parser = parser.WithDecoding(width, margin);
        }

        // As dyad parses: greedily, with the parser's beam, or as a cascade (greedy, then the
        // fallback beam parser for the sentences the greedy one doubts).
        var decoder = cascade is var (fallbackPath, limit) ? new ParseDecoder(parser, SyntaxAnalyzer.CascadeFallback(ParserModel.Load(fallbackPath)).Parser, limit) : new ParseDecoder(parser);

        var forms = sentences.Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToList()).ToList();
        long words = forms.Sum(f => f.Count);
        var state = new ParseState();
        var heads = new int[512];
        var labels = new int[512];
        double bestTagger = double.MaxValue, bestTag = double.MaxValue, bestBoth = double.MaxValue;
        for (int pass = 0; pass < 4; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var sentence in forms)
            {
                SyntaxAnnotator.ParserInputOf(tagger.Tagger, sentence, out _);
            }

            double taggerOnly = clock.Elapsed.TotalSeconds;
            clock.Restart();
            foreach (var sentence in forms)
            {
                SyntaxAnnotator.ParserInputOf(tagger.Tagger, sentence, out _, parser.Supertagger);
            }

            double tag = clock.Elapsed.TotalSeconds;
            clock.Restart();
            foreach (var sentence in forms)
            {
                var input = SyntaxAnnotator.ParserInputOf(tagger.Tagger, sentence, out _, parser.Supertagger);
                decoder.Parse(input, heads, labels);
            }

            double both = clock.Elapsed.TotalSeconds;
            if (pass > 0)
            {
                bestTagger = Math.Min(bestTagger, taggerOnly);
                bestTag = Math.Min(bestTag, tag);
                bestBoth = Math.Min(bestBoth, both);
            }
        }

        // Where the parser's time goes: replay greedy parses, timing feature extraction and scoring apart.
        long states = 0, known = 0, dense = 0, sparseEntries = 0;
        double extractTime = 0, scoreTime = 0, cachedScoreTime = 0;
        var features = new ulong[Parser.MaxFeatures];
        var scores = new float[parser.ActionCount];
        var inputs = forms.Select(f => SyntaxAnnotator.ParserInputOf(tagger.Tagger, f, out _, parser.Supertagger)).ToList();
        for (int pass = 0; pass < 2; pass++)
        {
            states = 0;
            extractTime = scoreTime = cachedScoreTime = 0;
            foreach (var input in inputs)
            {
                state.Reset(input, parser.KnownWords);
                while (!state.IsTerminal)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    int n = ParserFeatures.Extract(input, state, features);
                    long t1 = Stopwatch.GetTimestamp();
                    Array.Clear(scores);
                    parser.Model.Score(features.AsSpan(0, n), scores);
                    long t2 = Stopwatch.GetTimestamp();
                    if (pass == 1)
                    {
                        var census = parser.Model.Census(features.AsSpan(0, n));
                        known += census.Known;
                        dense += census.Dense;
                        sparseEntries += census.SparseEntries;
                    }

                    // The same features scored again, their weights now in the caches: what scoring
                    // costs without waiting on memory (timed apart from the census above).
                    long t2b = Stopwatch.GetTimestamp();
                    Array.Clear(scores);
                    parser.Model.Score(features.AsSpan(0, n), scores);
                    long t3 = Stopwatch.GetTimestamp();
                    extractTime += t1 - t0;
                    scoreTime += t2 - t1;
                    cachedScoreTime += t3 - t2b;
                    parser.Apply(state, parser.BestValid(state, scores));
                    states++;
                }
            }
        }

        Console.WriteLine($"per state: {known / (double)states:F1} known features, {dense / (double)states:F1} dense rows, {sparseEntries / (double)states:F1} sparse entries; stride {parser.ActionCount}");
        Console.WriteLine($"{states:N0} states: extract {extractTime / Stopwatch.Frequency / states * 1e9:F0} ns, score {scoreTime / Stopwatch.Frequency / states * 1e9:F0} ns per state ({cachedScoreTime / Stopwatch.Frequency / states * 1e9:F0} ns scoring the same features again from the caches)");
        Console.WriteLine($"{words:N0} words: tagger {words / bestTagger:N0} words/s; tag + supertag {words / bestTag:N0} words/s; tag + parse {words / bestBoth:N0} words/s (one thread, best of 3 after warm-up{(parser.BeamWidth == 1 ? string.Empty : $"; beam {parser.BeamWidth}, margin {parser.BeamMargin}")}{(decoder.Fallback is null ? string.Empty : $"; cascade over {decoder.DoubtsPerWord} doubts per word, {100.0 * decoder.Counts.Reparsed / decoder.Counts.Words:F1} % of the words parsed again")})");
        return 0;
    }
}
