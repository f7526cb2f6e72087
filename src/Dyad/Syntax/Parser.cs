using System.Collections.Frozen;
using Dyad.Learning;

namespace Dyad.Syntax;

/// <summary>What the parser knows of each word of a sentence (index 0 is ROOT).</summary>
public sealed class ParserInput
{
    /// <summary>Atoms for ROOT and for positions outside the sentence.</summary>
    public const ulong RootWord = 0x0000_0000_0000_0101UL, NoWord = 0x0000_0000_0000_0102UL;

    /// <summary>Creates the input for <paramref name="length"/> words; fill with <see cref="Set(int, ulong, ulong, ulong)"/>.</summary>
    public ParserInput(int length)
    {
        Length = length;
        Words = new ulong[length + 1];
        Tags = new ulong[length + 1];
        Coarse = new ulong[length + 1];
        Supertags = new ulong[length + 1];
        Words[0] = Tags[0] = Coarse[0] = Supertags[0] = RootWord;
    }

    /// <summary>Supertag hash per word (relation, head side, dependent sides; predicted).</summary>
    public ulong[] Supertags { get; }

    /// <summary>True when <see cref="Supertags"/> are filled.</summary>
    public bool HasSupertags { get; private set; }

    /// <summary>The words' atoms, kept so that another parser's supertagger can tag them again (see <see cref="ParseDecoder"/>).</summary>
    public WordAtoms[]? Atoms { get; set; }

    /// <summary>Tags the words with <paramref name="supertagger"/>, their parts of speech as word classes, and keeps the supertags.</summary>
    public void AddSupertags(Tagger supertagger, ReadOnlySpan<WordAtoms> words)
    {
        Span<int> labels = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        supertagger.Tag(words, Tags.AsSpan(1, Length), labels);
        for (int i = 0; i < words.Length; i++)
        {
            Supertags[i + 1] = supertagger.Tags.UposHash(labels[i]);
        }

        HasSupertags = true;
    }

    /// <summary>Number of words.</summary>
    public int Length { get; }

    /// <summary>Lower-case form hash per word.</summary>
    public ulong[] Words { get; }

    /// <summary>Fine tag (UPOS and XPOS) hash per word.</summary>
    public ulong[] Tags { get; }

    /// <summary>UPOS hash per word.</summary>
    public ulong[] Coarse { get; }

    /// <summary>Sets word <paramref name="index"/> (1-based) from its tags.</summary>
    public void Set(int index, ulong lowerForm, string upos, string xpos) => Set(index, lowerForm, FeatureHash.Of(upos + "|" + xpos), FeatureHash.Of(upos));

    /// <summary>Sets word <paramref name="index"/> (1-based) from its tag hashes (see <see cref="TagSet.PairHash"/>).</summary>
    public void Set(int index, ulong lowerForm, ulong tagHash, ulong uposHash)
    {
        Words[index] = lowerForm;
        Tags[index] = tagHash;
        Coarse[index] = uposHash;
    }
}

/// <summary>
/// Greedy transition-based dependency parser: arc-hybrid transitions scored by an averaged
/// perceptron over the rich non-local feature set of Zhang and Nivre (2011): words and tags of
/// the stack and buffer, their children, arc labels, distance, valency and label sets, plus the
/// supertags (relation, head side, dependent sides) a sequence tagger predicts first. Produces
/// projective trees with one root. Immutable and shared across threads.
/// </summary>
public sealed class Parser
{
    /// <summary>Features per state (buffer size).</summary>
    public const int MaxFeatures = 128;

    /// <summary>Creates a parser from its labels, the words it knows and its weights.</summary>
    public Parser(IReadOnlyList<string> labels, IEnumerable<ulong> knownWords, LinearModel model, int beamWidth = 1, Tagger? supertagger = null, float beamMargin = float.PositiveInfinity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(beamMargin);
        Supertagger = supertagger;
        BeamWidth = beamWidth;
        BeamMargin = beamMargin;
        Labels = labels;
        Model = model;
        KnownWords = knownWords.ToFrozenSet();
        RootLabel = labels.ToList().IndexOf("root");
        if (RootLabel < 0)
        {
            throw new ArgumentException("the label set has no 'root'", nameof(labels));
        }
    }

    private Parser(Parser other, int beamWidth, float beamMargin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(beamMargin);
        Supertagger = other.Supertagger;
        Labels = other.Labels;
        Model = other.Model;
        KnownWords = other.KnownWords;
        RootLabel = other.RootLabel;
        BeamWidth = beamWidth;
        BeamMargin = beamMargin;
    }

    /// <summary>The same parser (weights shared) decoding with another beam width and margin.</summary>
    public Parser WithDecoding(int beamWidth, float beamMargin) => new(this, beamWidth, beamMargin);

    /// <summary>Relation labels (with subtypes), indexed by id.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>
    /// Lower-case forms (hashes) seen often enough in training to have word features; other words
    /// are represented by their tags only, which generalises better and keeps the model small.
    /// </summary>
    public FrozenSet<ulong> KnownWords { get; }

    /// <summary>
    /// Predicts each word's supertag (its relation, the side its head is on, the sides it has
    /// dependents on) before parsing;
    /// the parser reads them as features. Null for a parser trained without.
    /// </summary>
    public Tagger? Supertagger { get; }

    /// <summary>Beam width the parser decodes with (1 = greedy).</summary>
    public int BeamWidth { get; }

    /// <summary>
    /// How far below the best hypothesis's total score a hypothesis may fall and stay in the beam
    /// (+∞ = keep the <see cref="BeamWidth"/> best whatever their scores). Where the model is sure,
    /// the beam shrinks to one hypothesis and a step costs what a greedy step costs.
    /// </summary>
    public float BeamMargin { get; }

    /// <summary>The id of "root".</summary>
    public int RootLabel { get; }

    /// <summary>The weights.</summary>
    public LinearModel Model { get; }

    /// <summary>Number of actions: SHIFT, LEFT per label, RIGHT per label.</summary>
    public int ActionCount => 1 + (2 * Labels.Count);

    /// <summary>
    /// A decision whose best allowed action beats the runner-up by less than this (in score
    /// units) is one the parser is unsure of (see <see cref="Parse"/>'s result).
    /// </summary>
    public const float DoubtMargin = 50;

    /// <summary>
    /// Parses: fills heads (0 = root) and label ids for words 1…n. Returns the number of decisions
    /// the parser was unsure of (<see cref="DoubtMargin"/>), which ranks sentences for a second,
    /// more careful parse (<see cref="ParseDecoder"/>). Past <paramref name="doubtLimit"/> doubted
    /// decisions it stops at once, heads and labels unfilled: the sentence goes to that other parse.
    /// </summary>
    public int Parse(ParserInput input, ParseState state, Span<int> heads, Span<int> labels, int doubtLimit = int.MaxValue)
    {
        state.Reset(input, KnownWords);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[ActionCount];
        int doubts = 0;
        while (!state.IsTerminal)
        {
            // A state that allows one action only (the first SHIFT, a SHIFT onto a stack holding
            // ROOT alone, the last RIGHT onto ROOT) needs no scoring: at least two of the ~2n
            // states of every sentence.
            if (ForcedAction(state) is int forced)
            {
                Apply(state, forced);
                continue;
            }

            int n = ParserFeatures.Extract(input, state, features);
            scores.Clear();
            Model.Score(features[..n], scores);
            Apply(state, BestValid(state, scores, out float margin));
            if (margin < DoubtMargin && ++doubts > doubtLimit)
            {
                return doubts;
            }
        }

        for (int i = 1; i <= input.Length; i++)
        {
            heads[i - 1] = state.Heads[i];
            labels[i - 1] = state.Labels[i];
        }

        return doubts;
    }

    /// <summary>The one action a state allows, when it allows one only; else null.</summary>
    public int? ForcedAction(ParseState state)
    {
        bool left = state.CanLeft, right = state.CanRight, shift = state.CanShift;
        if (shift && !left && !right)
        {
            return 0;
        }

        // RIGHT onto ROOT is the only RIGHT with the root label, and the last move of a parse.
        return !shift && !left && right && state.Stack(1) == 0 ? RightAction(RootLabel) : null;
    }

    /// <summary>The highest-scoring action allowed in the state.</summary>
    public int BestValid(ParseState state, ReadOnlySpan<float> scores) => BestValid(state, scores, out _);

    /// <summary>
    /// The highest-scoring action allowed in the state, and by how much it beats the next allowed
    /// one (+∞ when it is the only one).
    /// </summary>
    public int BestValid(ParseState state, ReadOnlySpan<float> scores, out float margin)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity, secondScore = float.NegativeInfinity;
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        void Offer(int action, float score)
        {
            if (score > bestScore)
            {
                secondScore = bestScore;
                best = action;
                bestScore = score;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        if (state.CanShift)
        {
            Offer(0, scores[0]);
        }

        int labels = Labels.Count;
        if (state.CanLeft)
        {
            for (int label = 0; label < labels; label++)
            {
                if (label != RootLabel)
                {
                    Offer(1 + label, scores[1 + label]);
                }
            }
        }

        if (state.CanRight)
        {
            bool ontoRoot = state.Stack(1) == 0;
            for (int label = 0; label < labels; label++)
            {
                if ((label == RootLabel) == ontoRoot)
                {
                    Offer(1 + labels + label, scores[1 + labels + label]);
                }
            }
        }

        margin = bestScore - secondScore;
        return best;
    }

    /// <summary>True when the action may be applied (root only onto ROOT, never elsewhere).</summary>
    public bool IsValid(ParseState state, int action)
    {
        if (action == 0)
        {
            return state.CanShift;
        }

        int label = LabelOf(action);
        if (action <= Labels.Count)
        {
            return state.CanLeft && label != RootLabel;
        }

        return state.CanRight && (state.Stack(1) == 0) == (label == RootLabel);
    }

    /// <summary>Applies an action.</summary>
    public void Apply(ParseState state, int action)
    {
        if (action == 0)
        {
            state.Shift();
        }
        else if (action <= Labels.Count)
        {
            state.Left(LabelOf(action));
        }
        else
        {
            state.Right(LabelOf(action));
        }
    }

    /// <summary>The label of a LEFT or RIGHT action.</summary>
    public int LabelOf(int action) => action <= Labels.Count ? action - 1 : action - 1 - Labels.Count;

    /// <summary>The LEFT action with a label.</summary>
    public static int LeftAction(int label) => 1 + label;

    /// <summary>The RIGHT action with a label.</summary>
    public int RightAction(int label) => 1 + Labels.Count + label;
}
