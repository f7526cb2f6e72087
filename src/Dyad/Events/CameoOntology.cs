using System.Collections.Frozen;
using System.Globalization;
using Dyad.Data;

namespace Dyad.Events;

/// <summary>GDELT's four classes of events.</summary>
public enum QuadClass
{
    /// <summary>Verbal cooperation (CAMEO roots 01–05).</summary>
    VerbalCooperation = 1,
    /// <summary>Material cooperation (06–09).</summary>
    MaterialCooperation = 2,
    /// <summary>Verbal conflict (10–14).</summary>
    VerbalConflict = 3,
    /// <summary>Material conflict (15–20).</summary>
    MaterialConflict = 4,
}

/// <summary>One CAMEO event code with what the references say about it.</summary>
/// <param name="Code">The code with its leading zero ("041").</param>
/// <param name="Label">GDELT's label.</param>
/// <param name="Goldstein">Goldstein conflict–cooperation value (−10…+10).</param>
/// <param name="Quad">GDELT QuadClass.</param>
/// <param name="PloverEvent">PLOVER 2.0 event type, or null (CAMEO 01 and 02 have none).</param>
/// <param name="PloverMode">PLOVER mode, or null.</param>
/// <param name="PloverContext">PLOVER context, or null.</param>
public sealed record CameoEvent(string Code, string Label, double Goldstein, QuadClass Quad, string? PloverEvent, string? PloverMode, string? PloverContext)
{
    /// <summary>The two-digit root ("04").</summary>
    public string Root => Code[..2];

    /// <summary>The three-digit base code ("041" for "0411").</summary>
    public string Base => Code[..Math.Min(3, Code.Length)];
}

/// <summary>
/// The CAMEO event codebook as Dyad uses it: GDELT labels and Goldstein values, GDELT's QuadClass
/// (roots 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4), and the official CAMEO→PLOVER mapping
/// (PLOVER 2.0 names: DEMAND → REQUEST, DISAPPROVE/INVESTIGATE → ACCUSE, FIGHT → ASSAULT).
/// Loaded from <c>data/events/cameo.tsv</c>; immutable.
/// </summary>
public sealed class CameoOntology
{
    private readonly FrozenDictionary<string, CameoEvent> events;

    /// <summary>PLOVER types a verb's meaning picks over its code's mapping, keyed "verb code" (<c>data/events/plover-by-verb.tsv</c>).</summary>
    private readonly FrozenDictionary<string, (string Event, string? Mode)> ploverByVerb;

    private CameoOntology(IEnumerable<CameoEvent> events, IEnumerable<KeyValuePair<string, (string Event, string? Mode)>> ploverByVerb)
    {
        this.events = events.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
        this.ploverByVerb = ploverByVerb.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>All codes.</summary>
    public IEnumerable<CameoEvent> Events => events.Values;

    /// <summary>Loads the table.</summary>
    public static CameoOntology Load(DataDirectory data)
    {
        const string file = "events/cameo.tsv";
        var rows = new List<CameoEvent>();
        bool header = true;
        foreach (var (line, fields) in data.ReadTable(file))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (fields.Length < 11 || !double.TryParse(fields[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double goldstein) || !int.TryParse(fields[4], out int quad))
            {
                throw new DataFileException(data.File(file), line, "expected 11 columns: code, level, root, base, quadclass, goldstein, labels, PLOVER event, mode, context");
            }

            rows.Add(new CameoEvent(fields[0], fields[6], goldstein, (QuadClass)quad, Plover(fields[8]), Empty(fields[9]), Empty(fields[10])));
        }

        return new CameoOntology(rows, LoadPloverByVerb(data));
    }

    private static Dictionary<string, (string Event, string? Mode)> LoadPloverByVerb(DataDirectory data)
    {
        const string file = "events/plover-by-verb.tsv";
        var rows = new Dictionary<string, (string Event, string? Mode)>(StringComparer.Ordinal);
        bool header = true;
        foreach (var (line, fields) in data.ReadTable(file))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (fields.Length < 5 || string.IsNullOrWhiteSpace(fields[0]) || string.IsNullOrWhiteSpace(fields[1]) || Plover(fields[2]) is not string ploverEvent)
            {
                throw new DataFileException(data.File(file), line, "expected columns: verb, codes, event, mode, source, note");
            }

            foreach (string code in fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string key = fields[0].Trim() + " " + code;
                if (!rows.TryAdd(key, (ploverEvent, Empty(fields[3]))))
                {
                    throw new DataFileException(data.File(file), line, $"verb and code \"{key}\" given twice");
                }
            }
        }

        return rows;
    }

    /// <summary>The event of a code, or null when the codebook has no such code.</summary>
    public CameoEvent? Find(string code) => events.GetValueOrDefault(code);

    /// <summary>The event of a code; a four-digit code the codebook lacks falls back to its three-digit parent.</summary>
    public CameoEvent? Resolve(string code) => Find(code) ?? (code.Length > 3 ? Find(code[..3]) : null);

    /// <summary>
    /// The event of a code coded from a verb: as <see cref="Resolve(string)"/>, with the PLOVER type
    /// the verb's meaning picks where the code's mapping misses it ("resigned", CAMEO 083, is a
    /// PLOVER RETREAT with mode resign, not the CONCEDE of 083).
    /// </summary>
    public CameoEvent? Resolve(string code, string verb)
    {
        var cameo = Resolve(code);
        return cameo is not null && ploverByVerb.TryGetValue(verb + " " + cameo.Code, out var plover)
            ? cameo with { PloverEvent = plover.Event, PloverMode = plover.Mode }
            : cameo;
    }

    private static string? Empty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>PLOVER 2.0 names for the older ones the mapping file still uses.</summary>
    private static string? Plover(string value) => Empty(value) switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        var other => other,
    };
}
