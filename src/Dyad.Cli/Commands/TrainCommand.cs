using System.CommandLine;
using System.Diagnostics;
using Dyad.Syntax;
using Dyad.Syntax.Training;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train tagger|parser</c>: trains a model on a CoNLL-U treebank.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("MODEL") { Description = "What to train: tagger (with lemmatizer and FEATS tables) or parser." };
        kind.AcceptOnlyFromAmong("tagger", "parser");
        var train = new Option<FileInfo>("--train") { Description = "Training treebank (CoNLL-U).", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "Development treebank (CoNLL-U), scored after training." };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write.", Required = true };
        var tagger = new Option<FileInfo?>("--tagger") { Description = "Parser only: the tagger model used on the dev set (default: the shipped one)." };
        var epochs = new Option<int?>("--epochs") { Description = "Passes over the training data (default: the tuned value)." };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and data give the same model.", DefaultValueFactory = _ => 1 };
        var beam = new Option<int>("--beam") { Description = "Parser only: beam width (1 = greedy with the dynamic oracle, the shipped setting).", DefaultValueFactory = _ => 1 };
        var mix = new Option<int>("--mix") { Description = "Parser only: train this many greedy parsers on different shuffles and average them into one model.", DefaultValueFactory = _ => 1 };
        var mixWith = new Option<FileInfo[]>("--mix-with") { Description = "Parser only: average these earlier-trained parsers (Dyad's first model format, which keeps feature keys) into the new one as further members of the mix.", AllowMultipleArgumentsPerToken = true };
        var supertags = new Option<bool>("--supertags") { Description = "Parser only: also train a supertagger (relation, head side, dependent sides per word) whose predictions the parser reads: more accurate, slower." };
        var twoPassJackknife = new Option<bool>("--two-pass-jackknife") { Description = "Parser only: tag the training sentences with two-pass taggers, as the shipped tagger tags at run time." };
        var twoPassSupertagger = new Option<bool>("--two-pass-supertagger") { Description = "Parser only, with --supertags: a two-pass supertagger." };
        var newsTimePhrases = new Option<double>("--news-time-phrases") { Description = "Add copies of this share of the training sentences with news time phrases ('X on Tuesday rejected', 'said Tuesday'), which the web treebank rarely has (0 = none).", DefaultValueFactory = _ => 0 };
        var command = new Command("train", "Train the tagger or the parser on a Universal Dependencies treebank.")
        {
            kind, train, dev, output, tagger, epochs, seed, beam, mix, mixWith, supertags, twoPassJackknife, twoPassSupertagger, newsTimePhrases,
        };
        command.SetAction(parsed =>
        {
            var clock = Stopwatch.StartNew();
            var trainFile = parsed.GetValue(train)!;
            if (!trainFile.Exists)
            {
                context.Error.WriteLine($"dyad: --train {trainFile.FullName}: no such file");
                return 2;
            }

            if (parsed.GetValue(twoPassSupertagger) && !parsed.GetValue(supertags))
            {
                context.Error.WriteLine("dyad: --two-pass-supertagger needs --supertags (there is no supertagger without it)");
                return 2;
            }

            double timePhrases = parsed.GetValue(newsTimePhrases);
            if (timePhrases is < 0 or > 1)
            {
                context.Error.WriteLine($"dyad: --news-time-phrases {timePhrases}: a share between 0 and 1 is expected");
                return 2;
            }

            var trainSet = ConllU.ReadFile(trainFile.FullName);
            var devSet = parsed.GetValue(dev) is { } devFile ? ConllU.ReadFile(devFile.FullName) : null;
            void Log(string line) => context.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {line}");
            Log($"read {trainSet.Count:N0} training sentences{(devSet is null ? string.Empty : $", {devSet.Count:N0} dev sentences")}");
            int treebankSentences = trainSet.Count;
            if (timePhrases > 0)
            {
                trainSet = NewsTimePhrases.Augment(trainSet, timePhrases, parsed.GetValue(seed));
                Log($"added {trainSet.Count - treebankSentences:N0} copies with news time phrases");
            }
            var outFile = parsed.GetValue(output)!;
            Directory.CreateDirectory(outFile.DirectoryName!);
            if (parsed.GetValue(kind) == "tagger")
            {
                var options = new TaggerTrainingOptions { Seed = parsed.GetValue(seed) };
                if (parsed.GetValue(epochs) is int n)
                {
                    options = options with { Epochs = n };
                }

                var model = TaggerModelTrainer.Train(trainSet, devSet, options, Log);
                model.Save(outFile.FullName);
                outFile.Refresh();
                Log($"wrote {outFile.FullName} ({outFile.Length / 1e6:F1} MB)");
            }
            else
            {
                string taggerPath = parsed.GetValue(tagger)?.FullName ?? Path.Combine(Data.DataDirectory.Default.Path, "models", SyntaxAnalyzer.TaggerFile);
                TaggerModel? devTagger = null;
                if (devSet is not null)
                {
                    try
                    {
                        // (With the lemmas the shipped analyser gives, so dev words look as they will at run time.)
                        devTagger = TaggerModel.Load(taggerPath).WithIrregularVerbs(Data.DataDirectory.Default);
                    }
                    catch (Exception exception) when (exception is IOException or InvalidDataException or Data.DataFileException)
                    {
                        context.Error.WriteLine($"dyad: {exception.Message}");
                        return 1;
                    }
                }

                var others = new List<KeyedParserWeights>();
                foreach (var file in parsed.GetValue(mixWith) ?? [])
                {
                    try
                    {
                        others.Add(ParserModel.LoadKeyedWeights(file.FullName));
                    }
                    catch (Exception exception) when (exception is IOException or InvalidDataException)
                    {
                        context.Error.WriteLine($"dyad: --mix-with {file.FullName}: {exception.Message}");
                        return 2;
                    }
                }

                var options = new ParserTrainingOptions { Seed = parsed.GetValue(seed), Beam = parsed.GetValue(beam), Ensemble = parsed.GetValue(mix), MixWith = others, Supertags = parsed.GetValue(supertags), TwoPassJackknife = parsed.GetValue(twoPassJackknife), TwoPassSupertagger = parsed.GetValue(twoPassSupertagger) };
                if (ParserTrainer.MixingProblem(ParserTrainer.RelationLabels(trainSet), options) is string problem)
                {
                    context.Error.WriteLine($"dyad: --mix-with: {problem}");
                    return 2;
                }

                if (parsed.GetValue(epochs) is int n)
                {
                    options = options with { Epochs = n };
                }

                var parser = ParserTrainer.Train(trainSet, devSet, devTagger, options, Log);

                var metadata = new Dictionary<string, string>
                {
                    ["treebank"] = "UD English-EWT 2.16",
                    ["licence"] = "CC BY-SA 4.0 (the model is derived from the treebank's annotations)",
                    ["epochs"] = options.Epochs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["beam"] = options.Beam.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["mix"] = options.Ensemble.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["mixed with"] = string.Join("; ", (parsed.GetValue(mixWith) ?? []).Select(file => file.Name)),
                    ["jackknife passes"] = options.TwoPassJackknife ? "2" : "1",
                    ["supertagger passes"] = options.Supertags ? (options.TwoPassSupertagger ? "2" : "1") : "none",
                    ["training sentences"] = treebankSentences.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["news time phrase copies"] = (trainSet.Count - treebankSentences).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["features"] = parser.Model.FeatureCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                new ParserModel(parser, metadata).Save(outFile.FullName);
                outFile.Refresh();
                Log($"wrote {outFile.FullName} ({outFile.Length / 1e6:F1} MB)");
            }

            return 0;
        });
        return command;
    }
}
