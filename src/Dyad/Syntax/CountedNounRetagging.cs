using System.Text.RegularExpressions;

namespace Dyad.Syntax;

/// <summary>
/// "Turkey will allow up to 13,000 Turkish Kurd refugees to return home": after a number and the
/// names or adjectives of a noun phrase, the tagger may read a plural noun as a verb in the third
/// person ("refugees" as VBZ, as if "Kurd refugees to" were "Greece plans to"). A counted phrase
/// ends in its noun: a lower-case "-s" word tagged VBZ after a number (not a year) and at least one
/// name or adjective is retagged NNS; so is one right after a quantifier that follows a verb ("rejected all
/// offers"). Run after tagging, before parsing.
/// </summary>
public static partial class CountedNounRetagging
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "is", "has", "does", "was" };

    /// <summary>
    /// Whether a word tagged <paramref name="xpos"/> may be a plural noun read as a third-person
    /// verb: VBZ, an "-s" word of four letters or more, no auxiliary (shared with <see cref="PluralSubjectRetagging"/>).
    /// </summary>
    internal static bool IsPluralLookingVerb(string form, string xpos) => xpos == "VBZ" && form.Length >= 4 && form.EndsWith('s') && !Auxiliaries.Contains(form);

    /// <summary>Quantifiers that open a plural noun phrase ("all offers", "both sides").</summary>
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase) { "all", "both", "several", "many", "most", "some", "any", "few" };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) from VERB/VBZ to NOUN/NNS.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int plural = tagSet.IdOf("NOUN", "NNS");
        if (plural < 0)
        {
            return;
        }

        for (int i = 2; i < forms.Count; i++)
        {
            string form = forms[i];
            if (!IsPluralLookingVerb(form, tagSet.Pairs[tags[i]].Xpos) || !char.IsLower(form[0]))
            {
                continue;
            }

            int j = i - 1;
            while (j >= 0 && tagSet.Pairs[tags[j]].Xpos is "NNP" or "NNPS" or "JJ")
            {
                j--;
            }

            if (j >= 0 && j < i - 1 && tagSet.Pairs[tags[j]].Xpos == "CD" && !Year().IsMatch(forms[j]))
            {
                tags[i] = plural;
                continue;
            }

            // ("Egypt rejected all offers at a vegetable oil import tender": a quantifier right
            // after a verb opens that verb's object, whose "-s" word is a plural noun, not a verb.)
            if (Quantifiers.Contains(forms[i - 1]) && tagSet.Pairs[tags[i - 2]].Upos == "VERB")
            {
                tags[i] = plural;
            }
        }
    }

    [GeneratedRegex("^[12][0-9]{3}$")]
    private static partial Regex Year();
}
