using System.Buffers;

namespace Dyad.Syntax;

/// <summary>
/// "The UNITA militarist wing refused …": a word the tagger reads as a gerund by its "-ing" ending
/// although no verb stem comes before it ("wing", "king", "ring", "thing", "string"; lemmatized as
/// "w", "k"). A gerund's stem has a vowel; these are nouns (the verbs among them, "bring", "sing",
/// "sting", are never gerunds in this form). Retagged as singular nouns. Run after tagging, before
/// parsing.
/// </summary>
public static class IngNounRetagging
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouyAEIOUY");

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) from VERB/VBG to NOUN/NN.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int noun = tagSet.IdOf("NOUN", "NN");
        if (noun < 0)
        {
            return;
        }

        for (int i = 0; i < forms.Count; i++)
        {
            string form = forms[i];
            if (tagSet.Pairs[tags[i]].Xpos == "VBG" && form.Length > 3 && form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && form.AsSpan(0, form.Length - 3).IndexOfAny(Vowels) < 0)
            {
                tags[i] = noun;
            }
        }
    }
}
