using System.CommandLine;
using Dyad.Export;
using Dyad.Ingestion;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad facts</c>: the facts around each document's events (quotes, amounts, dates, places, names, tone).</summary>
internal static class FactsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("jsonl", "jsonl", "gkg");
        var date = CommonOptions.Date();
        var actors = new Option<FileInfo[]>("--actors") { Description = "Extra actor dictionary (data/actors/FORMAT.md); may be repeated." };
        var inputs = CommonOptions.Inputs();
        var command = new Command("facts", "Print each document's quotes with speakers, amounts, dates, places, names and tone (JSON Lines, or GDELT GKG 2.1 rows).")
        {
            format, date, actors, inputs,
        };
        command.SetAction((parsed, cancellation) =>
        {
            var actorFiles = parsed.GetValue(actors) ?? [];
            if (actorFiles.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                context.Error.WriteLine($"dyad: --actors {missing.FullName}: no such file");
                return Task.FromResult(2);
            }

            using var pipeline = ModelLoading.Events(actorFiles.Select(f => f.FullName), context, shippedActors: true);
            if (pipeline is null)
            {
                return Task.FromResult(1);
            }

            bool dictionaryProblems = false;
            foreach (var problem in pipeline.Actors.Lexicon.Diagnostics)
            {
                context.Error.WriteLine(problem.ToString());
                dictionaryProblems = true;
            }

            bool gkg = parsed.GetValue(format) == "gkg";
            var options = new IngestionOptions { DefaultDate = parsed.GetValue(date) };
            int exit = new InputRunner(context).Run(parsed.GetValue(inputs)!, options, source =>
            {
                var analyzed = pipeline.Process(source, cancellation);
                context.Output.WriteLine(gkg ? GkgRecords.Row(analyzed.Document, analyzed.Facts) : FactsJson.Write(analyzed));
            }, cancellation);
            context.Output.Flush();
            return Task.FromResult(exit != 0 ? exit : dictionaryProblems ? 1 : 0);
        });
        return command;
    }
}
