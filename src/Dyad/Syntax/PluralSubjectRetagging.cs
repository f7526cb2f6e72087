namespace Dyad.Syntax;

/// <summary>
/// "Food costs rose in January", "Consumer delegates said", "U.S. warships destroyed a
/// non-producing oil platform": the tagger, reading left to right, may take a plural subject noun
/// for a verb in the third person ("costs", "delegates" as VBZ), and the parse then loses the
/// sentence's subject and often its verb. A third-person verb right before a finite past or a
/// modal is next to impossible (EWT's gold tags have it twice, both typing slips), except where
/// the verb's object went before it ("companies he controls said", "which Apple says will"); so
/// such an "-s" word is retagged NNS unless a subject pronoun stands right before it, a relative
/// word opens a noun phrase right before it, or it is a verb of saying or thinking after a noun.
/// A word the tagger never saw ("warships") is retagged before a past participle too, which
/// the tagger reads there for the same reason. Run after tagging, before the past-tense retagging
/// (which needs the sentence's verb found).
/// </summary>
public static class PluralSubjectRetagging
{
    /// <summary>Tags of words that can open or continue a noun phrase before its head.</summary>
    private static readonly HashSet<string> NounPhraseTags = new(StringComparer.Ordinal)
    {
        "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "DT", "PRP$", "POS", "HYPH", "VBG",
    };

    /// <summary>Verbs of saying or thinking that are never plural nouns and take a clause with its subject gone ("which the company says will").</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "says", "believes", "thinks", "feels", "insists", "contends", "argues", "suggests", "calculates", "expects", "hopes", "predicts",
        "reckons", "acknowledges", "admits", "maintains", "assumes", "knows", "understands", "alleges", "asserts", "concedes", "recalls",
        "agrees", "estimates",
    };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of the tagger's tag set) from VERB/VBZ to NOUN/NNS.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, Tagger tagger)
    {
        var tagSet = tagger.Tags;
        int plural = tagSet.IdOf("NOUN", "NNS");
        if (plural < 0)
        {
            return;
        }

        string Xpos(int i) => tagSet.Pairs[tags[i]].Xpos;
        for (int i = 0; i + 1 < forms.Count; i++)
        {
            string form = forms[i];
            if (!CountedNounRetagging.IsPluralLookingVerb(form, Xpos(i)) || (i > 0 && !char.IsLower(form[0])))
            {
                continue;
            }

            string next = Xpos(i + 1);
            bool beforeFinite = next is "VBD" or "MD";
            bool unknownBeforeParticiple = next == "VBN" && !tagger.Ambiguity.ContainsKey(new WordAtoms(form).Lower);
            if (!beforeFinite && !unknownBeforeParticiple)
            {
                continue;
            }

            if (i > 0 && (Xpos(i - 1) == "PRP" || (SpeechVerbs.Contains(form) && Xpos(i - 1) is "NN" or "NNP" or "NNPS")))
            {
                continue;
            }

            // ("The man who leads will decide", "whatever happens would": a relative pronoun right
            // before the word is its subject. Not "that" or "which", after which the Reuters bodies
            // have only plural nouns so placed, "the danger that exports will slump", "a surplus that
            // economists said would …", "from which funds will be credited"; "a country that refuses
            // would …" is read wrongly, and rarer.)
            if (i > 0 && Xpos(i - 1) == "WP")
            {
                continue;
            }

            // "who the report suggests were", "which France hopes will": a relative word, then a
            // noun phrase naming the subject, so the "-s" word is that subject's verb. Not "that",
            // which the tagger also reads as relative where it opens a reported clause ("announced
            // that U.S. warships destroyed"); after it only verbs of saying stay verbs.
            int start = i;
            bool hasNoun = false;
            while (start > 0 && NounPhraseTags.Contains(Xpos(start - 1)))
            {
                start--;
                hasNoun |= Xpos(start) is "NN" or "NNS" or "NNP" or "NNPS";
            }

            if (hasNoun && start > 0 && Xpos(start - 1) is "WDT" or "WP" or "WP$" && !forms[start - 1].Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            tags[i] = plural;
        }
    }
}
