using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Dyad.Actors;
using Dyad.Events;
using Dyad.Text;

namespace Dyad.Export;

/// <summary>
/// GDELT 2.0 Events rows: 61 tab-separated columns in the order of the GDELT Event Codebook V2.0
/// (../shared/reference/gdelt/gdelt2-event-columns.tsv). Where Dyad knows more or less than GDELT:
/// GlobalEventID is a stable hash of the event's identity (document, sentence, dyad, code), so the
/// same input gives the same id on every run; Day is the first day of the event's date at its
/// resolution ("2022" → 20220101); IsRootEvent is 1 for events of the first paragraph; the
/// mention counts are those of one document; DATEADDED is the publication date at 00:00:00;
/// geography and tone are left empty when they are not known.
/// </summary>
public static class GdeltEvents
{
    /// <summary>Number of columns of a row.</summary>
    public const int ColumnCount = 61;

    /// <summary>A stable positive 63-bit id for an event's identity.</summary>
    public static long EventId(EventMention e) =>
        (long)(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes($"{e.Document}\u001f{e.Sentence}\u001f{e.Source.Code}\u001f{e.Target?.Code}\u001f{e.Event.Code}\u001f{e.Trigger.Start}")) >> 1);

    /// <summary>The row of one event (fields without the tabs), with optional tone and geography.</summary>
    public static string[] Fields(EventMention e, Document document, double? tone = null, GdeltGeo? actionGeo = null, GdeltGeo? sourceGeo = null, GdeltGeo? targetGeo = null)
    {
        var fields = new string[ColumnCount];
        Array.Fill(fields, string.Empty);
        var day = e.Date?.Start ?? document.Metadata.Published;
        fields[0] = EventId(e).ToString(CultureInfo.InvariantCulture);
        if (day is DateOnly d)
        {
            fields[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            fields[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
            fields[3] = d.Year.ToString(CultureInfo.InvariantCulture);
            fields[4] = (d.Year + (((d.Month * 30) + d.Day) / 365.0)).ToString("F4", CultureInfo.InvariantCulture);
        }

        Actor(fields, 5, e.Source);
        if (e.Target is not null)
        {
            Actor(fields, 15, e.Target);
        }

        bool lead = document.Sentences[e.Sentence].Paragraph == 0;
        fields[25] = lead ? "1" : "0";
        fields[26] = e.Event.Code;
        fields[27] = e.Event.Base;
        fields[28] = e.Event.Root;
        fields[29] = ((int)e.Event.Quad).ToString(CultureInfo.InvariantCulture);
        fields[30] = e.Event.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
        fields[31] = "1";
        fields[32] = "1";
        fields[33] = "1";
        fields[34] = tone?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;
        Geo(fields, 35, sourceGeo);
        Geo(fields, 43, targetGeo);
        Geo(fields, 51, actionGeo);
        fields[59] = document.Metadata.Published is DateOnly published ? published.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : string.Empty;
        fields[60] = Clean(document.Metadata.Url ?? document.Metadata.Source);
        return fields;
    }

    /// <summary>The row as GDELT writes it: fields joined by tabs.</summary>
    public static string Row(EventMention e, Document document, double? tone = null) =>
        string.Join('\t', Fields(e, document, tone, e.Location is { } place ? GeoOf(place.Entry) : null));

    /// <summary>The GDELT location block of a gazetteer place.</summary>
    public static GdeltGeo GeoOf(Dyad.Facts.GazetteerEntry place) =>
        new(place.GdeltType, place.FullName, place.Fips, place.GdeltAdm1, place.Latitude, place.Longitude, place.FeatureId);

    private static void Actor(string[] fields, int at, ActorMention actor)
    {
        fields[at] = actor.Code;
        fields[at + 1] = Clean(actor.Name.ToUpperInvariant());
        fields[at + 2] = ActorCode.CountryOf(actor.Code) ?? string.Empty;
        fields[at + 3] = ActorCode.GroupOf(actor.Code) ?? string.Empty;
        fields[at + 7] = ActorCode.TypeOf(actor.Code) ?? string.Empty;
    }

    private static void Geo(string[] fields, int at, GdeltGeo? geo)
    {
        if (geo is not GdeltGeo g)
        {
            return;
        }

        fields[at] = g.Type.ToString(CultureInfo.InvariantCulture);
        fields[at + 1] = Clean(g.FullName);
        fields[at + 2] = g.CountryFips;
        fields[at + 3] = g.Adm1;
        fields[at + 5] = g.Latitude.ToString("0.#####", CultureInfo.InvariantCulture);
        fields[at + 6] = g.Longitude.ToString("0.#####", CultureInfo.InvariantCulture);
        fields[at + 7] = g.FeatureId;
    }

    /// <summary>Tabs and line breaks cannot appear inside a field.</summary>
    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

/// <summary>A GDELT location block: type (1 country … 4 world city), name, FIPS country, ADM1, coordinates, feature id.</summary>
/// <param name="Type">1 country, 2 US state, 3 US city, 4 world city, 5 world state.</param>
/// <param name="FullName">"City, State, Country".</param>
/// <param name="CountryFips">FIPS 10-4 country code.</param>
/// <param name="Adm1">FIPS country + ADM1 code.</param>
/// <param name="Latitude">Latitude.</param>
/// <param name="Longitude">Longitude.</param>
/// <param name="FeatureId">GeoNames id (Dyad's gazetteer) or the country code.</param>
public readonly record struct GdeltGeo(int Type, string FullName, string CountryFips, string Adm1, double Latitude, double Longitude, string FeatureId);
