using BenchmarkDotNet.Running;

namespace Dyad.Bench;

/// <summary>
/// Benchmarks. <c>corpus text</c> runs the text stage over the whole Reuters-21578 corpus on one
/// thread and reports MB/s; <c>reuters-jsonl OUT</c> writes the corpus as JSONL for the CLI;
/// <c>synthetic-events STORE N</c> loads N synthetic events into a store (a DuckDB path or a
/// clickhouse:// address) and times <c>query dyad</c> over them; <c>sql STORE QUERY</c> runs a raw
/// query (EXPLAIN ANALYZE while tuning; <c>$DYAD</c> stands for the RUS–CHN dyad query);
/// <c>convert-model tagger|parser IN OUT</c> rewrites a model file in the current format;
/// <c>parser-decoding IN OUT WIDTH MARGIN</c> rewrites a parser file to decode with that beam
/// (MARGIN "inf" = no margin); <c>syntax CONLLU TAGGER PARSER [WIDTH MARGIN | --cascade BEAMPARSER DOUBTS]</c> times tag + parse;
/// anything else is handed to BenchmarkDotNet (<c>--filter *</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["corpus", var stage, ..])
        {
            return CorpusRun.Run(stage, args.Length > 2 ? args[2] : CorpusRun.DefaultReuters);
        }

        if (args is ["syntax", var conllu, var tagger, var parser])
        {
            return SyntaxRun.Run(conllu, tagger, parser, null);
        }

        if (args is ["syntax", var conlluFile, var taggerFile, var parserPath, var width, var margin])
        {
            return SyntaxRun.Run(conlluFile, taggerFile, parserPath, (int.Parse(width, System.Globalization.CultureInfo.InvariantCulture), ParseMargin(margin)));
        }

        if (args is ["syntax", var cascadeConllu, var cascadeTagger, var cascadeParser, "--cascade", var fallback, var doubts])
        {
            try
            {
                return SyntaxRun.Run(cascadeConllu, cascadeTagger, cascadeParser, null, (fallback, float.Parse(doubts, System.Globalization.CultureInfo.InvariantCulture)));
            }
            catch (ArgumentException exception)
            {
                Console.Error.WriteLine($"syntax --cascade: {exception.Message}");
                return 2;
            }
        }

        if (args is ["parser-decoding", var decodedIn, var decodedOut, var decodeWidth, var decodeMargin])
        {
            Dyad.Syntax.ParserModel.Load(decodedIn).WithDecoding(int.Parse(decodeWidth, System.Globalization.CultureInfo.InvariantCulture), ParseMargin(decodeMargin)).Save(decodedOut);
            return 0;
        }

        if (args is ["convert-model", "tagger", var taggerIn, var taggerOut])
        {
            // Rewrites a model file in the current format (weights unchanged but for 16-bit rounding).
            Dyad.Syntax.TaggerModel.Load(taggerIn).Save(taggerOut);
            return 0;
        }

        if (args is ["convert-model", "parser", var parserIn, var parserOut])
        {
            Dyad.Syntax.ParserModel.Load(parserIn).Save(parserOut);
            return 0;
        }

        if (args is ["supertags", var devFile, var taggerModel, var parserModel])
        {
            return SupertagRun.Run(devFile, taggerModel, parserModel);
        }

        if (args is ["gold-tags", var goldFile, var parserFile])
        {
            var gold = Dyad.Syntax.ConllU.ReadFile(goldFile);
            var goldParser = Dyad.Syntax.ParserModel.Load(parserFile).Parser;
            var system = new List<Dyad.Syntax.ConllSentence>();
            foreach (var sentence in gold)
            {
                var input = new Dyad.Syntax.ParserInput(sentence.Words.Count);
                for (int i = 0; i < sentence.Words.Count; i++)
                {
                    input.Set(i + 1, new Dyad.Syntax.WordAtoms(sentence.Words[i].Form).Lower, sentence.Words[i].Upos, sentence.Words[i].Xpos);
                }

                var heads = new int[sentence.Words.Count];
                var labels = new int[sentence.Words.Count];
                goldParser.Parse(input, new Dyad.Syntax.ParseState(), heads, labels);
                system.Add(sentence with { Words = [.. sentence.Words.Select((w, i) => w with { Head = heads[i], Deprel = goldParser.Labels[labels[i]] })] });
            }

            Console.WriteLine(Dyad.Syntax.SyntaxScorer.Score(gold, system));
            return 0;
        }

        if (args is ["synthetic-events", var store, var count])
        {
            return SyntheticStore.Run(store, long.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is ["sql", var database, var query])
        {
            // A raw query against a store, for looking at plans (EXPLAIN ANALYZE …) while tuning.
            using var opened = Dyad.Storage.EventStores.Open(database.StartsWith("clickhouse://", StringComparison.Ordinal) ? null : database, database.StartsWith("clickhouse://", StringComparison.Ordinal) ? database : null, create: false);
            foreach (var row in opened.Query(query.Replace("$DYAD", Dyad.Storage.StoreQueries.Dyad(opened.Dialect, "RUS", "CHN", "month"), StringComparison.Ordinal)).Rows)
            {
                Console.WriteLine(string.Join('\t', row));
            }

            return 0;
        }

        if (args is ["reuters-jsonl", var output, ..])
        {
            return CorpusRun.WriteJsonLines(output, args.Length > 2 ? args[2] : CorpusRun.DefaultReuters);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static float ParseMargin(string margin) => margin == "inf" ? float.PositiveInfinity : float.Parse(margin, System.Globalization.CultureInfo.InvariantCulture);
}
