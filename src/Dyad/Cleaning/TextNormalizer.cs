using System.Buffers;
using System.Text;
using Dyad.Text;

namespace Dyad.Cleaning;

/// <summary>The normalised text layer: text, map back to the raw text, paragraph spans.</summary>
/// <param name="Text">Normalised text; paragraphs separated by a blank line.</param>
/// <param name="Map">Offsets of <paramref name="Text"/> mapped to the raw text.</param>
/// <param name="Paragraphs">Paragraph spans in <paramref name="Text"/>.</param>
public sealed record NormalizedText(string Text, OffsetMap Map, IReadOnlyList<TextSpan> Paragraphs);

/// <summary>
/// Makes the normalised text layer from raw text: Unicode NFC, whitespace runs collapsed to one
/// space, invisible characters (zero-width spaces, soft hyphens, control characters) dropped,
/// lines joined into paragraphs. Line-wrapped text (newswire at 70 columns) is recognised and its
/// lines re-joined; otherwise each line is a paragraph. Ranges of the raw text can be excluded:
/// they read as whitespace, which is how cleaning leaves out what it removed.
/// </summary>
public static class TextNormalizer
{
    // Characters that send a word down the slow path: controls, invisible characters, and
    // everything from the combining marks up except common punctuation, which may need NFC.
    private static readonly SearchValues<char> Unusual = SearchValues.Create(BuildUnusual());

    /// <summary>
    /// Normalises <paramref name="raw"/> from <paramref name="start"/>, leaving out the raw spans
    /// in <paramref name="excluded"/> (sorted by start, not overlapping).
    /// </summary>
    public static NormalizedText Normalize(string raw, int start = 0, IReadOnlyList<TextSpan>? excluded = null)
    {
        var lines = SplitLines(raw, start);
        bool[] breaks = ParagraphBreaks(raw, lines);
        var writer = new Writer(raw, excluded ?? []);
        for (int i = 0; i < lines.Count; i++)
        {
            if (breaks[i])
            {
                writer.BreakParagraph();
            }

            writer.WriteLine(lines[i]);
        }

        return writer.Finish();
    }

    /// <summary>Lines of the raw text from <paramref name="start"/>, without their line ends.</summary>
    private static List<TextSpan> SplitLines(string raw, int start)
    {
        var lines = new List<TextSpan>();
        int i = start;
        while (true)
        {
            // U+2029 (paragraph separator) ends a line; U+2028 (line separator) reads as whitespace.
            int next = raw.AsSpan(i).IndexOfAny('\n', '\r', '\u2029');
            if (next < 0)
            {
                lines.Add(new TextSpan(i, raw.Length));
                return lines;
            }

            int end = i + next;
            lines.Add(new TextSpan(i, end));
            i = end + (raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>
    /// For each line, whether a paragraph starts at it. Blank lines separate paragraphs. In
    /// wrapped text a line continues the paragraph when the line before it was filled close to the
    /// wrap width and it is not indented; in unwrapped text every line is its own paragraph.
    /// </summary>
    private static bool[] ParagraphBreaks(string raw, List<TextSpan> lines)
    {
        var lengths = new List<int>(lines.Count);
        foreach (var line in lines)
        {
            int length = line.In(raw).TrimEnd().Length;
            if (length > 0)
            {
                lengths.Add(length);
            }
        }

        int width = 0;
        if (lengths.Count >= 3)
        {
            lengths.Sort();
            width = lengths[Math.Min(lengths.Count - 1, lengths.Count * 9 / 10)];
        }

        // Wrap widths of 30–100 columns, with at least three lines filled to three quarters.
        bool wrapped = width is >= 30 and <= 100 && lengths.Count(length => length * 4 >= width * 3) >= 3;
        var breaks = new bool[lines.Count];
        bool previousBlank = true;
        int previousLength = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var content = lines[i].In(raw);
            bool blank = content.IsWhiteSpace();
            bool indented = content.Length > 1 && (content[0] == '\t' || (content[0] == ' ' && content[1] == ' '));
            bool continues = wrapped && !previousBlank && !indented && previousLength * 4 >= width * 3;
            breaks[i] = !continues;
            previousBlank = blank;
            previousLength = blank ? 0 : content.TrimEnd().Length;
        }

        return breaks;
    }

    private static char[] BuildUnusual()
    {
        var chars = new List<char>();
        for (char c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        for (char c = '\u007f'; c <= '\u009f'; c++)
        {
            chars.Add(c);
        }

        chars.Add('\u00ad');
        for (char c = '\u0300'; c < '\uffff'; c++)
        {
            if (c is not ('\u2018' or '\u2019' or '\u201c' or '\u201d' or '\u2013' or '\u2014' or '\u2026' or '\u20ac'))
            {
                chars.Add(c);
            }
        }

        return [.. chars];
    }

    private static bool IsInvisible(char c) =>
        c < ' ' || c is (>= '\u007f' and <= '\u009f') or '\u00ad' or '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff';

    /// <summary>
    /// Writes words into the normalised text. The gap before a word (whitespace, invisible or
    /// excluded characters, line ends) becomes one space, or a blank line between paragraphs, and
    /// maps to the whole raw gap it stands for.
    /// </summary>
    private sealed class Writer(string raw, IReadOnlyList<TextSpan> excluded)
    {
        private readonly StringBuilder text = new(raw.Length);
        private readonly OffsetMap.Builder map = new();
        private readonly List<TextSpan> paragraphs = [];
        private int excludedIndex;
        private int paragraphStart = -1;
        private bool paragraphBreakPending;
        private int lastRawEnd;

        public void BreakParagraph() => paragraphBreakPending = true;

        public void WriteLine(TextSpan line)
        {
            int i = line.Start;
            while (true)
            {
                int wordStart = SkipGap(i, line.End);
                if (wordStart >= line.End)
                {
                    return;
                }

                int wordEnd = WordEnd(wordStart, line.End);
                WriteGap(wordStart);
                WriteWord(wordStart, wordEnd);
                lastRawEnd = wordEnd;
                i = wordEnd;
            }
        }

        public NormalizedText Finish()
        {
            if (paragraphStart >= 0)
            {
                paragraphs.Add(new TextSpan(paragraphStart, text.Length));
            }

            return new NormalizedText(text.ToString(), map.Build(raw.Length), paragraphs);
        }

        private void WriteGap(int wordStart)
        {
            if (paragraphStart < 0)
            {
                paragraphStart = 0;
            }
            else if (paragraphBreakPending)
            {
                paragraphs.Add(new TextSpan(paragraphStart, text.Length));
                map.Replaced(new TextSpan(lastRawEnd, wordStart), 2);
                text.Append("\n\n");
                paragraphStart = text.Length;
            }
            else
            {
                map.Replaced(new TextSpan(lastRawEnd, wordStart), 1);
                text.Append(' ');
            }

            paragraphBreakPending = false;
        }

        private int SkipGap(int i, int end)
        {
            while (i < end)
            {
                if (ExcludedEnd(i) is int excludedEnd)
                {
                    i = Math.Min(excludedEnd, end);
                    continue;
                }

                char c = raw[i];
                if (!char.IsWhiteSpace(c) && !IsInvisible(c))
                {
                    break;
                }

                i++;
            }

            return i;
        }

        private int WordEnd(int i, int end)
        {
            int nextExcluded = excludedIndex < excluded.Count ? excluded[excludedIndex].Start : int.MaxValue;
            int limit = Math.Min(end, nextExcluded);
            int space = raw.AsSpan(i, limit - i).IndexOfAny(SearchValuesWhitespace);
            return space < 0 ? limit : i + space;
        }

        private int? ExcludedEnd(int position)
        {
            while (excludedIndex < excluded.Count && excluded[excludedIndex].End <= position)
            {
                excludedIndex++;
            }

            return excludedIndex < excluded.Count && excluded[excludedIndex].Contains(position) ? excluded[excludedIndex].End : null;
        }

        private void WriteWord(int start, int end)
        {
            var word = raw.AsSpan(start, end - start);
            if (word.IndexOfAny(Unusual) < 0)
            {
                map.Copied(start, word.Length);
                text.Append(word);
                return;
            }

            // Slow path, rare: drop invisible characters, then compose to NFC.
            var visible = new StringBuilder(word.Length);
            foreach (char c in word)
            {
                if (!IsInvisible(c))
                {
                    visible.Append(c);
                }
            }

            string composed = visible.ToString().Normalize(NormalizationForm.FormC);
            if (composed.AsSpan().SequenceEqual(word))
            {
                map.Copied(start, word.Length);
            }
            else
            {
                map.Replaced(new TextSpan(start, end), composed.Length);
            }

            text.Append(composed);
        }
    }

    private static readonly SearchValues<char> SearchValuesWhitespace = SearchValues.Create(
        " \t\u000b\u000c\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u202f\u205f\u3000");
}
