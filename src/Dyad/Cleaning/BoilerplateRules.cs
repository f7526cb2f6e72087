using System.Buffers;
using System.Collections.Frozen;
using Dyad.Data;

namespace Dyad.Cleaning;

/// <summary>How a boilerplate phrase is matched against a sentence.</summary>
public enum BoilerplateMatch
{
    /// <summary>The sentence contains the phrase.</summary>
    Contains,
    /// <summary>The sentence starts with the phrase.</summary>
    Starts,
    /// <summary>The sentence is exactly the phrase (letters and digits, case-insensitive).</summary>
    Exact,
    /// <summary>A section header: the whole sentence, or glued before the next sentence.</summary>
    Header,
}

/// <summary>One boilerplate rule.</summary>
/// <param name="Id">Stable id shown to users as the reason's rule.</param>
/// <param name="Match">How it matches.</param>
/// <param name="Phrase">The phrase, lower case.</param>
public sealed record BoilerplateRule(string Id, BoilerplateMatch Match, string Phrase);

/// <summary>The boilerplate rules, indexed for one fast pass per document; immutable.</summary>
public sealed class BoilerplateRules
{
    private readonly BoilerplateRule[] contains;
    private readonly SearchValues<string>? containsSearch;
    private readonly FrozenDictionary<char, BoilerplateRule[]> startsByFirst;
    private readonly FrozenDictionary<ulong, BoilerplateRule> exact;

    /// <summary>Indexes the given rules.</summary>
    public BoilerplateRules(IEnumerable<BoilerplateRule> rules)
    {
        var all = rules.ToArray();
        contains = [.. all.Where(rule => rule.Match == BoilerplateMatch.Contains)];
        containsSearch = contains.Length == 0 ? null : SearchValues.Create(contains.Select(rule => rule.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);
        startsByFirst = all
            .Where(rule => rule.Match is BoilerplateMatch.Starts || (rule.Match is BoilerplateMatch.Header && rule.Phrase.Contains(' ', StringComparison.Ordinal)))
            .GroupBy(rule => rule.Phrase[0])
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(rule => rule.Phrase.Length).ToArray());
        exact = all
            .Where(rule => rule.Match is BoilerplateMatch.Exact or BoilerplateMatch.Header)
            .GroupBy(rule => Fingerprint.Of(rule.Phrase).Full)
            .ToFrozenDictionary(group => group.Key, group => group.First());
    }

    /// <summary>Loads <c>data/cleaning/boilerplate.tsv</c>.</summary>
    public static BoilerplateRules Load(DataDirectory data)
    {
        const string file = "cleaning/boilerplate.tsv";
        var rules = new List<BoilerplateRule>();
        foreach (var (line, fields) in data.ReadTable(file))
        {
            if (fields.Length != 3 || !Enum.TryParse<BoilerplateMatch>(fields[1], ignoreCase: true, out var match) || fields[2].Trim().Length == 0)
            {
                throw new DataFileException(data.File(file), line, "expected: id, a tab, one of contains/starts/exact/header, a tab, the phrase");
            }

            rules.Add(new BoilerplateRule(fields[0], match, fields[2].Trim().ToLowerInvariant()));
        }

        return new BoilerplateRules(rules);
    }

    /// <summary>True when the document may hold a "contains" phrase at all (one vectorised scan).</summary>
    public bool MayContain(ReadOnlySpan<char> text) => containsSearch is not null && text.IndexOfAny(containsSearch) >= 0;

    /// <summary>The "contains" rule matching a sentence, if any.</summary>
    public BoilerplateRule? FindContained(ReadOnlySpan<char> sentence)
    {
        if (containsSearch is null || sentence.IndexOfAny(containsSearch) < 0)
        {
            return null;
        }

        foreach (var rule in contains)
        {
            if (sentence.Contains(rule.Phrase, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The "starts" or multi-word "header" rule whose phrase starts the sentence, if any.</summary>
    public BoilerplateRule? FindStart(ReadOnlySpan<char> sentence)
    {
        if (sentence.IsEmpty || !startsByFirst.TryGetValue(char.ToLowerInvariant(sentence[0]), out var candidates))
        {
            return null;
        }

        foreach (var rule in candidates)
        {
            if (sentence.StartsWith(rule.Phrase, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>
    /// The "exact" or "header" rule equal to a sentence, looked up by the sentence's word
    /// fingerprint (<see cref="Fingerprint.Full"/>), so no string is built per sentence.
    /// </summary>
    internal BoilerplateRule? FindExact(ulong fingerprint) => exact.TryGetValue(fingerprint, out var rule) ? rule : null;
}
