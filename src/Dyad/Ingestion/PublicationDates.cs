using System.Globalization;

namespace Dyad.Ingestion;

/// <summary>Reads the publication dates found in feeds, page metadata and JSONL.</summary>
internal static class PublicationDates
{
    // RFC 822 time zones that DateTimeOffset does not know (RSS 2.0 dates use them).
    private static readonly (string Zone, string Offset)[] NamedZones =
    [
        ("UT", "+0000"), ("GMT", "+0000"), ("UTC", "+0000"), ("Z", "+0000"),
        ("EST", "-0500"), ("EDT", "-0400"), ("CST", "-0600"), ("CDT", "-0500"),
        ("MST", "-0700"), ("MDT", "-0600"), ("PST", "-0800"), ("PDT", "-0700"),
        ("BST", "+0100"), ("CET", "+0100"), ("CEST", "+0200"), ("MSK", "+0300"), ("JST", "+0900"),
    ];

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy",
    ];

    /// <summary>
    /// The calendar date of a timestamp as the publisher wrote it (in the publisher's own
    /// offset: "Thu, 08 Feb 2024 23:30:00 -0500" is 8 February, not 9).
    /// </summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        string text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp))
        {
            date = DateOnly.FromDateTime(stamp.DateTime);
            return true;
        }

        string numeric = ReplaceNamedZone(text);
        numeric = InsertOffsetColon(numeric);
        if (DateTimeOffset.TryParseExact(numeric, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out stamp))
        {
            date = DateOnly.FromDateTime(stamp.DateTime);
            return true;
        }

        return false;
    }

    private static string ReplaceNamedZone(string text)
    {
        int space = text.LastIndexOf(' ');
        if (space < 0)
        {
            return text;
        }

        string zone = text[(space + 1)..];
        foreach (var (name, offset) in NamedZones)
        {
            if (zone.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(text.AsSpan(0, space + 1), offset);
            }
        }

        return text;
    }

    // "+0500" → "+05:00", which the zzz format specifier expects.
    private static string InsertOffsetColon(string text)
    {
        int n = text.Length;
        if (n >= 5 && (text[n - 5] == '+' || text[n - 5] == '-') && text.AsSpan(n - 4).ContainsAnyExceptInRange('0', '9') == false)
        {
            return string.Concat(text.AsSpan(0, n - 2), ":", text.AsSpan(n - 2));
        }

        return text;
    }
}
