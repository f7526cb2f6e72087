namespace Dyad.Syntax;

/// <summary>
/// "Nippon Steel Corp &lt;NSTC.T&gt; denied local newspaper reports", "A Mitsui and Co &lt;MITS.T&gt;
/// spokesman said": a stock ticker in angle brackets after a company's name, as news wires write
/// it, is no word the treebank knows. Tagged as a number it broke the sentence ("denied" became an
/// adjective of "reports"); tagged as a name or a symbol it split the company's name from the noun
/// after it. It adds nothing to the sentence's structure, so the sentence is tagged and parsed
/// without its tickers, and each goes back as punctuation (PUNCT/NFP, as the treebank tags stray
/// symbols) on the word before it.
/// </summary>
internal static class TickerParsing
{
    /// <summary>Whether a sentence has a ticker to parse around.</summary>
    public static bool Applies(IReadOnlyList<string> forms)
    {
        for (int i = 0; i < forms.Count; i++)
        {
            if (IsTicker(forms[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tags and parses the sentence without its tickers, filling heads (1-based) and labels of all its words; returns the tag ids.</summary>
    public static int[] TagAndParse(TagSet tagSet, IReadOnlyList<string> relations, IReadOnlyList<string> forms, int[] heads, int[] labels, CoordinatedModifierParsing.TagAndParse tagAndParse)
    {
        var kept = Enumerable.Range(0, forms.Count).Where(i => !IsTicker(forms[i])).ToArray();
        int mark = tagSet.IdOf("PUNCT", "NFP"), punct = TimePhraseParsing.IndexOf(relations, "punct");
        if (kept.Length == 0 || mark < 0 || punct < 0)
        {
            return tagAndParse(forms, heads, labels);
        }

        var keptHeads = new int[kept.Length];
        var keptLabels = new int[kept.Length];
        int[] keptTags = tagAndParse([.. kept.Select(i => forms[i])], keptHeads, keptLabels);
        var tags = new int[forms.Count];
        for (int k = 0; k < kept.Length; k++)
        {
            int i = kept[k];
            tags[i] = keptTags[k];
            heads[i] = keptHeads[k] == 0 ? 0 : kept[keptHeads[k] - 1] + 1;
            labels[i] = keptLabels[k];
        }

        for (int i = 0; i < forms.Count; i++)
        {
            if (IsTicker(forms[i]))
            {
                // (On the name before it; a sentence that opens with one, on the first word after.)
                int before = Array.FindLastIndex(kept, k => k < i);
                tags[i] = mark;
                heads[i] = (before >= 0 ? kept[before] : kept[0]) + 1;
                labels[i] = punct;
            }
        }

        return tags;
    }

    /// <summary>Whether a word is "&lt;" + capital letters, digits, dots or hyphens + "&gt;", with a letter among them.</summary>
    private static bool IsTicker(string form)
    {
        if (form.Length < 3 || form[0] != '<' || form[^1] != '>')
        {
            return false;
        }

        bool letter = false;
        foreach (char c in form.AsSpan(1, form.Length - 2))
        {
            if (c is >= 'A' and <= 'Z')
            {
                letter = true;
            }
            else if (c is not ((>= '0' and <= '9') or '.' or '-'))
            {
                return false;
            }
        }

        return letter;
    }
}
