using Dyad.Time;

namespace Dyad.Syntax;

/// <summary>
/// "LUSAKA, April 8 - The Zambian government has no immediate plans …", "TAUPO, New Zealand,
/// March 23 - Philippines Trade and Industry Secretary Jose Concepcion told …", "WASHINGTON
/// (Reuters) - …": a wire story's first sentence opens with the place and day it was filed under.
/// The web text the models learned from has no such prefix, and the parser hangs the sentence on
/// the place ("LUSAKA" the root, the government a loose appositive), which loses the subject. The
/// sentence after the dateline is tagged and parsed alone; the dateline's place goes back as a
/// loose dependent (dep) of that sentence's root, its other words on the place, the dash as the
/// root's punctuation.
/// </summary>
public static class DatelineParsing
{
    /// <summary>
    /// The number of words of the dateline opening <paramref name="forms"/>, its dash included, or
    /// 0: a place in capitals ("NEW YORK"), perhaps a comma and up to three capitalised words
    /// naming its country or state ("New Zealand", "Calif."), then a comma and a month and day,
    /// or a news agency in brackets ("(Reuters)", "(AP)"), or both, then a dash; or a place in
    /// capitals and its country or state alone, then a dash ("CHANDIGARH, India -"). A place in
    /// capitals and a dash alone is no dateline: "NATO -- the Western alliance -- said" is a name set off.
    /// </summary>
    public static int PrefixLength(IReadOnlyList<string> forms)
    {
        // ("PORT-AU-PRINCE, April 17 -": a hyphen between capitals is part of the place.)
        int i = 0;
        while (i < forms.Count && (IsCapitals(forms[i]) || (i > 0 && forms[i] == "-" && i + 1 < forms.Count && IsCapitals(forms[i + 1]))))
        {
            i++;
        }

        // ("Ottawa, April 21 - Liberal Party leader John Turner said", "New Delhi, March 3 -": a place
        // written as a name of up to three words, then a date, is a dateline too.)
        if (i == 0)
        {
            int names = 0;
            while (names < 3 && names < forms.Count && IsName(forms[names]))
            {
                names++;
            }

            if (names > 0 && names + 3 < forms.Count && forms[names] == "," && TimeExpressionFinder.IsMonth(forms[names + 1]))
            {
                i = names;
            }
        }

        if (i == 0 || i > 6)
        {
            return 0;
        }

        // ("CHANDIGARH, India - Sikh extremists killed five people": a place in capitals with its
        // country or state is a dateline without a date too.)
        bool capitals = IsCapitals(forms[0]), placed = false;

        // ", New Zealand" / ", Calif.": the place's country or state, before a comma, a bracket or a dash.
        if (i + 2 < forms.Count && forms[i] == "," && !TimeExpressionFinder.IsMonth(forms[i + 1]))
        {
            int j = i + 1;
            while (j < forms.Count && j - i <= 3 && forms[j].Length > 0 && char.IsUpper(forms[j][0]) && !TimeExpressionFinder.IsMonth(forms[j]))
            {
                j++;
            }

            if (j > i + 1 && j < forms.Count && (forms[j] is "," or "(" || IsDash(forms[j])))
            {
                i = j;
                placed = capitals;
            }
        }

        bool dated = false;
        if (i + 2 < forms.Count && forms[i] == "," && TimeExpressionFinder.IsMonth(forms[i + 1]) && forms[i + 2].All(char.IsAsciiDigit))
        {
            i += 3;
            dated = true;
        }

        bool agency = false;
        if (i + 2 < forms.Count && forms[i] == "(" && forms[i + 2] == ")" && forms[i + 1].Length > 1 && char.IsUpper(forms[i + 1][0]))
        {
            i += 3;
            agency = true;
        }

        // The sentence after the dash must be one: at least three words, the first capitalised, or
        // any after a date (some wires are all in lower case: "Lima, march 31 - the peruvian
        // government announced …").
        return (dated || agency || placed) && i + 3 < forms.Count && IsDash(forms[i]) && forms[i + 1].Length > 0
            && (dated || char.IsUpper(forms[i + 1][0]) || forms[i + 1][0] is '"' or '\u201c')
            ? i + 1
            : 0;
    }

    /// <summary>
    /// Tags and parses a sentence that opens with a dateline of <paramref name="prefix"/> words:
    /// the rest through <paramref name="tagAndParse"/>, the dateline's words tagged on their own
    /// and hung on the rest's root.
    /// </summary>
    internal static int[] TagAndParse(Tagger tagger, IReadOnlyList<string> relations, IReadOnlyList<string> forms, int prefix, int[] heads, int[] labels, CoordinatedModifierParsing.TagAndParse tagAndParse)
    {
        var rest = forms.Skip(prefix).ToArray();
        var restHeads = new int[rest.Length];
        var restLabels = new int[rest.Length];
        int[] restTags = tagAndParse(rest, restHeads, restLabels);
        SyntaxAnnotator.ParserInputOf(tagger, [.. forms.Take(prefix)], out int[] prefixTags, supertagger: null);

        var tags = new int[forms.Count];
        int root = -1;
        for (int k = 0; k < rest.Length; k++)
        {
            int i = prefix + k;
            tags[i] = restTags[k];
            heads[i] = restHeads[k] == 0 ? 0 : restHeads[k] + prefix;
            labels[i] = restLabels[k];
            if (restHeads[k] == 0 && root < 0)
            {
                root = i;
            }
        }

        // The place's last word heads the dateline ("YORK" in "NEW YORK", "Delhi" in "New Delhi").
        int place = 0;
        while (place + 2 < prefix && forms[place + 1] is not ("," or "("))
        {
            place++;
        }

        int dep = TimePhraseParsing.IndexOf(relations, "dep"), punct = TimePhraseParsing.IndexOf(relations, "punct"), compound = TimePhraseParsing.IndexOf(relations, "compound");
        for (int i = 0; i < prefix; i++)
        {
            tags[i] = prefixTags[i];
            if (i == place)
            {
                heads[i] = root + 1;
                labels[i] = dep;
            }
            else if (i == prefix - 1)
            {
                heads[i] = root + 1;
                labels[i] = punct;
            }
            else
            {
                heads[i] = place + 1;
                labels[i] = forms[i].Any(char.IsLetterOrDigit) ? (i < place ? compound : dep) : punct;
            }
        }

        return tags;
    }

    /// <summary>Whether a word is written as a name: a capital, then small letters ("Ottawa").</summary>
    private static bool IsName(string form) => form.Length > 1 && char.IsUpper(form[0]) && form.Skip(1).All(char.IsLower);

    /// <summary>Whether every letter of a word with letters is a capital ("LUSAKA", "ST.", "U.S.").</summary>
    private static bool IsCapitals(string form) => form.Any(char.IsLetter) && !form.Any(char.IsLower) && form.All(c => char.IsLetter(c) || c is '.' or '-' or '\'');

    /// <summary>Whether a word is a dash, as a dateline ends ("-", "--", en and em dashes).</summary>
    internal static bool IsDash(string form) => form is "-" or "--" or "\u2013" or "\u2014";

}
