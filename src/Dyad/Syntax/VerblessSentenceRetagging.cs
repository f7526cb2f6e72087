namespace Dyad.Syntax;

/// <summary>
/// "China's president visits Moscow next week": the tagger may read a verb in the third person
/// that is also a plural noun ("visits", "talks", "calls") as the noun, and the sentence is left
/// with no verb, which the parser then hangs on a noun ("the agreement calls for Israel to
/// withdraw"). In a sentence with no verb but participles and infinitives, the first lower-case
/// "-s" word tagged NNS that the treebank shows as both NNS and VBZ, right after a name, noun or
/// pronoun (its subject) and right before a name, determiner, possessive, number, pronoun or
/// preposition (its object), is retagged VBZ. Run after tagging, before parsing.
/// </summary>
public static class VerblessSentenceRetagging
{
    /// <summary>Retags such a word in <paramref name="tags"/> from NOUN/NNS to VERB/VBZ.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, Tagger tagger)
    {
        var tagSet = tagger.Tags;
        int plural = tagSet.IdOf("NOUN", "NNS"), verb = tagSet.IdOf("VERB", "VBZ");
        if (plural < 0 || verb < 0 || forms.Count < 3)
        {
            return;
        }

        // (An infinitive is no verb of the sentence: "the agreement calls for Israel to withdraw".)
        for (int i = 0; i < tags.Length; i++)
        {
            string xpos = tagSet.Pairs[tags[i]].Xpos;
            if (xpos is "VBD" or "VBZ" or "VBP" or "MD" || (xpos == "VB" && (i == 0 || tagSet.Pairs[tags[i - 1]].Xpos != "TO")))
            {
                return;
            }
        }

        // The ambiguity class of a word the treebank shows as NNS and VBZ and nothing else.
        ulong nounOrVerb = Tagger.AmbiguityClassOf([plural, verb]);
        for (int i = 1; i + 1 < forms.Count; i++)
        {
            string form = forms[i];
            if (tags[i] == plural && form.Length > 3 && char.IsLower(form[0]) && form.EndsWith('s')
                && tagger.Ambiguity.TryGetValue(new WordAtoms(form).Lower, out ulong seen) && seen == nounOrVerb
                && tagSet.Pairs[tags[i - 1]].Xpos is "NNP" or "NNPS" or "NN" or "PRP"
                && tagSet.Pairs[tags[i + 1]].Xpos is "NNP" or "NNPS" or "DT" or "PRP$" or "CD" or "PRP" or "IN")
            {
                tags[i] = verb;
                return;
            }
        }
    }
}
