using System.Collections.Frozen;
using Dyad.Data;

namespace Dyad.Segmentation;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
public enum AbbreviationClass : byte
{
    /// <summary>Not an abbreviation: the period is punctuation.</summary>
    None,
    /// <summary>Precedes a name (Mr., Gen.); never ends a sentence.</summary>
    Title,
    /// <summary>A month or weekday (Feb.); ends a sentence only before a clear sentence start.</summary>
    Month,
    /// <summary>An abbreviation only before a number (No. 5).</summary>
    Numeric,
    /// <summary>May end a sentence (Inc., U.S.).</summary>
    Final,
}

/// <summary>
/// The abbreviation and sentence-starter lists the tokenizer and splitter consult; loaded
/// once from <c>data/segmentation/</c>, immutable, shared across threads.
/// </summary>
public sealed class Abbreviations
{
    private readonly FrozenDictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> classes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> sentenceStarters;

    /// <summary>Creates the lists from explicit tables (tests, user data).</summary>
    public Abbreviations(IReadOnlyDictionary<string, AbbreviationClass> abbreviations, IEnumerable<string> starters)
    {
        classes = abbreviations.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        sentenceStarters = starters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Loads the shipped lists.</summary>
    public static Abbreviations Load(DataDirectory data)
    {
        var table = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        const string file = "segmentation/abbreviations.tsv";
        foreach (var (line, fields) in data.ReadTable(file))
        {
            if (fields.Length != 2 || !fields[0].EndsWith('.') || !Enum.TryParse<AbbreviationClass>(fields[1], ignoreCase: true, out var kind) || kind == AbbreviationClass.None)
            {
                throw new DataFileException(data.File(file), line, "expected: abbreviation ending in a period, a tab, and one of title, month, numeric, final");
            }

            table[fields[0]] = kind;
        }

        var starters = data.ReadTable("segmentation/sentence-starters.txt").Select(row => row.Fields[0].Trim());
        return new Abbreviations(table, starters);
    }

    /// <summary>The class of a word ending in a period ("Gen.", "U.S."), by list or by shape.</summary>
    public AbbreviationClass Classify(ReadOnlySpan<char> wordWithPeriod)
    {
        if (classes.TryGetValue(wordWithPeriod, out var kind))
        {
            return kind;
        }

        return IsInitialism(wordWithPeriod) ? AbbreviationClass.Final : AbbreviationClass.None;
    }

    /// <summary>True for a capitalised function word that starts sentences ("The", "He").</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => sentenceStarters.Contains(word);

    /// <summary>
    /// Single capital initials ("J.") and dotted initialisms of one- or two-letter groups
    /// ("U.S.", "D.C.", "a.m.", "Ph.D.").
    /// </summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length == 2)
        {
            return char.IsUpper(word[0]);
        }

        int groups = 0;
        int run = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                run++;
                if (run > 2)
                {
                    return false;
                }
            }
            else if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                groups++;
                run = 0;
            }
            else
            {
                return false;
            }
        }

        return groups >= 2 && run == 0;
    }
}
