namespace Dyad.Syntax;

/// <summary>
/// "Egyptian police confiscated weapons from militants": a past-tense verb right after its
/// subject and before its object, read by the tagger as an adjective of the object ("confiscated
/// weapons"), leaves the sentence with no verb. An "-ed" word tagged as an adjective that follows
/// a noun, comes before the start of a noun phrase and has no verb before it in the sentence is
/// retagged as a past-tense verb (adjectives come before their nouns, so "-ed" after a noun and
/// before another is the verb between them). Run after tagging, before parsing.
/// </summary>
public static class PastTenseRetagging
{
    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) as VERB/VBD.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int past = tagSet.IdOf("VERB", "VBD");
        if (past < 0)
        {
            return;
        }

        for (int i = 1; i + 1 < forms.Count; i++)
        {
            var pair = tagSet.Pairs[tags[i]];
            string next = tagSet.Pairs[tags[i + 1]].Xpos;
            if (pair.Xpos is "JJ" or "VBN" && forms[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && forms[i].Length > 4
                && tagSet.Pairs[tags[i - 1]].Upos is "NOUN" or "PROPN"
                && (next is "DT" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ" || (next == "PRP$" && pair.Xpos == "JJ")))
            {
                tags[i] = past;
                return;
            }

            if (pair.Upos is "VERB" or "AUX")
            {
                return; // only the sentence's first verb can be the one the tagger missed
            }
        }
    }
}
