namespace Dyad.Text;

/// <summary>
/// A document as ingestion produced it, before cleaning: its metadata and the raw text layer
/// every later offset maps back to. For markup inputs (HTML, feed items) the raw text is the
/// extracted article text and <see cref="Markup"/> keeps the markup it was extracted from.
/// </summary>
/// <param name="Metadata">Id, source, url, title, date, language.</param>
/// <param name="RawText">The raw text layer.</param>
/// <param name="Markup">The HTML the raw text was extracted from, when there was any.</param>
/// <param name="Format">The input format the document was read as.</param>
public sealed record SourceDocument(DocumentMetadata Metadata, string RawText, string? Markup, Ingestion.InputFormat Format)
{
    /// <summary>Where the body starts in <see cref="RawText"/>: after a title line that plain text carried, else 0.</summary>
    public int BodyStart { get; init; }
}
