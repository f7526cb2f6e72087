using System.Diagnostics;
using Dyad.Syntax;

namespace Dyad.Bench;

/// <summary>Tag + parse throughput over a CoNLL-U file's words (gold tokenization), one thread.</summary>
internal static class SyntaxRun
{
    public static int Run(string conllu, string taggerPath, string parserPath)
    {
        var sentences = ConllU.ReadFile(conllu);
        var tagger = TaggerModel.Load(taggerPath);
        var parser = ParserModel.Load(parserPath).Parser;
        var forms = sentences.Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToList()).ToList();
        long words = forms.Sum(f => f.Count);
        var state = new ParseState();
        var heads = new int[512];
        var labels = new int[512];
        double bestTag = double.MaxValue, bestBoth = double.MaxValue;
        for (int pass = 0; pass < 4; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var sentence in forms)
            {
                SyntaxAnnotator.ParserInputOf(tagger.Tagger, sentence, out _);
            }

            double tag = clock.Elapsed.TotalSeconds;
            clock.Restart();
            foreach (var sentence in forms)
            {
                var input = SyntaxAnnotator.ParserInputOf(tagger.Tagger, sentence, out _);
                parser.Parse(input, state, heads, labels);
            }

            double both = clock.Elapsed.TotalSeconds;
            if (pass > 0)
            {
                bestTag = Math.Min(bestTag, tag);
                bestBoth = Math.Min(bestBoth, both);
            }
        }

        Console.WriteLine($"{words:N0} words: tag {words / bestTag:N0} words/s; tag + parse {words / bestBoth:N0} words/s (one thread, best of 3 after warm-up)");
        return 0;
    }
}
