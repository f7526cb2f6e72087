using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Dyad.Actors;

namespace Dyad.Events;

/// <summary>What events are compared on.</summary>
public enum EvaluationLevel
{
    /// <summary>CAMEO root (two digits).</summary>
    Root,
    /// <summary>Full CAMEO code.</summary>
    Code,
    /// <summary>PLOVER 2.0 event type.</summary>
    Plover,
    /// <summary>Only who did something to whom, whatever the event (the grammar of actors alone).</summary>
    Dyad,
}

/// <summary>One gold record: a sentence and the events it should yield.</summary>
/// <param name="Id">Record id.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Date">Its date, when the record gives one.</param>
/// <param name="Category">A test category (PETRARCH unit tests), or null.</param>
/// <param name="Expected">Expected (source, target, label) triples; target null when the gold gives none.</param>
/// <param name="NoEvents">True when the record says no event should be coded.</param>
public sealed record GoldRecord(string Id, string Text, DateOnly? Date, string? Category, IReadOnlyList<(string Source, string? Target, string Code)> Expected, bool NoEvents);

/// <summary>An event compared at one level: parties at country level and a label.</summary>
/// <param name="Source">Source party (country, or IGO/NGO type).</param>
/// <param name="Target">Target party, or null.</param>
/// <param name="Label">Root, code or PLOVER type.</param>
public readonly record struct EventKey(string Source, string? Target, string Label);

/// <summary>The outcome of one record.</summary>
/// <param name="Record">The gold record.</param>
/// <param name="Gold">Gold keys.</param>
/// <param name="System">System keys with the event behind each.</param>
/// <param name="Matched">System keys that matched a gold key.</param>
/// <param name="Missed">Gold keys no system key matched.</param>
/// <param name="FalseAlarms">System keys that matched nothing.</param>
public sealed record RecordOutcome(GoldRecord Record, List<EventKey> Gold, List<(EventKey Key, EventMention Event)> System, List<EventKey> Matched, List<EventKey> Missed, List<(EventKey Key, EventMention Event)> FalseAlarms)
{
    /// <summary>Everything expected was found and nothing else.</summary>
    public bool Passed => Missed.Count == 0 && FalseAlarms.Count == 0;
}

/// <summary>
/// Scores coded events against a gold set: precision, recall and F1 over (source country, target
/// country, label), the target compared only where the gold gives one; IGOs and NGOs compare by
/// type; a dyad within one country (ZWE → ZWE) counts like any other. PLOVER 0.5 labels in the gold are read as PLOVER 2.0 (DEMAND → REQUEST, DISAPPROVE and
/// INVESTIGATE → ACCUSE, FIGHT → ASSAULT). Only events that happened count (negated,
/// hypothetical and attempted ones are left out, as in every count Dyad makes).
/// </summary>
public static class Evaluation
{
    /// <summary>Reads a gold file (JSON Lines); a bad line throws with its number.</summary>
    public static List<GoldRecord> Read(string path)
    {
        var records = new List<GoldRecord>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                records.Add(Parse(line));
            }
            catch (Exception exception) when (exception is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{number}: {exception.Message}", exception);
            }
        }

        return records;
    }

    private static GoldRecord Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string id = root.GetProperty("id").ToString();
        string text = root.GetProperty("text").GetString() ?? throw new FormatException("\"text\" is missing");
        DateOnly? date = null;
        if (root.TryGetProperty("date", out var dateValue) && dateValue.ValueKind == JsonValueKind.String)
        {
            string d = dateValue.GetString()!;
            if (DateOnly.TryParseExact(d, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
        }

        var expected = new List<(string, string?, string)>();
        if (root.TryGetProperty("expected_events", out var events) && events.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in events.EnumerateArray())
            {
                string? source = e.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                string? target = e.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                string code = e.GetProperty("code").GetString() ?? string.Empty;
                if (source is not null && code.Length > 0)
                {
                    expected.Add((source, target, code));
                }
            }
        }

        string? category = root.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        bool noEvents = root.TryGetProperty("no_events", out var n) && n.ValueKind == JsonValueKind.True;
        return new GoldRecord(id, text, date, category, expected, noEvents);
    }

    private static readonly FrozenDictionary<string, string> GoldAliases = new Dictionary<string, string>
    {
        ["JAP"] = "JPN",
        ["ITL"] = "ITA",
        ["VTN"] = "VNM",
    }.ToFrozenDictionary();

    /// <summary>A party at the level events are compared: the country of a code, or its IGO/NGO type.</summary>
    public static string Party(string code)
    {
        string upper = code.ToUpperInvariant();
        // The PLOVER gold records write Japan, Italy and Vietnam a few times with codes of their own
        // (JAP, ITL, VTN) beside the ISO codes (JPN, ITA, VNM) they use elsewhere.
        if (GoldAliases.TryGetValue(upper, out string? iso))
        {
            return iso;
        }

        // (The gold records write named transnational bodies, intergovernmental or not, as IGO:
        // Amnesty International, the Red Cross, the Red Crescent; NGO is for the unnamed and national
        // ones, "a human rights group". Dyad codes a named international NGO with a group part of its
        // own, NGOAMN, NGOIRC, NGOHLHIRC, so that is compared as IGO; an NGO of sectors only, NGO,
        // NGOHRI, NGOHLH, as NGO.)
        if (upper.Length > 3 && upper[..3] == "NGO" && upper.Length % 3 == 0
            && Enumerable.Range(1, upper.Length / 3 - 1).Any(i => !ActorCode.IsRole(upper.Substring(3 * i, 3))))
        {
            return "IGO";
        }

        if (upper.Length >= 3 && upper[..3] is "IGO" or "NGO" or "NGM" or "IMG" or "MNC" or "INT")
        {
            return upper[..3];
        }

        return upper.Length >= 3 && ActorCode.IsValid(upper[..3]) ? ActorCode.CountryOf(upper) ?? upper[..3] : upper;
    }

    /// <summary>The label of a gold code at a level (null when it cannot be expressed there).</summary>
    public static string? GoldLabel(string code, EvaluationLevel level, CameoOntology ontology)
    {
        bool cameo = code.All(char.IsAsciiDigit);
        return level switch
        {
            EvaluationLevel.Root => cameo && code.Length >= 2 ? code[..2] : null,
            EvaluationLevel.Code => cameo ? code : null,
            EvaluationLevel.Dyad => "*",
            _ => cameo ? ontology.Resolve(code)?.PloverEvent : PloverName(code),
        };
    }

    /// <summary>The label of a coded event at a level.</summary>
    public static string? SystemLabel(EventMention e, EvaluationLevel level) => level switch
    {
        EvaluationLevel.Root => e.Event.Root,
        EvaluationLevel.Code => e.Event.Code,
        EvaluationLevel.Dyad => "*",
        _ => e.Event.PloverEvent,
    };

    private static string PloverName(string code) => code.ToUpperInvariant() switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        var other => other,
    };

    /// <summary>Compares one record's gold events with the events coded from its sentence.</summary>
    public static RecordOutcome Compare(GoldRecord record, IEnumerable<EventMention> coded, EvaluationLevel level, CameoOntology ontology)
    {
        var gold = record.Expected
            .Select(e => GoldLabel(e.Code, level, ontology) is string label ? new EventKey(Party(e.Source), e.Target is null ? null : Party(e.Target), label) : (EventKey?)null)
            .Where(k => k is not null).Select(k => k!.Value).Distinct().ToList();
        var system = coded.Where(e => e.IsRealized)
            .Select(e => (Key: SystemLabel(e, level) is string label ? new EventKey(Party(e.Source.Code), e.Target is null ? null : Party(e.Target.Code), label) : (EventKey?)null, Event: e))
            // Events inside one country ("Zimbabwe's opposition demanded that President Mugabe …",
            // ZWEOPP → ZWEGOV) are compared like any other: at country level their source and
            // target are equal, and gold sets code such domestic dyads as (ZWE, ZWE).
            .Where(p => p.Key is not null)
            .Select(p => (p.Key!.Value, p.Event))
            .DistinctBy(p => p.Value).ToList();

        var matched = new List<EventKey>();
        var used = new HashSet<int>();
        var missed = new List<EventKey>();
        foreach (var key in gold)
        {
            int index = system.FindIndex(p => !used.Contains(system.IndexOf(p)) && p.Value.Source == key.Source && p.Value.Label == key.Label && (key.Target is null || p.Value.Target == key.Target));
            if (index >= 0)
            {
                used.Add(index);
                matched.Add(system[index].Value);
            }
            else
            {
                missed.Add(key);
            }
        }

        // A system event matching a gold event whose target the gold leaves open is not a false alarm.
        var falseAlarms = system.Where((p, i) => !used.Contains(i) && !gold.Any(g => g.Target is null && g.Source == p.Value.Source && g.Label == p.Value.Label))
            .Select(p => (p.Value, p.Event)).ToList();
        return new RecordOutcome(record, gold, [.. system.Select(p => (p.Value, p.Event))], matched, missed, falseAlarms);
    }
}
