using System.Text.Json;
using Dyad.Ingestion;
using Dyad.Tests.Support;

namespace Dyad.Tests.Ingestion;

/// <summary>
/// Main-content extraction on ../shared/data/corpora/article-extraction-benchmark/ (181 real
/// pages with their expected article text, MIT): bag-of-words precision, recall and F1 of the
/// text Dyad keeps (extracted, then cleaned), per page, averaged over pages.
/// </summary>
public sealed class HtmlExtractionBenchmarkTests
{
    [Fact]
    public void ArticleTextMatchesTheGroundTruthWithF1AboveTarget()
    {
        string folder = Paths.Shared("data/corpora/article-extraction-benchmark");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var reader = new DocumentReader();
        double precision = 0, recall = 0, f1 = 0;
        int pages = 0;
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            string path = Path.Combine(folder, "html", page.Name + ".html.gz");
            var item = reader.Read([path]).Single();
            string extracted = item.Document is { } document ? Pipelines.Text.Process(document).Text : string.Empty;
            var score = BagOfWords.Score(page.Value.GetProperty("articleBody").GetString()!, extracted);
            precision += score.Precision;
            recall += score.Recall;
            f1 += score.F1;
            pages++;
        }

        precision /= pages;
        recall /= pages;
        f1 /= pages;
        TestContext.Current.TestOutputHelper?.WriteLine($"article-extraction-benchmark: {pages} pages, P {precision:F4} R {recall:F4} F1 {f1:F4}");
        Assert.Equal(181, pages);
        Assert.True(f1 >= 0.94, $"F1 {f1:F4} (P {precision:F4}, R {recall:F4}) is below the 0.94 target");
    }
}

/// <summary>Bag-of-words overlap of two texts: lower-cased runs of letters and digits, counted with multiplicity.</summary>
public static class BagOfWords
{
    public static (double Precision, double Recall, double F1) Score(string expected, string actual)
    {
        var truth = Count(expected);
        var predicted = Count(actual);
        int shared = predicted.Sum(pair => Math.Min(pair.Value, truth.GetValueOrDefault(pair.Key)));
        int predictedTotal = predicted.Values.Sum();
        int truthTotal = truth.Values.Sum();
        double precision = predictedTotal == 0 ? 0 : (double)shared / predictedTotal;
        double recall = truthTotal == 0 ? 0 : (double)shared / truthTotal;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            if (i > start)
            {
                string word = text[start..i].ToLowerInvariant();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }
}
