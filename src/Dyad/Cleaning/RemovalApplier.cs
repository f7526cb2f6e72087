using System.Text;
using Dyad.Text;

namespace Dyad.Cleaning;

/// <summary>
/// Makes the cleaned layer from the normalised one by leaving out what cleaning removed:
/// kept stretches are copied, joined by one space inside a paragraph and a blank line between
/// paragraphs; tokens and sentences move with their text, and the offset map is composed so
/// the cleaned text still maps to the raw text. No text is tokenized twice.
/// </summary>
internal static class RemovalApplier
{
    /// <summary>The cleaned layer and its segmentation.</summary>
    public sealed record Result(string Text, OffsetMap Map, List<TextSpan> Paragraphs, Token[] Tokens, List<Sentence> Sentences);

    /// <param name="normalized">The normalised layer.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="removals">What to leave out, sorted by start; spans fall on token boundaries.</param>
    public static Result Apply(NormalizedBuffer normalized, List<Token> tokens, List<Sentence> sentences, IReadOnlyList<Removal> removals)
    {
        return TryCutTail(normalized, tokens, sentences, removals) ?? Rebuild(normalized, tokens, sentences, removals);
    }

    /// <summary>
    /// The common case (a sign-off, a tagline, a repeated caption at the end): everything removed
    /// comes after everything kept, so the cleaned layer is a prefix of the normalised one.
    /// </summary>
    private static Result? TryCutTail(NormalizedBuffer normalized, List<Token> tokens, List<Sentence> sentences, IReadOnlyList<Removal> removals)
    {
        int firstRemoved = removals[0].Span.Start;
        int keptTokens = tokens.Count;
        int removal = removals.Count - 1;
        while (keptTokens > 0 && tokens[keptTokens - 1].Span.Start >= firstRemoved)
        {
            var token = tokens[keptTokens - 1].Span;
            while (removal >= 0 && removals[removal].Span.Start > token.Start)
            {
                removal--;
            }

            bool covered = false;
            for (int r = removal; r >= 0 && !covered; r--)
            {
                covered = removals[r].Span.Contains(token);
            }

            if (!covered)
            {
                return null;
            }

            keptTokens--;
        }

        int textEnd = keptTokens == 0 ? 0 : tokens[keptTokens - 1].Span.End;
        var keptSentences = sentences.Where(s => s.EndToken <= keptTokens).ToList();
        var paragraphs = normalized.Paragraphs.Where(p => p.Start < textEnd).Select(p => p.End > textEnd ? new TextSpan(p.Start, textEnd) : p).ToList();
        var kept = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[..keptTokens].ToArray();
        return new Result(normalized.ToString(textEnd), normalized.Map.Prefix(textEnd), paragraphs, kept, keptSentences);
    }

    private static Result Rebuild(NormalizedBuffer normalized, List<Token> tokens, List<Sentence> sentences, IReadOnlyList<Removal> removals)
    {
        var source = normalized.Text;
        var text = new StringBuilder(source.Length);
        var map = new OffsetMap.Builder();
        var paragraphs = new List<TextSpan>();
        var keptTokens = new List<Token>(tokens.Count);
        var newIndex = new int[tokens.Count];
        Array.Fill(newIndex, -1);
        var paragraphIndex = new int[normalized.Paragraphs.Count];
        int removal = 0;
        int token = 0;
        int lastEnd = -1; // end of the last copied stretch in the normalised text

        for (int p = 0; p < normalized.Paragraphs.Count; p++)
        {
            var paragraph = normalized.Paragraphs[p];
            int paragraphStart = -1;
            paragraphIndex[p] = -1;
            int position = paragraph.Start;
            while (position < paragraph.End)
            {
                while (removal < removals.Count && removals[removal].Span.End <= position)
                {
                    removal++;
                }

                int stretchEnd = removal < removals.Count && removals[removal].Span.Start < paragraph.End
                    ? Math.Max(position, removals[removal].Span.Start)
                    : paragraph.End;
                var stretch = Trim(source, position, stretchEnd);
                if (!stretch.IsEmpty)
                {
                    if (paragraphStart < 0)
                    {
                        if (lastEnd >= 0)
                        {
                            Separator(lastEnd, stretch.Start, "\n\n");
                        }

                        paragraphStart = text.Length;
                        paragraphIndex[p] = paragraphs.Count;
                    }
                    else
                    {
                        Separator(lastEnd, stretch.Start, " ");
                    }

                    CopyTokens(stretch, text.Length - stretch.Start);
                    map.CopiedThrough(normalized.Map, stretch.Start, stretch.Length);
                    text.Append(stretch.In(source));
                    lastEnd = stretch.End;
                }

                position = removal < removals.Count && removals[removal].Span.Start < paragraph.End
                    ? Math.Max(stretchEnd, removals[removal].Span.End)
                    : paragraph.End;
            }

            if (paragraphStart >= 0)
            {
                paragraphs.Add(new TextSpan(paragraphStart, text.Length));
            }
        }

        var keptSentences = new List<Sentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            int first = -1;
            int last = -1;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (newIndex[t] >= 0)
                {
                    first = first < 0 ? newIndex[t] : first;
                    last = newIndex[t];
                }
            }

            if (first >= 0)
            {
                var span = new TextSpan(keptTokens[first].Span.Start, keptTokens[last].Span.End);
                keptSentences.Add(new Sentence(span, first, last - first + 1, paragraphIndex[sentence.Paragraph]));
            }
        }

        return new Result(text.ToString(), map.Build(normalized.Map.RawLength), paragraphs, [.. keptTokens], keptSentences);

        void Separator(int gapStart, int gapEnd, string separator)
        {
            map.Replaced(normalized.Map.ToRaw(new TextSpan(gapStart, gapEnd)), separator.Length);
            text.Append(separator);
        }

        void CopyTokens(TextSpan stretch, int shift)
        {
            while (token < tokens.Count && tokens[token].Span.Start < stretch.Start)
            {
                token++; // inside a removed stretch: dropped
            }

            while (token < tokens.Count && tokens[token].Span.End <= stretch.End)
            {
                var kept = tokens[token];
                newIndex[token++] = keptTokens.Count;
                keptTokens.Add(kept with { Span = new TextSpan(kept.Span.Start + shift, kept.Span.End + shift) });
            }
        }
    }

    /// <summary>The span without leading and trailing whitespace.</summary>
    private static TextSpan Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
