using Dyad.Learning;

namespace Dyad.Syntax;

/// <summary>
/// The parser's features: the Zhang and Nivre (2011) templates adapted to arc-hybrid, where
/// the stack top and the item below it are the two candidate heads of one another.
/// </summary>
public static class ParserFeatures
{
    private const ulong NoLabel = 0xFFFF;

    /// <summary>Writes the features of a state; returns how many.</summary>
    public static int Extract(ParserInput input, ParseState state, Span<ulong> f)
    {
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.BufferAt(0), b1 = state.BufferAt(1), b2 = state.BufferAt(2);

        ulong s0w = W(state, s0), s0t = T(input, s0), s0c = C(input, s0);
        ulong s1w = W(state, s1), s1t = T(input, s1), s1c = C(input, s1);
        ulong s2w = W(state, s2), s2t = T(input, s2);
        ulong b0w = W(state, b0), b0t = T(input, b0), b0c = C(input, b0);
        ulong b1w = W(state, b1), b1t = T(input, b1);
        ulong b2w = W(state, b2), b2t = T(input, b2);

        int s0l = Child(state.LeftMost, s0), s0l2 = Child(state.LeftMost2, s0);
        int s0r = Child(state.RightMost, s0), s0r2 = Child(state.RightMost2, s0);
        int s1l = Child(state.LeftMost, s1), s1r = Child(state.RightMost, s1), s1r2 = Child(state.RightMost2, s1);
        int b0l = Child(state.LeftMost, b0), b0l2 = Child(state.LeftMost2, b0);
        ulong s0lt = T(input, s0l), s0l2t = T(input, s0l2), s0rt = T(input, s0r), s0r2t = T(input, s0r2);
        ulong s1lt = T(input, s1l), s1rt = T(input, s1r), s1r2t = T(input, s1r2);
        ulong b0lt = T(input, b0l), b0l2t = T(input, b0l2);
        ulong s0ll = L(state, s0l), s0l2l = L(state, s0l2), s0rl = L(state, s0r), s0r2l = L(state, s0r2);
        ulong s1ll = L(state, s1l), s1rl = L(state, s1r), b0ll = L(state, b0l), b0l2l = L(state, b0l2);

        ulong dist = Distance(s0, b0);
        ulong dist10 = Distance(s1, s0);
        ulong s0vl = V(state.LeftCount, s0), s0vr = V(state.RightCount, s0);
        ulong s1vl = V(state.LeftCount, s1), s1vr = V(state.RightCount, s1), b0vl = V(state.LeftCount, b0);
        ulong s0ls = Set(state.LeftLabels, s0), s0rs = Set(state.RightLabels, s0);
        ulong s1ls = Set(state.LeftLabels, s1), s1rs = Set(state.RightLabels, s1), b0ls = Set(state.LeftLabels, b0);

        int n = 0;
        // Single words.
        f[n++] = FeatureHash.Key(1, s0w, s0t);
        f[n++] = FeatureHash.Key(2, s0w);
        f[n++] = FeatureHash.Key(3, s0t);
        f[n++] = FeatureHash.Key(4, s1w, s1t);
        f[n++] = FeatureHash.Key(5, s1w);
        f[n++] = FeatureHash.Key(6, s1t);
        f[n++] = FeatureHash.Key(7, b0w, b0t);
        f[n++] = FeatureHash.Key(8, b0w);
        f[n++] = FeatureHash.Key(9, b0t);
        f[n++] = FeatureHash.Key(10, b1w, b1t);
        f[n++] = FeatureHash.Key(11, b1w);
        f[n++] = FeatureHash.Key(12, b1t);
        f[n++] = FeatureHash.Key(13, b2w, b2t);
        f[n++] = FeatureHash.Key(14, b2t);
        f[n++] = FeatureHash.Key(15, s2w, s2t);
        f[n++] = FeatureHash.Key(16, s2t);
        f[n++] = FeatureHash.Key(17, s0c);
        f[n++] = FeatureHash.Key(18, s1c);
        f[n++] = FeatureHash.Key(19, b0c);

        // Pairs: the stack top with the buffer front, and with the item below it (arc-hybrid's two heads).
        f[n++] = FeatureHash.Key(20, s0w ^ (s0t << 1), b0w ^ (b0t << 1));
        f[n++] = FeatureHash.Key(21, s0w ^ (s0t << 1), b0w);
        f[n++] = FeatureHash.Key(22, s0w, b0w ^ (b0t << 1));
        f[n++] = FeatureHash.Key(23, s0w ^ (s0t << 1), b0t);
        f[n++] = FeatureHash.Key(24, s0t, b0w ^ (b0t << 1));
        f[n++] = FeatureHash.Key(25, s0w, b0w);
        f[n++] = FeatureHash.Key(26, s0t, b0t);
        f[n++] = FeatureHash.Key(27, b0t, b1t);
        f[n++] = FeatureHash.Key(28, s1w ^ (s1t << 1), s0w ^ (s0t << 1));
        f[n++] = FeatureHash.Key(29, s1w ^ (s1t << 1), s0t);
        f[n++] = FeatureHash.Key(30, s1t, s0w ^ (s0t << 1));
        f[n++] = FeatureHash.Key(31, s1w, s0w);
        f[n++] = FeatureHash.Key(32, s1t, s0t);
        f[n++] = FeatureHash.Key(33, s1t, b0t);
        f[n++] = FeatureHash.Key(34, s1w, b0w);
        f[n++] = FeatureHash.Key(35, s0c, b0c);
        f[n++] = FeatureHash.Key(36, s1c, s0c);

        // Triples of tags.
        f[n++] = FeatureHash.Key(40, b0t, b1t, b2t);
        f[n++] = FeatureHash.Key(41, s0t, b0t, b1t);
        f[n++] = FeatureHash.Key(42, s1t, s0t, b0t);
        f[n++] = FeatureHash.Key(43, s0t, s0lt, b0t);
        f[n++] = FeatureHash.Key(44, s0t, s0rt, b0t);
        f[n++] = FeatureHash.Key(45, s0t, b0t, b0lt);
        f[n++] = FeatureHash.Key(46, s1t, s0t, s0lt);
        f[n++] = FeatureHash.Key(47, s1t, s0t, s0rt);
        f[n++] = FeatureHash.Key(48, s1t, s1rt, s0t);
        f[n++] = FeatureHash.Key(49, s1t, s1lt, s0t);
        f[n++] = FeatureHash.Key(50, s2t, s1t, s0t);
        f[n++] = FeatureHash.Key(51, s0t, s0lt, s0l2t);
        f[n++] = FeatureHash.Key(52, s0t, s0rt, s0r2t);
        f[n++] = FeatureHash.Key(53, s1t, s1rt, s1r2t);
        f[n++] = FeatureHash.Key(54, b0t, b0lt, b0l2t);
        f[n++] = FeatureHash.Key(55, s1t, s0t, b1t);
        f[n++] = FeatureHash.Key(56, s0w, b0t, b1t);
        f[n++] = FeatureHash.Key(57, s0t, b0w, b1t);

        // Distance.
        f[n++] = FeatureHash.Key(60, s0w, dist);
        f[n++] = FeatureHash.Key(61, s0t, dist);
        f[n++] = FeatureHash.Key(62, b0w, dist);
        f[n++] = FeatureHash.Key(63, b0t, dist);
        f[n++] = FeatureHash.Key(64, s0w, b0w, dist);
        f[n++] = FeatureHash.Key(65, s0t, b0t, dist);
        f[n++] = FeatureHash.Key(66, s1t, s0t, dist10);
        f[n++] = FeatureHash.Key(67, s1w, s0w, dist10);

        // Valency.
        f[n++] = FeatureHash.Key(70, s0w, s0vr);
        f[n++] = FeatureHash.Key(71, s0t, s0vr);
        f[n++] = FeatureHash.Key(72, s0w, s0vl);
        f[n++] = FeatureHash.Key(73, s0t, s0vl);
        f[n++] = FeatureHash.Key(74, s1w, s1vr);
        f[n++] = FeatureHash.Key(75, s1t, s1vr);
        f[n++] = FeatureHash.Key(76, s1t, s1vl);
        f[n++] = FeatureHash.Key(77, b0w, b0vl);
        f[n++] = FeatureHash.Key(78, b0t, b0vl);

        // Children: words, tags and labels.
        f[n++] = FeatureHash.Key(80, W(state, s0l));
        f[n++] = FeatureHash.Key(81, s0lt);
        f[n++] = FeatureHash.Key(82, s0ll);
        f[n++] = FeatureHash.Key(83, W(state, s0r));
        f[n++] = FeatureHash.Key(84, s0rt);
        f[n++] = FeatureHash.Key(85, s0rl);
        f[n++] = FeatureHash.Key(86, s0l2t, s0l2l);
        f[n++] = FeatureHash.Key(87, s0r2t, s0r2l);
        f[n++] = FeatureHash.Key(88, W(state, b0l));
        f[n++] = FeatureHash.Key(89, b0lt, b0ll);
        f[n++] = FeatureHash.Key(90, b0l2t, b0l2l);
        f[n++] = FeatureHash.Key(91, s1lt, s1ll);
        f[n++] = FeatureHash.Key(92, s1rt, s1rl);
        f[n++] = FeatureHash.Key(93, s0t, s0ll, s0l2l);
        f[n++] = FeatureHash.Key(94, s0t, s0rl, s0r2l);
        f[n++] = FeatureHash.Key(95, b0t, b0ll, b0l2l);

        // Label sets.
        f[n++] = FeatureHash.Key(100, s0w, s0ls);
        f[n++] = FeatureHash.Key(101, s0t, s0ls);
        f[n++] = FeatureHash.Key(102, s0w, s0rs);
        f[n++] = FeatureHash.Key(103, s0t, s0rs);
        f[n++] = FeatureHash.Key(104, s1t, s1rs);
        f[n++] = FeatureHash.Key(105, s1t, s1ls);
        f[n++] = FeatureHash.Key(106, b0w, b0ls);
        f[n++] = FeatureHash.Key(107, b0t, b0ls);
        f[n++] = FeatureHash.Key(108, s1t, s0t, s0rs);
        f[n++] = FeatureHash.Key(109, s0t, b0t, b0ls);

        // Supertags: each word's predicted relation, head side and dependent sides, a view of the whole sentence
        // the local features lack.
        if (input.HasSupertags)
        {
            ulong s0s = S(input, s0), s1s = S(input, s1), b0s = S(input, b0), b1s = S(input, b1), s2s = S(input, s2);
            f[n++] = FeatureHash.Key(120, s0s);
            f[n++] = FeatureHash.Key(121, s1s);
            f[n++] = FeatureHash.Key(122, b0s);
            f[n++] = FeatureHash.Key(123, b1s);
            f[n++] = FeatureHash.Key(124, s0s, b0s);
            f[n++] = FeatureHash.Key(125, s1s, s0s);
            f[n++] = FeatureHash.Key(126, s0s, b0s, b1s);
            f[n++] = FeatureHash.Key(127, s1s, s0s, b0s);
            f[n++] = FeatureHash.Key(128, s0s, s0t);
            f[n++] = FeatureHash.Key(129, b0s, b0t);
            f[n++] = FeatureHash.Key(130, s0s, b0s, dist);
            f[n++] = FeatureHash.Key(131, s2s, s1s, s0s);
            f[n++] = FeatureHash.Key(132, s0w, s0s);
            f[n++] = FeatureHash.Key(133, b0w, b0s);
        }

        return n;
    }

    private static int Child(int[] table, int node) => node < 0 ? ParseState.None : table[node];

    private static ulong W(ParseState state, int i) => i < 0 ? ParserInput.NoWord : state.Words[i];

    private static ulong T(ParserInput input, int i) => i < 0 ? ParserInput.NoWord : input.Tags[i];

    private static ulong S(ParserInput input, int i) => i < 0 ? ParserInput.NoWord : input.Supertags[i];

    private static ulong C(ParserInput input, int i) => i < 0 ? ParserInput.NoWord : input.Coarse[i];

    private static ulong L(ParseState state, int i) => i < 0 ? NoLabel : (ulong)state.Labels[i];

    private static ulong V(int[] counts, int i) => i < 0 ? 99 : (ulong)Math.Min(counts[i], 6);

    private static ulong Set(ulong[] labels, int i) => i < 0 ? ulong.MaxValue : labels[i];

    /// <summary>Distance between two positions, bucketed: 1, 2, 3, 4, 5–6, 7–9, 10+ (and "none").</summary>
    private static ulong Distance(int left, int right)
    {
        if (left < 0 || right < 0)
        {
            return 0;
        }

        int d = Math.Abs(right - left);
        return d switch
        {
            <= 4 => (ulong)d,
            <= 6 => 5,
            <= 9 => 7,
            _ => 10,
        };
    }
}
