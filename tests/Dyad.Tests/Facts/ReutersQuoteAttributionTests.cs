using System.Text.Json;
using System.Text.RegularExpressions;
using Dyad.Corpora;
using Dyad.Facts;
using Dyad.Ingestion;
using Dyad.Tests.Support;
using Dyad.Text;

namespace Dyad.Tests.Facts;

/// <summary>
/// Speaker attribution on real news: the quotations of 20 Reuters-21578 articles, their speakers
/// annotated by hand (Data/reuters-quotes-gold.jsonl, Data/reuters-quotes-gold.md). Reads the
/// corpus from ../shared; reports precision and recall and holds them above a floor.
/// </summary>
public sealed partial class ReutersQuoteAttributionTests
{
    private sealed record GoldQuote(int NewId, string Start, string? Speaker, string[] Alternatives);

    [Fact]
    public void SpeakersOfTwentyHandCheckedArticlesArePreciseAndFound()
    {
        string corpus = Paths.Shared("data/corpora/reuters-21578");
        var gold = ReadGold();
        var ids = gold.Select(g => g.NewId).ToHashSet();
        var articles = ReutersCorpus.Read(corpus).Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id);
        Assert.Equal(ids.Count, articles.Count);

        int withSpeaker = gold.Count(g => g.Speaker is not null), found = 0, attributed = 0, right = 0;
        var misses = new List<string>();
        foreach (var group in gold.GroupBy(g => g.NewId))
        {
            var article = articles[group.Key];
            var source = new SourceDocument(new DocumentMetadata("reuters-" + article.Id, "reuters", null, article.Title, article.Date, "en"), article.Body, null, InputFormat.Text);
            var analyzed = EventPipelines.Default.Process(source);
            foreach (var expected in group)
            {
                var quote = analyzed.Facts.Quotes.FirstOrDefault(q => Normal(q.Text).StartsWith(Normal(expected.Start), StringComparison.Ordinal));
                if (quote is null)
                {
                    misses.Add($"{expected.NewId} \"{expected.Start}\": quote not found");
                    continue;
                }

                found++;
                if (quote.Speaker is null)
                {
                    if (expected.Speaker is not null)
                    {
                        misses.Add($"{expected.NewId} \"{expected.Start}\": no speaker, expected {expected.Speaker}");
                    }

                    continue;
                }

                attributed++;
                string name = Normal(quote.Speaker.Name);
                string phrase = Normal(analyzed.Document[quote.Speaker.Span]);
                bool correct = expected.Speaker is not null && expected.Alternatives.Append(expected.Speaker).Select(Normal)
                    .Any(a => a.Length > 0 && (a.Contains(name, StringComparison.Ordinal) || name.Contains(a, StringComparison.Ordinal) || phrase.Contains(a, StringComparison.Ordinal) || a.Contains(phrase, StringComparison.Ordinal)));
                if (correct)
                {
                    right++;
                }
                else
                {
                    misses.Add($"{expected.NewId} \"{expected.Start}\": {quote.Speaker.Name} ({quote.Rule}), expected {expected.Speaker ?? "nobody"}");
                }
            }
        }

        double precision = attributed == 0 ? 0 : (double)right / attributed;
        double recall = (double)right / withSpeaker;
        TestContext.Current.TestOutputHelper?.WriteLine($"{gold.Count} gold quotes ({withSpeaker} with a speaker), {found} found, {attributed} attributed, {right} right: precision {precision:F3}, recall {recall:F3}");
        foreach (string miss in misses)
        {
            TestContext.Current.TestOutputHelper?.WriteLine("  " + miss);
        }

        Assert.True(found >= gold.Count * 0.9, $"only {found} of {gold.Count} quotes found");
        Assert.True(precision >= 0.75 && recall >= 0.65, $"precision {precision:F3}, recall {recall:F3}");
    }

    private static List<GoldQuote> ReadGold()
    {
        var list = new List<GoldQuote>();
        foreach (string line in File.ReadLines(Paths.TestData("reuters-quotes-gold.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("newid", out var id))
            {
                continue;
            }

            string? speaker = root.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : root.GetProperty("speaker").GetString();
            var alternatives = root.TryGetProperty("speaker_alternatives", out var alts) && alts.ValueKind == JsonValueKind.Array
                ? alts.EnumerateArray().Select(a => a.GetString()!).ToArray()
                : [];
            list.Add(new GoldQuote(id.GetInt32(), root.GetProperty("quote_start").GetString()!, speaker, alternatives));
        }

        return list;
    }

    private static string Normal(string text) => Spaces().Replace(text, " ").Trim().ToLowerInvariant().TrimStart('"', '“').Replace("the ", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
