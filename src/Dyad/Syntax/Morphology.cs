using System.Collections.Frozen;

namespace Dyad.Syntax;

/// <summary>
/// Lemmas and morphological features (UD FEATS) from the form and the predicted tags, learned
/// from the treebank: an exception list for words whose lemma the rules would get wrong (most
/// irregular verbs and nouns), suffix rules per XPOS for everything else ("-ies" NNS → "-y",
/// "went" VBD → "go", which also covers "underwent"), and FEATS per (UPOS, XPOS, word) with a
/// per-(UPOS, XPOS) default. Immutable.
/// </summary>
public sealed class Morphology
{
    /// <summary>Longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 5;

    /// <summary>A rule needs this many training words behind it.</summary>
    private const int MinRuleSupport = 2;

    private readonly FrozenDictionary<string, string> exceptions;       // "lower\txpos" → lemma
    private readonly FrozenDictionary<string, (int Strip, string Add)> rules; // "xpos\tsuffix" → edit
    private readonly FrozenDictionary<string, string> wordFeats;        // "upos\txpos\tlower" → feats
    private readonly FrozenDictionary<string, string> defaultFeats;     // "upos\txpos" → feats

    /// <summary>Creates the tables.</summary>
    public Morphology(
        IReadOnlyDictionary<string, string> exceptions,
        IReadOnlyDictionary<string, (int Strip, string Add)> rules,
        IReadOnlyDictionary<string, string> wordFeats,
        IReadOnlyDictionary<string, string> defaultFeats)
    {
        this.exceptions = exceptions.ToFrozenDictionary(StringComparer.Ordinal);
        this.rules = rules.ToFrozenDictionary(StringComparer.Ordinal);
        this.wordFeats = wordFeats.ToFrozenDictionary(StringComparer.Ordinal);
        this.defaultFeats = defaultFeats.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// These tables with irregular verb forms the treebank did not teach: a past or participle
    /// (<paramref name="forms"/>: form, "VBD" or "VBN", lemma) becomes an exception where there is
    /// none for it and the rules would give another lemma ("sank" was "sake"). What the treebank
    /// taught stays. Returns this instance when nothing is added.
    /// </summary>
    public Morphology WithIrregularVerbs(IEnumerable<(string Form, string Xpos, string Lemma)> forms)
    {
        var added = new Dictionary<string, string>(exceptions, StringComparer.Ordinal);
        int before = added.Count;
        foreach (var (form, xpos, lemma) in forms)
        {
            string key = form.ToLowerInvariant() + "\t" + xpos;
            if (!added.ContainsKey(key) && Lemma(form, "VERB", xpos) != lemma)
            {
                added[key] = lemma;
            }
        }

        return added.Count == before ? this : new Morphology(added, rules, wordFeats, defaultFeats);
    }

    /// <summary>The exception list.</summary>
    public IReadOnlyDictionary<string, string> Exceptions => exceptions;

    /// <summary>The suffix rules.</summary>
    public IReadOnlyDictionary<string, (int Strip, string Add)> Rules => rules;

    /// <summary>FEATS by word.</summary>
    public IReadOnlyDictionary<string, string> WordFeats => wordFeats;

    /// <summary>FEATS by tag pair.</summary>
    public IReadOnlyDictionary<string, string> DefaultFeats => defaultFeats;

    /// <summary>The lemma of a form with its tags.</summary>
    public string Lemma(string form, string upos, string xpos)
    {
        string lower = form.ToLowerInvariant();
        if (exceptions.TryGetValue(lower + "\t" + xpos, out string? lemma))
        {
            return lemma;
        }

        // A regular verb's past tense and participle are one form with one lemma: an exception
        // learned for either holds for both ("repeated" seen only as VBN is not "repeate" as VBD).
        if (xpos is "VBD" or "VBN" && exceptions.TryGetValue(lower + (xpos == "VBD" ? "\tVBN" : "\tVBD"), out lemma))
        {
            return lemma;
        }

        if (upos == "VERB" && PrefixedIrregular(lower, xpos) is string prefixed)
        {
            return prefixed;
        }

        // Proper nouns keep their capitals ("Americans" → "American"); other lemmas are lower case.
        bool proper = upos == "PROPN" || xpos is "NNP" or "NNPS";
        var edit = FindRule(lower, xpos, out int suffix);
        if (xpos is "VBD" or "VBN" && !proper)
        {
            // One form, one lemma: the more specific of the two tags' rules decides ("repeated":
            // the participle's "-eated" rule over the past tense's "-ated", which gave "repeate").
            var other = FindRule(lower, xpos == "VBD" ? "VBN" : "VBD", out int otherSuffix);
            edit = otherSuffix > suffix ? other : edit;
        }

        string result = Apply(proper ? form : lower, edit);
        return proper ? result
            : xpos is "NNS" or "VBZ" && lower.EndsWith("oes", StringComparison.Ordinal) && result == lower[..^1] && !OeNouns.Any(n => result == n || (n.Length >= 4 && result.EndsWith(n, StringComparison.Ordinal))) ? lower[..^2]
            : xpos is "VBD" or "VBN" ? RegularPastLemma(lower, result)
            : xpos == "VBG" && lower.EndsWith("ing", StringComparison.Ordinal) && result == lower[..^3] && TakesSilentE(result) ? result + "e"
            : xpos == "VBG" && lower.EndsWith("ing", StringComparison.Ordinal) && result == lower[..^3] + "e" && HasSpuriousE(result) ? result[..^1]
            : result;
    }

    /// <summary>
    /// The words English writes with "-oe" ("shoe", "toe", "foe", "canoe"): any other "-oes" plural or
    /// verb form is of a word in "-o" ("embargoes", "vetoes", "heroes", "cargoes", "torpedoes"), which the
    /// treebank's "shoes" rule gave as "embargoe", so "lift embargoes" matched no "lift embargo" pattern.
    /// </summary>
    private static readonly string[] OeNouns = ["shoe", "toe", "foe", "hoe", "canoe", "oboe", "floe", "sloe", "throe", "woe", "aloe", "roe", "doe", "tiptoe", "mistletoe", "felloe", "backhoe"];

    /// <summary>
    /// Whether a lemma ends in an e English does not write there: after a vowel pair spelling one
    /// sound and a plain consonant ("raide", "riote", "repaire", "detaile", "leake" of "raided",
    /// "repairing", "leaked"); "seized", "raised", "guided", "evacuated" keep theirs, and so do
    /// "-eate" verbs ("created", which the "ea" before t would not tell from "treated").
    /// </summary>
    private static bool HasSpuriousE(string lemma) =>
        lemma.Length >= 4 && lemma.EndsWith('e') && "dtlnrmpk".Contains(lemma[^2]) && !(lemma.Length > 4 && lemma[^5] is 'q' or 'g')
        && (OneVowelSound.Contains(lemma.Substring(lemma.Length - 4, 2)) || (lemma.Substring(lemma.Length - 4, 2) == "ea" && lemma[^2] != 't'));

    /// <summary>
    /// Whether a stem the suffix rules left bare ("trad" of "traded", "declin" of "declining") is a
    /// verb written with a silent e: one syllable with one short-looking vowel and one consonant
    /// ("trade", "blame", "vote", "shake", "mine": such a verb without the e would have doubled its
    /// consonant, "stopped"), or a longer stem ending in a consonant and "in", "ad", "ud", "ok" or
    /// "ced" ("decline", "combine", "upgrade", "conclude", "provoke", "precede"). Not w, x or y,
    /// which English never doubles ("owed" and "fixed" say nothing).
    /// </summary>
    private static bool TakesSilentE(string stem)
    {
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
        if (stem.Length < 3 || Vowel(stem[^1]) || stem[^1] is 'w' or 'x' or 'y' || !Vowel(stem[^2]) || Vowel(stem[^3]) || !stem.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        bool oneSyllable = !stem[..^2].Any(Vowel) && stem[..^2].Length > 0;
        return oneSyllable || stem.EndsWith("in", StringComparison.Ordinal) || stem.EndsWith("ad", StringComparison.Ordinal)
            || stem.EndsWith("ud", StringComparison.Ordinal) || stem.EndsWith("ok", StringComparison.Ordinal) || stem.EndsWith("ced", StringComparison.Ordinal);
    }

    /// <summary>
    /// Two suffix rules the treebank teaches too widely. The "-lled" rule undoes British doubling
    /// ("travelled" → "travel", "cancelled" → "cancel"), which only happens after an unstressed last
    /// syllable; a one-syllable stem had its double l already ("shelled" → "shell", "drilled" →
    /// "drill"; the rule gave "shel"). The "-eded" rule of "needed" does not fit the "-cede" verbs.
    /// </summary>
    private static string RegularPastLemma(string lower, string lemma)
    {
        if (lower.Length < 4)
        {
            return lemma; // ("'d", "led", "fed": nothing regular to mend)
        }

        // ("conceded", "ceded", "preceded" are "-cede" verbs; the "needed" rule gave "conced".)
        if (lower.EndsWith("ceded", StringComparison.Ordinal) && !lower.EndsWith("ceeded", StringComparison.Ordinal) && lemma == lower[..^2])
        {
            return lower[..^1];
        }

        // ("resumed", "consumed", "presumed": English has "-ume" verbs and doubles the m after a
        // short "u", "drummed"; the "-med" rule of "formed" gave "resum". "vacuumed" keeps its own.)
        if (lower.EndsWith("umed", StringComparison.Ordinal) && !lower.EndsWith("uumed", StringComparison.Ordinal) && lemma == lower[..^2])
        {
            return lower[..^1];
        }

        // ("intervened", "convened", "contravened": the "-vene" verbs; the "-ened" rule of
        // "opened", "strengthened" gave "interven". Not "enlivened", "leavened".)
        if (lower.EndsWith("vened", StringComparison.Ordinal) && lemma == lower[..^2] && VeneStems.Any(stem => lemma.EndsWith(stem, StringComparison.Ordinal)))
        {
            return lemma + "e";
        }

        // ("traded", "blamed", "compiled" left as "trad", "blam": see TakesSilentE.)
        if (lemma == lower[..^2] && TakesSilentE(lemma))
        {
            return lemma + "e";
        }

        // ("climbed", "absorbed", "disturbed", "subscribed": the "-bbed" rule of "robbed" undoes a
        // doubled b, and gave "clim", "absor", "subscri" where there is none; "-ibed" verbs end in "-ibe".)
        if (lower.EndsWith("bed", StringComparison.Ordinal) && lower.Length > 5 && lower[^4] != 'b' && lemma == lower[..^3])
        {
            return lower.EndsWith("ibed", StringComparison.Ordinal) ? lower[..^1] : lower[..^2];
        }

        // ("blasted", "contrasted", "forecasted": "-ast" verbs; the "-asted" rule of "wasted",
        // "tasted", "pasted", one consonant before "aste", gave "blaste".)
        if (lower.EndsWith("asted", StringComparison.Ordinal) && lower.Length > 6 && lemma == lower[..^1])
        {
            return lower[..^2];
        }

        // ("raided", "rioted", "waited", "leaked": see HasSpuriousE.)
        if (lemma == lower[..^1] && HasSpuriousE(lemma))
        {
            return lemma[..^1];
        }

        if (!lower.EndsWith("lled", StringComparison.Ordinal) || !lemma.EndsWith('l') || lemma.EndsWith("ll", StringComparison.Ordinal))
        {
            return lemma;
        }

        // One vowel letter ("shel", "dril", "quel": u after q is a consonant); "fuel" and "trial" have two.
        int vowels = 0;
        for (int i = 0; i < lemma.Length; i++)
        {
            if ("aeiouy".Contains(lemma[i]) && !(lemma[i] == 'u' && i > 0 && lemma[i - 1] == 'q') && !(lemma[i] == 'y' && i == 0))
            {
                vowels++;
            }
        }

        return vowels == 1 ? lemma + "l" : lemma;
    }

    /// <summary>Stems of the verbs in "-vene" ("convene", "intervene", "contravene", "supervene").</summary>
    private static readonly string[] VeneStems = ["conven", "interven", "contraven", "superven"];

    /// <summary>Irregular past forms that are verbs of their own ("overlay", "refound", "outsaw" are not over + lie, re + find …).</summary>
    private static readonly FrozenSet<string> AlsoBaseVerbs = FrozenSet.Create(StringComparer.Ordinal, "lay", "found", "saw", "ground", "wound", "fell", "bore", "left");

    /// <summary>Prefixes that make new verbs of irregular ones ("retook", "overran", "outgrew", "mistook").</summary>
    private static readonly string[] VerbPrefixes = ["re", "over", "under", "out", "mis", "fore", "with", "up"];

    /// <summary>
    /// The lemma of an irregular verb form with a prefix the treebank never saw ("retook" →
    /// "retake", "rebuilt" → "rebuild"): the prefix and the lemma of the rest, read as this tag or as
    /// a past tense or participle (the tagger may take an unknown past tense for a present one).
    /// </summary>
    private string? PrefixedIrregular(string lower, string xpos)
    {
        // Regular endings are the suffix rules' ("relied" is rely, not re + lie), and a base form
        // is read only as itself ("relay" is not re + lay, past of lie).
        if (xpos == "VB" || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith('s'))
        {
            return null;
        }

        foreach (string prefix in VerbPrefixes)
        {
            if (lower.Length < prefix.Length + 3 || !lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string rest = lower[prefix.Length..];
            if (AlsoBaseVerbs.Contains(rest))
            {
                continue;
            }

            foreach (string tag in (string[])[xpos, "VBD", "VBN"])
            {
                if (exceptions.TryGetValue(rest + "\t" + tag, out string? restLemma) && restLemma != rest)
                {
                    return prefix + restLemma;
                }
            }
        }

        return null;
    }

    /// <summary>Vowel pairs spelling one sound before a final consonant ("raid", "riot", "wait"; not the "ia" of "appreciate").</summary>
    private static readonly FrozenSet<string> OneVowelSound = FrozenSet.Create(StringComparer.Ordinal, "ai", "oa", "ee", "oo", "ou", "oi", "io", "au", "ei");

    /// <summary>The FEATS of a form with its tags, or "_".</summary>
    public string Feats(string form, string upos, string xpos)
    {
        string pair = upos + "\t" + xpos;
        if (wordFeats.TryGetValue(pair + "\t" + form.ToLowerInvariant(), out string? feats))
        {
            return feats;
        }

        return defaultFeats.TryGetValue(pair, out feats) ? feats : "_";
    }

    /// <summary>The edit of the longest suffix rule matching the word, or no edit.</summary>
    private (int Strip, string Add) FindRule(string lower, string xpos) => FindRule(lower, xpos, out _);

    private (int Strip, string Add) FindRule(string lower, string xpos, out int suffix)
    {
        for (int length = Math.Min(MaxSuffix, lower.Length); length >= 1; length--)
        {
            if (rules.TryGetValue(xpos + "\t" + lower[^length..], out var edit) && edit.Strip <= lower.Length)
            {
                suffix = length;
                return edit;
            }
        }

        suffix = 0;
        return (0, string.Empty);
    }

    private static string Apply(string word, (int Strip, string Add) edit) => word[..^edit.Strip] + edit.Add;

    /// <summary>Learns the tables from treebank sentences.</summary>
    public static Morphology Train(IEnumerable<ConllSentence> sentences)
    {
        var lemmaCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var featCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var pairFeatCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(s => s.Words))
        {
            string lower = word.Form.ToLowerInvariant();
            Count(lemmaCounts, lower + "\t" + word.Xpos, word.Lemma);
            Count(featCounts, word.Upos + "\t" + word.Xpos + "\t" + lower, word.Feats);
            Count(pairFeatCounts, word.Upos + "\t" + word.Xpos, word.Feats);
        }

        // Each (word, XPOS) votes once for the edit of its most frequent lemma.
        var ruleVotes = new Dictionary<string, Dictionary<(int, string), int>>(StringComparer.Ordinal);
        var typical = lemmaCounts.ToDictionary(pair => pair.Key, pair => Best(pair.Value), StringComparer.Ordinal);
        foreach (var (key, lemma) in typical)
        {
            int tab = key.IndexOf('\t', StringComparison.Ordinal);
            string lower = key[..tab];
            string xpos = key[(tab + 1)..];
            var edit = EditOf(lower, lemma.ToLowerInvariant());
            for (int length = 1; length <= Math.Min(MaxSuffix, lower.Length); length++)
            {
                string ruleKey = xpos + "\t" + lower[^length..];
                if (!ruleVotes.TryGetValue(ruleKey, out var votes))
                {
                    ruleVotes[ruleKey] = votes = [];
                }

                votes[edit] = votes.GetValueOrDefault(edit) + 1;
            }
        }

        var rules = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var (key, votes) in ruleVotes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var best = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Item1).ThenBy(v => v.Key.Item2, StringComparer.Ordinal).First();
            if (best.Value >= MinRuleSupport)
            {
                rules[key] = best.Key;
            }
        }

        var partial = new Morphology(new Dictionary<string, string>(), rules, new Dictionary<string, string>(), new Dictionary<string, string>());
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, lemma) in typical.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            int tab = key.IndexOf('\t', StringComparison.Ordinal);
            string lower = key[..tab];
            string xpos = key[(tab + 1)..];
            bool proper = xpos is "NNP" or "NNPS";
            string predicted = Apply(lower, partial.FindRule(lower, xpos));
            // Proper-noun lemmas are compared without case (their capitals come from the form);
            // other lemmas must match exactly ("I" stays an exception).
            bool right = proper
                ? string.Equals(predicted, lemma, StringComparison.OrdinalIgnoreCase)
                : string.Equals(predicted, lemma, StringComparison.Ordinal);
            if (!right)
            {
                exceptions[key] = lemma;
            }
        }

        var defaults = pairFeatCounts.ToDictionary(pair => pair.Key, pair => Best(pair.Value), StringComparer.Ordinal);
        var wordFeats = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, counts) in featCounts)
        {
            string feats = Best(counts);
            string pair = key[..key.LastIndexOf('\t')];
            if (!string.Equals(defaults[pair], feats, StringComparison.Ordinal))
            {
                wordFeats[key] = feats;
            }
        }

        return new Morphology(exceptions, rules, wordFeats, defaults);
    }

    private static (int Strip, string Add) EditOf(string form, string lemma)
    {
        int common = 0;
        while (common < form.Length && common < lemma.Length && form[common] == lemma[common])
        {
            common++;
        }

        return (form.Length - common, lemma[common..]);
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> table, string key, string value)
    {
        if (!table.TryGetValue(key, out var counts))
        {
            table[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    private static string Best(Dictionary<string, int> counts) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;
}
