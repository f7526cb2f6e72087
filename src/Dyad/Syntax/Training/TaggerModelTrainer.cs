namespace Dyad.Syntax.Training;

/// <summary>Trains the whole tagger model: tagger, lemmatizer and FEATS tables.</summary>
public static class TaggerModelTrainer
{
    /// <summary>Trains on <paramref name="train"/>; scores on <paramref name="dev"/> when given.</summary>
    public static TaggerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, TaggerTrainingOptions options, Action<string>? log = null)
    {
        var tagger = TaggerTrainer.Train(train, dev, options, log);
        var morphology = Morphology.Train(train);
        var metadata = new Dictionary<string, string>
        {
            ["treebank"] = "UD English-EWT 2.16",
            ["licence"] = "CC BY-SA 4.0 (the model is derived from the treebank's annotations)",
            ["epochs"] = options.Epochs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["training sentences"] = train.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["features"] = tagger.Model.FeatureCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var model = new TaggerModel(tagger, morphology, metadata);
        if (dev is not null)
        {
            var scores = SyntaxScorer.Score(dev, dev.Select(s => SyntaxAnnotator.TagOnly(model, s)).ToList());
            log?.Invoke($"dev: {scores}");
        }

        return model;
    }
}
