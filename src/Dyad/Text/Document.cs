using System.Collections.Immutable;

namespace Dyad.Text;

/// <summary>
/// A cleaned, segmented document. <see cref="Text"/> is the cleaned layer: NFC, whitespace
/// normalised, paragraphs separated by a blank line, boilerplate and repeats left out.
/// Paragraphs, sentences and tokens are half-open spans into it; <see cref="ToRaw"/> maps any
/// of them back to <see cref="Source"/>'s raw text. Nothing here is ever rewritten: later
/// stages add their own annotation layers over these spans.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document from the parts the text pipeline computed.</summary>
    public Document(
        SourceDocument source,
        string text,
        OffsetMap rawMap,
        ImmutableArray<TextSpan> paragraphs,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Token> tokens,
        ImmutableArray<RemovedSpan> removed)
    {
        Source = source;
        Text = text;
        RawMap = rawMap;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        Removed = removed;
    }

    /// <summary>The ingested document this one was cleaned from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Shortcut to the metadata.</summary>
    public DocumentMetadata Metadata => Source.Metadata;

    /// <summary>The cleaned text layer.</summary>
    public string Text { get; }

    /// <summary>Maps cleaned offsets to raw offsets.</summary>
    public OffsetMap RawMap { get; }

    /// <summary>Paragraph spans in the cleaned text.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; }

    /// <summary>Sentences in reading order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>All tokens of all sentences, in order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>What cleaning dropped, as spans of the raw text, with the reason.</summary>
    public ImmutableArray<RemovedSpan> Removed { get; }

    /// <summary>The raw-text span a cleaned-text span came from.</summary>
    public TextSpan ToRaw(TextSpan cleaned) => RawMap.ToRaw(cleaned);

    /// <summary>The text of a span of the cleaned layer.</summary>
    public string this[TextSpan span] => span.Of(Text);

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);
}
