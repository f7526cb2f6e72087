using System.Collections.Frozen;
using System.Globalization;
using Dyad.Learning;

namespace Dyad.Syntax;

/// <summary>
/// Part-of-speech tagger: a greedy left-to-right averaged perceptron predicting (UPOS, XPOS)
/// pairs, with word, affix, shape and context features and each word's ambiguity class (the tags
/// it took in training). Frequent words that took one tag almost always get it without scoring.
/// Immutable and shared across threads.
/// </summary>
public sealed class Tagger
{
    /// <summary>Most features a position has (the buffer size callers need).</summary>
    public const int MaxFeatures = 64;

    private const ulong Start = 0x51A7_0000_0000_0001UL;
    private const ulong Unknown = 0x0A0B_0000_0000_0001UL;

    private readonly FrozenDictionary<ulong, ulong> ambiguity;
    private readonly FrozenDictionary<ulong, int> unambiguous;
    private readonly FrozenSet<ulong> properNames;
    private readonly int[] nameTags;

    /// <summary>
    /// Creates a tagger from its parts. With a <paramref name="firstPass"/> model the tagger works in
    /// two passes: the first tags the sentence left to right, the second tags it again seeing the
    /// first pass's tags of the words to the right (stacking), which a left-to-right tagger lacks.
    /// </summary>
    public Tagger(TagSet tags, LinearModel model, IReadOnlyDictionary<ulong, ulong> ambiguity, IReadOnlyDictionary<ulong, int> unambiguous, LinearModel? firstPass = null, bool classesAreTags = false)
        : this(tags, model, ambiguity.ToFrozenDictionary(), unambiguous.ToFrozenDictionary(), firstPass, classesAreTags, FrozenSet<ulong>.Empty)
    {
    }

    private Tagger(TagSet tags, LinearModel model, FrozenDictionary<ulong, ulong> ambiguity, FrozenDictionary<ulong, int> unambiguous, LinearModel? firstPass, bool classesAreTags, FrozenSet<ulong> properNames)
    {
        this.properNames = properNames;
        nameTags = new int[tags.Count];
        int singular = tags.IdOf("PROPN", "NNP"), plural = tags.IdOf("PROPN", "NNPS");
        for (int label = 0; label < nameTags.Length; label++)
        {
            var (upos, xpos) = tags.Pairs[label];
            nameTags[label] = upos == "PROPN" || singular < 0 ? label : xpos == "NNS" && plural >= 0 ? plural : singular;
        }

        ClassesAreTags = classesAreTags;
        Tags = tags;
        Model = model;
        FirstPass = firstPass;
        this.ambiguity = ambiguity;
        this.unambiguous = unambiguous;
    }

    /// <summary>
    /// The word classes the tagger is given are parts of speech (the supertagger) rather than
    /// ambiguity classes: it then also reads wider windows and pairs of them.
    /// </summary>
    public bool ClassesAreTags { get; }

    /// <summary>The labels.</summary>
    public TagSet Tags { get; }

    /// <summary>The weights (of the second pass when there are two).</summary>
    public LinearModel Model { get; }

    /// <summary>The first pass's weights, or null for a one-pass tagger.</summary>
    public LinearModel? FirstPass { get; }

    /// <summary>Word (lower-case hash) → hash of the set of tags it took in training (<see cref="AmbiguityClassOf"/>).</summary>
    public IReadOnlyDictionary<ulong, ulong> Ambiguity => ambiguity;

    /// <summary>The ambiguity class of a word seen with exactly these tags (label ids, in any order).</summary>
    public static ulong AmbiguityClassOf(IEnumerable<int> labels) => FeatureHash.Of(string.Join(",", labels.Order()));

    /// <summary>Word (exact-form hash) → the one tag a frequent word takes.</summary>
    public IReadOnlyDictionary<ulong, int> Unambiguous => unambiguous;

    /// <summary>Tags a sentence: writes a label id per word.</summary>
    public void Tag(ReadOnlySpan<WordAtoms> words, Span<int> labels)
    {
        Span<ulong> classes = words.Length <= 256 ? stackalloc ulong[words.Length] : new ulong[words.Length];
        AmbiguityClasses(words, classes);
        Tag(words, classes, labels);
    }

    /// <summary>
    /// Tags a sentence whose word classes are given: the parser's supertagger is trained and run
    /// with each word's part of speech in place of its ambiguity class.
    /// </summary>
    public void Tag(ReadOnlySpan<WordAtoms> words, ReadOnlySpan<ulong> classes, Span<int> labels)
    {
        if (FirstPass is null)
        {
            Decode(Model, words, classes, [], labels);
            return;
        }

        Span<int> first = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        Decode(FirstPass, words, classes, [], first);
        Decode(Model, words, classes, first, labels);
    }

    /// <summary>Tags a sentence with the first pass only (the second when there is one pass): faster, a little less accurate.</summary>
    public void TagOnePass(ReadOnlySpan<WordAtoms> words, Span<int> labels)
    {
        Span<ulong> classes = words.Length <= 256 ? stackalloc ulong[words.Length] : new ulong[words.Length];
        AmbiguityClasses(words, classes);
        Decode(FirstPass ?? Model, words, classes, [], labels);
    }

    /// <summary>One greedy left-to-right pass.</summary>
    public void Decode(LinearModel model, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<ulong> classes, ReadOnlySpan<int> firstPass, Span<int> labels)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Tags.Count];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < words.Length; i++)
        {
            if (!unambiguous.TryGetValue(words[i].Form, out int label))
            {
                int n = Features(words, classes, i, p1, p2, firstPass, features, ClassesAreTags);
                scores.Clear();
                model.Score(features[..n], scores);
                label = ArgMax(scores);
                if (properNames.Count > 0 && properNames.Contains(words[i].Form))
                {
                    label = nameTags[label];
                }
            }

            labels[i] = label;
            p2 = p1;
            p1 = label;
        }
    }

    /// <summary>The ambiguity class of each word (a constant for words unseen in training).</summary>
    public void AmbiguityClasses(ReadOnlySpan<WordAtoms> words, Span<ulong> classes)
    {
        for (int i = 0; i < words.Length; i++)
        {
            classes[i] = ambiguity.TryGetValue(words[i].Lower, out ulong c) ? c : Unknown;
        }
    }

    /// <summary>
    /// This tagger with <paramref name="names"/> (capitalised one-word proper names, such as the
    /// country names of the actor dictionary) kept proper nouns: the treebank has few of them, so
    /// the tagger guesses them by their ending ("visit Senegal to mediate", "Nepal and Portugal
    /// signed" read Senegal and Nepal as adjectives, like "federal"; "the Maldives" as a plural
    /// noun). Such a name tagged as anything else becomes NNP (NNPS for a plural noun's tag); a
    /// proper-noun tag stays as the tagger chose it. Names are skipped where the tagger has a word
    /// of its own: one it tags without scoring, or one whose lower-case form it saw with another
    /// tag than NNP ("Guinea pigs", "turkey"). Two-letter all-caps forms ("US") and words with other
    /// characters than letters are never taken.
    /// </summary>
    public Tagger WithProperNames(IEnumerable<string> names)
    {
        int singular = Tags.IdOf("PROPN", "NNP");
        if (singular < 0)
        {
            return this;
        }

        ulong singularOnly = FeatureHash.Of(singular.ToString(CultureInfo.InvariantCulture));
        var forms = new HashSet<ulong>(properNames);
        foreach (string name in names)
        {
            // (All-caps forms of three letters or more are taken, "ADB", "IADB", once the tagger has
            // never seen them in lower case, which "WHO" and "AID" fail; not a Roman numeral, "III".)
            bool allCaps = name.Skip(1).All(char.IsUpper);
            if (name.Length < 2 || !char.IsUpper(name[0]) || name.Any(c => !char.IsLetter(c))
                || (allCaps && (name.Length < 3 || name.All(c => "IVXLCDM".Contains(c, StringComparison.Ordinal)))))
            {
                continue;
            }

            var atoms = new WordAtoms(name);
            if (!unambiguous.ContainsKey(atoms.Form) && (!ambiguity.TryGetValue(atoms.Lower, out ulong seen) || seen == singularOnly))
            {
                forms.Add(atoms.Form);
            }
        }

        return forms.Count == properNames.Count ? this : new Tagger(Tags, Model, ambiguity, unambiguous, FirstPass, ClassesAreTags, forms.ToFrozenSet());
    }

    /// <summary>The index of the highest score (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>The features of position <paramref name="i"/> given the two previous labels; returns how many.</summary>
    public static int Features(ReadOnlySpan<WordAtoms> words, ReadOnlySpan<ulong> classes, int i, int p1, int p2, ReadOnlySpan<int> firstPass, Span<ulong> f, bool classesAreTags = false)
    {
        ref readonly var w = ref words[i];
        ulong prev1 = p1 < 0 ? Start : (ulong)p1;
        ulong prev2 = p2 < 0 ? Start : (ulong)p2;
        ulong lowerM1 = i > 0 ? words[i - 1].Lower : Start;
        ulong lowerM2 = i > 1 ? words[i - 2].Lower : Start;
        ulong lowerP1 = i + 1 < words.Length ? words[i + 1].Lower : Start;
        ulong lowerP2 = i + 2 < words.Length ? words[i + 2].Lower : Start;
        ulong classP1 = i + 1 < words.Length ? classes[i + 1] : Start;
        ulong classP2 = i + 2 < words.Length ? classes[i + 2] : Start;
        ulong classM1 = i > 0 ? classes[i - 1] : Start;
        int n = 0;
        f[n++] = FeatureHash.Key(0, 1);
        f[n++] = FeatureHash.Key(1, w.Lower);
        f[n++] = FeatureHash.Key(2, w.Form);
        f[n++] = FeatureHash.Key(3, w.Suffix1);
        f[n++] = FeatureHash.Key(4, w.Suffix2);
        f[n++] = FeatureHash.Key(5, w.Suffix3);
        f[n++] = FeatureHash.Key(6, w.Suffix4);
        f[n++] = FeatureHash.Key(7, w.Prefix1);
        f[n++] = FeatureHash.Key(8, w.Prefix2);
        f[n++] = FeatureHash.Key(9, w.Prefix3);
        f[n++] = FeatureHash.Key(10, w.Shape);
        f[n++] = FeatureHash.Key(11, lowerM1);
        f[n++] = FeatureHash.Key(12, lowerM2);
        f[n++] = FeatureHash.Key(13, lowerP1);
        f[n++] = FeatureHash.Key(14, lowerP2);
        f[n++] = FeatureHash.Key(15, i > 0 ? words[i - 1].Suffix3 : Start);
        f[n++] = FeatureHash.Key(16, i + 1 < words.Length ? words[i + 1].Suffix3 : Start);
        f[n++] = FeatureHash.Key(17, prev1);
        f[n++] = FeatureHash.Key(18, prev2, prev1);
        f[n++] = FeatureHash.Key(19, prev1, w.Lower);
        f[n++] = FeatureHash.Key(20, lowerM1, w.Lower);
        f[n++] = FeatureHash.Key(21, w.Lower, lowerP1);
        f[n++] = FeatureHash.Key(22, classes[i]);
        f[n++] = FeatureHash.Key(23, classP1);
        f[n++] = FeatureHash.Key(24, classP2);
        f[n++] = FeatureHash.Key(25, classM1);
        f[n++] = FeatureHash.Key(26, prev1, classes[i]);
        f[n++] = FeatureHash.Key(27, classes[i], classP1);
        f[n++] = FeatureHash.Key(28, i + 1 < words.Length ? words[i + 1].Shape : Start);
        f[n++] = FeatureHash.Key(29, i > 0 ? words[i - 1].Shape : Start);
        f[n++] = FeatureHash.Key(30, i == 0 ? 1UL : 0UL, w.Shape);
        f[n++] = FeatureHash.Key(31, prev1, w.Suffix3);
        f[n++] = FeatureHash.Key(32, prev1, classP1);
        f[n++] = FeatureHash.Key(33, w.Length, w.Shape);
        f[n++] = FeatureHash.Key(34, classes[i], w.Suffix2);
        f[n++] = FeatureHash.Key(35, lowerP1, lowerP2);
        f[n++] = FeatureHash.Key(36, prev1, lowerP1);
        if (classesAreTags)
        {
            ulong classM2 = i > 1 ? classes[i - 2] : Start;
            f[n++] = FeatureHash.Key(50, classM2);
            f[n++] = FeatureHash.Key(51, classM1, classes[i]);
            f[n++] = FeatureHash.Key(52, classes[i], classP1, classP2);
            f[n++] = FeatureHash.Key(53, classM1, classes[i], classP1);
            f[n++] = FeatureHash.Key(54, classM2, classM1, classes[i]);
            f[n++] = FeatureHash.Key(55, w.Lower, classP1);
            f[n++] = FeatureHash.Key(56, lowerM1, classes[i]);
            f[n++] = FeatureHash.Key(57, prev1, classM1);
        }

        if (!firstPass.IsEmpty)
        {
            ulong self = (ulong)firstPass[i];
            ulong next1 = i + 1 < words.Length ? (ulong)firstPass[i + 1] : Start;
            ulong next2 = i + 2 < words.Length ? (ulong)firstPass[i + 2] : Start;
            f[n++] = FeatureHash.Key(40, self);
            f[n++] = FeatureHash.Key(41, next1);
            f[n++] = FeatureHash.Key(42, next1, next2);
            f[n++] = FeatureHash.Key(43, prev1, next1);
            f[n++] = FeatureHash.Key(44, next1, w.Lower);
            f[n++] = FeatureHash.Key(45, self, w.Lower);
            f[n++] = FeatureHash.Key(46, self, next1);
        }

        return n;
    }
}
