using BenchmarkDotNet.Attributes;
using Dyad.Data;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Bench;

/// <summary>The text stage on the founding sample (BenchmarkDotNet: <c>--filter *TextStage*</c>).</summary>
[MemoryDiagnoser]
public class TextStageBenchmarks
{
    private TextPipeline pipeline = null!;
    private SourceDocument sample = null!;

    [GlobalSetup]
    public void Setup()
    {
        pipeline = TextPipeline.Load(DataDirectory.Default);
        string path = Path.Combine(FindRoot(), "samples", "russia-china-2024-02-08.txt");
        sample = new DocumentReader().Read([path]).Single().Document!;
    }

    [Benchmark]
    public int FoundingSample() => pipeline.Process(sample).Tokens.Length;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dyad.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
