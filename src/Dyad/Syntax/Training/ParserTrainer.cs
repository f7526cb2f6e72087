using Dyad.Learning;

namespace Dyad.Syntax.Training;

/// <summary>Settings for training the parser.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the shuffle and of exploration.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>From this epoch on, the trainer follows the model's own (possibly wrong) choice…</summary>
    public int ExploreFrom { get; init; } = 2;

    /// <summary>…with this probability, so it learns to recover from its mistakes.</summary>
    public double ExploreProbability { get; init; } = 0.9;

    /// <summary>Beam width: 1 trains a greedy parser with the dynamic oracle; more trains for beam search with max-violation updates.</summary>
    public int Beam { get; init; } = 1;

    /// <summary>Greedy parsers trained on different shuffles and mixed into one model (1 = a single parser).</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>
    /// Weights of earlier-trained parsers (same labels), averaged in as further members of the mix:
    /// models trained apart err apart, and their average keeps what they share.
    /// </summary>
    public IReadOnlyList<KeyedParserWeights> MixWith { get; init; } = [];

    /// <summary>A word needs this many training uses to have word features.</summary>
    public int MinWordCount { get; init; } = 2;

    /// <summary>
    /// Features updated fewer times than this are left out of the model: on EWT dev, 2 halves the
    /// feature count (1.58M → 0.86M) for −0.05 UAS.
    /// </summary>
    public int MinimumUpdates { get; init; } = 2;

    /// <summary>
    /// Train a supertagger (each word's relation, head side and sides with dependents, see
    /// <see cref="ParserTrainer.Supertag"/>) whose predictions the parser reads: on EWT test +0.74 UAS,
    /// +0.67 LAS, at 60–80 % of the speed (data/models/README.md).
    /// </summary>
    public bool Supertags { get; init; }

    /// <summary>Folds of the jackknife that gives the training sentences predicted tags.</summary>
    public int TagFolds { get; init; } = 5;

    /// <summary>
    /// The jackknife taggers tag in two passes, as the shipped tagger does at run time, so the
    /// training parts of speech are as good as the ones the parser will see (one pass: a little worse).
    /// </summary>
    public bool TwoPassJackknife { get; init; }

    /// <summary>The supertagger tags in two passes, the second reading the first's supertags on both sides.</summary>
    public bool TwoPassSupertagger { get; init; }
}

/// <summary>
/// Trains the <see cref="Parser"/> with the dynamic oracle of Goldberg and Nivre (2013) for
/// arc-hybrid: in any configuration, reached by correct or wrong moves, every action's cost is the
/// number of gold arcs it makes unreachable, so the parser learns the best move from where it
/// is; with exploration it trains on the configurations its own errors lead to. Training trees
/// are projectivized first (EWT: 354 non-projective arcs of 204,577). Predicted tags come from
/// taggers that did not see the sentence (jackknifing), so the parser learns on tags as noisy as
/// those it will see.
/// </summary>
public static class ParserTrainer
{
    /// <summary>Trains; dev sentences (tagged by <paramref name="devTagger"/>) are scored every few epochs.</summary>
    public static Parser Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, TaggerModel? devTagger, ParserTrainingOptions options, Action<string>? log = null)
    {
        var labels = RelationLabels(train);
        if (MixingProblem(labels, options) is string problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var labelIds = labels.Select((label, id) => (label, id)).ToDictionary(p => p.label, p => p.id, StringComparer.Ordinal);
        var known = train.SelectMany(s => s.Words).GroupBy(w => new WordAtoms(w.Form).Lower)
            .Where(g => g.Count() >= options.MinWordCount).Select(g => g.Key).ToList();
        var tagged = JackknifeTags(train, options, log);
        Tagger? supertagger = null;
        if (options.Supertags)
        {
            supertagger = TrainSupertagger(train, tagged, options, log);
        }

        var shell = new Parser(labels, known, new AveragedPerceptron(1).Average(), 1, supertagger);
        var examples = new List<Example>(train.Count);
        for (int s = 0; s < train.Count; s++)
        {
            var words = train[s].Words;
            var heads = Projectivize(words.Select(w => w.Head).ToArray());
            examples.Add(new Example(tagged[s], heads, words.Select(w => labelIds[w.Deprel]).ToArray()));
        }

        var perceptron = new AveragedPerceptron(shell.ActionCount);
        if (options.Beam > 1)
        {
            return TrainBeam(shell, examples, dev, devTagger, options, perceptron, labels, known, log);
        }

        if (options.Ensemble > 1 || options.MixWith.Count > 0)
        {
            var models = new IReadOnlyList<(ulong, ushort[], float[])>[options.Ensemble];
            Parallel.For(0, options.Ensemble, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, member =>
            {
                var own = new AveragedPerceptron(shell.ActionCount);
                TrainGreedy(shell, examples, options with { Seed = options.Seed + (1000 * member) }, own, null, null, labels, known, member == 0 ? log : null);
                models[member] = own.AveragedWeights(options.MinimumUpdates);
            });
            var mixed = new Parser(labels, known, LinearModel.Mix(shell.ActionCount, [.. models, .. options.MixWith.Select(other => other.Features)]), 1, shell.Supertagger);
            if (dev is not null && devTagger is not null && log is not null)
            {
                if (options.MixWith.Count > 0)
                {
                    var alone = new Parser(labels, known, LinearModel.Mix(shell.ActionCount, models), 1, shell.Supertagger);
                    var own = dev.Select(s => SyntaxAnnotator.Annotate(devTagger, alone, s)).ToList();
                    log($"the {options.Ensemble} new model(s) alone: dev {SyntaxScorer.Score(dev, own)}");
                }

                var system = dev.Select(s => SyntaxAnnotator.Annotate(devTagger, mixed, s)).ToList();
                log($"mixed {options.Ensemble + options.MixWith.Count} models: {mixed.Model.FeatureCount:N0} features; dev {SyntaxScorer.Score(dev, system)}");
            }

            return mixed;
        }

        TrainGreedy(shell, examples, options, perceptron, dev, devTagger, labels, known, log);
        return new Parser(labels, known, perceptron.Average(options.MinimumUpdates), 1, shell.Supertagger);
    }

    /// <summary>The relation labels a parser trained on <paramref name="train"/> predicts, most frequent first (their order numbers the actions).</summary>
    public static List<string> RelationLabels(IReadOnlyList<ConllSentence> train) => train.SelectMany(s => s.Words).GroupBy(w => w.Deprel)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();

    /// <summary>Why the parsers of <see cref="ParserTrainingOptions.MixWith"/> cannot be mixed into one trained with these labels and options, or null.</summary>
    public static string? MixingProblem(IReadOnlyList<string> labels, ParserTrainingOptions options)
    {
        int actions = 1 + (2 * labels.Count);
        foreach (var other in options.MixWith)
        {
            if (!other.Labels.SequenceEqual(labels, StringComparer.Ordinal))
            {
                return "a parser to mix with has other relation labels (or another order) than this training set gives";
            }

            if (other.ClassCount != 0 && other.ClassCount != actions)
            {
                return $"a parser to mix with scores {other.ClassCount} actions, this one {actions}";
            }

            if (other.BeamWidth != 1 || options.Beam != 1)
            {
                return "only greedy parsers are mixed (a parser to mix with, or this one, is trained for a beam)";
            }

            if (other.HasSupertagger != options.Supertags)
            {
                return other.HasSupertagger ? "a parser to mix with reads supertags; train this one with --supertags" : "a parser to mix with reads no supertags; train this one without --supertags";
            }
        }

        return null;
    }

    private static void TrainGreedy(Parser shell, List<Example> examples, ParserTrainingOptions options, AveragedPerceptron perceptron, IReadOnlyList<ConllSentence>? dev, TaggerModel? devTagger, List<string> labels, List<ulong> known, Action<string>? log)
    {
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ParseState();
        var features = new ulong[Parser.MaxFeatures];
        var scores = new float[shell.ActionCount];
        var costs = new int[shell.ActionCount];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correctArcs = 0, arcs = 0;
            foreach (int index in order)
            {
                var example = examples[index];
                var input = example.Input;
                state.Reset(input, shell.KnownWords);
                while (!state.IsTerminal)
                {
                    int n = ParserFeatures.Extract(input, state, features);
                    Array.Clear(scores);
                    perceptron.Score(features.AsSpan(0, n), scores);
                    int predicted = shell.BestValid(state, scores);
                    Costs(shell, state, example, costs);
                    int best = BestZeroCost(shell, state, scores, costs);
                    perceptron.Tick();
                    if (costs[predicted] > costs[best])
                    {
                        perceptron.Update(features.AsSpan(0, n), best, predicted);
                    }

                    bool explore = epoch >= options.ExploreFrom && random.NextDouble() < options.ExploreProbability;
                    shell.Apply(state, explore ? predicted : best);
                }

                for (int i = 1; i <= input.Length; i++)
                {
                    correctArcs += state.Heads[i] == example.Heads[i - 1] ? 1 : 0;
                    arcs++;
                }
            }

            string line = $"parser epoch {epoch}: train UAS {100.0 * correctArcs / arcs:F2}% ({perceptron.FeatureCount:N0} features)";
            if (dev is not null && devTagger is not null && log is not null && (epoch % 5 == 0 || epoch == options.Epochs))
            {
                var parser = new Parser(labels, known, perceptron.Average(), 1, shell.Supertagger);
                var system = dev.Select(s => SyntaxAnnotator.Annotate(devTagger, parser, s)).ToList();
                line += $"; dev {SyntaxScorer.Score(dev, system)}";
            }

            log?.Invoke(line);
        }

    }

    private static Parser TrainBeam(Parser shell, List<Example> examples, IReadOnlyList<ConllSentence>? dev, TaggerModel? devTagger, ParserTrainingOptions options, AveragedPerceptron perceptron, List<string> labels, List<ulong> known, Action<string>? log)
    {
        var trainer = new BeamTrainer(shell, perceptron, options.Beam);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int exact = 0;
            foreach (int index in order)
            {
                var example = examples[index];
                exact += trainer.Train(example.Input, example.Heads, example.Labels) ? 1 : 0;
            }

            string line = $"parser epoch {epoch} (beam {options.Beam}): {100.0 * exact / examples.Count:F1}% sentences without violation ({perceptron.FeatureCount:N0} features)";
            if (dev is not null && devTagger is not null && log is not null && (epoch % 3 == 0 || epoch == options.Epochs))
            {
                var parser = new Parser(labels, known, perceptron.Average(), options.Beam, shell.Supertagger);
                var system = dev.Select(s => SyntaxAnnotator.Annotate(devTagger, parser, s)).ToList();
                line += $"; dev {SyntaxScorer.Score(dev, system)}";
            }

            log?.Invoke(line);
        }

        return new Parser(labels, known, perceptron.Average(options.MinimumUpdates), options.Beam, shell.Supertagger);
    }

    private sealed record Example(ParserInput Input, int[] Heads, int[] Labels);

    /// <summary>
    /// Arc-hybrid action costs (Goldberg and Nivre 2013): the gold arcs each action loses.
    /// LEFT pops s0 under b0: loses s0's gold head if it is s1 or a later buffer word, and s0's
    /// gold dependents still in the buffer. RIGHT pops s0 under s1: loses s0's gold head in the
    /// buffer and its dependents there. SHIFT pushes b0: loses b0's gold head deeper in the stack
    /// than s0, and every stack word whose gold head is b0. A correct arc with a wrong label costs 1.
    /// </summary>
    private static void Costs(Parser parser, ParseState state, Example example, int[] costs)
    {
        var gold = example.Heads;
        int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.BufferAt(0);
        int n = state.Length;
        bool InBuffer(int word) => word >= state.Buffer && word <= n;
        int Head(int word) => gold[word - 1];

        int shiftCost = int.MaxValue, leftCost = int.MaxValue, rightCost = int.MaxValue;
        if (state.CanShift)
        {
            shiftCost = 0;
            for (int depth = 0; depth < state.StackSize; depth++)
            {
                int k = state.Stack(depth);
                if (k > 0 && Head(k) == b0)
                {
                    shiftCost++;
                }
            }

            int h = Head(b0);
            if (h != s0 && state.IsOnStack(h))
            {
                shiftCost++;
            }
        }

        if (s0 > 0)
        {
            int dependentsInBuffer = 0;
            for (int d = state.Buffer; d <= n; d++)
            {
                dependentsInBuffer += Head(d) == s0 ? 1 : 0;
            }

            int h = Head(s0);
            if (state.CanLeft)
            {
                leftCost = dependentsInBuffer + (h != b0 && (h == s1 || InBuffer(h)) ? 1 : 0);
            }

            if (state.CanRight)
            {
                rightCost = dependentsInBuffer + (InBuffer(h) ? 1 : 0);
            }
        }

        for (int action = 0; action < costs.Length; action++)
        {
            if (!parser.IsValid(state, action))
            {
                costs[action] = int.MaxValue;
                continue;
            }

            if (action == 0)
            {
                costs[action] = shiftCost;
                continue;
            }

            int label = parser.LabelOf(action);
            bool left = action <= parser.Labels.Count;
            int goldLabel = example.Labels[s0 - 1];
            bool arcIsGold = left ? Head(s0) == b0 : Head(s0) == s1;
            costs[action] = (left ? leftCost : rightCost) + (arcIsGold && label != goldLabel ? 1 : 0);
        }
    }

    /// <summary>The best-scoring action among the cheapest valid ones.</summary>
    private static int BestZeroCost(Parser parser, ParseState state, float[] scores, int[] costs)
    {
        int minimum = int.MaxValue;
        foreach (int cost in costs)
        {
            minimum = Math.Min(minimum, cost);
        }

        int best = -1;
        for (int action = 0; action < costs.Length; action++)
        {
            if (costs[action] == minimum && (best < 0 || scores[action] > scores[best]) && parser.IsValid(state, action))
            {
                best = action;
            }
        }

        return best;
    }

    /// <summary>
    /// Lifts non-projective arcs (Nivre and Nilsson 2005, without label encoding): while an arc
    /// crosses another, its dependent moves up to its head's head, shortest arcs first.
    /// </summary>
    public static int[] Projectivize(int[] heads)
    {
        var result = (int[])heads.Clone();
        while (true)
        {
            int worst = -1;
            int worstLength = int.MaxValue;
            for (int d = 1; d <= result.Length; d++)
            {
                int h = result[d - 1];
                if (h > 0 && !IsProjective(result, h, d) && Math.Abs(h - d) < worstLength)
                {
                    worst = d;
                    worstLength = Math.Abs(h - d);
                }
            }

            if (worst < 0)
            {
                return result;
            }

            result[worst - 1] = result[result[worst - 1] - 1];
        }
    }

    /// <summary>An arc is projective when its head dominates every word between head and dependent.</summary>
    private static bool IsProjective(int[] heads, int head, int dependent)
    {
        int low = Math.Min(head, dependent), high = Math.Max(head, dependent);
        for (int k = low + 1; k < high; k++)
        {
            int a = k;
            int steps = 0;
            while (a != 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a - 1];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The sentences with each word's supertag in place of its part of speech, so a tagger learns
    /// to predict them: its relation, where its head is (&lt; left, &gt; right, ^ the root) and whether
    /// it has dependents on its left (L) and right (R): "nsubj>" for a bare subject before its
    /// verb, "root^LR" for a main verb with words on both sides (Ouchi, Duh and Matsumoto 2014).
    /// </summary>
    public static List<ConllSentence> SupertagSentences(IReadOnlyList<ConllSentence> sentences) =>
        [.. sentences.Select(s => s with { Words = [.. s.Words.Select((w, i) => w with { Upos = Supertag(s.Words, i + 1), Xpos = "_" })] })];

    /// <summary>The supertag of word <paramref name="word"/> (1-based) in a gold tree.</summary>
    public static string Supertag(IReadOnlyList<ConllWord> words, int word)
    {
        var self = words[word - 1];
        bool left = false, right = false;
        for (int d = 1; d <= words.Count; d++)
        {
            if (words[d - 1].Head == word)
            {
                left |= d < word;
                right |= d > word;
            }
        }

        string side = self.Head == 0 ? "^" : self.Head < word ? "<" : ">";
        return self.Deprel + side + (left ? "L" : string.Empty) + (right ? "R" : string.Empty);
    }

    /// <summary>
    /// Trains the supertagger on all training sentences, with their jackknifed parts of speech as
    /// word classes, and gives each training sentence supertags from a supertagger trained on the
    /// other folds, so the parser learns how far to trust them.
    /// </summary>
    private static Tagger TrainSupertagger(IReadOnlyList<ConllSentence> train, ParserInput[] inputs, ParserTrainingOptions options, Action<string>? log)
    {
        var supertagged = SupertagSentences(train);
        var classes = inputs.Select(input => input.Tags[1..]).ToArray();
        int folds = options.TagFolds;
        var tagOptions = new TaggerTrainingOptions { TwoPass = options.TwoPassSupertagger, Seed = options.Seed };
        Tagger? final = null;
        Parallel.For(0, folds + 1, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            if (fold == folds)
            {
                final = TaggerTrainer.Train(supertagged, null, tagOptions, null, classes);
                return;
            }

            var part = Enumerable.Range(0, train.Count).Where(i => i % folds != fold).ToList();
            var supertagger = TaggerTrainer.Train([.. part.Select(i => supertagged[i])], null, tagOptions with { Seed = options.Seed + fold }, null, [.. part.Select(i => classes[i])]);
            for (int i = fold; i < train.Count; i += folds)
            {
                inputs[i].AddSupertags(supertagger, [.. train[i].Words.Select(w => new WordAtoms(w.Form))]);
            }
        });
        log?.Invoke($"trained the supertagger and jackknifed training supertags over {folds} folds");
        return final!;
    }

    /// <summary>Tags each training sentence with a tagger trained on the other folds (one pass unless <see cref="ParserTrainingOptions.TwoPassJackknife"/>).</summary>
    private static ParserInput[] JackknifeTags(IReadOnlyList<ConllSentence> train, ParserTrainingOptions options, Action<string>? log)
    {
        var inputs = new ParserInput[train.Count];
        int folds = options.TagFolds;
        var tagOptions = new TaggerTrainingOptions { TwoPass = options.TwoPassJackknife, Seed = options.Seed };
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            var part = Enumerable.Range(0, train.Count).Where(i => i % folds != fold).Select(i => train[i]).ToList();
            var tagger = TaggerTrainer.Train(part, null, tagOptions with { Seed = options.Seed + fold }, null);
            for (int i = fold; i < train.Count; i += folds)
            {
                inputs[i] = SyntaxAnnotator.ParserInputOf(tagger, train[i].Words.Select(w => w.Form).ToList(), out _);
            }
        });
        log?.Invoke($"jackknifed training tags over {folds} folds");
        return inputs;
    }
}
