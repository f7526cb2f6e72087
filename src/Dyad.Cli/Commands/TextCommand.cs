using System.CommandLine;
using System.Text.Json;
using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad text</c>: prints each document as Dyad cleans and segments it.</summary>
internal static class TextCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("jsonl", "jsonl", "text");
        var date = CommonOptions.Date();
        var inputs = CommonOptions.Inputs();
        var command = new Command("text", "Print each cleaned document: text, sentence spans and what cleaning removed.")
        {
            format, date, inputs,
        };
        command.SetAction((parsed, cancellation) =>
        {
            var pipeline = TextPipeline.Load(Data.DataDirectory.Default);
            bool jsonl = parsed.GetValue(format) == "jsonl";
            var options = new IngestionOptions { DefaultDate = parsed.GetValue(date) };
            int exit = new InputRunner(context).Run(parsed.GetValue(inputs)!, options, source =>
            {
                var document = pipeline.Process(source, cancellation);
                if (jsonl)
                {
                    context.Output.WriteLine(DocumentJson.Write(document));
                }
                else
                {
                    WriteText(context.Output, document);
                }
            }, cancellation);
            context.Output.Flush();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static void WriteText(TextWriter output, Document document)
    {
        var meta = document.Metadata;
        output.WriteLine($"# {meta.Id}  {meta.Source}  {meta.Published?.ToString("yyyy-MM-dd") ?? "no date"}  {meta.Language}");
        if (meta.Title is not null)
        {
            output.WriteLine($"# {meta.Title}");
        }

        output.WriteLine();
        output.WriteLine(document.Text);
        output.WriteLine();
    }
}
