using System.Runtime.InteropServices;
using Dyad.Text;

namespace Dyad.Segmentation;

/// <summary>
/// Finds sentence ends among the tokens of one paragraph. A sentence ends after . ! ? … (with
/// any closing quotes and brackets that follow) when the next token can start a sentence: a
/// capital, a digit or an opening quote or bracket; "February 24. with no end" does not end.
/// After an abbreviation that may end a sentence (Inc., U.S., a single initial) the sentence ends
/// only when a clear sentence starter follows ("in the U.S. The …"), so names after initials
/// stay together. Titles (Mr., Gen.) never end one. Paragraph ends always do, which is how
/// headlines and captions without final punctuation become sentences.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly Abbreviations abbreviations;
    private readonly int maxTokens;

    /// <summary>Creates a splitter; sentences longer than <paramref name="maxTokens"/> are cut (run-on lists, tables).</summary>
    public SentenceSplitter(Abbreviations abbreviations, int maxTokens = 300)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 10);
        this.abbreviations = abbreviations;
        this.maxTokens = maxTokens;
    }

    /// <summary>Appends the sentences of the tokens <c>[first, end)</c> of paragraph <paramref name="paragraph"/>.</summary>
    public void Split(ReadOnlySpan<char> text, List<Token> tokenList, int first, int end, int paragraph, List<Sentence> sentences)
    {
        ReadOnlySpan<Token> tokens = CollectionsMarshal.AsSpan(tokenList);
        int start = first;
        int k = first;
        while (k < end)
        {
            if (k - start >= maxTokens)
            {
                // A run-on "sentence" (a table, a list without punctuation): cut it.
                Add(tokens, start, k);
                start = k;
            }

            var ending = EndStrength(text, tokens[k]);
            if (ending == Strength.None)
            {
                k++;
                continue;
            }

            int next = k + 1;
            while (next < end && IsCloser(text, tokens, next))
            {
                next++;
            }

            if (next < end && StartsSentence(text, tokens[next], ending) && !AttributesAQuotation(text, tokens, k, next, end))
            {
                Add(tokens, start, next);
                start = next;
            }

            k = next;
        }

        if (start < end)
        {
            Add(tokens, start, end);
        }

        void Add(ReadOnlySpan<Token> all, int from, int to) =>
            sentences.Add(new Sentence(new TextSpan(all[from].Span.Start, all[to - 1].Span.End), from, to - from, paragraph));
    }

    private enum Strength
    {
        None,
        /// <summary>An abbreviation or initial that may end a sentence.</summary>
        Weak,
        /// <summary>Sentence-final punctuation.</summary>
        Strong,
    }

    private Strength EndStrength(ReadOnlySpan<char> text, Token token)
    {
        var form = token.Span.In(text);
        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                foreach (char c in form)
                {
                    if (c is not ('.' or '!' or '?' or '\u2026'))
                    {
                        return Strength.None;
                    }
                }

                return Strength.Strong;
            case TokenKind.Abbreviation:
                var kind = abbreviations.Classify(form);
                return kind is AbbreviationClass.Final or AbbreviationClass.Month ? Strength.Weak : Strength.None;
            default:
                return Strength.None;
        }
    }

    /// <summary>
    /// Verbs that attribute a quotation after it ("Will it work?" Chirac asked).
    /// </summary>
    private static readonly HashSet<string> AttributionVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "asked", "asks", "added", "adds", "replied", "replies", "told", "tells", "wrote", "writes",
        "shouted", "cried", "exclaimed", "wondered", "demanded", "insisted", "declared", "warned", "retorted",
    };

    /// <summary>
    /// A quoted question and who asked it are one sentence: '"Will it work?" Chirac asked.' (after
    /// a quotation closed at <paramref name="next"/>, up to five words with no punctuation and then
    /// a verb of saying that ends the attribution). A lower-case speaker ("he asked") never starts a sentence anyway. (Not
    /// after an exclamation: '"Never!" the minister said' would read "Never" as the saying's.)
    /// </summary>
    private static bool AttributesAQuotation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, int next, int limit)
    {
        if (tokens[end].Span.In(text) is not "?" || next == end + 1
            || tokens[next - 1].Span.In(text) is not ("\"" or "\u201d" or "'" or "\u2019"))
        {
            return false;
        }

        for (int i = next; i < limit && i < next + 6; i++)
        {
            var form = tokens[i].Span.In(text);
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            // (The verb ends the attribution: '"Where is the money?" Police said 20 were arrested'
            // is a new sentence with a clause after its verb.)
            // ('"Why now?" the minister asked reporters.': one word may follow, whom it was said to.)
            if (i > next && AttributionVerbs.Contains(form.ToString()))
            {
                return ClosesAttribution(text, tokens, i + 1, limit)
                    || (tokens[i + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[i + 1].Span.Start]) && ClosesAttribution(text, tokens, i + 2, limit));
            }
        }

        return false;
    }

    private static bool ClosesAttribution(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, int limit) =>
        index >= limit || tokens[index].Span.In(text) is "." or "," or "!" or ";";

    /// <summary>Closing quotes and brackets right after a sentence end belong to that sentence.</summary>
    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1)
        {
            return false;
        }

        char c = text[token.Span.Start];
        if (c is ')' or ']' or '}' or '\u201d' or '\u2019' or '\u00bb')
        {
            return true;
        }

        // A straight quote closes when it is attached to what precedes it ('said."').
        return c is '"' or '\'' && token.Span.Start == tokens[index - 1].Span.End;
    }

    private bool StartsSentence(ReadOnlySpan<char> text, Token next, Strength ending)
    {
        var form = next.Span.In(text);
        char first = form[0];
        if (ending == Strength.Weak)
        {
            return abbreviations.IsSentenceStarter(form) ||
                   (next.Kind == TokenKind.Punctuation && first is '"' or '\u201c' or '\u2018');
        }

        if (char.IsUpper(first) || char.IsDigit(first))
        {
            return true;
        }

        return next.Kind == TokenKind.Punctuation && first is '"' or '\u201c' or '\u2018' or '(' or '[' or '\'' or '\u00ab' or '\u2014' or '-'
            || IsUncased(first);
    }

    /// <summary>Scripts without case (CJK, Arabic …) cannot signal a sentence start by capitals.</summary>
    private static bool IsUncased(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);
}
