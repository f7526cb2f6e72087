namespace Dyad.Cli;

/// <summary>Where a command writes: data to <see cref="Output"/>, messages and progress to <see cref="Error"/>.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    /// <summary>Data output (standard output).</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Diagnostics and progress (standard error).</summary>
    public TextWriter Error { get; } = error;

    /// <summary>True when standard error is a terminal that is not being captured, so progress may be drawn.</summary>
    public bool ShowProgress => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
