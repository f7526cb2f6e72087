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

    /// <summary>Overlap (Jaccard) of word bigrams above which a sentence is a reworded copy.</summary>
    private const double NearRepeatOverlap = 0.7;

    private readonly BoilerplateRules rules;

    /// <summary>Creates a cleaner over the given rules.</summary>
    public Cleaner(BoilerplateRules rules) => this.rules = rules;

    /// <summary>Finds what to remove, sorted by position.</summary>
    public List<Removal> FindRemovals(ReadOnlySpan<char> text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        var removals = new List<Removal>();
        bool mayContain = rules.MayContain(text);
        var seen = new Dictionary<ulong, int>(sentences.Count);
        var anchors = new Dictionary<ulong, int>(sentences.Count * 2);
        var repeated = new bool[sentences.Count];
        var repeatOf = new int[sentences.Count];

        for (int s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s].Span;
            var startRule = rules.FindStart(span.In(text));
            if (startRule is { Match: BoilerplateMatch.Header } && HeaderEnd(text, sentences[s], tokens, startRule) is int rest)
            {
                removals.Add(new Removal(new TextSpan(span.Start, span.Start + startRule.Phrase.Length), RemovalReason.SectionHeader, startRule.Id));
                span = new TextSpan(rest, span.End);
                startRule = rules.FindStart(span.In(text));
            }

            var content = span.In(text);
            var words = Fingerprint.Of(content);
            var rule = rules.FindExact(words.Full) ?? startRule ?? (mayContain ? rules.FindContained(content) : null);
            if (rule is not null)
            {
                // A header that is the whole sentence stays a header; a header prefix was handled above.
                var reason = rule.Match == BoilerplateMatch.Header ? RemovalReason.SectionHeader : RemovalReason.Boilerplate;
                if (rule.Match != BoilerplateMatch.Header || rules.FindExact(words.Full) is not null)
                {
                    removals.Add(new Removal(span, reason, rule.Id));
                    continue;
                }
            }

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
            anchors.TryAdd(words.Tail ^ TailSalt, s);
        }

        AddRepeats(sentences, paragraphs, repeated, repeatOf, removals);
        removals.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return removals;
    }

    /// <summary>Keeps head and tail anchors apart in one dictionary.</summary>
    private const ulong TailSalt = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// Where the rest of a sentence starts after a multi-word section header glued before it
    /// ("Uncommon knowledge Newsweek is …"): the header must end at a token boundary and be
    /// followed by a capitalised word. Null when the header does not stand apart like that.
    /// </summary>
    private static int? HeaderEnd(ReadOnlySpan<char> text, Sentence sentence, IReadOnlyList<Token> tokens, BoilerplateRule rule)
    {
        int headerEnd = sentence.Span.Start + rule.Phrase.Length;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            if (token.Span.Start < headerEnd)
            {
                if (token.Span.End > headerEnd)
                {
                    return null; // the phrase ends inside a word
                }

                continue;
            }

            return char.IsUpper(text[token.Span.Start]) ? token.Span.Start : null;
        }

        return null;
    }

    private static bool FindNearRepeat(ReadOnlySpan<char> text, IReadOnlyList<Sentence> sentences, Dictionary<ulong, int> anchors, Fingerprint words, ReadOnlySpan<char> content, out int earlier)
    {
        if (!anchors.TryGetValue(words.Head, out earlier) && !anchors.TryGetValue(words.Tail ^ TailSalt, out earlier))
        {
            return false;
        }

        // Bigram overlap of 0.7 is out of reach when one sentence is much longer: skip the count.
        var other = sentences[earlier].Span.In(text);
        if (Math.Min(content.Length, other.Length) * 10 < Math.Max(content.Length, other.Length) * 6)
        {
            return false;
        }

        return Fingerprint.Overlap(content, other) >= NearRepeatOverlap;
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
                // The copy it repeats: from the first to the last sentence it repeats.
                var original = sentences[repeatOf[first]].Span;
                for (int k = first + 1; k < s; k++)
                {
                    original = original.Union(sentences[repeatOf[k]].Span);
                }

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
}
