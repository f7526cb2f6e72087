using Dyad.Learning;
using Dyad.Syntax;
using Dyad.Syntax.Training;

namespace Dyad.Bench;

/// <summary>How often the parser's supertagger predicts the gold supertag (relation, head side, dependent sides).</summary>
internal static class SupertagRun
{
    public static int Run(string goldFile, string taggerFile, string parserFile)
    {
        var gold = ConllU.ReadFile(goldFile);
        var tagger = TaggerModel.Load(taggerFile).Tagger;
        var parser = ParserModel.Load(parserFile).Parser;
        if (parser.Supertagger is null)
        {
            Console.Error.WriteLine($"{parserFile}: this parser has no supertagger");
            return 1;
        }

        var names = parser.Supertagger.Tags.Pairs.ToDictionary(pair => FeatureHash.Of(pair.Upos), pair => pair.Upos);
        int exact = 0, relationAndSide = 0, total = 0;
        foreach (var sentence in gold)
        {
            var input = SyntaxAnnotator.ParserInputOf(tagger, [.. sentence.Words.Select(w => w.Form)], out _, parser.Supertagger);
            for (int i = 1; i <= sentence.Words.Count; i++)
            {
                string expected = ParserTrainer.Supertag(sentence.Words, i);
                string predicted = names[input.Supertags[i]];
                exact += predicted == expected ? 1 : 0;
                relationAndSide += predicted.TrimEnd('L', 'R') == expected.TrimEnd('L', 'R') ? 1 : 0;
                total++;
            }
        }

        Console.WriteLine($"supertags: {100.0 * exact / total:F2}% exact, {100.0 * relationAndSide / total:F2}% relation and head side, over {total:N0} words");
        return 0;
    }
}
