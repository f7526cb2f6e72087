using System.Diagnostics;
using Dyad.Diagnostics;
using Dyad.Ingestion;
using Dyad.Text;

namespace Dyad.Cli;

/// <summary>
/// The loop every reading verb shares: expand the inputs, read documents one at a time, hand
/// each to the verb, print diagnostics to standard error, draw progress on a terminal, and turn
/// the outcome into an exit code (1 when any input failed).
/// </summary>
internal sealed class InputRunner(CliContext context)
{
    public const int InputFailed = 1;

    public int Run(IReadOnlyList<string> inputs, IngestionOptions options, Action<SourceDocument> handle, CancellationToken cancellation)
    {
        var reader = new DocumentReader(options);
        var files = DocumentReader.Expand(inputs).ToList();
        using var progress = context.ShowProgress ? new ProgressBar(context.Error, files.Count) : null;
        bool failed = false;
        int documents = 0;
        foreach (string file in files)
        {
            foreach (var item in reader.Read([file], Console.OpenStandardInput, cancellation))
            {
                cancellation.ThrowIfCancellationRequested();
                if (item.Diagnostic is { } diagnostic)
                {
                    failed |= diagnostic.Severity == DiagnosticSeverity.Error;
                    progress?.Clear();
                    context.Error.WriteLine(diagnostic.ToString());
                    continue;
                }

                try
                {
                    handle(item.Document!);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failed = true;
                    progress?.Clear();
                    context.Error.WriteLine(Diagnostic.Error("DY0901", item.Document!.Metadata.Source, $"processing failed: {exception.Message}").ToString());
                }

                documents++;
                progress?.Update(documents);
            }

            progress?.FileDone(documents);
        }

        return failed ? InputFailed : 0;
    }

    /// <summary>A one-line progress bar on standard error, redrawn at most ten times a second.</summary>
    private sealed class ProgressBar(TextWriter error, int totalFiles) : IDisposable
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private long lastDraw = -1000;
        private int filesDone;
        private bool drawn;

        public void Update(int documents) => Draw(documents, force: false);

        public void FileDone(int documents)
        {
            filesDone++;
            Draw(documents, force: false);
        }

        public void Clear()
        {
            if (drawn)
            {
                error.Write("\r\u001b[K");
                drawn = false;
            }
        }

        private void Draw(int documents, bool force)
        {
            long now = clock.ElapsedMilliseconds;
            if (!force && now - lastDraw < 100)
            {
                return;
            }

            lastDraw = now;
            const int width = 30;
            int filled = totalFiles == 0 ? width : width * filesDone / totalFiles;
            double rate = documents / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {filesDone}/{totalFiles} files, {documents:N0} documents, {rate:N0}/s\u001b[K");
            drawn = true;
        }

        public void Dispose() => Clear();
    }
}
