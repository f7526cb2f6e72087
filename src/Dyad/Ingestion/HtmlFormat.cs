using System.Text;
using AngleSharp.Html.Parser;
using Dyad.Diagnostics;
using Dyad.Text;

namespace Dyad.Ingestion;

/// <summary>
/// An HTML page: the article is found with SmartReader (a port of Mozilla Readability), its
/// title and publication date read from the page metadata, and its HTML turned into paragraphs.
/// </summary>
internal static class HtmlFormat
{
    public static IngestItem Read(string html, string input, string? url, IngestionOptions options)
    {
        SmartReader.Article article;
        try
        {
            // The address only resolves relative links; nothing is fetched.
            var reader = new SmartReader.Reader(url ?? "http://localhost/", html) { ContinueIfNotReadable = true };
            article = reader.GetArticle();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return IngestItem.Of(Diagnostic.Error(IngestionCodes.NoArticleText, input, $"the HTML could not be read: {exception.Message}"));
        }

        string text = ArticleText(article.Content, html);
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestItem.Of(Diagnostic.Error(IngestionCodes.NoArticleText, input, "the HTML page holds no article text"));
        }

        DateOnly? date = article.PublicationDate is DateTime published ? DateOnly.FromDateTime(published) : options.DefaultDate;
        string language = NormaliseLanguage(article.Language) ?? LanguageGuesser.Guess(text);
        string? title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        var metadata = new DocumentMetadata(ContentId.Of(text), input, url, title, date, language);
        return IngestItem.Of(new SourceDocument(metadata, text, html, InputFormat.Html));
    }

    /// <summary>The text of an HTML fragment (a feed item's content), paragraphs kept.</summary>
    public static string FragmentText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? string.Empty : HtmlText.ToText(document.Body);
    }

    private static string ArticleText(string? articleHtml, string pageHtml)
    {
        if (!string.IsNullOrWhiteSpace(articleHtml))
        {
            string text = FragmentText(articleHtml);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        // Readability found nothing it calls an article: fall back to the whole body.
        return FragmentText(pageHtml);
    }

    private static string? NormaliseLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        string code = language.Trim().ToLowerInvariant();
        int dash = code.IndexOfAny(['-', '_']);
        code = dash > 0 ? code[..dash] : code;
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    /// <summary>
    /// Decodes page bytes: UTF-8 when valid; otherwise the charset the page declares when it is a
    /// single-byte Western one (still common on older news sites).
    /// </summary>
    public static bool TryDecode(byte[] bytes, out string html, out long invalidAt)
    {
        if (InputBytes.TryDecodeUtf8(bytes, out html, out invalidAt))
        {
            return true;
        }

        string head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).ToLowerInvariant();
        int at = head.IndexOf("charset", StringComparison.Ordinal);
        if (at >= 0)
        {
            string declared = head[(at + 7)..].TrimStart(' ', '=', '"', '\'');
            if (declared.StartsWith("iso-8859-1", StringComparison.Ordinal) || declared.StartsWith("latin1", StringComparison.Ordinal))
            {
                html = Encoding.Latin1.GetString(bytes);
                return true;
            }

            if (declared.StartsWith("windows-1252", StringComparison.Ordinal))
            {
                html = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
                return true;
            }
        }

        return false;
    }
}
