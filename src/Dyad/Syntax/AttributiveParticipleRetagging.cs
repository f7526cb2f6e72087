namespace Dyad.Syntax;

/// <summary>
/// "western diplomatic sources in neighboring Pakistan said": a participle that, before a noun,
/// describes it. The tagger reads "neighboring" as a gerund and "in" as the subordinator of its
/// clause, and the parser then makes Pakistan a second subject of "said" and leaves the sources'
/// phrase torn. Retagged as an adjective (ADJ/JJ), with a preposition before it tagged as a
/// subordinator retagged as a preposition (ADP/IN), so the parser builds the place's phrase.
/// Run after tagging, before parsing.
/// </summary>
public static class AttributiveParticipleRetagging
{
    /// <summary>Participles that before a noun describe it; not "ruling" or "surrounding", as often verbs ("barred from ruling Kosovo").</summary>
    internal static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase) { "neighboring", "neighbouring", "warring" };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) from VERB/VBG to ADJ/JJ.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int adjective = tagSet.IdOf("ADJ", "JJ"), preposition = tagSet.IdOf("ADP", "IN");
        if (adjective < 0 || preposition < 0)
        {
            return;
        }

        for (int i = 0; i + 1 < forms.Count; i++)
        {
            if (tagSet.Pairs[tags[i]].Xpos == "VBG" && Participles.Contains(forms[i]) && tagSet.Pairs[tags[i + 1]].Upos is "NOUN" or "PROPN")
            {
                tags[i] = adjective;
                if (i > 0 && tagSet.Pairs[tags[i - 1]].Upos == "SCONJ" && tagSet.Pairs[tags[i - 1]].Xpos == "IN")
                {
                    tags[i - 1] = preposition;
                }
            }
        }
    }
}
