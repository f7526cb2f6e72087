using System.Text;
using Dyad.Diagnostics;
using Dyad.Ingestion;
using Dyad.Tests.Support;

namespace Dyad.Tests.Ingestion;

/// <summary>Bad inputs are named with their problem, and never stop the other inputs.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string good;

    public BadInputTests() => good = folder.File("good.txt", "The ministers met in Geneva on Monday.");

    public void Dispose() => folder.Dispose();

    /// <summary>Reads the bad input between two good ones; returns the bad one's diagnostic.</summary>
    private Diagnostic ReadBad(string bad)
    {
        var items = new DocumentReader().Read([good, bad, good]).ToList();
        Assert.Equal(2, items.Count(item => item.Document is not null));
        var problem = Assert.Single(items, item => item.Diagnostic is not null).Diagnostic!;
        Assert.Equal(bad, problem.Input);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        return problem;
    }

    [Fact]
    public void MissingFile() =>
        Assert.Equal(IngestionCodes.NotFound, ReadBad(Path.Combine(folder.Path, "nope.txt")).Code);

    [Fact]
    public void EmptyFile() =>
        Assert.Equal(IngestionCodes.Empty, ReadBad(folder.File("empty.txt", "")).Code);

    [Fact]
    public void WhitespaceOnlyFile() =>
        Assert.Equal(IngestionCodes.Empty, ReadBad(folder.File("blank.txt", "  \n\n\t \n")).Code);

    [Fact]
    public void BinaryFile()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        Assert.Equal(IngestionCodes.Binary, ReadBad(folder.File("photo.txt", bytes)).Code);
    }

    [Fact]
    public void InvalidUtf8NamesTheByteAndLine()
    {
        byte[] bytes = [.. "First line is fine.\nSecond line has "u8, 0xC3, 0x28, .. " a broken sequence.\n"u8];
        var problem = ReadBad(folder.File("latin.txt", bytes));
        Assert.Equal(IngestionCodes.InvalidUtf8, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Contains("offset 36", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8InJsonLinesNamesTheLine()
    {
        byte[] bytes = [.. "{\"text\":\"fine\"}\n{\"text\":\"bro"u8, 0xFF, .. "ken\"}\n"u8];
        var items = new DocumentReader().Read([folder.File("bad.jsonl", bytes)]).ToList();
        Assert.NotNull(items[0].Document);
        var problem = items[1].Diagnostic!;
        Assert.Equal(IngestionCodes.InvalidUtf8, problem.Code);
    }

    [Fact]
    public void TruncatedGzip()
    {
        byte[] whole = InputKindTests.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The ministers met again and talked about trade. ", 2000))));
        var problem = ReadBad(folder.File("cut.txt.gz", whole[..(whole.Length / 2)]));
        Assert.Equal(IngestionCodes.BadGzip, problem.Code);
        Assert.Contains("truncated", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RssWithAnExternalEntityIsRefusedAndTheFileIsNotRead()
    {
        string secret = folder.File("secret.txt", "TOP SECRET CONTENT");
        string feed = folder.File("evil.rss", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><item><title>x</title><description>&leak;</description></item></channel></rss>
            """);
        var items = new DocumentReader().Read([good, feed, good]).ToList();
        Assert.Equal(2, items.Count(item => item.Document is not null));
        var problem = Assert.Single(items, item => item.Diagnostic is not null).Diagnostic!;
        Assert.Equal(IngestionCodes.DtdRefused, problem.Code);
        Assert.DoesNotContain(items, item => item.Document?.RawText.Contains("TOP SECRET", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void MalformedFeedKeepsTheItemsBeforeTheErrorAndNamesTheLine()
    {
        string feed = folder.File("broken.rss", "<rss version=\"2.0\"><channel>\n<item><title>One</title><description>First item text.</description></item>\n<item><title>Two</title><description>Second</descr></item></channel></rss>");
        var items = new DocumentReader().Read([feed]).ToList();
        Assert.Equal("First item text.", items[0].Document!.RawText);
        Assert.Equal(IngestionCodes.MalformedFeed, items[1].Diagnostic!.Code);
        Assert.Equal(3, items[1].Diagnostic!.Line);
    }

    [Fact]
    public void XmlThatIsNotAFeed() =>
        Assert.Equal(IngestionCodes.MalformedFeed, ReadBad(folder.File("data.xml", "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>")).Code);

    [Fact]
    public void MalformedJsonLinesAreReportedPerLineAndTheRestIsRead()
    {
        string file = folder.File("mixed.jsonl", "{\"text\":\"One.\"}\n{\"text\": \n[1,2]\n{\"title\":\"no text\"}\n{\"text\":\"Five.\",\"date\":\"yesterday\"}\n{\"text\":\"Six.\"}\n");
        var items = new DocumentReader().Read([file]).ToList();
        Assert.Equal(["One.", "Six."], items.Where(i => i.Document is not null).Select(i => i.Document!.RawText));
        var problems = items.Where(i => i.Diagnostic is not null).Select(i => i.Diagnostic!).ToList();
        Assert.Equal([2, 3, 4, 5], problems.Select(p => p.Line!.Value));
        Assert.All(problems, p => Assert.Equal(IngestionCodes.MalformedJson, p.Code));
        Assert.Contains("not an object", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("neither \"text\" nor \"html\"", problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("yesterday", problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedHtmlStillYieldsItsText()
    {
        string page = folder.File("broken.html", "<html><body><div><p>Officials met in <b>Cairo on Sunday to discuss the ceasefire.<p>They agreed to meet again</div></span></table>");
        var document = Pipelines.ReadOne(page);
        Assert.Contains("Officials met in Cairo on Sunday to discuss the ceasefire.", document.RawText, StringComparison.Ordinal);
        Assert.Contains("They agreed to meet again", document.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlWithoutText() =>
        Assert.Equal(IngestionCodes.NoArticleText, ReadBad(folder.File("images.html", "<html><body><img src='a.png'><script>var x = 1;</script></body></html>")).Code);

    [Fact]
    public void FiftyMegabyteSingleLineFileIsProcessed()
    {
        var text = new StringBuilder(50 * 1024 * 1024);
        var random = new Random(11);
        string[] words = ["the", "minister", "said", "talks", "with", "China", "and", "Russia", "would", "continue", "on", "trade"];
        while (text.Length < 50 * 1024 * 1024)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(20) == 0 ? ". " : " ");
        }

        string path = folder.File("huge.txt", text.ToString());
        var document = Pipelines.CleanOne(path);
        Assert.True(document.Tokens.Length > 5_000_000);
        Assert.All(document.Sentences, sentence => Assert.True(sentence.TokenCount <= 300));
    }
}
