namespace Dyad.Syntax;

/// <summary>
/// "Druze inhabitants of the Golan Heights threatened …": a name opening a sentence, unknown to the
/// tagger, is read as an imperative verb with the noun after it as its object, and the sentence
/// loses its subject. An imperative has no finite verb of its own later in the sentence; so a
/// first word tagged VB, followed by a plural noun, in a sentence with a later past or present
/// tense verb, is retagged as a proper noun (NNP). Run after tagging, before parsing.
/// </summary>
public static class InitialNameRetagging
{
    /// <summary>Retags such a first word in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) from VERB/VB to PROPN/NNP.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int name = tagSet.IdOf("PROPN", "NNP");
        if (name < 0 || forms.Count < 4 || tagSet.Pairs[tags[0]].Xpos != "VB" || tagSet.Pairs[tags[1]].Xpos != "NNS" || !char.IsUpper(forms[0][0]))
        {
            return;
        }

        for (int i = 2; i < forms.Count; i++)
        {
            if (tagSet.Pairs[tags[i]].Xpos is "VBD" or "VBZ" or "VBP")
            {
                tags[0] = name;
                return;
            }
        }
    }
}
