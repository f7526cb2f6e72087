using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dyad.Cleaning;
using Dyad.Data;
using Dyad.Segmentation;
using Dyad.Text;

namespace Dyad.Pipeline;

/// <summary>
/// The text stage: normalisation, segmentation, cleaning. Built once from the shipped data,
/// immutable and shared across threads; <see cref="Process"/> turns an ingested document into a
/// cleaned, segmented <see cref="Document"/>.
/// </summary>
public sealed class TextPipeline
{
    private readonly Tokenizer tokenizer;
    private readonly SentenceSplitter splitter;
    private readonly Cleaner cleaner;

    /// <summary>Creates the stage from its parts.</summary>
    public TextPipeline(Abbreviations abbreviations, BoilerplateRules boilerplate, int maxSentenceTokens = 300)
    {
        tokenizer = new Tokenizer(abbreviations);
        splitter = new SentenceSplitter(abbreviations, maxSentenceTokens);
        cleaner = new Cleaner(boilerplate);
    }

    /// <summary>Loads the stage's rules from a data folder.</summary>
    public static TextPipeline Load(DataDirectory data) =>
        new(Abbreviations.Load(data), BoilerplateRules.Load(data));

    /// <summary>Cleans and segments one document.</summary>
    public Document Process(SourceDocument source, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var normalized = TextNormalizer.NormalizeToBuffer(source.RawText, source.BodyStart);
        try
        {
            var text = normalized.Text;
            var (tokens, sentences) = Segment(text, normalized.Paragraphs);
            var removals = cleaner.FindRemovals(text, normalized.Paragraphs, sentences, tokens);
            if (removals.Count == 0)
            {
                return new Document(
                    source, normalized.ToString(text.Length), normalized.Map, [.. normalized.Paragraphs], [.. sentences],
                    ImmutableCollectionsMarshal.AsImmutableArray(CollectionsMarshal.AsSpan(tokens).ToArray()), []);
            }

            // Leave the removed stretches out: the kept text, its tokens and sentences move into a
            // new layer whose map still leads back to the raw text.
            var removed = removals
                .Select(removal => new RemovedSpan(normalized.Map.ToRaw(removal.Span), removal.Reason, Explain(removal, normalized.Map)))
                .ToImmutableArray();
            var cleaned = RemovalApplier.Apply(normalized, tokens, sentences, removals);
            return new Document(
                source, cleaned.Text, cleaned.Map, [.. cleaned.Paragraphs], [.. cleaned.Sentences],
                ImmutableCollectionsMarshal.AsImmutableArray(cleaned.Tokens), removed);
        }
        finally
        {
            normalized.Release();
        }
    }

    /// <summary>The rule users see: the boilerplate rule id, or which raw span a repeat copies.</summary>
    private static string Explain(Removal removal, OffsetMap map) =>
        removal.Original is TextSpan original ? $"repeat of raw [{map.ToRaw(original).Start},{map.ToRaw(original).End})" : removal.Rule;

    private (List<Token> Tokens, List<Sentence> Sentences) Segment(ReadOnlySpan<char> text, List<TextSpan> paragraphs)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>(text.Length / 100 + 1);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            int first = tokens.Count;
            tokenizer.Tokenize(text, paragraphs[p], tokens);
            splitter.Split(text, tokens, first, tokens.Count, p, sentences);
        }

        return (tokens, sentences);
    }
}
