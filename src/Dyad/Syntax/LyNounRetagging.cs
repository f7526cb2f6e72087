namespace Dyad.Syntax;

/// <summary>
/// "Israel's militia ally in southern Lebanon", "a rally in Lagos": nouns ending in "-ly" that are
/// never adverbs, which the tagger, seeing them a handful of times in the treebank, reads by their
/// ending as adverbs. Retagged as singular nouns. Run after tagging, before parsing.
/// </summary>
public static class LyNounRetagging
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase) { "ally", "rally", "tally", "assembly", "monopoly", "anomaly", "bully" };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) from ADV to NOUN/NN.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int noun = tagSet.IdOf("NOUN", "NN");
        if (noun < 0)
        {
            return;
        }

        for (int i = 0; i < forms.Count; i++)
        {
            if (tagSet.Pairs[tags[i]].Upos == "ADV" && Nouns.Contains(forms[i]))
            {
                tags[i] = noun;
            }
        }
    }
}
