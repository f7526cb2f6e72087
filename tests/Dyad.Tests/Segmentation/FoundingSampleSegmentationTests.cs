using Dyad.Ingestion;
using Dyad.Tests.Support;
using Dyad.Text;

namespace Dyad.Tests.Segmentation;

/// <summary>Sentence boundaries in the founding sample, where news abbreviations and amounts sit.</summary>
public sealed class FoundingSampleSegmentationTests
{
    private static readonly Document Sample = Pipelines.CleanOne(Paths.FoundingSample, new IngestionOptions { DefaultDate = new DateOnly(2024, 2, 8) });
    private static readonly List<string> Sentences = Pipelines.SentenceTexts(Sample);

    [Fact]
    public void WashingtonDcDoesNotEndTheSentence()
    {
        var sentence = Assert.Single(Sentences, s => s.Contains("Washington, D.C.", StringComparison.Ordinal));
        Assert.StartsWith("NATO Secretary General Jens Stoltenberg said Wednesday", sentence, StringComparison.Ordinal);
        Assert.Contains("D.C., that while Russia currently poses", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyAmountsStayInsideTheirSentence()
    {
        var sentence = Assert.Single(Sentences, s => s.Contains("$60 billion", StringComparison.Ordinal));
        Assert.StartsWith("Defense Department Deputy Press Secretary Sabrina Singh", sentence, StringComparison.Ordinal);
        Assert.EndsWith("financing to Ukraine.", sentence, StringComparison.Ordinal);
        Assert.Single(Sentences, s => s.Contains("$200 billion reached a record $228 billion in 2023", StringComparison.Ordinal));
    }

    [Fact]
    public void APeriodFollowedByLowerCaseDoesNotEndTheSentence()
    {
        Assert.Contains("The war will reach the two-year mark on February 24. with no end in sight.", Sentences);
    }

    [Fact]
    public void QuotesEndingInACommaStayWithTheirAttribution()
    {
        Assert.Contains(Sentences, s => s.StartsWith("“The heads of state summarized", StringComparison.Ordinal) && s.EndsWith("according to Russian state media Tass.", StringComparison.Ordinal));
        Assert.Contains(Sentences, s => s.StartsWith("“Mutual rejection was expressed", StringComparison.Ordinal) && s.EndsWith("Ushakov said.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSampleHasTheSentencesAReaderSees()
    {
        // 21 sentences: 8 + caption (2) in the first paragraph, 11 in the third, none left of the repeats.
        Assert.Equal(21, Sentences.Count);
        Assert.Equal("He said targeting Taiwan could lead to global violence similar to what happened to Russia due to its actions in Ukraine.", Sentences[19]);
    }

    [Fact]
    public void PossessivesAndCompoundsAreSplitTheUdWay()
    {
        var sentence = Sample.Sentences.Single(s => Sample[s.Span].StartsWith("Yuri Ushakov", StringComparison.Ordinal));
        var words = Sample.TokensOf(sentence).ToArray().Select(t => Sample[t.Span]).ToList();
        Assert.Equal(["Yuri", "Ushakov", ",", "Putin", "'s", "foreign"], words.Take(6));
        var putin = Sample.TokensOf(sentence)[3];
        Assert.True(putin.JoinedToNext);

        var longTerm = Sample.Tokens.Select(t => Sample[t.Span]).ToList();
        int index = longTerm.IndexOf("long");
        Assert.Equal(["long", "-", "term"], longTerm.Skip(index).Take(3));
    }
}
