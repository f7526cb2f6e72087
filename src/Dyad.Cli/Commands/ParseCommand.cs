using System.CommandLine;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Syntax;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad parse</c>: tags and parses. With <c>--conllu-in</c> it re-annotates a CoNLL-U file
/// keeping its words (column 2), so accuracy can be scored against a treebank; otherwise it reads
/// any input Dyad reads and prints its sentences as CoNLL-U.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("conllu", "conllu");
        var conlluIn = new Option<FileInfo?>("--conllu-in") { Description = "Re-tag and re-parse this CoNLL-U file, keeping its tokenization (gold tags and heads are ignored)." };
        var score = new Option<bool>("--score") { Description = "With --conllu-in: print UPOS, XPOS, UFeats, Lemmas, UAS and LAS against the file's own annotation (CoNLL 2018 rules) to standard error." };
        var tagger = new Option<FileInfo?>("--tagger") { Description = "Tagger model (default: the shipped one)." };
        var parser = new Option<FileInfo?>("--parser") { Description = "Parser model (default: the shipped one)." };
        var accurate = new Option<bool>("--accurate") { Description = "Parse with the shipped beam-search parser: more accurate (EWT test UAS 86.2 against 85.9), about 2.5 times slower." };
        var cascade = new Option<bool>("--cascade") { Description = "Parse with the greedy parser, and again with the beam-search parser the sentences it doubts: nearly the beam's accuracy at nearly greedy speed." };
        var doubts = new Option<float?>("--doubts-per-word") { Description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"With --cascade: how many doubted decisions per word (a word takes about two decisions) the greedy parser may make before the sentence is parsed again (default {SyntaxAnalyzer.CascadeDoubtsPerWord}; 0 = every sentence with a doubt, 2 = none).") };
        var beam = new Option<int?>("--beam") { Description = "Decode with this beam width (default: the parser's own; 1 = greedy)." };
        var margin = new Option<float?>("--beam-margin") { Description = "Keep only hypotheses whose score is within this of the best (default: the parser's own)." };
        var date = CommonOptions.Date();
        var inputs = CommonOptions.Inputs();
        inputs.Arity = ArgumentArity.ZeroOrMore;
        var command = new Command("parse", "Print the part-of-speech tags, lemmas, features and dependency parse of each sentence as CoNLL-U.")
        {
            format, conlluIn, score, tagger, parser, accurate, cascade, doubts, beam, margin, date, inputs,
        };
        command.Validators.Add(result =>
        {
            bool hasInputs = result.GetValue(inputs) is { Length: > 0 };
            bool hasConllu = result.GetValue(conlluIn) is not null;
            if (hasInputs == hasConllu)
            {
                result.AddError("give either INPUT... or --conllu-in FILE.");
            }

            if (result.GetValue(accurate) && result.GetValue(parser) is not null)
            {
                result.AddError("give either --accurate or --parser FILE.");
            }

            if (result.GetValue(cascade) && (result.GetValue(accurate) || result.GetValue(beam) is not null || result.GetValue(margin) is not null))
            {
                result.AddError("--cascade parses greedily first; give it without --accurate, --beam or --beam-margin.");
            }

            if (result.GetValue(doubts) is float limit && !(limit >= 0 && result.GetValue(cascade)))
            {
                result.AddError("--doubts-per-word needs --cascade and must be 0 or more.");
            }

            if (result.GetValue(beam) is < 1)
            {
                result.AddError("--beam must be 1 or more.");
            }

            if (result.GetValue(margin) is float given && !(given >= 0))
            {
                result.AddError("--beam-margin must be 0 or more.");
            }
        });
        command.SetAction((parsed, cancellation) =>
        {
            using var analyzer = ModelLoading.Syntax(
                parsed.GetValue(tagger)?.FullName,
                parsed.GetValue(accurate) ? Data.DataDirectory.Default.File(Path.Combine("models", SyntaxAnalyzer.BeamParserFile)) : parsed.GetValue(parser)?.FullName,
                context,
                parsed.GetValue(beam),
                parsed.GetValue(margin),
                parsed.GetValue(cascade) ? (Data.DataDirectory.Default.File(Path.Combine("models", SyntaxAnalyzer.BeamParserFile)), parsed.GetValue(doubts) ?? SyntaxAnalyzer.CascadeDoubtsPerWord) : null);
            if (analyzer is null)
            {
                return Task.FromResult(1);
            }

            if (parsed.GetValue(conlluIn) is { } file)
            {
                if (!file.Exists)
                {
                    context.Error.WriteLine($"dyad: --conllu-in {file.FullName}: no such file");
                    return Task.FromResult(1);
                }

                List<ConllSentence> gold;
                try
                {
                    gold = ConllU.ReadFile(file.FullName);
                }
                catch (FormatException exception)
                {
                    context.Error.WriteLine($"dyad: {exception.Message}");
                    return Task.FromResult(1);
                }

                var system = new List<ConllSentence>(gold.Count);
                foreach (var sentence in gold)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var annotated = analyzer.Annotate(sentence);
                    system.Add(annotated);
                    ConllU.Write(context.Output, annotated);
                }

                context.Output.Flush();
                if (parsed.GetValue(score))
                {
                    context.Error.WriteLine(SyntaxScorer.Score(gold, system).ToString());
                    if (analyzer.Fallback is not null)
                    {
                        var (words, reparsed) = analyzer.ParseCounts;
                        context.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cascade: {reparsed:N0} of {words:N0} words in parses ({100.0 * reparsed / Math.Max(1, words):F1} %) parsed again by the beam parser"));
                    }
                }

                return Task.FromResult(0);
            }

            var text = TextPipeline.Load(Data.DataDirectory.Default);
            var options = new IngestionOptions { DefaultDate = parsed.GetValue(date) };
            int exit = new InputRunner(context).Run(parsed.GetValue(inputs)!, options, source =>
            {
                var document = text.Process(source, cancellation);
                DocumentConllU.Write(context.Output, document, analyzer.Analyze(document, cancellation));
            }, cancellation);
            context.Output.Flush();
            return Task.FromResult(exit);
        });
        return command;
    }
}
