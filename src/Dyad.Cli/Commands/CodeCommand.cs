using System.CommandLine;
using Dyad.Data;
using Dyad.Events;
using Dyad.Ingestion;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad code</c>: codes the events of each document, with their evidence.</summary>
internal static class CodeCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("jsonl", "jsonl", "table", "gdelt", "actors");
        var date = CommonOptions.Date();
        var actors = new Option<FileInfo[]>("--actors")
        {
            Description = "Extra actor dictionary (Dyad's JSON Lines format, data/actors/FORMAT.md); may be repeated.",
            AllowMultipleArgumentsPerToken = false,
        };
        var all = new Option<bool>("--all") { Description = "Also print negated, hypothetical and attempted events (always marked); by default only events that happened are printed." };
        var noShipped = new Option<bool>("--no-shipped-actors") { Description = "Use only the --actors dictionaries, not Dyad's own (for test sets with fictional actors)." };
        var patterns = CommonOptions.Patterns();
        var inputs = CommonOptions.Inputs();
        var command = new Command("code", "Code the events of each document: who did what to whom, when, with the evidence.")
        {
            format, date, actors, all, noShipped, patterns, inputs,
        };
        command.SetAction((parsed, cancellation) =>
        {
            var actorFiles = parsed.GetValue(actors) ?? [];
            var patternFiles = parsed.GetValue(patterns) ?? [];
            if (CommonOptions.ReportMissingFile(context, ("--actors", actorFiles), ("--patterns", patternFiles)))
            {
                return Task.FromResult(2);
            }

            using var pipeline = ModelLoading.Events(actorFiles.Select(f => f.FullName), context, !parsed.GetValue(noShipped), patternFiles.Select(f => f.FullName));
            if (pipeline is null)
            {
                return Task.FromResult(1);
            }

            bool dictionaryProblems = false;
            foreach (var problem in pipeline.DictionaryDiagnostics)
            {
                context.Error.WriteLine(problem.ToString());
                dictionaryProblems = true;
            }

            string chosen = parsed.GetValue(format)!;
            bool everything = parsed.GetValue(all);
            var options = new IngestionOptions { DefaultDate = parsed.GetValue(date) };
            if (chosen == "table")
            {
                EventTable.WriteHeader(context.Output);
            }

            int exit = new InputRunner(context).Run(parsed.GetValue(inputs)!, options, source =>
            {
                var analyzed = pipeline.Process(source, cancellation);
                if (chosen == "actors")
                {
                    ActorListing.Write(context.Output, analyzed);
                    return;
                }

                foreach (var e in analyzed.Events.Where(e => everything || e.IsRealized))
                {
                    switch (chosen)
                    {
                        case "jsonl":
                            context.Output.WriteLine(EventJson.Write(e, analyzed.Document));
                            break;
                        case "table":
                            EventTable.Write(context.Output, e);
                            break;
                        default:
                            context.Output.WriteLine(Dyad.Export.GdeltEvents.Row(e, analyzed.Document, analyzed.Facts.Tone.Value));
                            break;
                    }
                }
            }, cancellation);
            context.Output.Flush();
            return Task.FromResult(exit != 0 ? exit : dictionaryProblems ? 1 : 0);
        });
        return command;
    }
}

/// <summary>The actors Dyad found, sentence by sentence, with the rule behind each: for checking dictionaries.</summary>
internal static class ActorListing
{
    public static void Write(TextWriter output, AnalyzedDocument analyzed)
    {
        var document = analyzed.Document;
        output.WriteLine($"# {document.Metadata.Id}  {document.Metadata.Source}");
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            output.WriteLine($"[{s}] {document[document.Sentences[s].Span]}");
            foreach (var mention in analyzed.Actors.BySentence[s])
            {
                output.WriteLine($"      {mention.Code,-10} {mention.Rule,-16} \"{document[mention.Span]}\" → {mention.Name}{(mention.Antecedents.IsEmpty ? string.Empty : " = " + string.Join(" + ", mention.Antecedents.Select(a => a.Name)))}");
            }
        }
    }
}

/// <summary>A table for people: one event per line.</summary>
internal static class EventTable
{
    public static void WriteHeader(TextWriter output) =>
        output.WriteLine($"{"date",-10}  {"source",-10} {"target",-10} {"code",-5} {"event",-38} {"flags",-5} {"conf",4}  evidence");

    public static void Write(TextWriter output, EventMention e)
    {
        string flags = (e.Negated ? "N" : string.Empty) + (e.Hypothetical ? "H" : string.Empty) + (e.Attempted ? "A" : string.Empty);
        string label = e.Event.Label.Length > 38 ? e.Event.Label[..37] + "…" : e.Event.Label;
        string evidence = e.SentenceText.Length > 90 ? e.SentenceText[..89] + "…" : e.SentenceText;
        output.WriteLine($"{e.Date?.ToString() ?? "-",-10}  {e.Source.Code,-10} {e.Target?.Code ?? "-",-10} {e.Event.Code,-5} {label,-38} {flags,-5} {e.Confidence,4:0.00}  {evidence}");
    }
}
