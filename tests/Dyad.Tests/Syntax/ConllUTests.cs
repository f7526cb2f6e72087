using Dyad.Syntax;
using Dyad.Tests.Support;

namespace Dyad.Tests.Syntax;

/// <summary>The CoNLL-U reader and writer keep everything they do not interpret.</summary>
public sealed class ConllUTests
{
    [Fact]
    public void CommentsMultiwordTokensAndEmptyNodesSurviveARoundTrip()
    {
        string text = File.ReadAllText(Paths.TestData("conllu-sample.conllu"));
        var sentences = ConllU.Read(new StringReader(text)).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(7, sentences[0].Words.Count);
        Assert.Equal(["1-2\tRussia's\t_\t_\t_\t_\t_\t_\t_\t_", "4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_", "6.1\tmet\tmeet\tVERB\tVBD\t_\t_\t_\t3:nsubj\tCopyOf=6"], sentences[0].Extra.Select(e => e.Line));
        Assert.Equal(6, sentences[0].Words[2].Head);
        Assert.Equal("nmod:poss", sentences[0].Words[0].Deprel);

        var written = new StringWriter();
        foreach (var sentence in sentences)
        {
            ConllU.Write(written, sentence);
        }

        Assert.Equal(text, written.ToString());
    }

    [Fact]
    public void TheWholeDevelopmentTreebankRoundTripsByteForByte()
    {
        string path = Paths.Shared("data/ud/en_ewt/en_ewt-ud-dev.conllu");
        string text = File.ReadAllText(path);
        var written = new StringWriter();
        foreach (var sentence in ConllU.Read(new StringReader(text)))
        {
            ConllU.Write(written, sentence);
        }

        Assert.Equal(text, written.ToString());
    }

    [Fact]
    public void AMalformedLineIsNamedWithItsNumber()
    {
        var error = Assert.Throws<FormatException>(() => ConllU.Read(new StringReader("# x\n1\tA\ta\n"), "bad.conllu").ToList());
        Assert.Contains("bad.conllu:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoresFollowTheConll2018Rules()
    {
        var gold = ConllU.Read(new StringReader(File.ReadAllText(Paths.TestData("conllu-sample.conllu")))).ToList();
        var system = gold.Select(s => s with
        {
            Words = [.. s.Words.Select((w, i) => i == 1 ? w with { Deprel = w.Deprel == "nsubj" ? "nsubj:pass" : "obj" } : i == 2 ? w with { Head = 1, Upos = "X" } : w)],
        }).ToList();
        var scores = SyntaxScorer.Score(gold, system);
        Assert.Equal(14, scores.Words);
        // Word 2 of sentence 2 keeps its arc: nsubj vs nsubj:pass is a match under LAS (subtypes ignored);
        // word 2 of sentence 1 changes relation (case → obj); word 3 of each loses its head and UPOS.
        Assert.Equal(100.0 * 12 / 14, scores.Uas, 6);
        Assert.Equal(100.0 * 11 / 14, scores.Las, 6);
        Assert.Equal(100.0 * 12 / 14, scores.Upos, 6);
    }
}
