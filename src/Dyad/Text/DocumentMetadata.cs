namespace Dyad.Text;

/// <summary>What is known about a document besides its text.</summary>
/// <param name="Id">Given by the input (JSONL id, feed guid) or a stable hash of the content.</param>
/// <param name="Source">Where it was read from: a file path, <c>path:line</c> for JSONL, <c>path#item</c> for feeds, or <c>-</c>.</param>
/// <param name="Url">The article's address when the input gives one.</param>
/// <param name="Title">The headline, when the input gives or implies one.</param>
/// <param name="Published">Publication date: from the input, else the caller's default, else unknown.</param>
/// <param name="Language">ISO 639-1 code, or <c>und</c> when it cannot be told.</param>
public sealed record DocumentMetadata(
    string Id,
    string Source,
    string? Url,
    string? Title,
    DateOnly? Published,
    string Language);
