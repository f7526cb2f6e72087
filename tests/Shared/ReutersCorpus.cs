using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Corpora;

/// <summary>One Reuters-21578 article: its NEWID, date, title, dateline, body and weak gold labels.</summary>
public sealed record ReutersArticle(int Id, DateOnly Date, string Title, string Dateline, string Body, IReadOnlyList<string> Places, IReadOnlyList<string> People)
{
    /// <summary>
    /// The story as it went out on the wire: the dateline ("SALVADOR, Feb 26 -") and the body,
    /// whose first line the corpus cut where the dateline ended.
    /// </summary>
    public string Story => Dateline.Length == 0 ? Body : Dateline + " " + Body;
}

/// <summary>
/// Reads Reuters-21578 (Distribution 1.0, research use only; not shipped) from the gzipped SGML
/// files in ../shared/data/corpora/reuters-21578/. Shared by tests and benchmarks (linked source).
/// </summary>
public static partial class ReutersCorpus
{
    /// <summary>Every article with a body, in file and NEWID order.</summary>
    public static IEnumerable<ReutersArticle> Read(string folder)
    {
        foreach (string file in Directory.GetFiles(folder, "reut2-*.sgm.gz").Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.Latin1);
            string sgml = reader.ReadToEnd();
            foreach (Match match in Article().Matches(sgml))
            {
                string body = Tag(match.Value, "BODY");
                if (body.Length == 0)
                {
                    continue;
                }

                int id = int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
                string date = Tag(match.Value, "DATE");
                string day = date.Trim().Split(' ')[0];
                var parsed = DateTime.ParseExact(day, "d-MMM-yyyy", CultureInfo.InvariantCulture);
                yield return new ReutersArticle(id, DateOnly.FromDateTime(parsed), Tag(match.Value, "TITLE"), Tag(match.Value, "DATELINE").Trim(), body, Labels(match.Value, "PLACES"), Labels(match.Value, "PEOPLE"));
            }
        }
    }

    /// <summary>An article as the JSON Lines Dyad reads (id, date, title, text: the story with its dateline).</summary>
    public static string ToJsonLine(ReutersArticle article) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = "reuters-" + article.Id.ToString(CultureInfo.InvariantCulture),
            ["date"] = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["title"] = article.Title,
            ["text"] = article.Story,
        });

    private static string Tag(string sgml, string name)
    {
        int start = sgml.IndexOf('<' + name + '>', StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += name.Length + 2;
        int end = sgml.IndexOf("</" + name + '>', start, StringComparison.Ordinal);
        string raw = end < 0 ? sgml[start..] : sgml[start..end];
        // Entities (&lt; &amp; and control characters such as &#3;) decoded; controls dropped.
        string decoded = WebUtility.HtmlDecode(raw);
        return new string(decoded.Where(c => c >= ' ' || c is '\n' or '\t').ToArray());
    }

    private static List<string> Labels(string sgml, string name) =>
        [.. Label().Matches(Tag(sgml, name)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<REUTERS[^>]*NEWID=\"(?<id>\\d+)\"[^>]*>.*?</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Article();

    [GeneratedRegex("<D>(.*?)</D>")]
    private static partial Regex Label();
}
