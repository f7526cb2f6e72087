namespace Dyad.Syntax;

/// <summary>
/// "Chadli Klibi undertook a mediation mission", "guerrillas who overran it": a past tense made of
/// a prefix and an irregular past ("under" + "took", "over" + "ran") that the treebank never shows
/// is an unknown word to the tagger, which reads it as a noun or a preposition and leaves the
/// sentence without its verb. When the word is unknown and its rest is a word the tagger has only
/// ever seen with one verb tag ("took" VBD, "ran" VBD), it gets that tag. Run after tagging, before
/// parsing.
/// </summary>
public static class PrefixedPastRetagging
{
    private static readonly string[] Prefixes = ["under", "over", "out", "mis", "with", "fore", "re"];

    /// <summary>Retags such words in <paramref name="tags"/> with the one verb tag of their rest.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, Tagger tagger)
    {
        for (int i = 0; i < forms.Count; i++)
        {
            string form = forms[i];
            if (form.Length < 6 || !char.IsLower(form[0]) || tagger.Tags.Pairs[tags[i]].Upos is "VERB" or "AUX"
                || tagger.Ambiguity.ContainsKey(new WordAtoms(form).Lower))
            {
                continue;
            }

            foreach (string prefix in Prefixes)
            {
                if (form.Length - prefix.Length >= 3 && form.StartsWith(prefix, StringComparison.Ordinal)
                    && tagger.Unambiguous.TryGetValue(new WordAtoms(form.AsSpan(prefix.Length)).Form, out int restTag)
                    && tagger.Tags.Pairs[restTag].Xpos is "VBD" or "VBN")
                {
                    tags[i] = restTag;
                    break;
                }
            }
        }
    }
}
