namespace Dyad.Ingestion;

/// <summary>The input formats Dyad reads.</summary>
public enum InputFormat
{
    /// <summary>Plain text, one document per file.</summary>
    Text,
    /// <summary>An HTML page, one document, main content extracted.</summary>
    Html,
    /// <summary>An RSS 2.0 or Atom feed, one document per item.</summary>
    Feed,
    /// <summary>JSON Lines, one document per line.</summary>
    JsonLines,
}
