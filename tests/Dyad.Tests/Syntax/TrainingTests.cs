using System.IO.Compression;
using Dyad.Syntax;
using Dyad.Syntax.Training;
using Dyad.Tests.Support;

namespace Dyad.Tests.Syntax;

/// <summary>Training on a slice of UD English-EWT learns; models survive a save and load unchanged.</summary>
public sealed class TrainingTests
{
    private static List<ConllSentence> Treebank(string split) => ConllU.ReadFile(Paths.Shared($"data/ud/en_ewt/en_ewt-ud-{split}.conllu"));

    [Fact]
    public void ATaggerTrainedOnASliceBeatsTheMostFrequentTagBaseline()
    {
        var train = Treebank("train").Take(1500).ToList();
        var heldOut = Treebank("dev").Take(400).ToList();
        var tagger = TaggerTrainer.Train(train, null, new TaggerTrainingOptions { Epochs = 5, TwoPass = false });

        // Baseline: each known word gets its most frequent training UPOS, unknown words NOUN.
        var frequent = train.SelectMany(s => s.Words).GroupBy(w => w.Form)
            .ToDictionary(g => g.Key, g => g.GroupBy(w => w.Upos).OrderByDescending(u => u.Count()).First().Key);
        var words = heldOut.SelectMany(s => s.Words).ToList();
        double baseline = words.Count(w => frequent.GetValueOrDefault(w.Form, "NOUN") == w.Upos) / (double)words.Count;
        double accuracy = TaggerTrainer.Accuracy(tagger, heldOut);
        Assert.True(accuracy > baseline + 0.05, $"tagger {accuracy:P2} vs most-frequent-tag baseline {baseline:P2}");
        Assert.True(accuracy > 0.85, $"tagger {accuracy:P2}");
    }

    [Fact]
    public void AParserTrainedOnASliceFindsMostHeads()
    {
        var train = Treebank("train").Take(1500).ToList();
        var heldOut = Treebank("dev").Take(300).ToList();
        var taggerModel = TaggerModelTrainer.Train(train, null, new TaggerTrainingOptions { Epochs = 5, TwoPass = false });
        var parser = ParserTrainer.Train(train, null, null, new ParserTrainingOptions { Epochs = 4, TagFolds = 2, Beam = 1 });
        var system = heldOut.Select(s => SyntaxAnnotator.Annotate(taggerModel, parser, s)).ToList();
        var scores = SyntaxScorer.Score(heldOut, system);

        // Baseline: every word attached to the word before it.
        int words = heldOut.Sum(s => s.Words.Count);
        int chain = heldOut.Sum(s => s.Words.Select((w, i) => w.Head == i ? 1 : 0).Sum());
        double baseline = 100.0 * chain / words;
        Assert.True(scores.Uas > 65 && scores.Uas > baseline + 25, $"UAS {scores.Uas:F1} vs previous-word baseline {baseline:F1}");
        Assert.True(scores.Las > 55, $"LAS {scores.Las:F1}");
    }

    [Fact]
    public void ModelsRoundTripThroughTheirFiles()
    {
        var sample = ConllU.ReadFile(Paths.TestData("conllu-sample.conllu"));
        var taggerModel = TaggerModelTrainer.Train(sample, null, new TaggerTrainingOptions { Epochs = 3, TwoPass = true, Folds = 2 });
        var parser = ParserTrainer.Train(sample, null, null, new ParserTrainingOptions { Epochs = 3, TagFolds = 2, Beam = 1, Supertags = true });
        Assert.NotNull(parser.Supertagger);
        using var folder = new TempFolder();
        string taggerPath = Path.Combine(folder.Path, "tagger.dyad");
        string parserPath = Path.Combine(folder.Path, "parser.dyad");
        taggerModel.Save(taggerPath);
        new ParserModel(parser, new Dictionary<string, string> { ["test"] = "yes" }).Save(parserPath);

        var taggerBack = TaggerModel.Load(taggerPath);
        var parserBack = ParserModel.Load(parserPath);
        Assert.Equal("yes", parserBack.Metadata["test"]);
        Assert.Equal(taggerModel.Metadata["treebank"], taggerBack.Metadata["treebank"]);
        Assert.Equal(taggerModel.Tagger.Model.WeightCount, taggerBack.Tagger.Model.WeightCount);
        Assert.Equal(parser.Model.WeightCount, parserBack.Parser.Model.WeightCount);
        Assert.Equal(parser.Supertagger!.Model.WeightCount, parserBack.Parser.Supertagger!.Model.WeightCount);
        Assert.Equal("yes", parserBack.Metadata[ParserModel.SupertaggerKey]);
        foreach (var sentence in sample)
        {
            var before = SyntaxAnnotator.Annotate(taggerModel, parser, sentence);
            var after = SyntaxAnnotator.Annotate(taggerBack, parserBack.Parser, sentence);
            Assert.Equal(before.Words, after.Words);
        }

        // A shipped-format parser file is read past its labels and known words, then refused for mixing: it keeps no feature keys.
        var keyless = Assert.Throws<InvalidDataException>(() => ParserModel.LoadKeyedWeights(parserPath));
        Assert.Contains("keeps no feature keys", keyless.Message, StringComparison.Ordinal);

        var wrongKind = Assert.Throws<InvalidDataException>(() => ParserModel.Load(taggerPath));
        Assert.Contains("a tagger model, not a parser model", wrongKind.Message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Path, "junk.dyad"), "not a model");
        Assert.Throws<InvalidDataException>(() => TaggerModel.Load(Path.Combine(folder.Path, "junk.dyad")));
    }

    [Fact]
    public void AParserMixedWithAnEarlierOneAveragesTheirWeightsAndRefusesOtherLabels()
    {
        var sample = ConllU.ReadFile(Paths.TestData("conllu-sample.conllu"));
        var options = new ParserTrainingOptions { Epochs = 2, TagFolds = 2, Beam = 1 };
        var alone = ParserTrainer.Train(sample, null, null, options);

        // The earlier parser holds one feature of its own: averaged in, it halves every weight of
        // the new one (no decision changes) and adds its feature.
        var earlier = new KeyedParserWeights(alone.Labels, [(0x5EED_5EED_5EEDUL, [(ushort)0], [0.2f])]);
        var mixed = ParserTrainer.Train(sample, null, null, options with { MixWith = [earlier] });
        Assert.Equal(alone.Model.FeatureCount + 1, mixed.Model.FeatureCount);
        var taggerModel = TaggerModelTrainer.Train(sample, null, new TaggerTrainingOptions { Epochs = 2, TwoPass = false, Folds = 2 });
        foreach (var sentence in sample)
        {
            Assert.Equal(SyntaxAnnotator.Annotate(taggerModel, alone, sentence).Words, SyntaxAnnotator.Annotate(taggerModel, mixed, sentence).Words);
        }

        // A parser that read supertags, was trained for a beam or scores other actions is refused before training.
        Assert.Contains("reads supertags", ParserTrainer.MixingProblem(alone.Labels, options with { MixWith = [earlier with { HasSupertagger = true }] }), StringComparison.Ordinal);
        Assert.Contains("greedy", ParserTrainer.MixingProblem(alone.Labels, options with { MixWith = [earlier with { BeamWidth = 2 }] }), StringComparison.Ordinal);
        Assert.Contains("actions", ParserTrainer.MixingProblem(alone.Labels, options with { MixWith = [earlier with { ClassCount = alone.ActionCount + 2 }] }), StringComparison.Ordinal);
        Assert.Null(ParserTrainer.MixingProblem(alone.Labels, options with { MixWith = [earlier with { ClassCount = alone.ActionCount }] }));

        var reordered = new KeyedParserWeights([.. alone.Labels.Reverse()], []);
        var error = Assert.Throws<ArgumentException>(() => ParserTrainer.Train(sample, null, null, options with { MixWith = [reordered] }));
        Assert.Contains("other relation labels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABeamParserTrainedWithSupertagsKeepsItsSupertagger()
    {
        var sample = ConllU.ReadFile(Paths.TestData("conllu-sample.conllu"));
        var parser = ParserTrainer.Train(sample, null, null, new ParserTrainingOptions { Epochs = 2, TagFolds = 2, Beam = 2, Supertags = true });
        Assert.Equal(2, parser.BeamWidth);
        Assert.NotNull(parser.Supertagger);
    }

    [Fact]
    public void ABeamOfMarginZeroDecodesAsGreedyAndTheDecodingIsKeptInTheFile()
    {
        var sample = ConllU.ReadFile(Paths.TestData("conllu-sample.conllu"));
        var taggerModel = TaggerModelTrainer.Train(sample, null, new TaggerTrainingOptions { Epochs = 2, TwoPass = false, Folds = 2 });
        var parser = ParserTrainer.Train(sample, null, null, new ParserTrainingOptions { Epochs = 3, TagFolds = 2, Beam = 4 });
        Assert.True(float.IsPositiveInfinity(parser.BeamMargin));

        // Margin 0 keeps the best hypothesis alone at every step: the greedy parse, word for word.
        var greedy = parser.WithDecoding(1, float.PositiveInfinity);
        var narrow = parser.WithDecoding(4, 0);
        var wide = parser.WithDecoding(4, float.PositiveInfinity);
        int differ = 0;
        foreach (var sentence in sample)
        {
            var greedyParse = SyntaxAnnotator.Annotate(taggerModel, greedy, sentence).Words;
            Assert.Equal(greedyParse, SyntaxAnnotator.Annotate(taggerModel, narrow, sentence).Words);
            differ += greedyParse.SequenceEqual(SyntaxAnnotator.Annotate(taggerModel, wide, sentence).Words) ? 0 : 1;
        }

        Assert.True(differ > 0, "a full beam of 4 should parse some sentence otherwise than greedy decoding");

        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "parser.dyad");
        new ParserModel(parser.WithDecoding(3, 2.5f), new Dictionary<string, string>()).Save(path);
        var back = ParserModel.Load(path);
        Assert.Equal(3, back.Parser.BeamWidth);
        Assert.Equal(2.5f, back.Parser.BeamMargin);
        Assert.Equal("2.5", back.Metadata[ParserModel.BeamMarginKey]);
        Assert.Equal("1", back.WithDecoding(3, 1).Metadata[ParserModel.BeamMarginKey]);
        Assert.False(back.WithDecoding(3, float.PositiveInfinity).Metadata.ContainsKey(ParserModel.BeamMarginKey));

        // A margin in the file that is no number of 0 or more is named with the file.
        byte[] raw;
        using (var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            raw = buffer.ToArray();
        }

        int at = raw.AsSpan().IndexOf("\u00032.5"u8);
        Assert.True(at > 0);
        "-15"u8.CopyTo(raw.AsSpan(at + 1));
        string broken = Path.Combine(folder.Path, "broken.dyad");
        using (var gzip = new GZipStream(File.Create(broken), CompressionLevel.Fastest))
        {
            gzip.Write(raw);
        }

        var error = Assert.Throws<InvalidDataException>(() => ParserModel.Load(broken));
        Assert.Contains(broken, error.Message);
        Assert.Contains("'-15'", error.Message);

        // No margin is written as none, and a saved model's old margin does not outlive a new decoding.
        back.WithDecoding(3, float.PositiveInfinity).Save(path);
        Assert.False(ParserModel.Load(path).Metadata.ContainsKey(ParserModel.BeamMarginKey));
        Assert.Throws<ArgumentOutOfRangeException>(() => parser.WithDecoding(2, -1));
    }

    [Fact]
    public void SupertagsGiveRelationHeadSideAndDependentSides()
    {
        // "Both men chastised the United States ." as UD EWT annotates it.
        ConllWord W(string form, int head, string relation) => new(form, "_", "_", "_", "_", head, relation, "_", "_");
        List<ConllWord> words = [W("Both", 2, "det"), W("men", 3, "nsubj"), W("chastised", 0, "root"), W("the", 6, "det"), W("United", 6, "amod"), W("States", 3, "obj"), W(".", 3, "punct")];
        string[] expected = ["det>", "nsubj>L", "root^LR", "det>", "amod>", "obj<L", "punct<"];
        Assert.Equal(expected, Enumerable.Range(1, words.Count).Select(i => ParserTrainer.Supertag(words, i)));
    }

    [Fact]
    public void ProjectivizingLiftsCrossingArcs()
    {
        // 1 ← 3, 2 → 4 crosses 3's arc to 1: word 4 (head 2) is lifted to 2's head.
        int[] heads = [3, 3, 0, 2];
        Assert.Equal([3, 3, 0, 3], ParserTrainer.Projectivize(heads));
        int[] projective = [2, 0, 2, 3];
        Assert.Equal(projective, ParserTrainer.Projectivize(projective));
    }
}
