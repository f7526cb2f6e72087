using Dyad.Learning;

namespace Dyad.Syntax.Training;

/// <summary>Settings for training the tagger.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Seed of the shuffle: the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A word this frequent that took one tag in this share of its uses is tagged without scoring.</summary>
    public int UnambiguousMinCount { get; init; } = 20;

    /// <summary>Tag in two passes, the second seeing the first's tags to the right.</summary>
    public bool TwoPass { get; init; } = true;

    /// <summary>Folds of the jackknife that produces the second pass's training input.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>A word needs this many training uses for its ambiguity class to be a feature.</summary>
    public int AmbiguityMinCount { get; init; } = 5;

    /// <summary>See <see cref="UnambiguousMinCount"/>.</summary>
    public double UnambiguousShare { get; init; } = 0.997;
}

/// <summary>Trains a <see cref="Tagger"/> on treebank sentences.</summary>
public static class TaggerTrainer
{
    /// <summary>
    /// Trains; <paramref name="log"/> receives progress lines. With <see cref="TaggerTrainingOptions.TwoPass"/>
    /// the second pass is trained on first-pass tags predicted by models that did not see the
    /// sentence (k-fold jackknifing), so it learns how far to trust them on new text.
    /// </summary>
    /// <param name="train">Training sentences.</param>
    /// <param name="dev">Sentences scored after training, if any.</param>
    /// <param name="options">Settings.</param>
    /// <param name="log">Receives progress lines.</param>
    /// <param name="classes">Word classes per training sentence to use instead of ambiguity classes (see <see cref="Tagger.Tag(ReadOnlySpan{WordAtoms}, ReadOnlySpan{ulong}, Span{int})"/>).</param>
    public static Tagger Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, TaggerTrainingOptions options, Action<string>? log = null, IReadOnlyList<ulong[]>? classes = null)
    {
        var pairs = train.SelectMany(s => s.Words)
            .GroupBy(w => (w.Upos, w.Xpos))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Upos, StringComparer.Ordinal).ThenBy(g => g.Key.Xpos, StringComparer.Ordinal)
            .Select(g => g.Key);
        var tags = new TagSet(pairs);
        var (ambiguity, unambiguous) = BuildDictionaries(train, tags, options);
        var shell = new Tagger(tags, new AveragedPerceptron(tags.Count).Average(), ambiguity, unambiguous, null, classes is not null);
        var sentences = train.Select((s, i) => Prepare(s, tags, shell, classes?[i])).ToList();

        var first = TrainPass(shell, sentences, null, options, options.Seed, log, "pass 1");
        if (!options.TwoPass)
        {
            var oneTagger = new Tagger(tags, first, ambiguity, unambiguous, null, classes is not null);
            LogDev(oneTagger, dev, log);
            return oneTagger;
        }

        var predicted = new int[sentences.Count][];
        int folds = options.Folds;
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            var trainPart = Enumerable.Range(0, sentences.Count).Where(i => i % folds != fold).Select(i => sentences[i]).ToList();
            var model = TrainPass(shell, trainPart, null, options, options.Seed + fold + 1, null, $"fold {fold}");
            for (int i = fold; i < sentences.Count; i += folds)
            {
                var (words, classes, _) = sentences[i];
                predicted[i] = new int[words.Length];
                shell.Decode(model, words, classes, [], predicted[i]);
            }
        });
        log?.Invoke($"jackknifed first-pass tags over {folds} folds");

        var second = TrainPass(shell, sentences, predicted, options, options.Seed, log, "pass 2");
        var tagger = new Tagger(tags, second, ambiguity, unambiguous, first, classes is not null);
        LogDev(tagger, dev, log);
        return tagger;
    }

    private static void LogDev(Tagger tagger, IReadOnlyList<ConllSentence>? dev, Action<string>? log)
    {
        if (dev is not null && log is not null)
        {
            log($"tagger dev UPOS {100 * Accuracy(tagger, dev):F2}%");
        }
    }

    private static LinearModel TrainPass(Tagger shell, List<(WordAtoms[] Words, ulong[] Classes, int[] Gold)> sentences, int[][]? firstPass, TaggerTrainingOptions options, int seed, Action<string>? log, string name)
    {
        var perceptron = new AveragedPerceptron(shell.Tags.Count);
        var random = new Random(seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        Span<ulong> features = stackalloc ulong[Tagger.MaxFeatures];
        var scores = new float[shell.Tags.Count];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int index in order)
            {
                var (words, classes, gold) = sentences[index];
                ReadOnlySpan<int> right = firstPass is null ? [] : firstPass[index];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < words.Length; i++)
                {
                    int guess;
                    if (shell.Unambiguous.TryGetValue(words[i].Form, out int fixedLabel))
                    {
                        guess = fixedLabel;
                    }
                    else
                    {
                        int n = Tagger.Features(words, classes, i, p1, p2, right, features, shell.ClassesAreTags);
                        Array.Clear(scores);
                        perceptron.Score(features[..n], scores);
                        guess = Tagger.ArgMax(scores);
                        perceptron.Tick();
                        perceptron.Update(features[..n], gold[i], guess);
                    }

                    correct += guess == gold[i] ? 1 : 0;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }

            log?.Invoke($"tagger {name} epoch {epoch}: train {100.0 * correct / total:F2}%");
        }

        return perceptron.Average();
    }

    /// <summary>UPOS accuracy of a tagger on gold-tokenized sentences.</summary>
    public static double Accuracy(Tagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        int correct = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var words = sentence.Words.Select(w => new WordAtoms(w.Form)).ToArray();
            var labels = new int[words.Length];
            tagger.Tag(words, labels);
            for (int i = 0; i < words.Length; i++)
            {
                correct += tagger.Tags.Pairs[labels[i]].Upos == sentence.Words[i].Upos ? 1 : 0;
                total++;
            }
        }

        return (double)correct / total;
    }

    private static (WordAtoms[] Words, ulong[] Classes, int[] Gold) Prepare(ConllSentence sentence, TagSet tags, Tagger dictionaries, ulong[]? given)
    {
        var words = sentence.Words.Select(w => new WordAtoms(w.Form)).ToArray();
        var classes = given ?? new ulong[words.Length];
        if (given is null)
        {
            dictionaries.AmbiguityClasses(words, classes);
        }

        var gold = sentence.Words.Select(w => tags.IdOf(w.Upos, w.Xpos)).ToArray();
        return (words, classes, gold);
    }

    private static (Dictionary<ulong, ulong> Ambiguity, Dictionary<ulong, int> Unambiguous) BuildDictionaries(IReadOnlyList<ConllSentence> train, TagSet tags, TaggerTrainingOptions options)
    {
        var byLower = new Dictionary<ulong, SortedSet<int>>();
        var lowerCounts = new Dictionary<ulong, int>();
        var byForm = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var word in train.SelectMany(s => s.Words))
        {
            var atoms = new WordAtoms(word.Form);
            int label = tags.IdOf(word.Upos, word.Xpos);
            if (!byLower.TryGetValue(atoms.Lower, out var set))
            {
                byLower[atoms.Lower] = set = [];
            }

            set.Add(label);
            lowerCounts[atoms.Lower] = lowerCounts.GetValueOrDefault(atoms.Lower) + 1;
            if (!byForm.TryGetValue(atoms.Form, out var counts))
            {
                byForm[atoms.Form] = counts = [];
            }

            counts[label] = counts.GetValueOrDefault(label) + 1;
        }

        // Only words seen often enough: a rare training word's class holds exactly its one gold
        // tag, which the model would learn to trust, while unseen words at run time have none.
        var ambiguity = byLower.Where(pair => lowerCounts[pair.Key] >= options.AmbiguityMinCount)
            .ToDictionary(pair => pair.Key, pair => Tagger.AmbiguityClassOf(pair.Value));
        var unambiguous = new Dictionary<ulong, int>();
        foreach (var (form, counts) in byForm)
        {
            int total = counts.Values.Sum();
            var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First();
            if (total >= options.UnambiguousMinCount && best.Value >= options.UnambiguousShare * total)
            {
                unambiguous[form] = best.Key;
            }
        }

        return (ambiguity, unambiguous);
    }
}
