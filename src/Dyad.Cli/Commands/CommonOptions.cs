using System.CommandLine;
using System.Globalization;

namespace Dyad.Cli.Commands;

/// <summary>Arguments and options several verbs share, with the same names and help everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, directories (read recursively) or - for standard input. Formats: .txt, .html/.htm, .xml/.rss/.atom feeds, .jsonl/.ndjson; any of them .gz.",
            Arity = ArgumentArity.OneOrMore,
        };

        // An unknown option would otherwise be taken for a file name; a file really named like
        // an option can still be given as ./--name.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != "-")
                {
                    result.AddError($"unknown option '{token.Value}'.");
                }
            }
        });
        return inputs;
    }

    public static Option<DateOnly?> Date(string name = "--date", string description = "Publication date (YYYY-MM-DD) for documents whose input gives none.") => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} must be a date as YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };

    public static Option<FileInfo[]> Patterns() => new("--patterns")
    {
        Description = "Extra event patterns: a file of verbs.tsv or nouns.tsv rows (data/events/FORMAT.md) that add to Dyad's and override its rows as specific; may be repeated.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// Reports the first dictionary file given to an option that does not exist ("dyad: --patterns
    /// PATH: no such file") and returns true, so the command stops before anything is loaded.
    /// </summary>
    public static bool ReportMissingFile(CliContext context, params (string Option, FileInfo[] Files)[] options)
    {
        foreach (var (option, files) in options)
        {
            if (files.FirstOrDefault(f => !f.Exists) is FileInfo missing)
            {
                context.Error.WriteLine($"dyad: {option} {missing.FullName}: no such file");
                return true;
            }
        }

        return false;
    }

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
