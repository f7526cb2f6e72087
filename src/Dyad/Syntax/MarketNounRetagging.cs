namespace Dyad.Syntax;

/// <summary>
/// "… when demand for petroleum products generally falls", "but demand fell in other markets":
/// the tagger may read the market's "demand" or "supply" as a base-form verb where no verb can
/// stand. A base form needs a modal, "to", an auxiliary or a subject before it, or opens a command;
/// right after a conjunction that opens a clause ("when", "as", "but" …), followed by "for" or by
/// a verb of the market's change ("fell", "rises", "is"), it is the clause's subject noun and is
/// retagged NN. Run after tagging, before parsing.
/// </summary>
public static class MarketNounRetagging
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase) { "demand", "supply" };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "as", "if", "while", "because", "since", "but", "and", "where", "until", "unless", "though", "although", "once", "whereas",
    };

    private static readonly HashSet<string> FollowingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "fell", "falls", "fall", "rose", "rises", "rise", "grew", "grows", "grow", "is", "was", "has", "had", "remains", "remained",
        "continues", "continued", "picks", "picked", "slowed", "slows", "weakened", "weakens", "strengthened", "increased", "increases",
        "decreased", "eased", "eases", "dropped", "drops", "will", "would", "could", "may", "might", "should", "outstrips", "exceeds", "exceeded",
    };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) from VERB/VB or VBP to NOUN/NN.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int noun = tagSet.IdOf("NOUN", "NN");
        if (noun < 0)
        {
            return;
        }

        for (int i = 1; i + 1 < forms.Count; i++)
        {
            if (Nouns.Contains(forms[i]) && tagSet.Pairs[tags[i]].Xpos is "VB" or "VBP" && ClauseOpeners.Contains(forms[i - 1]) && FollowingWords.Contains(forms[i + 1]))
            {
                tags[i] = noun;
            }
        }
    }
}
