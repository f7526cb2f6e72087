using System.Diagnostics;

namespace Dyad.Tests.Cli;

/// <summary>Runs the dyad command, in process or as a real process.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>In process, through the same entry the executable uses.</summary>
    public static async Task<Run> InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await Dyad.Cli.Program.RunAsync(args, output, error);
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>As a child process (dotnet Dyad.Cli.dll), with standard input from <paramref name="input"/>.</summary>
    public static async Task<Run> AsProcess(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Support.Paths.Repository,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dyad.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return new Run(process.ExitCode, await output, await error);
    }
}
