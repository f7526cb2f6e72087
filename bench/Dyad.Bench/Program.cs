using BenchmarkDotNet.Running;

namespace Dyad.Bench;

/// <summary>
/// Benchmarks. <c>corpus text</c> runs the text stage over the whole Reuters-21578 corpus on one
/// thread and reports MB/s; <c>reuters-jsonl OUT</c> writes the corpus as JSONL for the CLI;
/// anything else is handed to BenchmarkDotNet (<c>--filter *</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["corpus", var stage, ..])
        {
            return CorpusRun.Run(stage, args.Length > 2 ? args[2] : CorpusRun.DefaultReuters);
        }

        if (args is ["syntax", var conllu, var tagger, var parser])
        {
            return SyntaxRun.Run(conllu, tagger, parser);
        }

        if (args is ["reuters-jsonl", var output, ..])
        {
            return CorpusRun.WriteJsonLines(output, args.Length > 2 ? args[2] : CorpusRun.DefaultReuters);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
