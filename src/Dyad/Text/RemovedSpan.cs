namespace Dyad.Text;

/// <summary>Why cleaning dropped a stretch of text.</summary>
public enum RemovalReason
{
    /// <summary>A sentence repeated (exactly or nearly) earlier in the same document.</summary>
    DuplicateSentence,
    /// <summary>A paragraph whose sentences all repeat earlier ones.</summary>
    DuplicateParagraph,
    /// <summary>A publisher tagline, share/subscribe prompt, credit line or similar.</summary>
    Boilerplate,
    /// <summary>A bare section header ("Uncommon knowledge", "Read more").</summary>
    SectionHeader,
}

/// <summary>A stretch of the raw text that cleaning dropped, with the reason and the rule.</summary>
/// <param name="Span">The dropped range in the raw text layer.</param>
/// <param name="Reason">Why it was dropped.</param>
/// <param name="Rule">The rule that dropped it: a boilerplate pattern id, or the span of the earlier copy.</param>
public readonly record struct RemovedSpan(TextSpan Span, RemovalReason Reason, string Rule);
