namespace Dyad.Syntax;

/// <summary>
/// Beam search over parser transitions: keeps the <c>width</c> best partial parses by total
/// score (and, with a finite margin, only those within the margin of the best) and returns the
/// best complete one. Every hypothesis of a sentence takes the same number
/// of transitions (2n in arc-hybrid), so hypotheses compare fairly. Scratch states are reused
/// across calls of one instance; an instance serves one thread.
/// </summary>
public sealed class BeamSearch
{
    private readonly Parser parser;
    private readonly int width;
    private ParseState[] current;
    private ParseState[] next;
    private readonly float[] currentScores;
    private readonly float[] nextScores;
    private readonly List<Candidate> candidates = [];
    private readonly ulong[] features = new ulong[Parser.MaxFeatures];
    private readonly float[] scores;
    private readonly float[] bestScores;
    private readonly int[] bestActions;

    /// <summary>Creates a search of the given width over a parser.</summary>
    public BeamSearch(Parser parser, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        this.parser = parser;
        this.width = width;
        current = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
        next = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
        currentScores = new float[width];
        nextScores = new float[width];
        scores = new float[parser.ActionCount];
        bestScores = new float[width];
        bestActions = new int[width];
    }

    /// <summary>Parses: fills heads (0 = root) and label ids for words 1…n.</summary>
    public void Parse(ParserInput input, Span<int> heads, Span<int> labels)
    {
        current[0].Reset(input, parser.KnownWords);
        currentScores[0] = 0;
        int size = 1;
        while (!current[0].IsTerminal)
        {
            // One hypothesis with one allowed action: its children all share the score the action
            // would add, so it changes no comparison and needs no scoring (as in greedy parsing).
            if (size == 1 && parser.ForcedAction(current[0]) is int forced)
            {
                parser.Apply(current[0], forced);
                continue;
            }

            candidates.Clear();
            for (int item = 0; item < size; item++)
            {
                var state = current[item];
                int n = ParserFeatures.Extract(input, state, features);
                Array.Clear(scores);
                parser.Model.Score(features.AsSpan(0, n), scores);
                // Only an item's own best `width` actions can be among the best `width` of the step,
                // so each item offers those alone (kept in order: total down, then action up, the
                // step's own order), and the step sorts at most width² candidates instead of
                // width × actions. (Totals, not raw scores: two scores may round to one total.)
                int offered = 0;
                for (int action = 0; action < scores.Length; action++)
                {
                    if (!parser.IsValid(state, action))
                    {
                        continue;
                    }

                    float score = currentScores[item] + scores[action];
                    if (offered == width && score <= bestScores[offered - 1])
                    {
                        continue;
                    }

                    int at = offered < width ? offered++ : offered - 1;
                    while (at > 0 && bestScores[at - 1] < score)
                    {
                        bestScores[at] = bestScores[at - 1];
                        bestActions[at] = bestActions[at - 1];
                        at--;
                    }

                    bestScores[at] = score;
                    bestActions[at] = action;
                }

                for (int k = 0; k < offered; k++)
                {
                    candidates.Add(new Candidate(item, bestActions[k], bestScores[k]));
                }
            }

            // Best first; ties broken by parent then action so results never depend on sort stability.
            candidates.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Parent != b.Parent ? a.Parent.CompareTo(b.Parent) : a.Action.CompareTo(b.Action));
            int kept = Math.Min(width, candidates.Count);
            // Strictly above the floor: a margin of 0 keeps the best alone, as greedy decoding would.
            float floor = candidates[0].Score - parser.BeamMargin;
            while (kept > 1 && !(candidates[kept - 1].Score > floor))
            {
                kept--;
            }
            for (int k = 0; k < kept; k++)
            {
                var candidate = candidates[k];
                next[k].CopyFrom(current[candidate.Parent]);
                parser.Apply(next[k], candidate.Action);
                // A lone survivor restarts from 0: only differences between totals matter, and a
                // large total could round two of its children's scores to one (greedy compares the
                // raw scores, so a margin of 0 would not decode exactly as greedy).
                nextScores[k] = kept == 1 ? 0 : candidate.Score;
            }

            (current, next) = (next, current);
            Array.Copy(nextScores, currentScores, kept);
            size = kept;
        }

        var best = current[0];
        for (int i = 1; i <= input.Length; i++)
        {
            heads[i - 1] = best.Heads[i];
            labels[i - 1] = best.Labels[i];
        }
    }

    private readonly record struct Candidate(int Parent, int Action, float Score);
}
