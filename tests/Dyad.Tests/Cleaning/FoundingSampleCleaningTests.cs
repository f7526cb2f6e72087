using Dyad.Ingestion;
using Dyad.Tests.Support;
using Dyad.Text;

namespace Dyad.Tests.Cleaning;

/// <summary>
/// The founding sample (samples/russia-china-2024-02-08.txt, copied from
/// ../shared/samples/) and what ../shared/samples/russia-china-2024-02-08.expected.md says
/// cleaning must do with it.
/// </summary>
public sealed class FoundingSampleCleaningTests
{
    private static readonly Document Sample = Pipelines.CleanOne(Paths.FoundingSample, new IngestionOptions { DefaultDate = new DateOnly(2024, 2, 8) });

    [Fact]
    public void TheRepeatedCaptionIsKeptOnce()
    {
        const string caption = "Chinese President Xi Jinping (L) and Russian President Vladimir Putin (R) March 21, 2023 in Moscow, Russia.";
        var sentences = Pipelines.SentenceTexts(Sample);
        Assert.Single(sentences, s => s == caption);
        Assert.Single(sentences, s => s.StartsWith("The couple spoke on February 8, 2024", StringComparison.Ordinal));

        var removed = Assert.Single(Sample.Removed, r => r.Reason is RemovalReason.DuplicateParagraph or RemovalReason.DuplicateSentence);
        Assert.StartsWith(caption, removed.Span.Of(Sample.Source.RawText), StringComparison.Ordinal);
        Assert.EndsWith("as good as it has ever been.", removed.Span.Of(Sample.Source.RawText), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTaglineAndSectionHeaderAreRemovedWithTheirReasons()
    {
        Assert.DoesNotContain("committed to challenging conventional wisdom", Sample.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncommon knowledge", Sample.Text, StringComparison.Ordinal);
        Assert.EndsWith("an additional $60 billion financing to Ukraine.", Sample.Text, StringComparison.Ordinal);

        var header = Assert.Single(Sample.Removed, r => r.Reason == RemovalReason.SectionHeader);
        Assert.Equal("Uncommon knowledge", header.Span.Of(Sample.Source.RawText));
        var taglines = Sample.Removed.Where(r => r.Reason == RemovalReason.Boilerplate).ToList();
        Assert.Equal(2, taglines.Count);
        Assert.All(taglines, t => Assert.StartsWith("Newsweek is committed", t.Span.Of(Sample.Source.RawText), StringComparison.Ordinal));
    }

    [Fact]
    public void EveryKeptSpanMapsBackToTheSameTextInTheRawInput()
    {
        foreach (var token in Sample.Tokens)
        {
            var raw = Sample.ToRaw(token.Span);
            Assert.Equal(Sample[token.Span], raw.Of(Sample.Source.RawText));
        }

        foreach (var sentence in Sample.Sentences)
        {
            Assert.Equal(Sample[sentence.Span], Sample.ToRaw(sentence.Span).Of(Sample.Source.RawText));
        }
    }

    [Fact]
    public void RemovedSpansDoNotOverlapKeptText()
    {
        foreach (var sentence in Sample.Sentences)
        {
            var raw = Sample.ToRaw(sentence.Span);
            Assert.DoesNotContain(Sample.Removed, removed => removed.Span.Overlaps(raw));
        }
    }
}
