using Dyad.Learning;

namespace Dyad.Syntax.Training;

/// <summary>
/// Global training for beam search: the structured perceptron with max-violation updates
/// (Huang, Fayong and Guo 2012). The beam runs over the whole sentence; at the step where the
/// best hypothesis outscores the gold prefix by the most, the gold prefix's transitions are
/// rewarded and that hypothesis's penalised. The gold sequence comes from the static arc-hybrid
/// oracle on the projectivized tree.
/// </summary>
internal sealed class BeamTrainer
{
    private readonly Parser parser;
    private readonly AveragedPerceptron perceptron;
    private readonly int width;
    private readonly float[] scores;
    private ParseState[] current;
    private ParseState[] next;
    private readonly ParseState gold = new();
    private readonly List<(int Parent, int Action, float Score)> candidates = [];

    // History per step: for each kept item, its parent index in the previous step, its action,
    // and the features of the parent state that chose the action.
    private readonly List<int[]> parents = [];
    private readonly List<int[]> actions = [];
    private readonly List<float[]> totals = [];
    private readonly List<bool[]> onGold = [];
    private ulong[][] itemFeatures = [];
    private int[][] itemFeatureCounts = [];

    public BeamTrainer(Parser parser, AveragedPerceptron perceptron, int width)
    {
        this.parser = parser;
        this.perceptron = perceptron;
        this.width = width;
        scores = new float[parser.ActionCount];
        current = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
        next = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
    }

    /// <summary>Trains on one sentence; returns true when the final best parse was the gold one.</summary>
    public bool Train(ParserInput input, int[] goldHeads, int[] goldLabels)
    {
        var goldActions = StaticOracle(input, goldHeads, goldLabels);
        int steps = goldActions.Count;
        EnsureHistory(steps);
        var goldFeatures = new ulong[steps][];
        var goldCounts = new int[steps];
        var goldScores = new float[steps + 1];

        current[0].Reset(input, parser.KnownWords);
        gold.Reset(input, parser.KnownWords);
        var startTotals = new float[] { 0 };
        var startGold = new bool[] { true };
        int size = 1;
        int worstStep = -1;
        float worstViolation = 0;
        int worstItem = 0;
        float[] previousTotals = startTotals;
        bool[] previousOnGold = startGold;

        for (int step = 0; step < steps; step++)
        {
            // The gold path's own features and score.
            goldFeatures[step] = new ulong[Parser.MaxFeatures];
            goldCounts[step] = ParserFeatures.Extract(input, gold, goldFeatures[step]);
            Array.Clear(scores);
            perceptron.Score(goldFeatures[step].AsSpan(0, goldCounts[step]), scores);
            goldScores[step + 1] = goldScores[step] + scores[goldActions[step]];
            parser.Apply(gold, goldActions[step]);

            candidates.Clear();
            var featureRows = itemFeatures;
            for (int item = 0; item < size; item++)
            {
                var state = current[item];
                var row = featureRows[(step * width) + item];
                int n = ParserFeatures.Extract(input, state, row);
                itemFeatureCounts[step][item] = n;
                Array.Clear(scores);
                perceptron.Score(row.AsSpan(0, n), scores);
                for (int action = 0; action < scores.Length; action++)
                {
                    if (parser.IsValid(state, action))
                    {
                        candidates.Add((item, action, previousTotals[item] + scores[action]));
                    }
                }
            }

            candidates.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Parent != b.Parent ? a.Parent.CompareTo(b.Parent) : a.Action.CompareTo(b.Action));
            int kept = Math.Min(width, candidates.Count);
            var stepParents = parents[step];
            var stepActions = actions[step];
            var stepTotals = totals[step];
            var stepOnGold = onGold[step];
            bool goldKept = false;
            for (int k = 0; k < kept; k++)
            {
                var (parent, action, total) = candidates[k];
                next[k].CopyFrom(current[parent]);
                parser.Apply(next[k], action);
                stepParents[k] = parent;
                stepActions[k] = action;
                stepTotals[k] = total;
                stepOnGold[k] = previousOnGold[parent] && action == goldActions[step];
                goldKept |= stepOnGold[k];
            }

            (current, next) = (next, current);
            size = kept;
            previousTotals = stepTotals;
            previousOnGold = stepOnGold;

            float violation = stepTotals[0] - goldScores[step + 1];
            if (!stepOnGold[0] && violation >= worstViolation)
            {
                worstViolation = violation;
                worstStep = step;
                worstItem = 0;
            }

            _ = goldKept;
        }

        perceptron.Tick();
        if (worstStep < 0)
        {
            return true;
        }

        // Reward the gold prefix, penalise the violating hypothesis's prefix.
        for (int step = 0; step <= worstStep; step++)
        {
            perceptron.Add(goldFeatures[step].AsSpan(0, goldCounts[step]), goldActions[step], 1f);
        }

        int itemIndex = worstItem;
        for (int step = worstStep; step >= 0; step--)
        {
            int parent = parents[step][itemIndex];
            int action = actions[step][itemIndex];
            var row = itemFeatures[(step * width) + parent];
            perceptron.Add(row.AsSpan(0, itemFeatureCounts[step][parent]), action, -1f);
            itemIndex = parent;
        }

        return false;
    }

    private void EnsureHistory(int steps)
    {
        while (parents.Count < steps)
        {
            parents.Add(new int[width]);
            actions.Add(new int[width]);
            totals.Add(new float[width]);
            onGold.Add(new bool[width]);
        }

        if (itemFeatures.Length < steps * width)
        {
            int rows = Math.Max(steps * width, itemFeatures.Length * 2);
            itemFeatures = [.. Enumerable.Range(0, rows).Select(_ => new ulong[Parser.MaxFeatures])];
            itemFeatureCounts = [.. Enumerable.Range(0, rows / width + 1).Select(_ => new int[width])];
        }
    }

    /// <summary>
    /// The static arc-hybrid oracle: LEFT when the stack top's head is the buffer front and it has
    /// all its dependents, RIGHT when its head is the item below and it has all its dependents,
    /// SHIFT otherwise. Exact for projective trees.
    /// </summary>
    private List<int> StaticOracle(ParserInput input, int[] heads, int[] labels)
    {
        var state = new ParseState();
        state.Reset(input.Length);
        var remaining = new int[input.Length + 1];
        foreach (int head in heads)
        {
            remaining[head]++;
        }

        var sequence = new List<int>(2 * input.Length);
        while (!state.IsTerminal)
        {
            int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.BufferAt(0);
            int action;
            if (s0 > 0 && b0 > 0 && heads[s0 - 1] == b0 && remaining[s0] == 0)
            {
                action = Parser.LeftAction(labels[s0 - 1]);
                remaining[b0]--;
            }
            else if (s0 > 0 && s1 >= 0 && heads[s0 - 1] == s1 && remaining[s0] == 0 && (s1 != 0 || b0 < 0))
            {
                action = parser.RightAction(labels[s0 - 1]);
                remaining[s1]--;
            }
            else
            {
                action = 0;
            }

            if (!parser.IsValid(state, action))
            {
                throw new InvalidOperationException("the static oracle met a tree it cannot build (not projective?)");
            }

            parser.Apply(state, action);
            sequence.Add(action);
        }

        return sequence;
    }
}
