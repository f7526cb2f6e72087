using Dyad.Syntax;
using Dyad.Syntax.Training;
using Dyad.Tests.Support;

namespace Dyad.Tests.Syntax;

/// <summary>The training copies with news time phrases are well-formed trees with the phrase on the verb.</summary>
public sealed class NewsTimePhrasesTests
{
    private static List<ConllSentence> Sample() => ConllU.ReadFile(Paths.TestData("conllu-sample.conllu"));

    [Fact]
    public void APhraseBetweenSubjectAndVerbHangsOnTheVerbAndShiftsTheRest()
    {
        var both = Sample()[1]; // "Both men chastised the United States."
        Assert.Equal([2], NewsTimePhrases.SubjectVerbSites(both.Words));
        var phrase = new List<ConllWord>
        {
            new("on", "on", "ADP", "IN", "_", 2, "case", "_", NewsTimePhrases.InsertedMark),
            new("Thursday", "Thursday", "PROPN", "NNP", "Number=Sing", 0, "obl", "_", NewsTimePhrases.InsertedMark),
        };

        var copy = NewsTimePhrases.Insert(both, 2, 2, phrase, "sample-2-time");

        Assert.Equal("Both men on Thursday chastised the United States .", string.Join(' ', copy.Words.Select(w => w.Form)));
        string Head(string form) => copy.Words.Single(w => w.Form == form).Head is var h and > 0 ? copy.Words[h - 1].Form : "ROOT";
        Assert.Equal("Thursday", Head("on"));
        Assert.Equal("chastised", Head("Thursday"));
        Assert.Equal("chastised", Head("men"));
        Assert.Equal("States", Head("United"));
        Assert.Equal("chastised", Head("States"));
        Assert.Equal("ROOT", Head("chastised"));
        Assert.Contains("# sent_id = sample-2-time", copy.Comments);
    }

    [Fact]
    public void APronounSubjectOrAnAuxiliaryLeavesNoSite()
    {
        // "Russia's ministers didn't meet": the auxiliary stands between subject and verb.
        Assert.Empty(NewsTimePhrases.SubjectVerbSites(Sample()[0].Words));
    }

    [Fact]
    public void AugmentingIsDeterministicAndEveryCopyIsATreeWithItsPhraseOnAVerbCrossingNoArc()
    {
        var dev = ConllU.ReadFile(Paths.Shared("data/ud/en_ewt/en_ewt-ud-dev.conllu"));
        var first = NewsTimePhrases.Augment(dev, 1, seed: 7);
        var second = NewsTimePhrases.Augment(dev, 1, seed: 7);
        Assert.Equal(first.Count, second.Count);
        var copies = first.Skip(dev.Count).ToList();
        Assert.True(copies.Count > 100, $"{copies.Count} copies");
        Assert.Equal(copies.Select(c => string.Join(' ', c.Words.Select(w => w.Form))), second.Skip(dev.Count).Select(c => string.Join(' ', c.Words.Select(w => w.Form))));
        foreach (var copy in copies)
        {
            var words = copy.Words;
            Assert.Single(words, w => w.Head == 0);
            Assert.All(words, w => Assert.InRange(w.Head, 0, words.Count));
            int phrase = words.ToList().FindIndex(w => w.Misc == NewsTimePhrases.InsertedMark && w.Deprel.StartsWith("obl", StringComparison.Ordinal));
            Assert.True(phrase >= 0, string.Join(' ', words.Select(w => w.Form)));
            int verb = words[phrase].Head - 1;
            Assert.Equal("VERB", words[verb].Upos);
            for (int between = Math.Min(phrase, verb) + 1; between < Math.Max(phrase, verb); between++)
            {
                Assert.True(Dominates(words, verb, between), $"word {between + 1} of '{string.Join(' ', words.Select(w => w.Form))}' is not under the verb");
            }
        }
    }

    private static bool Dominates(IReadOnlyList<ConllWord> words, int ancestor, int word)
    {
        for (int steps = 0; steps <= words.Count && word >= 0; steps++)
        {
            if (word == ancestor)
            {
                return true;
            }

            word = words[word].Head - 1;
        }

        return false;
    }
}
