namespace Dyad.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something was skipped or guessed; the rest of the input was used.</summary>
    Warning,
    /// <summary>The input, or part of it, could not be used.</summary>
    Error,
}

/// <summary>
/// A problem found in an input, named so a user can find it: the input, the line when known,
/// a stable code (searchable, listed in the README) and a message saying what is wrong.
/// </summary>
/// <param name="Code">Stable code such as <c>DY0101</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Input">The input it concerns (path, <c>-</c>, or path:item).</param>
/// <param name="Line">1-based line number when it applies.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Input, int? Line, string Message)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string input, string message, int? line = null) =>
        new(code, DiagnosticSeverity.Error, input, line, message);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string input, string message, int? line = null) =>
        new(code, DiagnosticSeverity.Warning, input, line, message);

    /// <summary>Formats as <c>input:line: error DY0101: message</c>, the shape compilers use.</summary>
    public override string ToString()
    {
        string where = Line is int line ? $"{Input}:{line}" : Input;
        string severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {severity} {Code}: {Message}";
    }
}

/// <summary>The stable diagnostic codes of ingestion.</summary>
public static class IngestionCodes
{
    /// <summary>The input does not exist.</summary>
    public const string NotFound = "DY0101";
    /// <summary>The input exists but cannot be read (permissions, I/O error).</summary>
    public const string Unreadable = "DY0102";
    /// <summary>The input holds no text.</summary>
    public const string Empty = "DY0103";
    /// <summary>The input is binary data, not text.</summary>
    public const string Binary = "DY0104";
    /// <summary>The input is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "DY0105";
    /// <summary>A gzip input is truncated or corrupt.</summary>
    public const string BadGzip = "DY0106";
    /// <summary>An XML feed is not well-formed or not RSS/Atom.</summary>
    public const string MalformedFeed = "DY0107";
    /// <summary>An XML feed declares a DTD or entities, which Dyad refuses to process.</summary>
    public const string DtdRefused = "DY0108";
    /// <summary>A JSONL line is not a JSON object of the expected shape.</summary>
    public const string MalformedJson = "DY0109";
    /// <summary>An HTML page holds no article text Dyad could find.</summary>
    public const string NoArticleText = "DY0110";
    /// <summary>A date in the input could not be read; the document has none.</summary>
    public const string BadDate = "DY0111";
    /// <summary>A document to store has no publication date, and no default was given.</summary>
    public const string NoPublicationDate = "DY0112";
}
