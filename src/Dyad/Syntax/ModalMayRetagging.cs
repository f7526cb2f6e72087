namespace Dyad.Syntax;

/// <summary>
/// "the U.S. May be able to lift trade sanctions", "the U.K. May join": Reuters capitalises the
/// word after an abbreviation that ends in a full stop, and the tagger reads a capitalised "May"
/// as the month, so the act it qualifies loses its modal and reads as done. "May" right after such
/// an abbreviation and right before a base-form verb (or "not") is the modal and is retagged
/// AUX/MD; the month is followed by a day, a year or a preposition, never by a base-form verb. Run
/// after tagging, before parsing.
/// </summary>
public static class ModalMayRetagging
{
    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) to AUX/MD.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int modal = tagSet.IdOf("AUX", "MD");
        if (modal < 0)
        {
            return;
        }

        for (int i = 1; i + 1 < forms.Count; i++)
        {
            if (forms[i] == "May" && tagSet.Pairs[tags[i]].Upos == "PROPN" && IsAbbreviation(forms[i - 1])
                && (tagSet.Pairs[tags[i + 1]].Xpos == "VB" || forms[i + 1] is "not" or "be" or "have"))
            {
                tags[i] = modal;
            }
        }
    }

    /// <summary>A short capitalised word ending in a full stop ("U.S.", "U.K.", "Corp.").</summary>
    private static bool IsAbbreviation(string form) =>
        form.Length is >= 2 and <= 5 && form[^1] == '.' && char.IsUpper(form[0]);
}
