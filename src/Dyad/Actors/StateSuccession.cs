using System.Collections.Frozen;
using System.Globalization;

namespace Dyad.Actors;

/// <summary>
/// Which state an actor belonged to on a day, for states that did not exist yet
/// (<c>data/actors/successions.tsv</c>): "Moscow said" in a 1987 article is the Soviet government
/// (SUNGOV), not Russia's; "Belgrade" before 2003 is Yugoslavia's. Immutable.
/// </summary>
public sealed class StateSuccession
{
    private readonly FrozenDictionary<string, (string Before, DateOnly Since)> rows;

    private StateSuccession(Dictionary<string, (string Before, DateOnly Since)> rows) => this.rows = rows.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>No successions: codes are taken as they are.</summary>
    public static StateSuccession None { get; } = new([]);

    /// <summary>The file, relative to the data folder.</summary>
    public const string FileName = "actors/successions.tsv";

    /// <summary>Loads the table; a malformed line is an error naming the file and line.</summary>
    public static StateSuccession Load(Data.DataDirectory data)
    {
        var rows = new Dictionary<string, (string Before, DateOnly Since)>(StringComparer.Ordinal);
        string path = data.File(FileName);
        foreach (var (line, fields) in data.ReadTable(FileName))
        {
            if (fields[0] == "code")
            {
                continue; // the header
            }

            if (fields.Length < 3 || fields[0].Length != 3 || fields[1].Length != 3
                || !DateOnly.TryParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var since))
            {
                throw new Data.DataFileException(path, line, "expected: a three-letter code, the three-letter code before (or --- for none), and a date YYYY-MM-DD");
            }

            if (!rows.TryAdd(fields[0], (fields[1], since)))
            {
                throw new Data.DataFileException(path, line, $"{fields[0]} is listed twice");
            }
        }

        return new StateSuccession(rows);
    }

    /// <summary>
    /// Whether an actor coded <paramref name="code"/> can exist on <paramref name="date"/>: not a
    /// state whose table row says none stood for it before ("---": in 1987 "Georgia" is the US
    /// state or a company named after it, no state actor). True without a date.
    /// </summary>
    public bool ExistsOn(string code, DateOnly? date) =>
        date is not DateOnly day || code.Length < 3 || StateOn(code[..3], day) != NoState;

    /// <summary>The table's mark for "no state before that date".</summary>
    public const string NoState = "---";

    /// <summary>
    /// The code an actor coded <paramref name="code"/> had on <paramref name="date"/>: its country
    /// part replaced by the state it belonged to then, its role kept (RUSGOV in 1987 → SUNGOV).
    /// Without a date, for a code of a state that existed then, or for a name that stood for no
    /// state then (see <see cref="ExistsOn"/>), the code itself.
    /// </summary>
    public string CodeOn(string code, DateOnly? date)
    {
        if (date is not DateOnly day || code.Length < 3)
        {
            return code;
        }

        string country = StateOn(code[..3], day);
        return country == code[..3] || country == NoState ? code : country + code[3..];
    }

    /// <summary>The state a country code stood for on a day, through the chain of rows; <see cref="NoState"/> when none did.</summary>
    private string StateOn(string country, DateOnly day)
    {
        for (int steps = 0; steps < 8 && rows.TryGetValue(country, out var row) && day < row.Since; steps++)
        {
            country = row.Before;
            if (country == NoState)
            {
                break;
            }
        }

        return country;
    }
}
