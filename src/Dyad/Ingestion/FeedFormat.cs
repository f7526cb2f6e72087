using System.Xml;
using Dyad.Diagnostics;
using Dyad.Text;

namespace Dyad.Ingestion;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read as a stream: one document per item, with its
/// link, title, date and content. DTDs are refused, so no external entity is ever resolved.
/// </summary>
internal static class FeedFormat
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<IngestItem> Read(Stream stream, string input, IngestionOptions options, CancellationToken cancellation)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };

        // The XML reader decodes by the feed's own declaration (UTF-8 by default, ISO-8859-1 when declared).
        using var reader = XmlReader.Create(stream, settings);
        var lineInfo = (IXmlLineInfo)reader;
        int itemNumber = 0;
        bool sawFeed = false;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            FeedItem? item;
            Diagnostic? problem = null;
            try
            {
                item = NextItem(reader, ref sawFeed);
            }
            catch (XmlException exception)
            {
                item = null;
                problem = Problem(exception, input);
            }

            if (problem is not null)
            {
                yield return IngestItem.Of(problem);
                yield break;
            }

            if (item is null)
            {
                if (!sawFeed)
                {
                    yield return IngestItem.Of(Diagnostic.Error(IngestionCodes.MalformedFeed, input, "the XML is neither an RSS nor an Atom feed"));
                }

                yield break;
            }

            itemNumber++;
            yield return ToDocument(item, $"{input}#{itemNumber}", lineInfo.LineNumber, options);
        }
    }

    private static Diagnostic Problem(XmlException exception, string input)
    {
        int? line = exception.LineNumber > 0 ? exception.LineNumber : null;
        if (exception.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error(IngestionCodes.DtdRefused, input, "the feed declares a DTD; Dyad does not process DTDs or entities (they can read local files)", line);
        }

        if (exception.Message.Contains("encoding", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error(IngestionCodes.InvalidUtf8, input, $"the feed is not valid in its declared encoding: {exception.Message}", line);
        }

        return Diagnostic.Error(IngestionCodes.MalformedFeed, input, $"the feed is not well-formed XML: {exception.Message}", line);
    }

    private static IngestItem ToDocument(FeedItem item, string source, int line, IngestionOptions options)
    {
        string body = item.Html is null ? string.Empty : HtmlFormat.FragmentText(item.Html);
        if (string.IsNullOrWhiteSpace(body))
        {
            return IngestItem.Of(Diagnostic.Warning(IngestionCodes.Empty, source, "the feed item has no content; skipped", line));
        }

        DateOnly? date = options.DefaultDate;
        if (item.Date is not null)
        {
            if (PublicationDates.TryParse(item.Date, out var parsed))
            {
                date = parsed;
            }
        }

        string id = string.IsNullOrWhiteSpace(item.Id) ? ContentId.Of(body) : item.Id.Trim();
        var metadata = new DocumentMetadata(id, item.Link ?? source, item.Link, item.Title?.Trim(), date, LanguageGuesser.Guess(body));
        return IngestItem.Of(new SourceDocument(metadata, body, item.Html, InputFormat.Feed));
    }

    private static FeedItem? NextItem(XmlReader reader, ref bool sawFeed)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            string name = reader.LocalName;
            if (name is "rss" or "RDF" or "channel" || (name == "feed" && reader.NamespaceURI == AtomNamespace))
            {
                sawFeed = true;
                continue;
            }

            if (sawFeed && (name == "item" || (name == "entry" && reader.NamespaceURI == AtomNamespace)))
            {
                using var subtree = reader.ReadSubtree();
                return ReadItem(subtree);
            }

            if (!sawFeed)
            {
                return null;
            }
        }

        return null;
    }

    private static FeedItem ReadItem(XmlReader item)
    {
        var result = new FeedItem();
        item.Read(); // the item element itself
        item.Read(); // its first child
        while (!item.EOF)
        {
            if (item.NodeType != XmlNodeType.Element || item.Depth != 1)
            {
                item.Read();
                continue;
            }

            // Each case either reads the element's content (which moves past it) or skips it.
            string ns = item.NamespaceURI;
            switch (item.LocalName)
            {
                case "title":
                    string title = HtmlFormat.FragmentText(ns == AtomNamespace ? ReadAtomText(item) : item.ReadElementContentAsString());
                    result.Title ??= title;
                    break;
                case "link" when ns == AtomNamespace:
                    string? rel = item.GetAttribute("rel");
                    string? href = item.GetAttribute("href");
                    if (href is not null && (rel is null || rel == "alternate"))
                    {
                        result.Link ??= href;
                    }

                    item.Skip();
                    break;
                case "link":
                    result.Link ??= item.ReadElementContentAsString().Trim();
                    break;
                case "guid" or "id":
                    result.Id ??= item.ReadElementContentAsString();
                    break;
                case "pubDate" or "published" or "issued":
                    result.Date = item.ReadElementContentAsString();
                    break;
                case "updated" or "modified":
                    string updated = item.ReadElementContentAsString();
                    result.Date ??= updated;
                    break;
                case "date" when ns == DublinCoreNamespace:
                    string dublinCoreDate = item.ReadElementContentAsString();
                    result.Date ??= dublinCoreDate;
                    break;
                case "encoded" when ns == ContentNamespace:
                    result.Html = item.ReadElementContentAsString();
                    break;
                case "content" when ns == AtomNamespace:
                    result.Html = ReadAtomText(item);
                    break;
                case "description" or "summary":
                    string summary = ns == AtomNamespace ? ReadAtomText(item) : item.ReadElementContentAsString();
                    result.Html ??= summary;
                    break;
                default:
                    item.Skip();
                    break;
            }
        }

        return result;
    }

    /// <summary>Atom text constructs: text and html are strings; xhtml is inline markup.</summary>
    private static string ReadAtomText(XmlReader element)
    {
        string? type = element.GetAttribute("type");
        if (type == "xhtml")
        {
            return element.ReadInnerXml();
        }

        string value = element.ReadElementContentAsString();
        return type is null or "text" ? System.Net.WebUtility.HtmlEncode(value) : value;
    }

    private sealed class FeedItem
    {
        public string? Title { get; set; }
        public string? Link { get; set; }
        public string? Id { get; set; }
        public string? Date { get; set; }
        public string? Html { get; set; }
    }
}
