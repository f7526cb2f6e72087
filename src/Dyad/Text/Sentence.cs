namespace Dyad.Text;

/// <summary>A sentence: its span in the cleaned text and the range of its tokens.</summary>
/// <param name="Span">Where the sentence is in the cleaned text.</param>
/// <param name="FirstToken">Index of its first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">How many tokens it has.</param>
/// <param name="Paragraph">Index of the paragraph it belongs to.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>One past the index of its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
