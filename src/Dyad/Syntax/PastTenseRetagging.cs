namespace Dyad.Syntax;

/// <summary>
/// "Egyptian police confiscated weapons from militants", "Sudanese rebels shelled the town",
/// "Swiss doctors handed over 700 kg of medicine": a past-tense verb right after its subject and
/// before its object, read by the tagger as an adjective of the object or as a participle
/// modifying the subject, leaves the sentence with no main verb. The sentence's first verb-like
/// word (or the first after a speech verb that opens the sentence's report), if it ends in "-ed", is tagged JJ or VBN, follows a noun and comes before the start of a
/// noun phrase (past a particle, or past a second such word joined by a conjunction: "killed or
/// wounded 4,000 Iraqis", both retagged), is retagged as a past-tense verb: adjectives come before their
/// nouns, and a participle directly followed by its object is active. A participle before a
/// possessive is left alone: the parser reads "The United Nations repeated its demand" right as
/// it is. Run after tagging, before parsing.
/// </summary>
public static class PastTenseRetagging
{
    /// <summary>
    /// Whether a finite verb follows in the same stretch of the sentence (no punctuation,
    /// conjunction or relative word between): "Weapons seized last week included rifles", "The men
    /// arrested three days ago were released" have their main verb later, and the participle is one.
    /// </summary>
    private static bool FiniteVerbInClause(IReadOnlyList<string> forms, int[] tags, TagSet tagSet, int from)
    {
        for (int j = from + 1; j < forms.Count; j++)
        {
            var (upos, xpos) = tagSet.Pairs[tags[j]];
            if (upos is "PUNCT" or "CCONJ" or "SCONJ" || xpos is "WDT" or "WP" or "WP$" or "WRB")
            {
                return false; // a clause of its own begins ("support … in regaining control over the properties that belonged to them")
            }

            if (xpos is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a count begins at <paramref name="start"/>: "more than 100 Palestinians", "about 50
    /// people", "nearly 2,000 refugees" (the tagger reads "more" as a comparative and "about" as an
    /// adverb or preposition, neither the start of a noun phrase by its tag).
    /// </summary>
    private static bool StartsACount(IReadOnlyList<string> forms, int[] tags, TagSet tagSet, int start)
    {
        if (start + 1 >= forms.Count)
        {
            return false;
        }

        string word = forms[start].ToLowerInvariant();
        if (word is "more" or "less" or "fewer")
        {
            return forms[start + 1].Equals("than", StringComparison.OrdinalIgnoreCase) && start + 2 < forms.Count && tagSet.Pairs[tags[start + 2]].Xpos == "CD";
        }

        return CountAdverbs.Contains(word) && tagSet.Pairs[tags[start + 1]].Xpos == "CD";
    }

    /// <summary>
    /// Verbs of going that take no object, so that before "to" or "from" they are past tenses, not
    /// passives ("negotiators returned to Geneva"; "Palestinians deported to Lebanon" is a passive).
    /// </summary>
    private static readonly HashSet<string> MotionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "returned", "travelled", "traveled", "moved", "headed", "marched", "retreated", "arrived", "sailed", "walked", "crossed", "advanced", "defected", "emigrated",
    };

    /// <summary>
    /// Prepositions of where one goes, comes from or moves about ("protesters marched in Nairobi",
    /// "marched through the capital"): a verb of going before where it goes is no passive
    /// participle ("troops stationed in Germany" is not a verb of going; a time after the
    /// preposition says nothing of where, see GoesSomewhere).
    /// </summary>
    private static readonly HashSet<string> MotionPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "from", "into", "in", "through", "across", "toward", "towards", "along", "past", "outside", "against", "on",
    };

    /// <summary>Whether word <paramref name="i"/> is a verb of going right before the preposition of where it goes.</summary>
    private static bool GoesSomewhere(IReadOnlyList<string> forms, int[] tags, TagSet tagSet, int i) =>
        i + 1 < forms.Count && MotionVerbs.Contains(forms[i]) && MotionPrepositions.Contains(forms[i + 1]) && tagSet.Pairs[tags[i + 1]].Xpos == "IN"
        // ("Prisoners returned on Monday, officials said, were ill": a time says nothing of where.)
        && !(i + 2 < forms.Count && (TimePhraseParsing.TimeWords.Contains(forms[i + 2]) || Time.TimeExpressionFinder.IsMonth(forms[i + 2]) || forms[i + 2].All(char.IsDigit)));

    /// <summary>
    /// Verbs that take no object and so have no passive: right after the noun that opens the
    /// sentence, with no auxiliary, they are past tenses ("Israeli troops remained on alert in the
    /// West Bank", "Rival factions clashed in Beirut"); no participle of theirs follows a noun.
    /// </summary>
    private static readonly HashSet<string> IntransitiveVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "remained", "stayed", "rioted", "clashed", "died", "disappeared", "emerged", "erupted", "existed", "occurred", "happened",
        "collapsed", "rebelled", "mutinied", "hesitated", "persisted", "prevailed", "resided", "lingered",
    };

    private static readonly HashSet<string> CountAdverbs = new(StringComparer.Ordinal) { "about", "nearly", "almost", "around", "roughly", "some", "approximately" };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "over", "out", "up", "down", "off", "back", "in" };

    /// <summary>Retags such words in <paramref name="tags"/> (ids of <paramref name="tagSet"/>) as VERB/VBD.</summary>
    public static void Apply(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        int past = tagSet.IdOf("VERB", "VBD");
        if (past < 0)
        {
            return;
        }

        FirstVerb(forms, tags, tagSet, past);
        CoordinatedClauseVerbs(forms, tags, tagSet, past);
    }

    /// <summary>
    /// "… marched against a tax increase, and police fired tear gas to disperse them": a clause
    /// joined by ", and" or ", but" whose subject, a noun of up to three words, is followed by an
    /// "-ed" word the tagger read as a participle or adjective and then by the start of a noun
    /// phrase has that word as its verb, as the sentence's first clause would (with no finite verb
    /// after it in the same stretch: ", and weapons seized last week were shown" keeps its participle).
    /// </summary>
    private static void CoordinatedClauseVerbs(IReadOnlyList<string> forms, int[] tags, TagSet tagSet, int past)
    {
        for (int i = 3; i + 1 < forms.Count; i++)
        {
            var pair = tagSet.Pairs[tags[i]];
            if (pair.Xpos is not ("JJ" or "VBN") || !forms[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || forms[i].Length < 4
                || (forms[i].Length == 4 && pair.Xpos != "VBN") || tagSet.Pairs[tags[i - 1]].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            int conjunction = i - 2;
            while (conjunction > i - 4 && conjunction > 1 && tagSet.Pairs[tags[conjunction]].Upos is "NOUN" or "PROPN" or "ADJ" or "DET")
            {
                conjunction--;
            }

            string next = tagSet.Pairs[tags[i + 1]].Xpos;
            // (Not the last item of a list, "rifles, mortars, and documents captured the previous day".)
            bool listItem = conjunction >= 3 && forms[conjunction - 3] == "," && tagSet.Pairs[tags[conjunction - 2]].Upos is "NOUN" or "PROPN";
            if (forms[conjunction] is "and" or "but" && forms[conjunction - 1] == "," && !listItem && !forms[i].Equals("aged", StringComparison.OrdinalIgnoreCase)
                && (next is "DT" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" || (next == "PRP$" && pair.Xpos == "JJ") || StartsACount(forms, tags, tagSet, i + 1))
                && !FiniteVerbInClause(forms, tags, tagSet, i))
            {
                tags[i] = past;
            }
        }
    }

    /// <summary>The sentence's first verb-like word, as the class comment says.</summary>
    private static void FirstVerb(IReadOnlyList<string> forms, int[] tags, TagSet tagSet, int past)
    {
        bool reported = false;

        for (int i = 1; i + 1 < forms.Count; i++)
        {
            var pair = tagSet.Pairs[tags[i]];
            // ("Iranian troops killed or wounded 4,000 Iraqis": two such verbs joined before the object.)
            int joined = i + 3 < forms.Count && tagSet.Pairs[tags[i + 1]].Xpos == "CC" && tagSet.Pairs[tags[i + 2]].Xpos is "JJ" or "VBN" or "VBD"
                && forms[i + 2].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && forms[i + 2].Length > 4 ? i + 2 : -1;
            int last = joined >= 0 ? joined : i;
            // ("Swiss doctors handed over 700 kg of medicine": a particle between verb and object.)
            int start = last + 1 < forms.Count - 1 && tagSet.Pairs[tags[last + 1]].Xpos is "RP" or "RB" && Particles.Contains(forms[last + 1]) ? last + 2 : last + 1;
            string next = tagSet.Pairs[tags[start]].Xpos;
            // (A four-letter "-ed" word counts only as a participle: "police used tear gas", "fled"; as an
            // adjective it is more often no verb at all, "red"; nor "aged", which gives an age: "Two
            // brothers aged 17 and 19 were shot".)
            if (pair.Xpos is "JJ" or "VBN" && forms[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (forms[i].Length > 4 || (forms[i].Length == 4 && pair.Xpos == "VBN" && !forms[i].Equals("aged", StringComparison.OrdinalIgnoreCase)))
                && tagSet.Pairs[tags[i - 1]].Upos is "NOUN" or "PROPN"
                && (next is "DT" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ" || (next == "PRP$" && pair.Xpos == "JJ" && start == last + 1)
                    || StartsACount(forms, tags, tagSet, start) || (pair.Xpos == "VBN" && (GoesSomewhere(forms, tags, tagSet, i) || IntransitiveVerbs.Contains(forms[i]))))
                && !FiniteVerbInClause(forms, tags, tagSet, last))
            {
                tags[i] = past;
                if (joined >= 0)
                {
                    tags[joined] = past;
                }

                return;
            }

            // ("Chad's military high command said today troops killed 1,269 Libyan soldiers": the
            // first verb of the clause a speech verb reports, with no "that", may be the one missed.)
            if (pair.Xpos is "VBD" or "VBZ" && TimePhraseParsing.ReportingForms.Contains(forms[i]) && !reported)
            {
                reported = true;
                continue;
            }

            if (pair.Upos is "VERB" or "AUX" && !(pair.Xpos == "VBN" && tagSet.Pairs[tags[i - 1]].Xpos == "HYPH"))
            {
                // Only the sentence's first verb can be the one the tagger missed; a participle
                // joined by a hyphen is part of an adjective ("Vietnamese-led forces launched …").
                return;
            }
        }
    }
}
