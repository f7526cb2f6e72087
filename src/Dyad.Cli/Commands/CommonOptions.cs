using System.CommandLine;
using System.Globalization;

namespace Dyad.Cli.Commands;

/// <summary>Arguments and options several verbs share, with the same names and help everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("INPUT")
    {
        Description = "Files, directories (read recursively) or - for standard input. Formats: .txt, .html/.htm, .xml/.rss/.atom feeds, .jsonl/.ndjson; any of them .gz.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<DateOnly?> Date() => new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) for documents whose input gives none.",
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--date must be a date as YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };

    public static Option<string> Format(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
