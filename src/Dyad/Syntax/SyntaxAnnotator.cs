namespace Dyad.Syntax;

/// <summary>Re-annotates CoNLL-U sentences, keeping their words, comments, multiword tokens and MISC.</summary>
public static class SyntaxAnnotator
{
    /// <summary>Tags, lemmatizes and adds FEATS; heads and relations are left empty.</summary>
    public static ConllSentence TagOnly(TaggerModel model, ConllSentence sentence) => Annotate(model, null, null, sentence);

    /// <summary>Tags, lemmatizes, adds FEATS and, with a parser, heads and relations.</summary>
    public static ConllSentence Annotate(TaggerModel model, Parser? parser, ConllSentence sentence) => Annotate(model, parser, null, sentence);

    /// <summary>
    /// Tags, lemmatizes, adds FEATS and heads and relations by <paramref name="decoder"/> (its
    /// scratch reused across sentences; a cascade when it has a fallback).
    /// </summary>
    public static ConllSentence Annotate(TaggerModel model, ParseDecoder decoder, ConllSentence sentence) => Annotate(model, decoder.Parser, decoder, sentence);

    private static ConllSentence Annotate(TaggerModel model, Parser? parser, ParseDecoder? decoder, ConllSentence sentence)
    {
        var forms = sentence.Words.Select(w => w.Form).ToList();
        var heads = new int[forms.Count];
        var labels = new int[forms.Count];
        int[] tags;
        if (parser is null)
        {
            ParserInputOf(model.Tagger, forms, out tags);
        }
        else
        {
            tags = TimePhraseParsing.TagAndParse(model.Tagger, decoder ?? new ParseDecoder(parser), forms, heads, labels);
        }

        var annotated = new List<ConllWord>(forms.Count);
        for (int i = 0; i < forms.Count; i++)
        {
            var (upos, xpos) = model.Tagger.Tags.Pairs[tags[i]];
            string form = forms[i];
            annotated.Add(new ConllWord(
                form,
                model.Morphology.Lemma(form, upos, xpos),
                upos,
                xpos,
                model.Morphology.Feats(form, upos, xpos),
                parser is null ? -1 : heads[i],
                parser is null ? "_" : parser.Labels[labels[i]],
                "_",
                sentence.Words[i].Misc));
        }

        return sentence with { Words = annotated };
    }

    /// <summary>Tags words and builds the parser's input from them.</summary>
    public static ParserInput ParserInputOf(Tagger tagger, IReadOnlyList<string> forms, out int[] tags, Tagger? supertagger = null)
    {
        var atoms = new WordAtoms[forms.Count];
        for (int i = 0; i < atoms.Length; i++)
        {
            atoms[i] = new WordAtoms(forms[i]);
        }

        tags = new int[forms.Count];
        tagger.Tag(atoms, tags);
        ControlVerbRetagging.Apply(forms, tags, tagger.Tags);
        LyNounRetagging.Apply(forms, tags, tagger.Tags);
        IngNounRetagging.Apply(forms, tags, tagger.Tags);
        TitleParticipleRetagging.Apply(forms, tags, tagger.Tags);
        AttributiveParticipleRetagging.Apply(forms, tags, tagger.Tags);
        CountedNounRetagging.Apply(forms, tags, tagger.Tags);
        MarketNounRetagging.Apply(forms, tags, tagger.Tags);
        InitialNameRetagging.Apply(forms, tags, tagger.Tags);
        PrefixedPastRetagging.Apply(forms, tags, tagger);
        PluralSubjectRetagging.Apply(forms, tags, tagger);
        PastTenseRetagging.Apply(forms, tags, tagger.Tags);
        VerblessSentenceRetagging.Apply(forms, tags, tagger);
        ModalMayRetagging.Apply(forms, tags, tagger.Tags);
        var input = new ParserInput(forms.Count) { Atoms = atoms };
        for (int i = 0; i < atoms.Length; i++)
        {
            input.Set(i + 1, atoms[i].Lower, tagger.Tags.PairHash(tags[i]), tagger.Tags.UposHash(tags[i]));
        }

        if (supertagger is not null)
        {
            input.AddSupertags(supertagger, atoms);
        }

        return input;
    }
}
