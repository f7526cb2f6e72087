namespace Dyad.Syntax;

/// <summary>
/// "Greece plans to impose restrictions", "Britain wants to leave": after a proper name, a word
/// like "plans" or "wants" followed by "to" and a bare verb is the name's verb, which the tagger,
/// trained on web text with few such headlines, often reads as a plural noun ("the plans to …").
/// Run after tagging, before parsing.
/// </summary>
public static class ControlVerbRetagging
{
    private static readonly HashSet<string> ControlVerbs = new(StringComparer.Ordinal)
    {
        "plans", "aims", "hopes", "wants", "needs", "seeks", "vows", "threatens", "expects", "intends", "wishes",
        "promises", "pledges", "refuses", "offers", "proposes", "plots", "prepares", "votes",
    };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) as VERB/VBZ.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int plural = tagSet.IdOf("NOUN", "NNS");
        int verb = tagSet.IdOf("VERB", "VBZ");
        int to = tagSet.IdOf("PART", "TO");
        int bare = tagSet.IdOf("VERB", "VB");
        if (plural < 0 || verb < 0 || to < 0 || bare < 0)
        {
            return;
        }

        for (int i = 1; i + 2 < forms.Count; i++)
        {
            if (tags[i] == plural && tags[i + 1] == to && tags[i + 2] == bare && tagSet.Pairs[tags[i - 1]].Upos == "PROPN"
                && ControlVerbs.Contains(forms[i].ToLowerInvariant()))
            {
                tags[i] = verb;
            }
        }
    }
}
