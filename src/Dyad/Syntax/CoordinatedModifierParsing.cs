namespace Dyad.Syntax;

/// <summary>
/// "French and Egyptian warships launched war games", "Senior Hungarian and Romanian officials
/// agreed", "The Turkish and Greek sides of Cyprus have agreed": two adjectives joined by "and"
/// before a noun, which news puts at the head of a sentence and the web text the models learned
/// from seldom does. The parser then makes the first adjective the sentence's head (or a subject),
/// the noun its conjunct and the verb a loose clause, and the event coder loses the subject. When
/// the parse does not have the first adjective modifying a later word, the sentence is parsed again
/// without "and" and the second adjective ("French warships launched …"); if that parse makes the
/// first adjective a modifier (amod) of a later word, it is kept, and the second adjective goes back
/// as the treebank has it: conj of the first, with "and" as its cc.
/// </summary>
internal static class CoordinatedModifierParsing
{
    /// <summary>Tags and parses a sentence's words, filling heads and labels; returns the tag ids.</summary>
    public delegate int[] TagAndParse(IReadOnlyList<string> forms, int[] heads, int[] labels);

    public static void Reparse(TagSet tagSet, IReadOnlyList<string> relations, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels, TagAndParse tagAndParse)
    {
        int amod = TimePhraseParsing.IndexOf(relations, "amod"), conj = TimePhraseParsing.IndexOf(relations, "conj"), cc = TimePhraseParsing.IndexOf(relations, "cc");
        if (amod < 0 || conj < 0 || cc < 0)
        {
            return;
        }

        var firsts = new List<int>();
        for (int first = 0; first + 3 < forms.Count; first++)
        {
            int second = first + 2;
            if (IsPair(tagSet, forms, tags, first) && !(labels[first] == amod && heads[first] - 1 > second))
            {
                firsts.Add(first);
                first = second;
            }
        }

        if (firsts.Count == 0)
        {
            return;
        }

        var kept = Enumerable.Range(0, forms.Count).Where(i => !firsts.Any(first => i == first + 1 || i == first + 2)).ToArray();
        var shortHeads = new int[kept.Length];
        var shortLabels = new int[kept.Length];
        int[] shortTags = tagAndParse([.. kept.Select(i => forms[i])], shortHeads, shortLabels);
        foreach (int first in firsts)
        {
            int k = Array.IndexOf(kept, first);
            if (shortLabels[k] != amod || shortHeads[k] - 1 <= k)
            {
                return;
            }
        }

        for (int k = 0; k < kept.Length; k++)
        {
            int i = kept[k];
            tags[i] = shortTags[k];
            heads[i] = shortHeads[k] == 0 ? 0 : kept[shortHeads[k] - 1] + 1;
            labels[i] = shortLabels[k];
        }

        foreach (int first in firsts)
        {
            heads[first + 2] = first + 1;
            labels[first + 2] = conj;
            heads[first + 1] = first + 3;
            labels[first + 1] = cc;
        }
    }

    /// <summary>
    /// An adjective not after a comma, "and" or "or", an adjective (or a capitalised name after a capitalised
    /// adjective: "Turkish and Greek", tagged as a name), then a noun, a name or an adjective.
    /// </summary>
    private static bool IsPair(TagSet tagSet, IReadOnlyList<string> forms, int[] tags, int first)
    {
        int join = first + 1, second = first + 2, next = first + 3;
        // (Not the last two of a list, "a tasty, quick and inexpensive meal": the treebank hangs
        // them all on the list's first.)
        if ((first > 0 && forms[first - 1] == ",") || tagSet.Pairs[tags[first]].Upos != "ADJ" || !(forms[join].Equals("and", StringComparison.OrdinalIgnoreCase) || forms[join].Equals("or", StringComparison.OrdinalIgnoreCase))
            || tagSet.Pairs[tags[next]].Upos is not ("NOUN" or "PROPN" or "ADJ"))
        {
            return false;
        }

        string secondUpos = tagSet.Pairs[tags[second]].Upos;
        return secondUpos == "ADJ" || (secondUpos == "PROPN" && char.IsUpper(forms[first][0]) && char.IsUpper(forms[second][0]));
    }

}
