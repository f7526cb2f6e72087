using System.Globalization;
using System.Text;
using Dyad.Facts;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Export;

/// <summary>
/// GDELT GKG 2.1 rows: 27 tab-separated fields with the block and field delimiters of the GKG 2.1
/// codebook as real rows use them (../shared/reference/gdelt/gkg21-fields.md). Dyad fills what it
/// knows: locations, persons, organisations, tone, dates, quotations (with their verb), all names,
/// amounts and the page title; counts, themes, GCAM dimensions other than the word count, and
/// images are left empty. Character offsets are into the cleaned text.
/// </summary>
public static class GkgRecords
{
    /// <summary>Number of fields of a row.</summary>
    public const int FieldCount = 27;

    /// <summary>The fields of a document's row.</summary>
    public static string[] Fields(Document document, DocumentFacts facts)
    {
        var fields = new string[FieldCount];
        Array.Fill(fields, string.Empty);
        var metadata = document.Metadata;
        string stamp = metadata.Published is DateOnly day ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : "00000000000000";
        fields[0] = Clean($"{stamp}-{metadata.Id}", string.Empty);
        fields[1] = stamp;
        fields[2] = "1";
        fields[3] = Clean(SourceName(metadata.Url ?? metadata.Source), string.Empty);
        fields[4] = Clean(metadata.Url ?? metadata.Source, string.Empty);

        var places = facts.Places.Where(p => p.Entry.GdeltType > 0).ToList();
        fields[9] = string.Join(';', places.DistinctBy(p => p.Entry).Select(p => Location(p.Entry, null)));
        fields[10] = string.Join(';', places.Select(p => Location(p.Entry, p.Span.Start)));

        var persons = facts.Names.Where(n => n.Kind == NameKind.Person).ToList();
        var organizations = facts.Names.Where(n => n.Kind == NameKind.Organization).ToList();
        fields[11] = string.Join(';', persons.Select(n => Clean(n.Name)).Distinct());
        fields[12] = string.Join(';', persons.Select(n => $"{Clean(n.Name)},{n.Span.Start}"));
        fields[13] = string.Join(';', organizations.Select(n => Clean(n.Name)).Distinct());
        fields[14] = string.Join(';', organizations.Select(n => $"{Clean(n.Name)},{n.Span.Start}"));
        fields[15] = facts.Tone.ToGkg();
        fields[16] = string.Join(';', facts.Dates.Where(d => d.Expression.Date is not null).Select(d => Date(d.Expression)));
        fields[17] = $"wc:{facts.Tone.WordCount}";
        fields[22] = string.Join('#', facts.Quotes.Select(q => $"{q.Span.Start}|{q.Span.Length}|{Clean(q.Verb ?? string.Empty, "#|")}|{Clean(q.Text, "#|")}"));
        fields[23] = string.Join(';', facts.Names.Select(n => $"{Clean(n.Name)},{n.Span.Start}"));
        fields[24] = string.Join(';', facts.Amounts.Select(a => $"{a.Value.ToString("0.##########", CultureInfo.InvariantCulture)},{Clean(AmountObject(a))},{a.Span.Start}"));
        fields[26] = metadata.Title is string title ? $"<PAGE_TITLE>{System.Security.SecurityElement.Escape(Clean(title, string.Empty))}</PAGE_TITLE>" : string.Empty;
        return fields;
    }

    /// <summary>The row as GDELT writes it: fields joined by tabs.</summary>
    public static string Row(Document document, DocumentFacts facts) => string.Join('\t', Fields(document, facts));

    /// <summary>A location block: Type#FullName#Country#ADM1(#ADM2)#Lat#Long#FeatureID(#Offset).</summary>
    public static string Location(GazetteerEntry place, int? offset)
    {
        var builder = new StringBuilder();
        builder.Append(place.GdeltType.ToString(CultureInfo.InvariantCulture)).Append('#')
            .Append(Clean(place.FullName, ";#")).Append('#')
            .Append(place.Fips).Append('#')
            .Append(place.GdeltAdm1).Append('#');
        if (offset is not null)
        {
            builder.Append('#');
        }

        builder.Append(Coordinate(place.Latitude)).Append('#')
            .Append(Coordinate(place.Longitude)).Append('#')
            .Append(place.FeatureId);
        if (offset is int at)
        {
            builder.Append('#').Append(at.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string Date(TimeExpression expression)
    {
        var date = expression.Date!.Value;
        // GKG resolutions: 1 year only, 2 month and year, 3 full date (a week is given by its first day).
        int resolution = date.Resolution switch
        {
            DateResolution.Year => 1,
            DateResolution.Month => 2,
            _ => 3,
        };
        int month = resolution >= 2 ? date.Start.Month : 0;
        int day = resolution == 3 ? date.Start.Day : 0;
        return $"{resolution}#{month}#{day}#{date.Start.Year}#{expression.Span.Start}";
    }

    private static string AmountObject(Amount amount) =>
        string.Join(' ', new[] { amount.Unit, amount.Counts }.Where(part => !string.IsNullOrEmpty(part)));

    private static string Coordinate(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>The outlet of a source: the web address's host without "www.", else the source as given.</summary>
    public static string SourceName(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : source;

    /// <summary>The field's delimiters cannot appear inside a value (tabs and line breaks never can).</summary>
    private static string Clean(string value, string delimiters = ";#|,")
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            builder.Append(c is '\t' or '\n' or '\r' || delimiters.Contains(c, StringComparison.Ordinal) ? ' ' : c);
        }

        return builder.ToString();
    }
}
