namespace Dyad.Syntax;

/// <summary>Re-annotates CoNLL-U sentences, keeping their words, comments, multiword tokens and MISC.</summary>
public static class SyntaxAnnotator
{
    /// <summary>Tags, lemmatizes and adds FEATS; heads and relations are left empty.</summary>
    public static ConllSentence TagOnly(TaggerModel model, ConllSentence sentence)
    {
        var words = sentence.Words.Select(w => new WordAtoms(w.Form)).ToArray();
        var labels = new int[words.Length];
        model.Tagger.Tag(words, labels);
        var annotated = new List<ConllWord>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            var (upos, xpos) = model.Tagger.Tags.Pairs[labels[i]];
            string form = sentence.Words[i].Form;
            annotated.Add(new ConllWord(form, model.Morphology.Lemma(form, upos, xpos), upos, xpos, model.Morphology.Feats(form, upos, xpos), -1, "_", "_", sentence.Words[i].Misc));
        }

        return sentence with { Words = annotated };
    }
}
