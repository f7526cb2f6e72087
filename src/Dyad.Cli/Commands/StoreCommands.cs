using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Ingestion;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad ingest</c>, <c>dyad query</c> and <c>dyad export</c>: the store.</summary>
internal static class StoreCommands
{
    private static Option<string?> Database() => new("--db") { Description = $"DuckDB database file (default {EventStores.DefaultDatabase}, created by ingest)." };

    private static Option<string?> Store() => new("--store") { Description = "A ClickHouse store instead: clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE (HTTP interface; several hosts = shards)." };

    public static Command Ingest(CliContext context)
    {
        var database = Database();
        var store = Store();
        var date = CommonOptions.Date();
        // ClickHouse wants few large inserts (each makes parts on every shard): on Reuters, batches
        // of 64 ingest at 103 articles/s, of 1,024 at ~280; DuckDB is as fast with either.
        var batch = new Option<int?>("--batch") { Description = "Documents per atomic batch (default 64 for DuckDB, 1024 for ClickHouse)." };
        var inputs = CommonOptions.Inputs();
        var command = new Command("ingest", "Run the pipeline and store documents, events with their evidence, quotes, amounts, places and tone; documents already stored are skipped.")
        {
            database, store, date, batch, inputs,
        };
        command.SetAction((parsed, cancellation) =>
        {
            if (parsed.GetValue(batch) is < 1)
            {
                context.Error.WriteLine("dyad: --batch must be at least 1");
                return Task.FromResult(2);
            }

            return Task.FromResult(WithStore(context, parsed.GetValue(database), parsed.GetValue(store), create: true, target =>
            {
                using var pipeline = ModelLoading.Events([], context);
                if (pipeline is null)
                {
                    return 1;
                }

                var ingestor = new Ingestor(pipeline, target, parsed.GetValue(batch) ?? (target is ClickHouseStore ? 1024 : 64));
                var options = new IngestionOptions { DefaultDate = parsed.GetValue(date) };
                int exit = new InputRunner(context).Run(parsed.GetValue(inputs)!, options, source => ingestor.Add(source, cancellation), cancellation);
                ingestor.Flush(cancellation);
                var report = ingestor.Report;
                foreach (var undated in report.Undated)
                {
                    context.Error.WriteLine(undated.ToString());
                    exit = Math.Max(exit, 1);
                }

                context.Output.WriteLine($"{target.Description}: read {report.Read} documents; stored {report.Stored} ({report.JoinedStories} joined an existing story), {report.AlreadyStored} already stored, {report.RepeatedInInput} repeated in the input; {report.Mentions} event mentions in {report.Batches} batches{(report.Undated.Count > 0 ? $"; {report.Undated.Count} without a usable publication date not stored" : string.Empty)}{(report.MentionsOutOfRange > 0 ? $"; {report.MentionsOutOfRange} mentions dated outside {StoreSchema.Days} left out" : string.Empty)}");
                ResultWriter.Write(context.Output, target.Query(StoreQueries.Counts(target.Dialect)), "table");
                return exit;
            }));
        });
        return command;
    }

    public static Command Compact(CliContext context)
    {
        var database = Database();
        var command = new Command("compact", "Rewrite a DuckDB store with mentions in dyad and date order, so dyad and actor queries read a fraction of the file (after large ingests, while no ingest runs).");
        command.Options.Add(database);
        command.SetAction((parsed, cancellation) =>
        {
            string path = parsed.GetValue(database) ?? EventStores.DefaultDatabase;
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                long mentions = DuckDbStore.Compact(path);
                context.Output.WriteLine($"{path}: rewritten with {mentions} mentions in dyad order in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1e6:F1} MB)");
                return Task.FromResult(0);
            }
            catch (StoreException exception)
            {
                context.Error.WriteLine($"dyad: {exception.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    public static Command Query(CliContext context)
    {
        var query = new Command("query", "Query the store: events, relations of a dyad over time, actors, quotes, stories.");
        var database = Database();
        var storeAddress = Store();
        var format = CommonOptions.Format("table", "table", "jsonl", "csv");
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 1000 };

        var source = new Option<string?>("--source") { Description = "Source actor: a country (RUS) or a code (RUSGOV)." };
        var target = new Option<string?>("--target") { Description = "Target actor: a country or a code." };
        var root = new Option<string?>("--root") { Description = "CAMEO root (two digits, e.g. 04)." };
        var from = CommonOptions.Date("--from", "First day (YYYY-MM-DD).");
        var to = CommonOptions.Date("--to", "Last day (YYYY-MM-DD).");
        var events = Subcommand("events", "Realised events (one row each, with mentions, articles and sources counted as GDELT does).", source, target, root, from, to);
        Run(context, events, format, limit, (store, parsed) => StoreQueries.Events(store.Dialect, new EventFilter
        {
            Source = parsed.GetValue(source),
            Target = parsed.GetValue(target),
            Root = parsed.GetValue(root),
            From = parsed.GetValue(from),
            To = parsed.GetValue(to),
            Limit = parsed.GetValue(limit),
        }));

        var a = new Argument<string>("A") { Description = "One actor (country or code)." };
        var b = new Argument<string>("B") { Description = "The other actor." };
        var by = new Option<string>("--by") { Description = "Period: day, week or month.", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var dyadFrom = CommonOptions.Date("--from", "First day (YYYY-MM-DD).");
        var dyadTo = CommonOptions.Date("--to", "Last day (YYYY-MM-DD).");
        var dyad = Subcommand("dyad", "Relations between two actors per period and direction: realised events per QuadClass, sum and mean Goldstein.", a, b, by, dyadFrom, dyadTo);
        Run(context, dyad, format, limit, (store, parsed) =>
            StoreQueries.Dyad(store.Dialect, parsed.GetValue(a)!, parsed.GetValue(b)!, parsed.GetValue(by)!, parsed.GetValue(dyadFrom), parsed.GetValue(dyadTo)));

        var actors = Subcommand("actors", "The most active actors: the realised events they take part in, their mentions, and how many of those have them as source and as target.");
        Run(context, actors, format, limit, (store, parsed) => StoreQueries.Actors(store.Dialect, parsed.GetValue(limit)));

        var speaker = new Option<string?>("--speaker") { Description = "Only quotes of this speaker (a word of the name, or an actor code)." };
        var quotes = Subcommand("quotes", "Quotations with their speakers.", speaker);
        Run(context, quotes, format, limit, (store, parsed) => StoreQueries.Quotes(store.Dialect, parsed.GetValue(speaker), parsed.GetValue(limit)));

        var id = new Argument<string?>("ID") { Description = "A story id or the id of one of its documents; without it, the stories with several articles.", Arity = ArgumentArity.ZeroOrOne };
        var story = Subcommand("story", "A story's articles and events.", id);
        story.SetAction((parsed, cancellation) => Task.FromResult(WithStore(context, parsed.GetValue(database), parsed.GetValue(storeAddress), create: false, store =>
        {
            string chosen = parsed.GetValue(format)!;
            if (parsed.GetValue(id) is not string storyId)
            {
                ResultWriter.Write(context.Output, store.Query(StoreQueries.Stories(store.Dialect, parsed.GetValue(limit))), chosen);
                return 0;
            }

            var documents = store.Query(StoreQueries.StoryDocuments(store.Dialect, storyId));
            if (documents.Rows.Count == 0)
            {
                context.Error.WriteLine($"dyad: no story or document '{storyId}' in {store.Description}");
                return 1;
            }

            ResultWriter.Write(context.Output, documents, chosen);
            if (chosen == "table")
            {
                context.Output.WriteLine();
            }

            var docs = documents.Rows.Select(r => (string)r[0]!).ToList();
            ResultWriter.Write(context.Output, store.Query(StoreQueries.Events(store.Dialect, new EventFilter { Documents = docs, Limit = parsed.GetValue(limit) })), chosen);
            return 0;
        })));

        foreach (var sub in new[] { events, dyad, actors, quotes, story })
        {
            query.Subcommands.Add(sub);
        }

        database.Recursive = true;
        storeAddress.Recursive = true;
        query.Options.Add(database);
        query.Options.Add(storeAddress);
        format.Recursive = true;
        limit.Recursive = true;
        query.Options.Add(format);
        query.Options.Add(limit);
        return query;
    }

    public static Command Export(CliContext context)
    {
        var database = Database();
        var store = Store();
        var format = new Option<string>("--format", "-f") { Description = $"Export format: {string.Join(", ", StoreExports.Formats)}.", Required = true };
        format.AcceptOnlyFromAmong([.. StoreExports.Formats]);
        var output = new Option<string>("--out", "-o") { Description = "Output file (- for standard output, not for parquet).", Required = true };
        var command = new Command("export", "Export the store: GDELT 2.0 Events (61 columns) and Mentions (16), GKG 2.1 (27), PLOVER JSON Lines, events as JSON Lines, CSV or Parquet.")
        {
            database, store, format, output,
        };
        command.SetAction((parsed, cancellation) => Task.FromResult(WithStore(context, parsed.GetValue(database), parsed.GetValue(store), create: false, target =>
        {
            string chosen = parsed.GetValue(format)!;
            string path = parsed.GetValue(output)!;
            if (chosen == "parquet")
            {
                if (path == "-")
                {
                    context.Error.WriteLine("dyad: --format parquet needs a file for --out");
                    return 2;
                }

                Exporter.Parquet(target, Path.GetFullPath(path));
                context.Error.WriteLine($"dyad: wrote {path}");
                return 0;
            }

            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (path != "-" && folder is not null && !Directory.Exists(folder))
            {
                context.Error.WriteLine($"dyad: --out {path}: the folder {folder} does not exist");
                return 2;
            }

            if (path == "-")
            {
                long written = Exporter.Write(target, chosen, context.Output);
                context.Error.WriteLine($"dyad: exported {written} rows ({chosen}) from {target.Description}");
                return 0;
            }

            // Written to a temporary file and moved into place, so a failed export leaves no half file.
            string temporary = path + ".partial";
            try
            {
                long rows;
                using (var writer = new StreamWriter(temporary))
                {
                    rows = Exporter.Write(target, chosen, writer);
                }

                File.Move(temporary, path, overwrite: true);
                context.Error.WriteLine($"dyad: exported {rows} rows ({chosen}) from {target.Description}");
                return 0;
            }
            finally
            {
                File.Delete(temporary);
            }
        })));
        return command;
    }

    private static Command Subcommand(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Option option:
                    command.Options.Add(option);
                    break;
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
            }
        }

        return command;
    }

    private static void Run(CliContext context, Command command, Option<string> format, Option<int> limit, Func<IEventStore, ParseResult, string> sql)
    {
        command.SetAction((parsed, cancellation) =>
        {
            string? database = parsed.GetValue<string?>("--db");
            string? store = parsed.GetValue<string?>("--store");
            if (parsed.GetValue(limit) < 1)
            {
                context.Error.WriteLine("dyad: --limit must be at least 1");
                return Task.FromResult(2);
            }

            return Task.FromResult(WithStore(context, database, store, create: false, target =>
            {
                string text;
                try
                {
                    text = sql(target, parsed);
                }
                catch (ArgumentException exception)
                {
                    context.Error.WriteLine($"dyad: {exception.Message.Split(" (Parameter")[0]}");
                    return 2;
                }

                ResultWriter.Write(context.Output, target.Query(text), parsed.GetValue(format)!);
                return 0;
            }));
        });
    }

    /// <summary>Opens the store, runs the work, and turns store problems into a message and exit code 1.</summary>
    private static int WithStore(CliContext context, string? database, string? store, bool create, Func<IEventStore, int> work)
    {
        try
        {
            using var opened = EventStores.Open(database, store, create);
            int exit = work(opened);
            context.Output.Flush();
            return exit;
        }
        catch (StoreException exception)
        {
            context.Error.WriteLine($"dyad: {exception.Message}");
            return 1;
        }
    }
}

/// <summary>Writes query results as an aligned table, JSON Lines or CSV.</summary>
internal static class ResultWriter
{
    /// <summary>CSV as RFC 4180 with Unix line ends (the rest of Dyad's output uses them).</summary>
    public static readonly CsvHelper.Configuration.CsvConfiguration CsvSettings = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    public static void Write(TextWriter output, QueryResult result, string format)
    {
        switch (format)
        {
            case "jsonl":
                foreach (var row in result.Rows)
                {
                    output.WriteLine(Json(result.Columns, row));
                }

                break;
            case "csv":
                Csv(output, result.Columns, result.Rows.ForEach);
                break;
            default:
                Table(output, result);
                break;
        }
    }

    /// <summary>CSV with a header; <paramref name="rows"/> hands over each row (a list's, or a store's as they stream).</summary>
    public static long Csv(TextWriter output, IReadOnlyList<string> columns, Action<Action<object?[]>> rows)
    {
        long count = 0;
        using var csv = new CsvHelper.CsvWriter(output, CsvSettings, leaveOpen: true);
        foreach (string column in columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        rows(row =>
        {
            foreach (object? value in row)
            {
                csv.WriteField(Text(value));
            }

            csv.NextRecord();
            count++;
        });
        return count;
    }

    public static string Json(IReadOnlyList<string> columns, object?[] row)
    {
        var values = new Dictionary<string, object?>(columns.Count);
        for (int i = 0; i < columns.Count; i++)
        {
            values[columns[i]] = row[i] switch
            {
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                double d when double.IsNaN(d) => null,
                var v => v,
            };
        }

        return JsonSerializer.Serialize(values, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Table(TextWriter output, QueryResult result)
    {
        var cells = result.Rows.Select(r => r.Select(v => Shorten(Text(v))).ToArray()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", result.Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        }

        if (cells.Count == 0)
        {
            output.WriteLine("(no rows)");
        }
    }

    /// <summary>A table cell on one line: control characters (tabs, line breaks) as spaces, long text cut.</summary>
    private static string Shorten(string text)
    {
        string line = string.Create(text.Length, text, (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
        return line.Length > 80 ? line[..79] + "…" : line;
    }

    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>Export formats written from a store.</summary>
internal static class Exporter
{
    public static long Write(IEventStore store, string format, TextWriter output)
    {
        long rows = 0;
        switch (format)
        {
            case "gdelt-events":
                store.Stream(StoreExports.GdeltEventsSql(store.Dialect), r => { output.WriteLine(string.Join('\t', StoreExports.GdeltEventFields(r))); rows++; });
                break;
            case "gdelt-mentions":
                store.Stream(StoreExports.GdeltMentionsSql(store.Dialect), r => { output.WriteLine(string.Join('\t', StoreExports.GdeltMentionFields(r))); rows++; });
                break;
            case "gkg":
                store.Stream(StoreExports.GkgSql(store.Dialect), r => { output.WriteLine((string?)r[1]); rows++; });
                break;
            case "plover":
                var columns = EventColumns(store);
                store.Stream(StoreExports.EventsTableSql(store.Dialect), r =>
                {
                    output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
                    {
                        ["id"] = r[0],
                        ["date"] = ResultWriter.Text(r[1]),
                        ["actor1"] = r[2],
                        ["actor1_country"] = r[3],
                        ["actor2"] = r[4],
                        ["actor2_country"] = r[5],
                        ["event_type"] = r[10],
                        ["mode"] = r[11],
                        ["cameo"] = r[6],
                        ["quad_class"] = r[8],
                        ["goldstein"] = r[9],
                        ["num_mentions"] = r[12],
                        ["num_articles"] = r[13],
                        ["num_sources"] = r[14],
                        ["doc_id"] = r[15],
                        ["evidence"] = r[17],
                        ["location"] = r[19],
                    }));
                    rows++;
                });
                break;
            case "jsonl":
                var names = EventColumns(store);
                store.Stream(StoreExports.EventsTableSql(store.Dialect), r => { output.WriteLine(ResultWriter.Json(names, r)); rows++; });
                break;
            case "csv":
                rows = ResultWriter.Csv(output, EventColumns(store), row => store.Stream(StoreExports.EventsTableSql(store.Dialect), row));
                break;
        }

        return rows;
    }

    public static void Parquet(IEventStore store, string path)
    {
        string temporary = path + ".partial";
        if (store is DuckDbStore duck)
        {
            duck.CopyToParquet(StoreExports.EventsTableSql(store.Dialect), temporary);
        }
        else
        {
            using var memory = DuckDbStore.InMemory();
            var rows = new List<object?[]>();
            store.Stream(StoreExports.EventsTableSql(store.Dialect), rows.Add);
            memory.Load("events", EventColumns(store), StoreExports.EventsTableTypes, rows);
            memory.CopyToParquet("SELECT * FROM events", temporary);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static IReadOnlyList<string> EventColumns(IEventStore store) =>
        store.Query(StoreExports.EventsTableSql(store.Dialect) + " LIMIT 0").Columns;
}
