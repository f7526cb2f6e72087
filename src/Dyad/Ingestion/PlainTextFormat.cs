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
    /// The first non-blank line is a title when it is short, does not end like a sentence, and
    /// more text follows it.
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
        if (line.Length == 0 || line.Length > MaxTitleLength || text.AsSpan(end).IsWhiteSpace())
        {
            return (null, 0);
        }

        char last = line[^1];
        bool endsLikeSentence = last is '.' or '!' or '?' or ':' or ';' or ',' or '…' or '"' or '”' or '\'' or '’' or ')';
        return endsLikeSentence ? (null, 0) : (line.ToString(), end + 1);
    }
}
