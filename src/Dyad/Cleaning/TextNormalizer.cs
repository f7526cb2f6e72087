using System.Buffers;
using System.Text;
using Dyad.Text;

namespace Dyad.Cleaning;

/// <summary>The normalised text layer: text, map back to the raw text, paragraph spans.</summary>
/// <param name="Text">Normalised text; paragraphs separated by a blank line.</param>
/// <param name="Map">Offsets of <paramref name="Text"/> mapped to the raw text.</param>
/// <param name="Paragraphs">Paragraph spans in <paramref name="Text"/>.</param>
public sealed record NormalizedText(string Text, OffsetMap Map, IReadOnlyList<TextSpan> Paragraphs);

/// <summary>The normalised layer still in its pooled buffer (pipeline use; release when done).</summary>
internal sealed class NormalizedBuffer(TextNormalizer.CharBuffer buffer, OffsetMap map, List<TextSpan> paragraphs)
{
    public ReadOnlySpan<char> Text => buffer.Span;

    public OffsetMap Map { get; } = map;

    public List<TextSpan> Paragraphs { get; } = paragraphs;

    public string ToString(int length) => new(buffer.Span[..length]);

    public void Release() => buffer.Release();
}

/// <summary>
/// Makes the normalised text layer from raw text: Unicode NFC, whitespace runs collapsed to one
/// space, invisible characters (zero-width spaces, soft hyphens, control characters) dropped,
/// lines joined into paragraphs. Line-wrapped text (newswire at 70 columns) is recognised and its
/// lines re-joined; otherwise each line is a paragraph.
/// </summary>
public static class TextNormalizer
{
    // Characters that send a word down the slow path: controls, invisible characters, and
    // everything from the combining marks up except common punctuation, which may need NFC.
    private static readonly SearchValues<char> Unusual = SearchValues.Create(BuildUnusual());

    /// <summary>Normalises <paramref name="raw"/> from <paramref name="start"/>.</summary>
    public static NormalizedText Normalize(string raw, int start = 0)
    {
        var buffer = NormalizeToBuffer(raw, start);
        var result = new NormalizedText(buffer.ToString(buffer.Text.Length), buffer.Map, buffer.Paragraphs);
        buffer.Release();
        return result;
    }

    /// <summary>
    /// Normalises into a pooled buffer, so the pipeline can segment and clean before it makes the
    /// one string it keeps. The caller must <see cref="NormalizedBuffer.Release"/> it.
    /// </summary>
    internal static NormalizedBuffer NormalizeToBuffer(string raw, int start)
    {
        var lines = SplitLines(raw, start);
        bool[] breaks = ParagraphBreaks(raw, lines);
        var writer = new Writer(raw);
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
    /// wrapped text a line continues the paragraph when it is not indented and the line before it
    /// was filled close to the wrap width, or stopped short in the middle of a sentence: before a
    /// line that starts in lower case, or after a lower-case word or a comma (a wire story's first
    /// line, shortened by the dateline it was filed under: "Showers continued throughout the week
    /// in" / "the Bahia cocoa zone, …", "Treasury Secretary James Baker said the" / "United States
    /// …"; a line ending in a capitalised word may be a title and stays apart); in unwrapped text
    /// every line is its own paragraph, unless it starts in lower case after a line that closed no
    /// sentence, or the first line ends in an article, preposition, conjunction, possessive or
    /// auxiliary ("India will hold a buying tender on" / "Wednesday, March 4, …": a short story with
    /// too few full lines to be recognised as wrapped; only the first line, as later lines of
    /// text from the web may be menus and buttons such as "Log in").
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
        bool previousClosed = false;
        bool previousOpen = false;
        bool previousLink = false;
        bool firstLine = false, seenText = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var content = lines[i].In(raw);
            bool blank = content.IsWhiteSpace();
            bool indented = content.Length > 1 && (content[0] == '\t' || (content[0] == ' ' && content[1] == ' '));
            bool continues = !previousBlank && !indented
                && ((wrapped && (previousLength * 4 >= width * 3 || previousOpen)) || (previousLink && firstLine)
                    || (!previousClosed && content.TrimStart() is [char first, ..] && char.IsLower(first)));
            breaks[i] = !continues;
            firstLine = !blank && !seenText;
            seenText |= !blank;
            previousBlank = blank;
            previousLength = blank ? 0 : content.TrimEnd().Length;
            previousClosed = !blank && ClosesSentence(content.TrimEnd());
            previousOpen = !blank && EndsOpen(content.TrimEnd());
            previousLink = !blank && EndsWithLinkWord(content.TrimEnd());
        }

        return breaks;
    }

    /// <summary>Whether a line ends as a sentence or a quotation does.</summary>
    internal static bool ClosesSentence(ReadOnlySpan<char> line) => line is [.., char last] && last is '.' or '!' or '?' or ':' or '"' or '\u201d';

    /// <summary>
    /// Whether a line stops mid-sentence: after a comma, or after a word starting in lower case
    /// that is not followed by any punctuation ("… the week in", not "… a spokesman said.").
    /// </summary>
    internal static bool EndsOpen(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[^1] == ',')
        {
            return !line.IsEmpty;
        }

        int space = line.LastIndexOfAny(' ', '\t');
        return char.IsLetter(line[^1]) && char.IsLower(line[space + 1]);
    }

    /// <summary>Whether a line ends in an article, preposition, conjunction, possessive or auxiliary, which no sentence or title ends with.</summary>
    internal static bool EndsWithLinkWord(ReadOnlySpan<char> line)
    {
        int space = line.LastIndexOfAny(' ', '\t');
        var word = line[(space + 1)..];
        return word.Length is > 0 and <= 5 && LinkWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "its", "his", "her", "their", "our", "of", "on", "in", "at", "to", "for", "with", "by", "from",
        "into", "onto", "and", "or", "but", "nor", "than", "that", "which", "whose", "is", "are", "was", "were", "has",
        "have", "had", "will", "would", "shall", "could", "can", "may", "might", "must",
    };

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

    /// <summary>A growable character buffer rented from the shared pool (one per call, returned at the end).</summary>
    internal sealed class CharBuffer(int capacity)
    {
        private char[] chars = ArrayPool<char>.Shared.Rent(capacity);

        public int Length { get; private set; }

        public void Append(char c)
        {
            Ensure(1);
            chars[Length++] = c;
        }

        public void Append(string s) => Append(s.AsSpan());

        public void Append(ReadOnlySpan<char> s)
        {
            Ensure(s.Length);
            s.CopyTo(chars.AsSpan(Length));
            Length += s.Length;
        }

        public ReadOnlySpan<char> Span => chars.AsSpan(0, Length);

        public override string ToString() => new(chars, 0, Length);

        /// <summary>Returns the array to the pool; the buffer is empty afterwards.</summary>
        public void Release()
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = [];
        }

        private void Ensure(int more)
        {
            if (Length + more > chars.Length)
            {
                char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, Length + more));
                chars.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(chars);
                chars = larger;
            }
        }
    }

    private static bool IsInvisible(char c) =>
        c < ' ' || c is (>= '\u007f' and <= '\u009f') or '\u00ad' or '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff';

    /// <summary>
    /// Writes words into the normalised text. The gap before a word (whitespace, invisible
    /// characters, line ends) becomes one space, or a blank line between paragraphs, and maps to
    /// the whole raw gap it stands for.
    /// </summary>
    private sealed class Writer(string raw)
    {
        // The normalised text is never longer than the raw text plus its paragraph separators.
        private readonly CharBuffer text = new(raw.Length + 16);
        private readonly OffsetMap.Builder map = new();
        private readonly List<TextSpan> paragraphs = [];
        private int paragraphStart = -1;
        private bool paragraphBreakPending;
        private int lastRawEnd;

        public void BreakParagraph() => paragraphBreakPending = true;

        public void WriteLine(TextSpan line)
        {
            var content = line.In(raw);
            int leading = content.Length - content.TrimStart(' ').Length;
            var trimmed = content[leading..].TrimEnd(' ');
            if (trimmed.IsEmpty)
            {
                return;
            }

            // Fast path, most lines: nothing to drop or compose and single spaces only, so the
            // line is copied whole.
            if (trimmed.IndexOfAny(Unusual) < 0 && trimmed.IndexOfAny(OtherWhitespace) < 0 && trimmed.IndexOf("  ", StringComparison.Ordinal) < 0)
            {
                int start = line.Start + leading;
                WriteGap(start);
                map.Copied(start, trimmed.Length);
                text.Append(trimmed);
                lastRawEnd = start + trimmed.Length;
                return;
            }

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

        public NormalizedBuffer Finish()
        {
            if (paragraphStart >= 0)
            {
                paragraphs.Add(new TextSpan(paragraphStart, text.Length));
            }

            return new NormalizedBuffer(text, map.Build(raw.Length), paragraphs);
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
            while (i < end && (char.IsWhiteSpace(raw[i]) || IsInvisible(raw[i])))
            {
                i++;
            }

            return i;
        }

        private int WordEnd(int i, int end)
        {
            int space = raw.AsSpan(i, end - i).IndexOfAny(Whitespace);
            return space < 0 ? end : i + space;
        }

        private void WriteWord(int start, int end)
        {
            var word = raw.AsSpan(start, end - start);
            if (word.IndexOfAny(Unusual) < 0 || (word.IndexOfAny(Invisible) < 0 && word.IsNormalized()))
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

    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        [.. Enumerable.Range(0, 0xFFFF).Select(c => (char)c).Where(IsInvisible)]);

    // Every character char.IsWhiteSpace accepts, and the same without the plain space.
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        " \t\u000b\u000c\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        "\t\u000b\u000c\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");
}
