using Dyad.Diagnostics;
using Dyad.Text;

namespace Dyad.Ingestion;

/// <summary>One result of reading inputs: a document, or a diagnostic about an input.</summary>
public readonly record struct IngestItem
{
    private IngestItem(SourceDocument? document, Diagnostic? diagnostic)
    {
        Document = document;
        Diagnostic = diagnostic;
    }

    /// <summary>The document read, or null when this item is a diagnostic.</summary>
    public SourceDocument? Document { get; }

    /// <summary>The problem found, or null when this item is a document.</summary>
    public Diagnostic? Diagnostic { get; }

    /// <summary>Wraps a document.</summary>
    public static IngestItem Of(SourceDocument document) => new(document, null);

    /// <summary>Wraps a diagnostic.</summary>
    public static IngestItem Of(Diagnostic diagnostic) => new(null, diagnostic);
}

/// <summary>Settings for reading inputs.</summary>
public sealed record IngestionOptions
{
    /// <summary>Publication date given to documents whose input has none.</summary>
    public DateOnly? DefaultDate { get; init; }
}
