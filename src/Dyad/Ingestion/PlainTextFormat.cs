using Dyad.Cleaning;
using Dyad.Text;

namespace Dyad.Ingestion;

/// <summary>Plain text: one document; a first short line without final punctuation is its title.</summary>
internal static class PlainTextFormat
{
    /// <summary>Headlines are short; a longer first line is the start of the body.</summary>
    private const int MaxTitleLength = 200;

    public static SourceDocument Read(string text, string input, IngestionOptions options)
    {
        var (title, bodyStart) = FindTitle(text);
        var metadata = new DocumentMetadata(
            ContentId.Of(text), input, Url: null, title, options.DefaultDate, LanguageGuesser.Guess(text));
        return new SourceDocument(metadata, text, Markup: null, InputFormat.Text) { BodyStart = bodyStart };
    }

    /// <summary>
    /// The first non-blank line is a title when it is short, does not end like a sentence, more
    /// text follows, and the next line does not continue it (a blank line follows, or the next
    /// line starts with a capital, not in mid-sentence as in line-wrapped newswire).
    /// </summary>
    internal static (string? Title, int BodyStart) FindTitle(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = text.IndexOf('\n', start);
        if (end < 0)
        {
            return (null, 0);
        }

        var line = text.AsSpan(start, end - start).TrimEnd();
        var rest = text.AsSpan(end + 1);
        if (line.Length == 0 || line.Length > MaxTitleLength || rest.IsWhiteSpace())
        {
            return (null, 0);
        }

        char last = line[^1];
        bool endsLikeSentence = last is '.' or '!' or '?' or ':' or ';' or ',' or '…' or '"' or '”' or '\'' or '’' or ')' or '-';
        int nextLineEnd = rest.IndexOf('\n');
        var nextLine = (nextLineEnd < 0 ? rest : rest[..nextLineEnd]).Trim();
        bool continued = nextLine.Length > 0 && !char.IsUpper(nextLine[0]) && !char.IsDigit(nextLine[0]) && !char.IsPunctuation(nextLine[0]);
        // ("Treasury Secretary James Baker said the" / "United States …": a line that stops
        // mid-sentence is the story's first line, no title.)
        bool stopsMidSentence = TextNormalizer.EndsWithLinkWord(line);
        return endsLikeSentence || continued || stopsMidSentence ? (null, 0) : (line.ToString(), end + 1);
    }
}
