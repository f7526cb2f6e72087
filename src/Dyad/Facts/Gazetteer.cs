using System.Collections.Frozen;
using System.Globalization;
using Dyad.Data;

namespace Dyad.Facts;

/// <summary>
/// The shipped gazetteer (data/places, derived from GeoNames, CC BY 4.0): countries, first-level
/// divisions and cities of 15,000 people or more, indexed by lower-cased name. Immutable, shared.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerEntry[]>.AlternateLookup<ReadOnlySpan<char>> byName;
    private readonly FrozenDictionary<string, GazetteerEntry[]>.AlternateLookup<ReadOnlySpan<char>> byAlias;

    private Gazetteer(Dictionary<string, List<GazetteerEntry>> names, Dictionary<string, List<GazetteerEntry>> aliases, Dictionary<string, GazetteerEntry> countries, int maxWords)
    {
        byName = names.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        byAlias = aliases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        CountriesByIso2 = countries.ToFrozenDictionary(StringComparer.Ordinal);
        CountriesByIso3 = countries.Values.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal);
        MaxWords = maxWords;
    }

    /// <summary>Countries by ISO alpha-2.</summary>
    public FrozenDictionary<string, GazetteerEntry> CountriesByIso2 { get; }

    /// <summary>Countries by ISO alpha-3 (the country part of CAMEO actor codes).</summary>
    public FrozenDictionary<string, GazetteerEntry> CountriesByIso3 { get; }

    /// <summary>
    /// Place nouns whose "of" names the place itself ("the city of Algiers", "the area of northern
    /// Iraq", "a sector of eastern Beirut"; not "the embassy of Iran", "the border of Chad", which
    /// are elsewhere or between), as lemmas or as written.
    /// </summary>
    private static readonly FrozenSet<string> SettlementNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "city", "town", "village", "capital", "province", "region", "area", "territory", "district", "state", "port", "suburb", "suburbs",
        "outskirts", "enclave", "island", "camp", "sector", "quarter", "neighborhood", "neighbourhood", "part", "centre", "center",
        "north", "south", "east", "west", "mountain", "hill", "valley", "desert", "coast", "countryside", "heartland");

    /// <summary>
    /// Whether "the <paramref name="noun"/> of X" names the place X ("the town of Samarra"), given
    /// the word before the noun: a compass word names a part of X only after "the" ("in the east of
    /// Iraq"; "in the Gulf east of Qatar" is outside Qatar).
    /// </summary>
    public static bool NamesItsPlace(string noun, string? wordBefore) =>
        SettlementNouns.Contains(noun)
        && !(noun.ToLowerInvariant() is "north" or "south" or "east" or "west" && !string.Equals(wordBefore, "the", StringComparison.OrdinalIgnoreCase));

    /// <summary>The most words in a name.</summary>
    public int MaxWords { get; }

    /// <summary>Places with this name (lower case, words separated by one space).</summary>
    public ReadOnlySpan<GazetteerEntry> Named(ReadOnlySpan<char> key) => byName.TryGetValue(key, out var found) ? found : [];

    /// <summary>Places with this other spelling (GeoNames alternate names: low confidence).</summary>
    public ReadOnlySpan<GazetteerEntry> Aliased(ReadOnlySpan<char> key) => byAlias.TryGetValue(key, out var found) ? found : [];

    /// <summary>Loads the shipped gazetteer.</summary>
    public static Gazetteer Load(DataDirectory data)
    {
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (line, f) in data.ReadTable("places/countries.tsv"))
        {
            if (f[0] == "iso2")
            {
                continue;
            }

            Require(data, "places/countries.tsv", line, f, 11);
            countries[f[0]] = new GazetteerEntry(f[3], PlaceKind.Country, f[0], f[1], f[2], string.Empty, string.Empty, f[3],
                Long(f[6]), Number(f[8]), Number(f[9]), "PCLI", Long(f[10]));
        }

        var divisions = new Dictionary<(string Country, string Code), GazetteerEntry>();
        foreach (var (line, f) in data.ReadTable("places/admin1.tsv"))
        {
            if (f[0] == "country")
            {
                continue;
            }

            Require(data, "places/admin1.tsv", line, f, 7);
            var country = countries.GetValueOrDefault(f[0]);
            divisions[(f[0], f[1])] = new GazetteerEntry(f[2], PlaceKind.Admin1, f[0], country?.Iso3 ?? string.Empty, country?.Fips ?? string.Empty,
                f[1], f[2], country?.Name ?? f[0], 0, Number(f[4]), Number(f[5]), "ADM1", 0);
        }

        var names = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        int maxWords = 1;
        void Add(Dictionary<string, List<GazetteerEntry>> index, string name, GazetteerEntry entry)
        {
            if (name.Length == 0)
            {
                return;
            }

            string key = name.ToLowerInvariant();
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }

            maxWords = Math.Max(maxWords, key.Count(c => c == ' ') + 1);
        }

        foreach (var country in countries.Values)
        {
            Add(names, country.Name, country);
        }

        foreach (var division in divisions.Values)
        {
            Add(names, division.Name, division);
        }

        foreach (var (line, f) in data.ReadTable("places/cities.tsv"))
        {
            if (f[0] == "geonameid")
            {
                continue;
            }

            Require(data, "places/cities.tsv", line, f, 10);
            var country = countries.GetValueOrDefault(f[4]);
            var division = divisions.GetValueOrDefault((f[4], f[5]));
            var city = new GazetteerEntry(f[1], PlaceKind.City, f[4], country?.Iso3 ?? string.Empty, country?.Fips ?? string.Empty,
                f[5], division?.Name ?? string.Empty, country?.Name ?? f[4], Long(f[6]), Number(f[7]), Number(f[8]), f[9], Long(f[0]));
            Add(names, f[1], city);
            Add(names, f[2], city);
            // A final apostrophe transliterates a glottal stop or soft sign ("Samarra'", "Homyel'")
            // that English news does not write.
            Add(names, f[2].TrimEnd('\''), city);
            foreach (string alias in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(aliases, alias, city);
            }
        }

        // News writes the US capital's district as "D.C."; GeoNames has only "District of Columbia".
        if (divisions.TryGetValue(("US", "DC"), out var district))
        {
            Add(names, "D.C.", district);
            Add(names, "DC", district);
        }

        return new Gazetteer(names, aliases, countries, maxWords);
    }

    private static void Require(DataDirectory data, string file, int line, string[] fields, int count)
    {
        if (fields.Length < count)
        {
            throw new DataFileException(data.File(file), line, $"expected {count} tab-separated columns, found {fields.Length}");
        }
    }

    private static double Number(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : double.NaN;

    private static long Long(string field) =>
        long.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : 0;
}
