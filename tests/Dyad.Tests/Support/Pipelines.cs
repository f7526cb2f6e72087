using Dyad.Data;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Tests.Support;

/// <summary>Pipelines built once per test run from the shipped data (they are immutable and thread-safe).</summary>
public static class Pipelines
{
    private static readonly Lazy<TextPipeline> TextStage = new(() => TextPipeline.Load(DataDirectory.Default));

    public static TextPipeline Text => TextStage.Value;

    /// <summary>Reads one input that must yield exactly one document.</summary>
    public static SourceDocument ReadOne(string path, IngestionOptions? options = null)
    {
        var items = new DocumentReader(options).Read([path]).ToList();
        var problems = items.Where(item => item.Diagnostic is not null).Select(item => item.Diagnostic!.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return Assert.Single(items).Document!;
    }

    /// <summary>Cleans and segments one input that must yield exactly one document.</summary>
    public static Document CleanOne(string path, IngestionOptions? options = null) => Text.Process(ReadOne(path, options));

    /// <summary>The sentences of a document as strings.</summary>
    public static List<string> SentenceTexts(Document document) => document.Sentences.Select(s => document[s.Span]).ToList();
}
