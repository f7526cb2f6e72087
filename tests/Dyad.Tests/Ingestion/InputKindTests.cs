using System.IO.Compression;
using System.Text;
using Dyad.Ingestion;
using Dyad.Tests.Support;

namespace Dyad.Tests.Ingestion;

/// <summary>Each input kind Dyad reads, from the small inputs in Data/inputs/.</summary>
public sealed class InputKindTests
{
    private static string Input(string name) => Paths.TestData(Path.Combine("inputs", name));

    private static List<IngestItem> Read(params string[] inputs) => new DocumentReader().Read(inputs).ToList();

    [Fact]
    public void PlainTextTakesAShortFirstLineWithoutFinalPunctuationAsTitle()
    {
        var document = Pipelines.ReadOne(Input("headline.txt"));
        Assert.Equal("Kremlin says ties with China at unprecedented level", document.Metadata.Title);
        var cleaned = Pipelines.Text.Process(document);
        Assert.StartsWith("Relations between Russia and China", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal(2, cleaned.Sentences.Length);
        Assert.Equal("en", document.Metadata.Language);
    }

    [Fact]
    public void AFirstLineEndingLikeASentenceIsNotATitle()
    {
        var document = Pipelines.ReadOne(Paths.FoundingSample);
        Assert.Null(document.Metadata.Title);
    }

    [Fact]
    public void WrappedNewswireLinesAreRejoinedIntoParagraphs()
    {
        var cleaned = Pipelines.CleanOne(Input("wrapped.txt"));
        Assert.Equal(2, cleaned.Paragraphs.Length);
        Assert.Contains("as traders weighed comments", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("late on Wednesday.", cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("Gold prices fell", cleaned[cleaned.Paragraphs[1]], StringComparison.Ordinal);
        // The "Reuter" sign-off is boilerplate.
        Assert.DoesNotContain("Reuter\n", cleaned.Text + "\n", StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Rule == "credit.reuters");
    }

    [Fact]
    public void HtmlYieldsTheArticleWithTitleAndDateFromMetadata()
    {
        var document = Pipelines.ReadOne(Input("article.html"));
        Assert.Equal(InputFormat.Html, document.Format);
        Assert.Equal(new DateOnly(2024, 2, 6), document.Metadata.Published);
        Assert.Contains("Pentagon urges Congress", document.Metadata.Title, StringComparison.Ordinal);
        var cleaned = Pipelines.Text.Process(document);
        Assert.Contains("an additional $60 billion in financing to Ukraine", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("several Republicans demanding changes", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Politics", cleaned.Text, StringComparison.Ordinal);
        Assert.True(cleaned.Paragraphs.Length >= 4, "each <p> is a paragraph");
        Assert.NotNull(document.Markup);
    }

    [Fact]
    public void RssYieldsOneDocumentPerItemWithLinkTitleDateAndContent()
    {
        var documents = Read(Input("feed.rss")).Select(item => item.Document!).ToList();
        Assert.Equal(2, documents.Count);
        var first = documents[0];
        Assert.Equal("item-0001", first.Metadata.Id);
        Assert.Equal("https://news.example.org/putin-xi-call", first.Metadata.Url);
        Assert.Equal("Putin and Xi hold phone call", first.Metadata.Title);
        // The publisher's own calendar day, not the UTC one.
        Assert.Equal(new DateOnly(2024, 2, 8), first.Metadata.Published);
        Assert.Contains("spoke by phone on Thursday.\n\nBoth men", first.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("Short summary", first.RawText, StringComparison.Ordinal);

        var second = documents[1];
        Assert.Equal(new DateOnly(2024, 2, 7), second.Metadata.Published);
        Assert.Contains("\"the greatest long-term challenge\"", second.RawText, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{16}$", second.Metadata.Id);
    }

    [Fact]
    public void AtomYieldsEntriesWithAlternateLinkPublishedDateAndHtmlOrXhtmlContent()
    {
        var documents = Read(Input("feed.atom")).Select(item => item.Document!).ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal("https://news.example.org/pentagon-aid", documents[0].Metadata.Url);
        Assert.Equal(new DateOnly(2024, 2, 6), documents[0].Metadata.Published);
        Assert.Equal("Pentagon urges Congress to approve Ukraine aid", documents[0].Metadata.Title);
        Assert.StartsWith("The Pentagon wants Congress", documents[0].RawText, StringComparison.Ordinal);
        Assert.Equal("Moscow and Beijing pledged closer cooperation.", documents[1].RawText);
        Assert.Equal(new DateOnly(2024, 2, 5), documents[1].Metadata.Published);
    }

    [Fact]
    public void JsonLinesYieldsOneDocumentPerLineWithTextOrHtml()
    {
        var documents = Read(Input("articles.jsonl")).Select(item => item.Document!).ToList();
        Assert.Equal(3, documents.Count);
        Assert.Equal("a1", documents[0].Metadata.Id);
        Assert.Equal("https://news.example.org/a1", documents[0].Metadata.Url);
        Assert.Equal(new DateOnly(2024, 2, 8), documents[0].Metadata.Published);
        Assert.EndsWith("articles.jsonl:1", documents[0].Metadata.Source, StringComparison.Ordinal);

        Assert.Equal("42", documents[1].Metadata.Id);
        Assert.Equal(InputFormat.Html, documents[1].Format);
        Assert.Equal(new DateOnly(2024, 2, 7), documents[1].Metadata.Published);
        Assert.Contains("greatest long-term challenge", documents[1].RawText, StringComparison.Ordinal);
        Assert.EndsWith("articles.jsonl:2", documents[1].Metadata.Source, StringComparison.Ordinal);

        Assert.Equal(ContentId.Of(documents[2].RawText), documents[2].Metadata.Id);
        Assert.EndsWith("articles.jsonl:4", documents[2].Metadata.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void DateOptionFillsOnlyMissingDates()
    {
        var options = new IngestionOptions { DefaultDate = new DateOnly(2030, 1, 1) };
        var documents = new DocumentReader(options).Read([Input("articles.jsonl")]).Select(i => i.Document!).ToList();
        Assert.Equal(new DateOnly(2024, 2, 8), documents[0].Metadata.Published);
        Assert.Equal(new DateOnly(2030, 1, 1), documents[2].Metadata.Published);
    }

    [Fact]
    public void DirectoriesAreReadRecursivelyInOrdinalOrderSkippingUnknownFiles()
    {
        using var folder = new TempFolder();
        folder.File("b.txt", "Second document body.");
        folder.File("A.txt", "First document body.");
        folder.File("sub/c.jsonl", "{\"id\":\"c\",\"text\":\"Third.\"}\n");
        folder.File("sub/image.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);
        folder.File("README", "not an article");
        var sources = Read(folder.Path).Select(item => Path.GetFileName(item.Document!.Metadata.Source)).ToList();
        Assert.Equal(["A.txt", "b.txt", "c.jsonl:1"], sources);
    }

    [Fact]
    public void GzipIsReadTransparentlyAndSniffedWithoutExtension()
    {
        using var folder = new TempFolder();
        byte[] compressed = Gzip(File.ReadAllBytes(Input("feed.rss")));
        string named = folder.File("feed.rss.gz", compressed);
        string unnamed = folder.File("download.bin", compressed);
        Assert.Equal(2, Read(named).Count(item => item.Document is not null));
        Assert.Equal(2, Read(unnamed).Count(item => item.Document is not null));
    }

    [Fact]
    public void StandardInputIsSniffed()
    {
        var reader = new DocumentReader();
        var items = reader.Read(["-"], () => new MemoryStream(File.ReadAllBytes(Input("articles.jsonl")))).ToList();
        Assert.Equal(3, items.Count(item => item.Document is not null));
        Assert.EndsWith("-:1", items[0].Document!.Metadata.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeJsonLinesInputsStream()
    {
        // The reader yields each document before reading the next line: a consumer that stops
        // after the first document never makes the reader touch the rest.
        var lines = new LazyLines(1_000_000);
        var reader = new DocumentReader();
        var first = reader.ReadStream(lines, "generated.jsonl", InputFormat.JsonLines).First();
        Assert.NotNull(first.Document);
        Assert.True(lines.LinesServed < 10_000, $"read {lines.LinesServed} lines to yield one document");
    }

    internal static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }

    /// <summary>A stream of generated JSONL lines that counts how many it has served.</summary>
    private sealed class LazyLines(int count) : Stream
    {
        private byte[] pending = [];
        private int offset;

        public int LinesServed { get; private set; }

        public override int Read(byte[] buffer, int start, int length)
        {
            if (offset == pending.Length)
            {
                if (LinesServed == count)
                {
                    return 0;
                }

                pending = Encoding.UTF8.GetBytes($"{{\"id\":\"d{LinesServed}\",\"text\":\"Document number {LinesServed} says the ministers met.\"}}\n");
                offset = 0;
                LinesServed++;
            }

            int n = Math.Min(length, pending.Length - offset);
            Array.Copy(pending, offset, buffer, start, n);
            offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long o, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int o, int c) => throw new NotSupportedException();
    }
}
