using Dyad.Data;
using Dyad.Syntax;

namespace Dyad.Tests.Syntax;

/// <summary>Lemmas from the shipped tagger model's tables: exceptions for irregular words, suffix rules for the rest.</summary>
public sealed class LemmatizerTests
{
    private static readonly Lazy<Morphology> Tables = new(() => TaggerModel.Load(DataDirectory.Default.File("models/en-ewt-tagger.dyad")).Morphology);

    [Theory]
    [InlineData("went", "VERB", "VBD", "go")]
    [InlineData("was", "AUX", "VBD", "be")]
    [InlineData("men", "NOUN", "NNS", "man")]
    [InlineData("children", "NOUN", "NNS", "child")]
    [InlineData("countries", "NOUN", "NNS", "country")]
    [InlineData("sanctions", "NOUN", "NNS", "sanction")]
    [InlineData("chastised", "VERB", "VBD", "chastise")]
    [InlineData("criticized", "VERB", "VBN", "criticize")]
    [InlineData("imposed", "VERB", "VBN", "impose")]
    [InlineData("talks", "NOUN", "NNS", "talk")]
    [InlineData("Americans", "PROPN", "NNPS", "American")]
    [InlineData("better", "ADJ", "JJR", "good")]
    [InlineData("The", "DET", "DT", "the")]
    [InlineData("Putin", "PROPN", "NNP", "Putin")]
    [InlineData("repeated", "VERB", "VBD", "repeat")]
    [InlineData("repeated", "VERB", "VBN", "repeat")]
    [InlineData("shelled", "VERB", "VBD", "shell")]
    [InlineData("fuelled", "VERB", "VBD", "fuel")]
    [InlineData("quelled", "VERB", "VBN", "quell")]
    [InlineData("conceded", "VERB", "VBD", "concede")]
    [InlineData("ceded", "VERB", "VBN", "cede")]
    [InlineData("succeeded", "VERB", "VBD", "succeed")]
    [InlineData("needed", "VERB", "VBD", "need")]
    [InlineData("shelling", "VERB", "VBG", "shell")]
    [InlineData("drilled", "VERB", "VBN", "drill")]
    [InlineData("travelled", "VERB", "VBD", "travel")]
    [InlineData("cancelled", "VERB", "VBN", "cancel")]
    [InlineData("expelled", "VERB", "VBD", "expel")]
    [InlineData("resumed", "VERB", "VBD", "resume")]
    [InlineData("consumed", "VERB", "VBN", "consume")]
    [InlineData("drummed", "VERB", "VBD", "drum")]
    [InlineData("intervened", "VERB", "VBD", "intervene")]
    [InlineData("convened", "VERB", "VBN", "convene")]
    [InlineData("opened", "VERB", "VBD", "open")]
    [InlineData("strengthened", "VERB", "VBD", "strengthen")]
    [InlineData("blasted", "VERB", "VBD", "blast")]
    [InlineData("climbed", "VERB", "VBD", "climb")]
    [InlineData("absorbed", "VERB", "VBN", "absorb")]
    [InlineData("subscribed", "VERB", "VBN", "subscribe")]
    [InlineData("robbed", "VERB", "VBD", "rob")]
    [InlineData("traded", "VERB", "VBD", "trade")]
    [InlineData("declining", "VERB", "VBG", "decline")]
    [InlineData("stopped", "VERB", "VBD", "stop")]
    [InlineData("sitting", "VERB", "VBG", "sit")]
    [InlineData("visited", "VERB", "VBD", "visit")]
    [InlineData("repairing", "VERB", "VBG", "repair")]
    [InlineData("leaked", "VERB", "VBD", "leak")]
    [InlineData("created", "VERB", "VBD", "create")]
    [InlineData("contrasted", "VERB", "VBN", "contrast")]
    [InlineData("wasted", "VERB", "VBD", "waste")]
    [InlineData("embargoes", "NOUN", "NNS", "embargo")]
    [InlineData("vetoes", "VERB", "VBZ", "veto")]
    [InlineData("heroes", "NOUN", "NNS", "hero")]
    [InlineData("shoes", "NOUN", "NNS", "shoe")]
    [InlineData("toes", "NOUN", "NNS", "toe")]
    [InlineData("canoes", "NOUN", "NNS", "canoe")]
    public void LemmatizesNewsWords(string form, string upos, string xpos, string lemma) =>
        Assert.Equal(lemma, Tables.Value.Lemma(form, upos, xpos));

    [Theory]
    [InlineData("s")]
    [InlineData("'d")]
    [InlineData("ed")]
    [InlineData("ing")]
    public void AShortFormTaggedAsAVerbFormHasALemma(string form)
    {
        // (A Reuters body whose "Inc said it" got a one-letter word tagged as a past tense crashed the
        // regular-past repairs.)
        foreach (string xpos in (string[])["VBD", "VBN", "VBG"])
        {
            Assert.Null(Record.Exception(() => Tables.Value.Lemma(form, "VERB", xpos)));
        }
    }

    [Theory]
    [InlineData("sank", "VBD", "sink")]
    [InlineData("sunk", "VBN", "sink")]
    [InlineData("fled", "VBD", "flee")]
    [InlineData("swore", "VBD", "swear")]
    [InlineData("shed", "VBD", "shed")]
    [InlineData("upheld", "VBN", "uphold")]
    [InlineData("overthrown", "VBN", "overthrow")]
    [InlineData("forbade", "VBD", "forbid")]
    public void IrregularVerbsTheTreebankLacksHaveTheirLemmas(string form, string xpos, string lemma)
    {
        // The treebank never shows these forms; the suffix rules alone gave "sake" for "sank".
        var shipped = TaggerModel.Load(DataDirectory.Default.File("models/en-ewt-tagger.dyad"));
        Assert.Equal(lemma, shipped.WithIrregularVerbs(DataDirectory.Default).Morphology.Lemma(form, "VERB", xpos));
    }

    [Fact]
    public void TheIrregularVerbsKeepWhatTheTreebankTaughtAndAMalformedLineIsNamed()
    {
        var shipped = TaggerModel.Load(DataDirectory.Default.File("models/en-ewt-tagger.dyad"));
        var added = shipped.Morphology.WithIrregularVerbs([("went", "VBD", "wend"), ("said", "VBD", "say"), ("sank", "VBD", "sink")]);
        Assert.Equal("go", added.Lemma("went", "VERB", "VBD")); // an exception of the treebank stays
        Assert.Equal("sink", added.Lemma("sank", "VERB", "VBD"));
        Assert.Same(shipped.Morphology, shipped.Morphology.WithIrregularVerbs([("said", "VBD", "say")])); // nothing to add

        using var folder = new Dyad.Tests.Support.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "models"));
        File.WriteAllText(Path.Combine(folder.Path, "models", TaggerModel.IrregularVerbsFile), "base\tpast\tparticiple\nsink\tsank\tsunk\nswim\tswam\n");
        var error = Assert.Throws<DataFileException>(() => shipped.WithIrregularVerbs(new DataDirectory(folder.Path)));
        Assert.Equal(3, error.Line);
        Assert.Contains(TaggerModel.IrregularVerbsFile, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeatsFollowTheTags()
    {
        Assert.Contains("Tense=Past", Tables.Value.Feats("chastised", "VERB", "VBD"), StringComparison.Ordinal);
        Assert.Contains("Number=Plur", Tables.Value.Feats("sanctions", "NOUN", "NNS"), StringComparison.Ordinal);
        Assert.Contains("VerbForm=Part", Tables.Value.Feats("imposed", "VERB", "VBN"), StringComparison.Ordinal);
    }
}
