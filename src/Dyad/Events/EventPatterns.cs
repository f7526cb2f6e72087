using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Data;
using Dyad.Diagnostics;

namespace Dyad.Events;

/// <summary>What one step of a pattern matches.</summary>
public enum StepKind : byte
{
    /// <summary>A word (one of several lemmas, or a multi-word sequence).</summary>
    Word,
    /// <summary>The target actor's position (<c>+</c>).</summary>
    Target,
    /// <summary>A modifier before a nominal event's noun (<c>^air</c> in "air strike").</summary>
    Modifier,
}

/// <summary>One step: alternatives, each a sequence of lemmas (usually one).</summary>
/// <param name="Alternatives">The lemma sequences any of which matches.</param>
/// <param name="Kind">Word, target or modifier.</param>
public sealed record PatternStep(ImmutableArray<ImmutableArray<string>> Alternatives, StepKind Kind);

/// <summary>A verb or noun pattern from <c>data/events/</c> (format: FORMAT.md there).</summary>
public sealed record EventPattern
{
    /// <summary>Stable id, shown as the event's rule.</summary>
    public required string Id { get; init; }

    /// <summary>The verb or noun lemma that triggers it.</summary>
    public required string Trigger { get; init; }

    /// <summary>Steps that must appear in the subject phrase.</summary>
    public ImmutableArray<PatternStep> Subject { get; init; } = [];

    /// <summary>Steps after the trigger (particles and fixed words of a multi-word verb first).</summary>
    public ImmutableArray<PatternStep> Steps { get; init; } = [];

    /// <summary>How many of the first <see cref="Steps"/> are the fixed words of a multi-word verb ("call on": 1).</summary>
    public int FixedWords { get; init; }

    /// <summary>The CAMEO code, or null for a pattern that means "no event".</summary>
    public string? Code { get; init; }

    /// <summary>petrarch2 or dyad.</summary>
    public required string Source { get; init; }

    /// <summary>Maintainers' note.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>True for event nouns.</summary>
    public bool Nominal { get; init; }

    /// <summary>True for a row of the user's pattern files, tried before the shipped rows as specific.</summary>
    public bool FromUser { get; init; }

    /// <summary>
    /// How specific the pattern is (more wins): word steps count one, modifiers two (a modifier is
    /// tied to the noun itself: "hunger strike" beats "strike … on …"). Among equals, a pattern
    /// with steps or a subject goes before the verb alone ("release +", someone released, before "release").
    /// </summary>
    public int Specificity => Steps.Sum(s => s.Kind switch { StepKind.Modifier => 2, StepKind.Word => 1, _ => 0 }) + Subject.Length;
}

/// <summary>
/// The event pattern dictionaries: verbs (<c>verbs.tsv</c>), event nouns (<c>nouns.tsv</c>) and word
/// sets (<c>synsets.tsv</c>), indexed by trigger lemma, most specific pattern first. Immutable.
/// </summary>
public sealed class EventPatterns
{
    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> verbs;
    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> nouns;

    private EventPatterns(IEnumerable<EventPattern> patterns, ImmutableArray<Diagnostic> diagnostics)
    {
        var all = patterns.ToList();
        verbs = Index(all.Where(p => !p.Nominal));
        nouns = Index(all.Where(p => p.Nominal));
        Count = all.Count;
        Diagnostics = diagnostics;
    }

    /// <summary>Number of patterns.</summary>
    public int Count { get; }

    /// <summary>Problems found in the user's pattern files (malformed rows are skipped, the rest is used).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Verb patterns for a lemma, most specific first.</summary>
    public ImmutableArray<EventPattern> ForVerb(string lemma) => verbs.GetValueOrDefault(lemma, []);

    /// <summary>Noun patterns for a lemma, most specific first.</summary>
    public ImmutableArray<EventPattern> ForNoun(string lemma) => nouns.GetValueOrDefault(lemma, []);

    /// <summary>
    /// Loads the shipped dictionaries and the user's pattern files (<paramref name="userFiles"/>,
    /// rows of <c>verbs.tsv</c> or <c>nouns.tsv</c>, told apart by their header). A user's row goes
    /// before shipped rows as specific as it, so it overrides them; <paramref name="isCameoCode"/>
    /// checks a user's codes (the shipped files are checked by their validator).
    /// </summary>
    public static EventPatterns Load(DataDirectory data, IEnumerable<string>? userFiles = null, Func<string, bool>? isCameoCode = null)
    {
        var synsets = new Dictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows(data, "events/synsets.tsv"))
        {
            if (fields.Length < 2)
            {
                throw new DataFileException(data.File("events/synsets.tsv"), line, "expected: name, lemmas");
            }

            synsets[fields[0]] = [.. fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Sequence)];
        }

        var shipped = new List<EventPattern>();
        foreach (var (file, nominal) in new[] { ("events/verbs.tsv", false), ("events/nouns.tsv", true) })
        {
            if (!File.Exists(data.File(file)))
            {
                continue;
            }

            foreach (var (line, fields) in Rows(data, file))
            {
                shipped.Add(nominal ? Noun(data.File(file), line, fields, synsets) : Verb(data.File(file), line, fields, synsets));
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var user = new List<EventPattern>();
        var ids = shipped.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (string file in (userFiles ?? []).Distinct(StringComparer.Ordinal))
        {
            user.AddRange(ReadUserFile(file, synsets, ids, isCameoCode ?? (_ => true), diagnostics));
        }

        return new EventPatterns(user.Concat(shipped), diagnostics.ToImmutable());
    }

    /// <summary>
    /// The rows of a user's pattern file; a malformed row is reported with its line and skipped,
    /// a file that is missing or whose header names neither kind of row is reported whole.
    /// </summary>
    private static List<EventPattern> ReadUserFile(string path, Dictionary<string, ImmutableArray<ImmutableArray<string>>> synsets, HashSet<string> ids, Func<string, bool> isCameoCode, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var patterns = new List<EventPattern>();
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(PatternCodes.FileNotRead, path, "the event pattern file does not exist"));
            return patterns;
        }

        List<string> lines;
        try
        {
            lines = [.. File.ReadLines(path)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(PatternCodes.FileNotRead, path, $"the event pattern file cannot be read ({exception.Message})"));
            return patterns;
        }

        bool? nominal = null;
        int number = 0;
        foreach (string text in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text) || text[0] == '#')
            {
                continue;
            }

            string[] fields = text.Split('\t');
            if (nominal is null)
            {
                nominal = fields.Length > 1 ? fields[1].Trim().ToLowerInvariant() switch { "verb" => false, "noun" => true, _ => null } : null;
                if (nominal is null)
                {
                    diagnostics.Add(Diagnostic.Error(PatternCodes.MalformedRow, path, "the first line must be the header of verbs.tsv (id, verb, subject, pattern, code, source, note) or of nouns.tsv (id, noun, pattern, code, source, note), tab-separated; the file is not used", number));
                    return patterns;
                }

                continue;
            }

            // (Lemmas and word sets are lower case: a verb written "Snub" would never match.)
            for (int column = 1; column < Math.Min(fields.Length, nominal.Value ? 3 : 4); column++)
            {
                fields[column] = fields[column].ToLowerInvariant();
            }

            try
            {
                var pattern = (nominal.Value ? Noun(path, number, fields, synsets) : Verb(path, number, fields, synsets)) with { FromUser = true };
                if (pattern.Code is string code && !isCameoCode(code))
                {
                    throw new DataFileException(path, number, $"code '{code}' is not in the CAMEO codebook");
                }

                if (pattern.Id.Length == 0 || !ids.Add(pattern.Id))
                {
                    throw new DataFileException(path, number, pattern.Id.Length == 0 ? "the row has no id" : $"the id '{pattern.Id}' is already used (ids name the rule of each event, so they must be unique)");
                }

                patterns.Add(pattern);
            }
            catch (DataFileException exception)
            {
                diagnostics.Add(Diagnostic.Error(PatternCodes.MalformedRow, path, exception.Problem, number));
            }
        }

        if (nominal is null)
        {
            diagnostics.Add(Diagnostic.Error(PatternCodes.MalformedRow, path, "the file holds no header line (and so no rows)"));
        }

        return patterns;
    }

    private static EventPattern Verb(string file, int line, string[] fields, Dictionary<string, ImmutableArray<ImmutableArray<string>>> synsets)
    {
        // id verb subject pattern code source note
        if (fields.Length < 6)
        {
            throw new DataFileException(file, line, "expected: id, verb, subject, pattern, code, source, note");
        }

        string[] verb = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (verb.Length == 0)
        {
            throw new DataFileException(file, line, "empty verb");
        }

        // The fixed words of a multi-word verb ("call on") are the pattern's first steps.
        var steps = verb.Skip(1).Select(word => new PatternStep([[word]], StepKind.Word)).Concat(Steps(file, line, fields[3], synsets));
        return new EventPattern
        {
            Id = fields[0],
            Trigger = verb[0],
            Subject = Steps(file, line, fields[2], synsets),
            Steps = [.. steps],
            FixedWords = verb.Length - 1,
            Code = Code(file, line, fields[4]),
            Source = fields[5],
            Note = fields.Length > 6 ? fields[6] : string.Empty,
        };
    }

    private static EventPattern Noun(string file, int line, string[] fields, Dictionary<string, ImmutableArray<ImmutableArray<string>>> synsets)
    {
        // id noun pattern code source note
        if (fields.Length < 5)
        {
            throw new DataFileException(file, line, "expected: id, noun, pattern, code, source, note");
        }

        return new EventPattern
        {
            Id = fields[0],
            Trigger = fields[1].Trim(),
            Steps = Steps(file, line, fields[2], synsets),
            Code = Code(file, line, fields[3]),
            Source = fields[4],
            Note = fields.Length > 5 ? fields[5] : string.Empty,
            Nominal = true,
        };
    }

    private static string? Code(string file, int line, string code)
    {
        code = code.Trim();
        if (code == "---")
        {
            return null;
        }

        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
        {
            throw new DataFileException(file, line, $"code '{code}' is not a CAMEO code (two to four digits, or ---)");
        }

        return code;
    }

    private static ImmutableArray<PatternStep> Steps(string file, int line, string pattern, Dictionary<string, ImmutableArray<ImmutableArray<string>>> synsets)
    {
        var steps = ImmutableArray.CreateBuilder<PatternStep>();
        foreach (string item in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item == "+")
            {
                steps.Add(new PatternStep([], StepKind.Target));
                continue;
            }

            var kind = item.StartsWith('^') ? StepKind.Modifier : StepKind.Word;
            string body = kind == StepKind.Modifier ? item[1..] : item;
            var alternatives = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
            foreach (string alternative in body.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (alternative.StartsWith('@'))
                {
                    if (!synsets.TryGetValue(alternative[1..], out var members))
                    {
                        throw new DataFileException(file, line, $"unknown synset '{alternative}'");
                    }

                    alternatives.AddRange(members);
                }
                else
                {
                    alternatives.Add([alternative]);
                }
            }

            steps.Add(new PatternStep(alternatives.ToImmutable(), kind));
        }

        return steps.ToImmutable();
    }

    private static ImmutableArray<string> Sequence(string lemmas) => [.. lemmas.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The data rows of a file (after its header line).</summary>
    private static IEnumerable<(int Line, string[] Fields)> Rows(DataDirectory data, string file) =>
        data.ReadTable(file).Skip(1);

    private static FrozenDictionary<string, ImmutableArray<EventPattern>> Index(IEnumerable<EventPattern> patterns) =>
        patterns.GroupBy(p => p.Trigger, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Specificity).ThenBy(p => !p.FromUser).ThenBy(p => p.Steps.IsEmpty && p.Subject.IsEmpty).ToImmutableArray(), StringComparer.Ordinal);
}

/// <summary>Diagnostic codes of the user's event pattern files.</summary>
public static class PatternCodes
{
    /// <summary>A pattern file does not exist or cannot be read.</summary>
    public const string FileNotRead = "DY0301";

    /// <summary>A pattern file's row (or header) is malformed.</summary>
    public const string MalformedRow = "DY0302";
}
