using System.Collections.Immutable;
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
        var normalized = TextNormalizer.Normalize(source.RawText, source.BodyStart);
        var segmented = Segment(normalized);
        var removals = cleaner.FindRemovals(normalized.Text, normalized.Paragraphs, segmented.Sentences, segmented.Tokens);
        if (removals.Count == 0)
        {
            return Build(source, normalized, segmented, []);
        }

        // Leave the removed stretches out of a fresh normalisation of the raw text, so the
        // cleaned text maps straight back to the raw text; then segment what is left.
        var removed = removals
            .Select(removal => new RemovedSpan(normalized.Map.ToRaw(removal.Span), removal.Reason, Explain(removal, normalized.Map)))
            .ToImmutableArray();
        var excluded = Merge(removed.Select(r => r.Span));
        cancellation.ThrowIfCancellationRequested();
        var cleaned = TextNormalizer.Normalize(source.RawText, source.BodyStart, excluded);
        return Build(source, cleaned, Segment(cleaned), removed);
    }

    /// <summary>The rule users see: the boilerplate rule id, or which raw span a repeat copies.</summary>
    private static string Explain(Removal removal, OffsetMap map) =>
        removal.Original is TextSpan original ? $"repeat of raw [{map.ToRaw(original).Start},{map.ToRaw(original).End})" : removal.Rule;

    private (List<Token> Tokens, List<Sentence> Sentences) Segment(NormalizedText normalized)
    {
        var tokens = new List<Token>(normalized.Text.Length / 5);
        var sentences = new List<Sentence>(normalized.Text.Length / 100);
        for (int p = 0; p < normalized.Paragraphs.Count; p++)
        {
            int first = tokens.Count;
            tokenizer.Tokenize(normalized.Text, normalized.Paragraphs[p], tokens);
            splitter.Split(normalized.Text, tokens, first, tokens.Count, p, sentences);
        }

        return (tokens, sentences);
    }

    private static Document Build(SourceDocument source, NormalizedText text, (List<Token> Tokens, List<Sentence> Sentences) segmented, ImmutableArray<RemovedSpan> removed) =>
        new(source, text.Text, text.Map, [.. text.Paragraphs], [.. segmented.Sentences], [.. segmented.Tokens], removed);

    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(span => span.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1].Union(span);
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
