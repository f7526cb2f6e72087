namespace Dyad.Syntax;

/// <summary>
/// "Michel Camdessus, managing director of the IMF, said", "Acting President Smith met": a participle
/// that is part of a title before the office's noun. The tagger reads "managing" and "acting" as
/// verbs there (the treebank has no "managing director"), and the parser then hangs the rest of the
/// sentence on them as a clause ("before travelling to Europe" became the director's). Retagged as
/// adjectives (ADJ/JJ), which the parser attaches to the noun. Run after tagging, before parsing.
/// </summary>
public static class TitleParticipleRetagging
{
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase) { "managing", "acting" };

    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "director", "directors", "editor", "partner", "partners", "president", "chairman", "chairwoman", "chair", "minister",
        "secretary", "governor", "head", "chief", "commissioner", "administrator", "prime", "premier", "mayor", "leader",
        "ambassador", "attorney", "general", "treasurer", "controller", "comptroller", "commander", "manager",
    };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) from VERB/VBG to ADJ/JJ.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int adjective = tagSet.IdOf("ADJ", "JJ");
        if (adjective < 0)
        {
            return;
        }

        for (int i = 0; i + 1 < forms.Count; i++)
        {
            if (tagSet.Pairs[tags[i]].Xpos == "VBG" && Participles.Contains(forms[i]) && Offices.Contains(forms[i + 1]))
            {
                tags[i] = adjective;
            }
        }
    }
}
