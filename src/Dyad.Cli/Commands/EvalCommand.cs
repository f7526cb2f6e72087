using System.CommandLine;
using Dyad.Events;
using Dyad.Ingestion;
using Dyad.Text;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval</c>: codes a gold set's sentences and scores the events against it.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<FileInfo>("GOLD") { Description = "Gold file: JSON Lines of {\"id\",\"date\",\"text\",\"expected_events\":[{\"source\",\"target\",\"code\"}]} (the format of ../shared/data/gold/)." };
        var level = new Option<string>("--level") { Description = "Compare on the CAMEO root, the full CAMEO code, the PLOVER event type, or the dyad alone (who to whom, any event).", DefaultValueFactory = _ => "root" };
        level.AcceptOnlyFromAmong("root", "code", "plover", "dyad");
        var misses = new Option<bool>("--misses") { Description = "List every miss and false alarm, with the sentence and the rule that fired." };
        var actors = new Option<FileInfo[]>("--actors") { Description = "Extra actor dictionary (e.g. the fictional actors of a test set); may be repeated." };
        var noShipped = new Option<bool>("--no-shipped-actors") { Description = "Use only the --actors dictionaries, not Dyad's own (for test sets with fictional actors)." };
        var patterns = CommonOptions.Patterns();
        var command = new Command("eval", "Score Dyad's events against a gold set: precision, recall, F1, a confusion table, the misses.")
        {
            gold, level, misses, actors, noShipped, patterns,
        };
        command.SetAction((parsed, cancellation) =>
        {
            var file = parsed.GetValue(gold)!;
            if (!file.Exists)
            {
                context.Error.WriteLine($"dyad: {file.FullName}: no such file");
                return Task.FromResult(2);
            }

            List<GoldRecord> records;
            try
            {
                records = Evaluation.Read(file.FullName);
            }
            catch (FormatException exception)
            {
                context.Error.WriteLine($"dyad: {exception.Message}");
                return Task.FromResult(1);
            }

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

            foreach (var problem in pipeline.DictionaryDiagnostics)
            {
                context.Error.WriteLine(problem.ToString());
            }

            var chosen = Enum.Parse<EvaluationLevel>(parsed.GetValue(level)!, ignoreCase: true);
            var outcomes = new List<RecordOutcome>(records.Count);
            foreach (var record in records)
            {
                cancellation.ThrowIfCancellationRequested();
                var metadata = new DocumentMetadata(record.Id, file.Name + "#" + record.Id, null, null, record.Date, "en");
                var analyzed = pipeline.Process(new SourceDocument(metadata, record.Text, null, InputFormat.Text), cancellation);
                outcomes.Add(Evaluation.Compare(record, analyzed.Events, chosen, pipeline.Events.Ontology));
            }

            EvalReport.Write(context.Output, file.Name, chosen, outcomes, parsed.GetValue(misses));
            return Task.FromResult(0);
        });
        return command;
    }
}

/// <summary>The text report of an evaluation.</summary>
internal static class EvalReport
{
    public static void Write(TextWriter output, string name, EvaluationLevel level, List<RecordOutcome> outcomes, bool misses)
    {
        int gold = outcomes.Sum(o => o.Gold.Count);
        int matched = outcomes.Sum(o => o.Matched.Count);
        int falseAlarms = outcomes.Sum(o => o.FalseAlarms.Count);
        double precision = matched + falseAlarms == 0 ? 0 : (double)matched / (matched + falseAlarms);
        double recall = gold == 0 ? 0 : (double)matched / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine($"{name}: {outcomes.Count} records, {gold} gold events, level {level.ToString().ToLowerInvariant()}");
        output.WriteLine($"precision {precision:F3}  recall {recall:F3}  F1 {f1:F3}  (matched {matched}, false alarms {falseAlarms}, missed {gold - matched})");

        output.WriteLine();
        output.WriteLine($"{"label",-12} {"gold",5} {"found",5} {"false",5} {"P",6} {"R",6}");
        var labels = outcomes.SelectMany(o => o.Gold.Select(g => g.Label).Concat(o.FalseAlarms.Select(f => f.Key.Label))).Distinct().Order(StringComparer.Ordinal);
        foreach (string label in labels)
        {
            int g = outcomes.Sum(o => o.Gold.Count(k => k.Label == label));
            int m = outcomes.Sum(o => o.Matched.Count(k => k.Label == label));
            int f = outcomes.Sum(o => o.FalseAlarms.Count(k => k.Key.Label == label));
            output.WriteLine($"{label,-12} {g,5} {m,5} {f,5} {(m + f == 0 ? 0 : (double)m / (m + f)),6:F2} {(g == 0 ? 0 : (double)m / g),6:F2}");
        }

        WriteConfusion(output, level, outcomes);

        if (outcomes.Any(o => o.Record.Category is not null))
        {
            output.WriteLine();
            output.WriteLine($"{"category",-12} {"records",7} {"passed",6} {"rate",6}");
            foreach (var group in outcomes.GroupBy(o => o.Record.Category ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                int passed = group.Count(o => o.Passed);
                output.WriteLine($"{group.Key,-12} {group.Count(),7} {passed,6} {(double)passed / group.Count(),6:P0}");
            }

            int all = outcomes.Count(o => o.Passed);
            output.WriteLine($"{"all",-12} {outcomes.Count,7} {all,6} {(double)all / outcomes.Count,6:P0}");
        }

        if (!misses)
        {
            return;
        }

        output.WriteLine();
        foreach (var outcome in outcomes.Where(o => !o.Passed))
        {
            output.WriteLine($"{outcome.Record.Id}: {outcome.Record.Text}");
            foreach (var miss in outcome.Missed)
            {
                output.WriteLine($"  missed       {miss.Source} → {miss.Target ?? "-"} {miss.Label}");
            }

            foreach (var (key, e) in outcome.FalseAlarms)
            {
                output.WriteLine($"  false alarm  {key.Source} → {key.Target ?? "-"} {key.Label}  ({e.Event.Code} by rule {e.Rule} on \"{e.TriggerText}\", {e.Source.Code} \"{e.Source.Name}\" → {e.Target?.Code ?? "-"})");
            }
        }
    }

    /// <summary>Gold label against the system's label for the same source (and target) — the confusion of labels.</summary>
    private static void WriteConfusion(TextWriter output, EvaluationLevel level, List<RecordOutcome> outcomes)
    {
        var pairs = new List<(string Gold, string System)>();
        foreach (var outcome in outcomes)
        {
            foreach (var key in outcome.Gold)
            {
                if (outcome.Matched.Contains(key) || outcome.Matched.Any(m => m.Source == key.Source && m.Label == key.Label))
                {
                    pairs.Add((Group(key.Label, level), Group(key.Label, level)));
                    continue;
                }

                var other = outcome.System.FirstOrDefault(s => s.Key.Source == key.Source && (key.Target is null || s.Key.Target == key.Target));
                pairs.Add((Group(key.Label, level), other.Event is null ? "none" : Group(other.Key.Label, level)));
            }
        }

        var rows = pairs.Select(p => p.Gold).Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = rows.Concat(pairs.Select(p => p.System)).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine($"confusion (rows: gold {(level == EvaluationLevel.Plover ? "type" : "root")}; columns: Dyad's label for the same actors; none = no event)");
        output.WriteLine("gold\\dyad  " + string.Join(" ", columns.Select(c => Short(c).PadLeft(5))));
        foreach (string row in rows)
        {
            output.WriteLine($"{Short(row),-10}" + string.Join(" ", columns.Select(c => pairs.Count(p => p.Gold == row && p.System == c).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5))));
        }
    }

    private static string Group(string label, EvaluationLevel level) => level == EvaluationLevel.Code && label.Length >= 2 ? label[..2] : label;

    private static string Short(string label) => label.Length > 5 ? label[..5] : label;
}
