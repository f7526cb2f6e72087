using Dyad.Text;

namespace Dyad.Cleaning;

/// <summary>A stretch of the normalised text that cleaning drops.</summary>
/// <param name="Span">The stretch, in the normalised text.</param>
/// <param name="Reason">Why.</param>
/// <param name="Rule">The boilerplate rule id, or <c>repeat</c>.</param>
/// <param name="Original">For a repeat, the earlier copy it repeats (normalised text).</param>
public readonly record struct Removal(TextSpan Span, RemovalReason Reason, string Rule, TextSpan? Original = null);

/// <summary>
/// Decides what to drop from a segmented document: boilerplate sentences (taglines, prompts,
/// credit lines), bare section headers, and sentences or paragraphs repeated inside the document
/// (the founding sample carries its image caption twice, once slightly reworded). The first
/// copy is kept; later ones go.
/// </summary>
public sealed class Cleaner
{
    /// <summary>Shorter sentences ("He said no.") may legitimately repeat.</summary>
    private const int MinWordsForRepeat = 5;

    /// <summary>Words compared to spot reworded copies: the first and last few.</summary>
    private const int AnchorWords = 5;

    /// <summary>Overlap (Jaccard) of word bigrams above which a sentence is a reworded copy.</summary>
    private const double NearRepeatOverlap = 0.7;

    private readonly BoilerplateRules rules;

    /// <summary>Creates a cleaner over the given rules.</summary>
    public Cleaner(BoilerplateRules rules) => this.rules = rules;

    /// <summary>Finds what to remove, sorted by position.</summary>
    public List<Removal> FindRemovals(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        var removals = new List<Removal>();
        bool mayContain = rules.MayContain(text);
        var seen = new Dictionary<ulong, int>();
        var anchors = new Dictionary<ulong, int>();
        var repeated = new bool[sentences.Count];
        var repeatOf = new int[sentences.Count];

        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var span = StripHeader(text, sentence, tokens, removals);
            var content = span.In(text);

            var rule = rules.FindExact(content) ?? rules.FindStart(content) ?? (mayContain ? rules.FindContained(content) : null);
            if (rule is not null)
            {
                var reason = rule.Match == BoilerplateMatch.Header ? RemovalReason.SectionHeader : RemovalReason.Boilerplate;
                removals.Add(new Removal(span, reason, rule.Id));
                continue;
            }

            var words = Fingerprint.Of(content);
            if (words.Count < MinWordsForRepeat)
            {
                continue;
            }

            if (seen.TryGetValue(words.Full, out int earlier) || FindNearRepeat(text, sentences, anchors, words, content, out earlier))
            {
                repeated[s] = true;
                repeatOf[s] = earlier;
                continue;
            }

            seen.TryAdd(words.Full, s);
            anchors.TryAdd(words.Head, s);
            anchors.TryAdd(words.Tail ^ 0x9E3779B97F4A7C15UL, s);
        }

        AddRepeats(sentences, paragraphs, repeated, repeatOf, removals);
        removals.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return removals;
    }

    /// <summary>
    /// A multi-word section header glued before a sentence ("Uncommon knowledge Newsweek is …"):
    /// records the header as removed and returns the rest of the sentence.
    /// </summary>
    private TextSpan StripHeader(string text, Sentence sentence, IReadOnlyList<Token> tokens, List<Removal> removals)
    {
        var content = sentence.Span.In(text);
        var rule = rules.FindStart(content);
        if (rule is null || rule.Match != BoilerplateMatch.Header)
        {
            return sentence.Span;
        }

        int headerEnd = sentence.Span.Start + rule.Phrase.Length;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            if (token.Span.Start < headerEnd)
            {
                continue;
            }

            // The header must end at a word boundary and be followed by a capitalised word.
            bool boundary = token.Span.Start > headerEnd - 1 && (token.Span.Start == headerEnd || text[headerEnd] == ' ');
            if (!boundary || !char.IsUpper(text[token.Span.Start]))
            {
                return sentence.Span;
            }

            removals.Add(new Removal(new TextSpan(sentence.Span.Start, headerEnd), RemovalReason.SectionHeader, rule.Id));
            return new TextSpan(token.Span.Start, sentence.Span.End);
        }

        return sentence.Span;
    }

    private static bool FindNearRepeat(string text, IReadOnlyList<Sentence> sentences, Dictionary<ulong, int> anchors, Fingerprint words, ReadOnlySpan<char> content, out int earlier)
    {
        if (!anchors.TryGetValue(words.Head, out earlier) && !anchors.TryGetValue(words.Tail ^ 0x9E3779B97F4A7C15UL, out earlier))
        {
            return false;
        }

        return Fingerprint.Overlap(content, sentences[earlier].Span.In(text)) >= NearRepeatOverlap;
    }

    /// <summary>Repeated sentences, merged into one removal per paragraph when a whole paragraph repeats.</summary>
    private static void AddRepeats(IReadOnlyList<Sentence> sentences, IReadOnlyList<TextSpan> paragraphs, bool[] repeated, int[] repeatOf, List<Removal> removals)
    {
        int s = 0;
        while (s < sentences.Count)
        {
            int paragraph = sentences[s].Paragraph;
            int first = s;
            bool all = true;
            while (s < sentences.Count && sentences[s].Paragraph == paragraph)
            {
                all &= repeated[s];
                s++;
            }

            if (all)
            {
                var original = paragraphs[sentences[repeatOf[first]].Paragraph];
                removals.Add(new Removal(paragraphs[paragraph], RemovalReason.DuplicateParagraph, "repeat", original));
                continue;
            }

            for (int k = first; k < s; k++)
            {
                if (repeated[k])
                {
                    removals.Add(new Removal(sentences[k].Span, RemovalReason.DuplicateSentence, "repeat", sentences[repeatOf[k]].Span));
                }
            }
        }
    }

    /// <summary>Hashes of a sentence's words (lower-cased letters and digits), whole and anchored.</summary>
    private readonly record struct Fingerprint(ulong Full, ulong Head, ulong Tail, int Count)
    {
        private const ulong Prime = 0x100000001B3UL;
        private const ulong Basis = 0xCBF29CE484222325UL;

        public static Fingerprint Of(ReadOnlySpan<char> text)
        {
            ulong full = Basis;
            ulong head = Basis;
            int count = 0;
            bool inWord = false;
            // Tail: hashes of the last AnchorWords words, kept in a ring.
            Span<ulong> ring = stackalloc ulong[AnchorWords];
            ulong word = Basis;
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    ulong lower = char.ToLowerInvariant(c);
                    full = (full ^ lower) * Prime;
                    word = (word ^ lower) * Prime;
                    if (count < AnchorWords)
                    {
                        head = (head ^ lower) * Prime;
                    }

                    inWord = true;
                }
                else if (inWord)
                {
                    EndWord(ref full, ref head, ref word, ref count, ring);
                    inWord = false;
                }
            }

            if (inWord)
            {
                EndWord(ref full, ref head, ref word, ref count, ring);
            }

            ulong tail = Basis;
            int tailWords = Math.Min(count, AnchorWords);
            for (int k = count - tailWords; k < count; k++)
            {
                tail = (tail ^ ring[k % AnchorWords]) * Prime;
            }

            return new Fingerprint(full, head, tail, count);
        }

        private static void EndWord(ref ulong full, ref ulong head, ref ulong word, ref int count, Span<ulong> ring)
        {
            full = (full ^ ' ') * Prime;
            if (count < AnchorWords)
            {
                head = (head ^ ' ') * Prime;
            }

            ring[count % AnchorWords] = word;
            word = Basis;
            count++;
        }

        /// <summary>
        /// Jaccard overlap of the two texts' word bigrams. Bigrams, not single words: two
        /// sentences about the same things share many words but few word pairs unless one is a
        /// copy of the other.
        /// </summary>
        public static double Overlap(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            var left = Bigrams(a);
            var right = Bigrams(b);
            int shared = left.Count(right.Contains);
            int union = left.Count + right.Count - shared;
            return union == 0 ? 0 : (double)shared / union;
        }

        private static HashSet<string> Bigrams(ReadOnlySpan<char> text)
        {
            string[] words = BoilerplateRules.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bigrams = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 1; i < words.Length; i++)
            {
                bigrams.Add(string.Concat(words[i - 1], " ", words[i]));
            }

            return bigrams;
        }
    }
}
