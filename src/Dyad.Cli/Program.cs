using System.CommandLine;
using Dyad.Cli.Commands;

namespace Dyad.Cli;

/// <summary>The <c>dyad</c> command: parses arguments, runs one verb, returns its exit code.</summary>
public static class Program
{
    /// <summary>Exit code for bad usage (unknown verb or option, bad option value).</summary>
    public const int UsageError = 2;

    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>Runs the command with the given output streams (tests call this directly).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Dyad turns news articles into event data: who did what to whom, when and where, with the evidence.");
        root.Subcommands.Add(TextCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(ParseCommand.Create(context));
        root.Subcommands.Add(CodeCommand.Create(context));
        root.Subcommands.Add(FactsCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(StoreCommands.Ingest(context));
        root.Subcommands.Add(StoreCommands.Compact(context));
        root.Subcommands.Add(StoreCommands.Query(context));
        root.Subcommands.Add(StoreCommands.Export(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"dyad: {problem.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'dyad --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("dyad: cancelled").ConfigureAwait(false);
            return 130;
        }
    }
}
