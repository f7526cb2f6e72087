using Dyad.Text;

namespace Dyad.Facts;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind : byte
{
    /// <summary>A country or territory.</summary>
    Country,
    /// <summary>A first-level administrative division (US state, Russian oblast, Chinese province).</summary>
    Admin1,
    /// <summary>A populated place.</summary>
    City,
    /// <summary>A region or bloc (Eastern Europe, the Gulf): no coordinates.</summary>
    Region,
}

/// <summary>A gazetteer entry: one place, with its codes and coordinates.</summary>
/// <param name="Name">The place's name (GeoNames).</param>
/// <param name="Kind">Country, first-level division, city or region.</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 of its country (empty for regions).</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 of its country (or the region's CAMEO code).</param>
/// <param name="Fips">FIPS 10-4 of its country, as GDELT uses it.</param>
/// <param name="Admin1">GeoNames first-level division code (empty for countries).</param>
/// <param name="Admin1Name">Name of that division.</param>
/// <param name="CountryName">Name of its country.</param>
/// <param name="Population">Population (GeoNames), 0 when unknown.</param>
/// <param name="Latitude">Latitude (WGS84), NaN when unknown.</param>
/// <param name="Longitude">Longitude (WGS84), NaN when unknown.</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC capital, PPLA division seat, PPL …).</param>
/// <param name="GeonameId">GeoNames id, 0 when none.</param>
public sealed record GazetteerEntry(
    string Name, PlaceKind Kind, string Iso2, string Iso3, string Fips, string Admin1, string Admin1Name, string CountryName,
    long Population, double Latitude, double Longitude, string FeatureCode, long GeonameId)
{
    /// <summary>GDELT's location type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (0 for regions).</summary>
    public int GdeltType => Kind switch
    {
        PlaceKind.Country => 1,
        PlaceKind.Admin1 => Iso2 == "US" ? 2 : 5,
        PlaceKind.City => Iso2 == "US" ? 3 : 4,
        _ => 0,
    };

    /// <summary>GDELT's ADM1 code: FIPS country code followed by the division code (USDC, RS48).</summary>
    public string GdeltAdm1 => Kind == PlaceKind.Country ? Fips : Admin1.Length > 0 && Admin1 != "00" ? Fips + Admin1 : Fips;

    /// <summary>"City, Division, Country" as GDELT writes full names.</summary>
    public string FullName => Kind switch
    {
        PlaceKind.Country or PlaceKind.Region => Name,
        PlaceKind.Admin1 => $"{Name}, {CountryName}",
        _ => Admin1Name.Length > 0 ? $"{Name}, {Admin1Name}, {CountryName}" : $"{Name}, {CountryName}",
    };

    /// <summary>GDELT's feature id: the GeoNames id for cities, the ADM1 code for divisions, the FIPS code for countries.</summary>
    public string FeatureId => Kind switch
    {
        PlaceKind.City => GeonameId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PlaceKind.Admin1 => GdeltAdm1,
        PlaceKind.Country => Fips,
        _ => Iso3,
    };
}

/// <summary>A place named in a document.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Span">The name as written, with its qualifier ("Washington, D.C.", "Moscow, Russia").</param>
/// <param name="Text">The words of the span.</param>
/// <param name="Entry">The place it was resolved to.</param>
/// <param name="Rule">How: a unique name, the document's countries, a qualifier, population.</param>
public sealed record PlaceMention(int Sentence, TextSpan Span, string Text, GazetteerEntry Entry, string Rule);
