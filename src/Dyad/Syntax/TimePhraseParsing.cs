using System.Collections.Frozen;

namespace Dyad.Syntax;

/// <summary>
/// "Albania on Friday denounced as an ugly crime Serbia's suppression …", "Pakistan today
/// threatened …": news puts a time phrase between a subject and its verb, where the web text the
/// models learned from rarely has one, and the parser then takes the verb for a modifier and
/// loses its subject. Such a sentence is tagged and parsed without the phrase, and the phrase is
/// attached to the verb afterwards as the treebank attaches one (obl:unmarked for "today",
/// "Friday"; case + obl for "on Friday"; amod inside "last week", det inside "this week"). A sentence without such a
/// phrase, or whose shortened parse does not make the next word a verb with a subject, is parsed as it is.
/// The same holds for a time word between an object and its "that" clause ("reiterated its demand
/// today that Israel ease restrictions", where "demand" became a compound of "today") and for a day
/// between a verb and its object ("rejected Thursday a United Nations appeal").
/// </summary>
public static class TimePhraseParsing
{
    /// <summary>Days and the deictic time words ("today", "yesterday", "tonight", "tomorrow"), any case.</summary>
    public static readonly FrozenSet<string> TimeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");

    // Words that make a time phrase with a day ("on Friday", "late Sunday") or a period ("last week").
    private static readonly HashSet<string> DayLeads = new(StringComparer.OrdinalIgnoreCase) { "on", "late", "early", "last", "this" };
    private static readonly HashSet<string> PeriodLeads = new(StringComparer.OrdinalIgnoreCase) { "last", "this" };
    private static readonly HashSet<string> SpeechForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "stated", "states", "reported", "reports",
        "warned", "warns", "confirmed", "confirms", "denied", "denies", "insisted", "insists", "claimed", "claims",
    };

    /// <summary>
    /// Words that open what a speaker was asked about: "asked if", "asked about", "asked by
    /// reporters", "asked his reaction to the White House statement".
    /// </summary>
    private static readonly HashSet<string> AskedAbout = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "if", "whether", "why", "what", "how", "when", "where", "who", "which", "by", "to", "for", "his", "her", "their",
    };

    private static readonly HashSet<string> Periods = new(StringComparer.OrdinalIgnoreCase) { "week", "weekend", "month", "year", "night" };

    /// <summary>
    /// Tags <paramref name="forms"/> and fills <paramref name="heads"/> (1-based, 0 = root) and
    /// <paramref name="labels"/> as <paramref name="decoder"/> parses (greedily, with a beam, or
    /// as a cascade), with the repairs of news constructions; returns the tag ids.
    /// </summary>
    public static int[] TagAndParse(Tagger tagger, ParseDecoder decoder, IReadOnlyList<string> forms, int[] heads, int[] labels)
    {
        var parser = decoder.Parser;
        if (TickerParsing.Applies(forms))
        {
            return TickerParsing.TagAndParse(tagger.Tags, parser.Labels, forms, heads, labels, (f, h, l) => TagAndParse(tagger, decoder, f, h, l));
        }

        if (DatelineParsing.PrefixLength(forms) is > 0 and int prefix)
        {
            return DatelineParsing.TagAndParse(tagger, parser.Labels, forms, prefix, heads, labels, (f, h, l) => TagAndParse(tagger, decoder, f, h, l));
        }

        int[] tags = TagAndParseWithLifts(tagger, decoder, forms, heads, labels);
        int[] parsedHeads = [.. heads], parsedLabels = [.. labels];
        CoordinatedModifierParsing.Reparse(tagger.Tags, parser.Labels, forms, tags, heads, labels, (f, h, l) => TagAndParseWithLifts(tagger, decoder, f, h, l));
        AdjacentSubjectsAsOnePhrase(tagger.Tags, parser, forms, tags, heads, labels);
        SubjectAfterAndAsConjunct(tagger.Tags, parser, forms, tags, heads, labels);
        ConjunctNameSplitByCompound(tagger.Tags, parser, forms, tags, heads, labels);
        SecondSubjectAsObject(tagger.Tags, parser, forms, tags, heads, labels);
        GerundSubjectAfterSpeech(tagger.Tags, parser, forms, tags, heads, labels);
        ObjectOfSpeechAsReportedSubject(tagger.Tags, parser, forms, tags, heads, labels);
        ParticipleAsideBeforeVerb(tagger.Tags, parser, forms, tags, heads, labels);
        PrepositionalPhraseAsSecondSubject(tagger.Tags, parser, tags, heads, labels);
        SubjectAfterClauseAsObject(tagger.Tags, parser, forms, tags, heads, labels);
        AttributiveParticiples(tagger.Tags, parser, forms, tags, heads, labels);
        ParticipleAfterPossessive(tagger.Tags, parser, tags, heads, labels);
        PossessorAsPhraseHead(tagger.Tags, parser, tags, heads, labels);
        InfinitiveAfterObjectAsItsClause(tagger.Tags, parser, forms, tags, heads, labels);
        PerfectParticipleAsModifier(tagger.Tags, parser, forms, tags, heads, labels);
        FinitePastAsModifier(tagger.Tags, parser, tags, heads, labels);
        ParticipleAfterCommaAsAdverbial(tagger.Tags, parser, forms, tags, heads, labels);
        CopulaOfParticipleAsPassive(tagger.Tags, parser, forms, tags, heads, labels);
        PhraseOnDayToItsHead(tagger.Tags, parser, forms, tags, heads, labels);
        ConjoinedNounsAsNextClauseSubject(tagger.Tags, parser, tags, heads, labels);
        FinalAttributionAsParataxis(tagger.Tags, parser, forms, tags, heads, labels);
        TimeSubjectWithNameAsModifier(tagger.Tags, parser, forms, tags, heads, labels);
        ModifierOfMarkToItsClause(parser, tags, tagger.Tags, heads, labels);
        TimePhraseCompoundedOntoSubject(parser, forms, heads, labels);
        TimeWordAsPhraseHead(tagger.Tags, parser, forms, tags, heads, labels);
        PassiveAdverbialAfterNounAsModifier(tagger.Tags, parser, forms, tags, heads, labels);
        SubjectsConjoinedOntoFrontedPhrase(tagger.Tags, parser, tags, heads, labels);
        NameAfterNounAsItsApposition(tagger.Tags, parser, forms, tags, heads, labels);
        ObjectBeforeModalAsSubject(tagger.Tags, parser, forms, tags, heads, labels);
        ConjoinedSubjectsSplitAcrossClauses(tagger.Tags, parser, forms, tags, heads, labels);
        SubjectAfterOfPhraseAsItsHead(tagger.Tags, parser, tags, heads, labels);
        ClauseAfterTemporalPrepositionAsAdverbial(tagger.Tags, parser, forms, tags, heads, labels);
        ConjoinedNounWithActiveParticipleAsClause(tagger.Tags, parser, tags, heads, labels);
        if (!IsTree(heads))
        {
            // (A repair that hung a word under its own dependent would leave a cycle, which every
            // walk up the tree downstream would follow for ever: the parser's own tree is kept.)
            parsedHeads.CopyTo(heads, 0);
            parsedLabels.CopyTo(labels, 0);
        }

        return tags;
    }

    /// <summary>Whether every word's chain of heads (1-based, 0 = root) reaches the root.</summary>
    private static bool IsTree(int[] heads)
    {
        for (int w = 0; w < heads.Length; w++)
        {
            int node = w, steps = 0;
            while (heads[node] != 0)
            {
                node = heads[node] - 1;
                if (node < 0 || node >= heads.Length || ++steps > heads.Length)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// "In their first TV debate of the election on Tuesday, Johnson and Corbyn attacked each other's
    /// policies": the parser joined the subjects after the comma to the last noun of the phrase put
    /// before them as its conjuncts, and left the verb right after them with no subject (the attack
    /// was the debate's). A finite verb with no subject, right after nouns so joined to a word of a
    /// phrase hung on that verb before them, takes them as its subject: the first after the comma,
    /// with the others on it, and the comma on the verb.
    /// </summary>
    private static void SubjectsConjoinedOntoFrontedPhrase(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int conj = IndexOf(parser.Labels, "conj"), subject = IndexOf(parser.Labels, "nsubj"), punct = IndexOf(parser.Labels, "punct");
        int caseLabel = IndexOf(parser.Labels, "case"), oblique = IndexOf(parser.Labels, "obl");
        if (conj < 0 || subject < 0 || punct < 0 || caseLabel < 0 || oblique < 0)
        {
            return;
        }

        // (The parser may also have made the fronted phrase itself the verb's subject, preposition
        // and all: "In their first TV debate …, Johnson and Corbyn attacked" had the debate attack.
        // A subject opened by its own preposition is that phrase.)
        bool PhraseAsSubject(int w) => labels[w] == subject && HasDependent(heads, w, c => c < w && labels[c] == caseLabel);
        for (int verb = 2; verb < heads.Length; verb++)
        {
            int last = verb - 1, joinedTo = heads[last] - 1;
            if (tagSet.Pairs[tags[verb]].Xpos is not ("VBD" or "VBZ" or "VBP") || labels[last] != conj || joinedTo < 0 || joinedTo >= last
                || tagSet.Pairs[tags[last]].Upos is not ("NOUN" or "PROPN")
                || HasDependent(heads, verb, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" or "csubj" or "expl" && !PhraseAsSubject(c)))
            {
                continue;
            }

            // The first of the nouns: the conjunct of the same word right after a comma, with every
            // word from it to the verb under it or a conjunct of that word.
            int first = Enumerable.Range(joinedTo + 2, last - joinedTo - 1)
                .FirstOrDefault(w => heads[w] == joinedTo + 1 && labels[w] == conj && tagSet.Pairs[tags[w - 1]].Xpos == ",", -1);
            // (Not when a conjunct with its own "and" comes before the comma, which then ends a list
            // of the phrase, "In talks with France, Germany and Italy, Britain and Spain agreed".)
            bool UnderAConjunct(int w) => Enumerable.Range(first, verb - first).Any(c => heads[c] == joinedTo + 1 && labels[c] == conj && Dominates(heads, c, w));
            if (first < 0 || !Enumerable.Range(first, verb - first).All(UnderAConjunct)
                || Enumerable.Range(joinedTo + 1, first - joinedTo - 1).Any(w => parser.Labels[labels[w]] == "cc"))
            {
                continue;
            }

            // (The joined-to word must lie in an oblique phrase of the verb itself, put before the nouns.)
            int fronted = Enumerable.Range(0, first).FirstOrDefault(phrase => heads[phrase] == verb + 1
                && (parser.Labels[labels[phrase]].StartsWith("obl", StringComparison.Ordinal) || PhraseAsSubject(phrase)) && Dominates(heads, phrase, joinedTo), -1);
            if (fronted < 0)
            {
                continue;
            }

            if (labels[fronted] == subject)
            {
                labels[fronted] = oblique;
            }

            for (int w = first + 1; w < verb; w++)
            {
                if (heads[w] == joinedTo + 1 && labels[w] == conj)
                {
                    heads[w] = first + 1;
                }
            }

            heads[first] = verb + 1;
            labels[first] = subject;
            if (labels[first - 1] == punct)
            {
                heads[first - 1] = verb + 1;
            }
        }
    }

    /// <summary>Whether a word on the way from <paramref name="noun"/> up to <paramref name="verb"/> (not the verb) has the case marker of a clause read as a phrase ("after", "before", "as" …).</summary>
    private static bool UnderSubordinatingPhrase(Parser parser, IReadOnlyList<string> forms, int[] heads, int[] labels, int noun, int verb)
    {
        int caseLabel = IndexOf(parser.Labels, "case");
        for (int node = noun, steps = 0; node >= 0 && node != verb && steps <= heads.Length; node = heads[node] - 1, steps++)
        {
            if (HasDependent(heads, node, c => labels[c] == caseLabel && forms[c].ToLowerInvariant() is "after" or "before" or "until" or "since" or "as" or "because" or "when" or "while"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Participles that open a phrase of their own, hung on a clause in the treebank ("compared with", "based on").</summary>
    private static readonly HashSet<string> PrepositionalParticiples = new(StringComparer.OrdinalIgnoreCase) { "compared", "based", "given", "provided", "granted" };

    /// <summary>
    /// "exploded a series of bombs in the capital Kabul": the parser hung the name right after a
    /// common noun, with no comma between, as an apposition of a word before that noun, here the
    /// bombs, which took the capital's code; the name is the apposition of the noun right before
    /// it when that noun is itself in the phrase of the word the parser chose. So too where the
    /// parser made the name a modifier of a noun after a comma ("… in the capital Kabul, western
    /// diplomatic sources … said" made Kabul the speaker).
    /// </summary>
    private static void NameAfterNounAsItsApposition(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int appos = IndexOf(parser.Labels, "appos"), amod = IndexOf(parser.Labels, "amod"), compound = IndexOf(parser.Labels, "compound");
        if (appos < 0 || amod < 0 || compound < 0)
        {
            return;
        }

        for (int w = 2; w + 1 < heads.Length; w++)
        {
            int head = heads[w] - 1, noun = w - 1;
            if (tagSet.Pairs[tags[w]].Upos != "PROPN" || tagSet.Pairs[tags[noun]].Upos != "NOUN" || head < 0
                || HasDependent(heads, w, c => c < w))
            {
                continue;
            }

            if ((labels[w] == appos && head < noun && heads[noun] - 1 == head)
                || ((labels[w] == amod || labels[w] == compound) && head > w + 1 && forms[w + 1] == "," && !Dominates(heads, w, noun)))
            {
                heads[w] = noun + 1;
                labels[w] = appos;
            }
        }
    }

    /// <summary>
    /// "he hopes his visit to Washington will help resolve Japan's trade problems": the parser made
    /// the noun after a verb its object and left the clause that follows, opened by a modal, with no
    /// subject; a clause that starts with its modal right after a noun has that noun as its subject
    /// ("his visit … will help"). A time phrase may stand between them, which the parser then
    /// made the subject ("his visit to Washington later this week will help": "week" is the
    /// clause's time, and the clause hung on "said", not on "hopes").
    /// </summary>
    private static void ObjectBeforeModalAsSubject(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int obj = IndexOf(parser.Labels, "obj"), nsubj = IndexOf(parser.Labels, "nsubj"), ccomp = IndexOf(parser.Labels, "ccomp");
        int time = IndexOf(parser.Labels, "obl:unmarked") is >= 0 and int unmarked ? unmarked : IndexOf(parser.Labels, "obl:tmod");
        if (obj < 0 || nsubj < 0 || ccomp < 0 || time < 0)
        {
            return;
        }

        for (int noun = 1; noun < heads.Length; noun++)
        {
            int verb = heads[noun] - 1;
            if (labels[noun] != obj || verb < 0 || verb > noun || tagSet.Pairs[tags[verb]].Upos != "VERB" || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            // After the object's phrase, which holds no finite clause ("its condition that Brazil
            // secure guarantees before Saudi Arabia would ship it oil" is no subject of "ship"; "a
            // failure of Congress to agree on measures could affect confidence" is):
            // perhaps a time phrase ("later this week"), then the modal.
            int next = SubtreeEdge(heads, noun, last: true) + 1, timeHead = -1;
            if (Enumerable.Range(noun + 1, next - noun - 1).Any(w => tagSet.Pairs[tags[w]].Upos is "VERB" or "AUX"
                && HasDependent(heads, w, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" || (parser.Labels[labels[c]] == "mark" && !forms[c].Equals("to", StringComparison.OrdinalIgnoreCase)))))
            {
                continue;
            }

            int modal = next;
            while (modal < heads.Length && forms[modal].ToLowerInvariant() is "later" or "earlier" or "this" or "last" or "next")
            {
                modal++;
            }

            if (modal > next && modal < heads.Length && IsCalendarWord(forms[modal]))
            {
                timeHead = modal++;
            }
            else
            {
                modal = next;
            }

            if (modal + 1 >= heads.Length || tagSet.Pairs[tags[modal]].Xpos != "MD")
            {
                continue;
            }

            int clause = heads[modal] - 1;
            if (clause <= modal || tagSet.Pairs[tags[clause]].Upos != "VERB" || labels[clause] != ccomp
                || !(heads[clause] - 1 == verb || Dominates(heads, heads[clause] - 1, verb))
                || HasDependent(heads, clause, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" or "csubj" or "expl" && c != timeHead)
                || Enumerable.Range(modal + 1, clause - modal - 1).Any(b => tagSet.Pairs[tags[b]].Xpos is not ("RB" or "MD")))
            {
                continue;
            }

            heads[noun] = clause + 1;
            labels[noun] = nsubj;
            heads[clause] = verb + 1;
            if (timeHead >= 0)
            {
                heads[timeHead] = clause + 1;
                labels[timeHead] = time;
            }
        }
    }

    /// <summary>
    /// "President Reagan said the United States and its allies must fulfill agreements": the parser
    /// made "the United States" a second subject (or the object) of "said" and "fulfill" a conjunct
    /// of "said" with "its allies" alone for subject, so the U.S. spoke. A speech verb with a subject
    /// before it, a noun right after it, then "and" or "or" and a second noun that is the subject of
    /// a conjunct of the speech verb: the two nouns are that conjunct's subjects, and it is what was said.
    /// </summary>
    private static void ConjoinedSubjectsSplitAcrossClauses(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int nsubj = IndexOf(parser.Labels, "nsubj"), obj = IndexOf(parser.Labels, "obj"), conj = IndexOf(parser.Labels, "conj");
        int cc = IndexOf(parser.Labels, "cc"), ccomp = IndexOf(parser.Labels, "ccomp");
        if (nsubj < 0 || obj < 0 || conj < 0 || cc < 0 || ccomp < 0)
        {
            return;
        }

        for (int first = 1; first < heads.Length; first++)
        {
            int verb = heads[first] - 1;
            if (verb < 0 || verb >= first || (labels[first] != nsubj && labels[first] != obj) || !SpeechForms.Contains(forms[verb])
                || tagSet.Pairs[tags[first]].Upos is not ("NOUN" or "PROPN")
                || !HasDependent(heads, verb, c => c < verb && labels[c] == nsubj))
            {
                continue;
            }

            int and = SubtreeEdge(heads, first, last: true) + 1;
            if (and + 1 >= heads.Length || forms[and].ToLowerInvariant() is not ("and" or "or") || labels[and] != cc)
            {
                continue;
            }

            int clause = heads[and] - 1;
            int second = Enumerable.Range(and + 1, Math.Max(0, clause - and - 1)).FirstOrDefault(w => heads[w] == clause + 1 && labels[w] == nsubj, -1);
            if (clause <= and || heads[clause] != verb + 1 || labels[clause] != conj || second < 0 || SubtreeEdge(heads, second, last: false) != and + 1
                || tagSet.Pairs[tags[second]].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            heads[first] = clause + 1;
            labels[first] = nsubj;
            heads[second] = first + 1;
            labels[second] = conj;
            heads[and] = second + 1;
            labels[clause] = ccomp;
        }
    }

    /// <summary>
    /// "The joint committee of Taiwan soybean importers awarded a contract": the parser closed the
    /// "of" phrase at "Taiwan soybean" and made "importers" a second subject of "awarded", which then
    /// had Taiwan for its target. A common noun that is a second subject of a verb, right after the
    /// "of" (or "for") phrase closing the first subject, a common noun too, whose words are all names and nouns,
    /// is that phrase's head, with the phrase's words its compounds. (Not after a name: "a senior Bank
    /// of Japan official said", "its Ogden Martin System of Berks Inc subsidiary has signed".)
    /// </summary>
    private static void SubjectAfterOfPhraseAsItsHead(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int nsubj = IndexOf(parser.Labels, "nsubj"), nmod = IndexOf(parser.Labels, "nmod"), compound = IndexOf(parser.Labels, "compound");
        int caseMark = IndexOf(parser.Labels, "case"), det = IndexOf(parser.Labels, "det");
        if (nsubj < 0 || nmod < 0 || compound < 0 || caseMark < 0 || det < 0)
        {
            return;
        }

        for (int second = 2; second < heads.Length; second++)
        {
            int verb = heads[second] - 1;
            if (labels[second] != nsubj || verb <= second || tagSet.Pairs[tags[second]].Upos != "NOUN" || HasDependent(heads, second, _ => true))
            {
                continue;
            }

            int first = Enumerable.Range(0, second).LastOrDefault(w => heads[w] == verb + 1 && labels[w] == nsubj, -1);
            int phrase = first < 0 ? -1 : Enumerable.Range(first + 1, second - first - 1).FirstOrDefault(w => heads[w] == first + 1 && labels[w] == nmod, -1);
            if (phrase < 0 || tagSet.Pairs[tags[first]].Upos != "NOUN" || SubtreeEdge(heads, phrase, last: true) != second - 1 || SubtreeEdge(heads, first, last: true) != second - 1)
            {
                continue;
            }

            int start = SubtreeEdge(heads, phrase, last: false);
            if (labels[start] != caseMark || heads[start] != phrase + 1
                || Enumerable.Range(start + 1, second - start - 1).Any(w => labels[w] != det && tagSet.Pairs[tags[w]].Upos is not ("PROPN" or "NOUN" or "ADJ")
                    || (labels[w] == det && w != start + 1)))
            {
                continue;
            }

            heads[second] = first + 1;
            labels[second] = nmod;
            for (int w = start; w < second; w++)
            {
                if (w != phrase && heads[w] != phrase + 1)
                {
                    continue;
                }

                // The phrase's "of", determiner and adjectives keep their relations; its nouns and
                // names become compounds of the new head.
                heads[w] = second + 1;
                if (w == phrase || (w != start && labels[w] != det && tagSet.Pairs[tags[w]].Upos != "ADJ"))
                {
                    labels[w] = compound;
                }
            }
        }
    }

    /// <summary>Participles that mostly describe how the subject goes ("Arafat arrived in Cairo accompanied by senior PLO officials").</summary>
    private static readonly HashSet<string> ManneredParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "accompanied", "flanked", "surrounded", "armed", "escorted", "followed", "joined", "dressed", "guarded", "backed",
    };

    /// <summary>
    /// "the seat on the board currently occupied by a grouping of Sri Lanka, Vietnam and Laos",
    /// "renewed union demands already rejected by the government", "a site not yet chosen": the
    /// parser hung a past participle as an adverbial clause on the verb before it, though it has no
    /// subject, auxiliary, object or subordinator of its own and follows a noun of that verb's clause
    /// with only adverbs between; it describes that noun. (The shipped parser never gives EWT's dev
    /// set this shape; on the Reuters bodies it is mostly the noun's modifier, and the occupied seat
    /// was an occupation by three countries. A participle with nothing hung on it, "…, S and P
    /// stressed", is left alone.)
    /// </summary>
    private static void PassiveAdverbialAfterNounAsModifier(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int advcl = IndexOf(parser.Labels, "advcl"), acl = IndexOf(parser.Labels, "acl"), punct = IndexOf(parser.Labels, "punct");
        if (advcl < 0 || acl < 0 || punct < 0)
        {
            return;
        }

        for (int w = 1; w < heads.Length; w++)
        {
            int verb = heads[w] - 1;
            if (labels[w] != advcl || verb < 0 || verb >= w || tagSet.Pairs[tags[w]].Xpos != "VBN" || PrepositionalParticiples.Contains(forms[w]) || ManneredParticiples.Contains(forms[w])
                || HasDependent(heads, w, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" or "csubj" or "mark" or "aux" or "aux:pass" or "cop" or "expl" or "obj")
                || !HasDependent(heads, w, c => labels[c] != punct))
            {
                continue;
            }

            int noun = w - 1;
            while (noun > verb && tagSet.Pairs[tags[noun]].Xpos == "RB")
            {
                noun--;
            }

            // (Not a noun under "after", "before", "until", "since", "as", "because", "when" or "while", the
            // subject of a clause the parser read as a phrase: "after three of the paper's senior
            // managers resigned Friday".)
            // (Never a noun under the participle itself, which would make a cycle: "the 15.7 mln
            // reported for this year" parsed with "mln" hung on "reported".)
            if (noun > verb && tagSet.Pairs[tags[noun]].Upos is "NOUN" or "PROPN" && Dominates(heads, verb, noun) && !Dominates(heads, w, noun)
                && !UnderSubordinatingPhrase(parser, forms, heads, labels, noun, verb))
            {
                heads[w] = noun + 1;
                labels[w] = acl;
            }
        }
    }

    /// <summary>Time words the parser may take for the head of the name before them.</summary>
    private static readonly HashSet<string> DayWords = new(StringComparer.OrdinalIgnoreCase) { "today", "yesterday", "tonight" };

    /// <summary>
    /// "he noted that just last week Sudanese security services killed more than 10 civilians": the
    /// parser hung the time phrase on the subordinator "that", which takes no dependents of its own
    /// in the treebank; it modifies the clause's verb, and the subject's evidence had run from "last".
    /// </summary>
    private static void ModifierOfMarkToItsClause(Parser parser, int[] tags, TagSet tagSet, int[] heads, int[] labels)
    {
        int mark = IndexOf(parser.Labels, "mark"), oblique = IndexOf(parser.Labels, "obl:unmarked");
        if (mark < 0 || oblique < 0)
        {
            return;
        }

        // (Only a bare noun phrase: an adverb on a subordinator is the treebank's "even if", "just because".)
        for (int w = 0; w < heads.Length; w++)
        {
            int subordinator = heads[w] - 1;
            if (labels[w] == oblique && subordinator >= 0 && labels[subordinator] == mark && tagSet.Pairs[tags[subordinator]].Upos == "SCONJ"
                && heads[subordinator] > 0)
            {
                heads[w] = heads[subordinator];
            }
        }
    }

    /// <summary>
    /// "he noted that just last week Sudanese security services killed more than 10 civilians": the
    /// parser compounded "last week" onto the subject, one phrase whose evidence ran from "last". A
    /// day, month or period after "last", "this" or "next" compounded onto a clause's subject is
    /// that clause's unmarked oblique, as EWT attaches "last week".
    /// </summary>
    private static void TimePhraseCompoundedOntoSubject(Parser parser, IReadOnlyList<string> forms, int[] heads, int[] labels)
    {
        int compound = IndexOf(parser.Labels, "compound"), oblique = IndexOf(parser.Labels, "obl:unmarked");
        if (compound < 0 || oblique < 0)
        {
            return;
        }

        for (int time = 1; time < heads.Length; time++)
        {
            int noun = heads[time] - 1;
            if (labels[time] != compound || noun <= time || !IsCalendarWord(forms[time]) || heads[noun] <= 0
                || parser.Labels[labels[noun]] is not ("nsubj" or "nsubj:pass")
                || !HasTimeLead(forms, heads, time)
                || HasDependent(heads, time, c => c > time))
            {
                // (Nothing after the time word may hang on it: "this week and industry analysts said"
                // parsed with "industry" its conjunct is a parse gone wrong past mending here.)
                continue;
            }

            heads[time] = heads[noun];
            labels[time] = oblique;
        }
    }

    /// <summary>Seasons, which a "last", "this" or "next" before them makes a time phrase, as it does days, months and periods.</summary>
    private static readonly HashSet<string> Seasons = new(StringComparer.OrdinalIgnoreCase) { "summer", "winter", "spring", "autumn", "fall" };

    /// <summary>Whether "last", "this" or "next" before a time word hangs on it ("last April", "this week").</summary>
    private static bool HasTimeLead(IReadOnlyList<string> forms, int[] heads, int time) =>
        HasDependent(heads, time, c => c < time && forms[c].ToLowerInvariant() is "last" or "this" or "next");

    /// <summary>A day, month, period or season ("last April", "this week", "next summer").</summary>
    private static bool IsCalendarWord(string form) =>
        TimeWords.Contains(form) || Periods.Contains(form) || Seasons.Contains(form) || Time.TimeExpressionFinder.IsMonth(form);

    /// <summary>
    /// "During the U.S. bombing of … targets in Libya last April, France refused to allow …": the
    /// parser made the time phrase closing the opening phrase the verb's subject and the name after
    /// the comma its apposition, so the refusal's evidence was "last April". A subject that is a
    /// month, day or period after "last", "this" or "next", with a name or noun after a comma as its
    /// apposition, is the verb's unmarked oblique (as EWT attaches "last April"), and the apposition
    /// the subject.
    /// </summary>
    private static void TimeSubjectWithNameAsModifier(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int subject = IndexOf(parser.Labels, "nsubj"), passiveSubject = IndexOf(parser.Labels, "nsubj:pass"), apposition = IndexOf(parser.Labels, "appos");
        int oblique = IndexOf(parser.Labels, "obl:unmarked"), punct = IndexOf(parser.Labels, "punct");
        if (subject < 0 || passiveSubject < 0 || apposition < 0 || oblique < 0 || punct < 0)
        {
            return;
        }

        for (int time = 1; time + 2 < heads.Length; time++)
        {
            int name = time + 2;
            if (!IsCalendarWord(forms[time]) || !(labels[time] == subject || labels[time] == passiveSubject) || forms[time + 1] != ","
                || heads[name] != time + 1 || labels[name] != apposition || tagSet.Pairs[tags[name]].Upos is not ("PROPN" or "NOUN")
                || !HasTimeLead(forms, heads, time))
            {
                continue;
            }

            heads[name] = heads[time];
            labels[name] = labels[time];
            labels[time] = oblique;
            heads[time + 1] = time + 1;
            labels[time + 1] = punct;
        }
    }

    /// <summary>
    /// "remained on alert in the occupied West Bank today": the parser, reading a name and then
    /// "today", may make the time word the phrase's head with the name its compound. A time word
    /// takes no compound in the treebank (none in EWT train, dev or test): the name heads its
    /// phrase, and the time word hangs on the name's head as EWT attaches "today": the unmarked
    /// oblique of a clause's head, the unmarked modifier of a noun.
    /// </summary>
    private static void TimeWordAsPhraseHead(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int compound = IndexOf(parser.Labels, "compound"), oblique = IndexOf(parser.Labels, "obl:unmarked"), modifier = IndexOf(parser.Labels, "nmod:unmarked");
        int obl = IndexOf(parser.Labels, "obl"), nmod = IndexOf(parser.Labels, "nmod"), caseLabel = IndexOf(parser.Labels, "case");
        int copula = IndexOf(parser.Labels, "cop"), subject = IndexOf(parser.Labels, "nsubj");
        if (compound < 0 || oblique < 0 || modifier < 0 || obl < 0 || nmod < 0)
        {
            return;
        }

        for (int time = 1; time < heads.Length; time++)
        {
            int name = time - 1;
            if (!DayWords.Contains(forms[time]) || heads[time] == 0 || heads[name] != time + 1 || labels[name] != compound
                || tagSet.Pairs[tags[name]].Upos is not ("PROPN" or "NOUN"))
            {
                continue;
            }

            // (What follows the time word stays on it: "a happy hour tonight at Scudeiros".)
            for (int w = 0; w < name; w++)
            {
                if (heads[w] == time + 1)
                {
                    heads[w] = name + 1;
                }
            }

            // ("in the West Bank today" was an unmarked oblique headed by "today"; with its
            // preposition the name is a plain oblique or nominal modifier.)
            heads[name] = heads[time];
            labels[name] = labels[time];
            if ((labels[time] == oblique || labels[time] == modifier) && caseLabel >= 0
                && Enumerable.Range(0, heads.Length).Any(w => heads[w] == name + 1 && labels[w] == caseLabel))
            {
                labels[name] = labels[time] == oblique ? obl : nmod;
            }

            // (On the name's own head, as the treebank attaches it: a clause's unmarked oblique, "added
            // to The Cat Album today", "was calm in the West Bank today"; a noun's unmarked modifier,
            // "column in the WashPost today", "troops in the West Bank today were on alert".)
            int head = heads[name] - 1;
            bool clause = head >= 0 && (tagSet.Pairs[tags[head]].Upos is "VERB" or "AUX" || heads[head] == 0
                || HasDependent(heads, head, c => labels[c] == copula || labels[c] == subject));
            heads[time] = heads[name];
            labels[time] = clause ? oblique : modifier;
        }
    }

    /// <summary>
    /// "withdraw its troops from neighbouring Lebanon": the parser reads "from neighbouring" as a
    /// clause ("from" marking a gerund whose object is Lebanon); the treebank makes such a
    /// participle an adjective of the noun (amod), with the preposition on the noun. The phrase is
    /// rebuilt that way: the noun takes the participle's place, the participle and the preposition
    /// become its modifier and case (only when the participle governs nothing before the noun;
    /// what it governs after the noun goes to its governor).
    /// </summary>
    private static void AttributiveParticiples(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int mark = IndexOf(parser.Labels, "mark"), obj = IndexOf(parser.Labels, "obj"), amod = IndexOf(parser.Labels, "amod");
        int caseLabel = IndexOf(parser.Labels, "case"), obl = IndexOf(parser.Labels, "obl"), nmod = IndexOf(parser.Labels, "nmod");
        if (mark < 0 || obj < 0 || amod < 0 || caseLabel < 0 || obl < 0 || nmod < 0)
        {
            return;
        }

        for (int w = 1; w + 1 < heads.Length; w++)
        {
            int preposition = w - 1, noun = w + 1;
            if (!AttributiveParticipleRetagging.Participles.Contains(forms[w]) || heads[preposition] != w + 1 || labels[preposition] != mark
                || heads[noun] != w + 1 || labels[noun] != obj || tagSet.Pairs[tags[noun]].Upos is not ("PROPN" or "NOUN")
                || tagSet.Pairs[tags[preposition]].Upos is not ("ADP" or "SCONJ") || heads[w] == 0
                || HasDependent(heads, w, c => c != preposition && c != noun && c < noun))
            {
                continue;
            }

            int governor = heads[w] - 1;
            for (int c = noun + 1; c < heads.Length; c++)
            {
                // What the parse hung on the participle after the noun ("… on Monday") belongs to
                // the clause the participle was taken for: the governor's.
                if (heads[c] == w + 1)
                {
                    heads[c] = governor + 1;
                }
            }

            heads[noun] = heads[w];
            labels[noun] = tagSet.Pairs[tags[governor]].Upos is "NOUN" or "PROPN" or "PRON" ? nmod : obl;
            heads[w] = noun + 1;
            labels[w] = amod;
            heads[preposition] = noun + 1;
            labels[preposition] = caseLabel;
        }
    }

    /// <summary>
    /// "Saudi Arabia has mobilized pressure groups in the United States": the parser took the
    /// participle for an adjective of the noun after it, though it has the perfect's "has". A
    /// participle with "have" as its auxiliary is a verb; the noun it was hung on is its object
    /// and takes the participle's place under the noun's governor.
    /// </summary>
    private static void PerfectParticipleAsModifier(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int amod = IndexOf(parser.Labels, "amod"), aux = IndexOf(parser.Labels, "aux"), obj = IndexOf(parser.Labels, "obj"), punct = IndexOf(parser.Labels, "punct");
        if (amod < 0 || aux < 0 || obj < 0)
        {
            return;
        }

        for (int w = 1; w < heads.Length; w++)
        {
            int noun = heads[w] - 1;
            if (labels[w] != amod || noun <= w || tagSet.Pairs[tags[w]].Xpos != "VBN" || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN")
                || !Enumerable.Range(0, w).Any(c => heads[c] == w + 1 && labels[c] == aux && forms[c].ToLowerInvariant() is "has" or "have" or "had" or "'ve" or "'d"))
            {
                continue;
            }

            // (What hung on the noun before the participle, its subject among them, and the
            // sentence's punctuation now hang on the verb.)
            for (int c = 0; c < heads.Length; c++)
            {
                if (heads[c] == noun + 1 && (c < w || (punct >= 0 && labels[c] == punct)))
                {
                    heads[c] = w + 1;
                }
            }

            heads[w] = heads[noun];
            labels[w] = labels[noun];
            heads[noun] = w + 1;
            labels[noun] = obj;
        }
    }

    /// <summary>
    /// "About 200 supporters of former President Ahmed Ben Bella blocked roads in the capital": the
    /// parser hung a finite past tense on the noun after it as an adjective, leaving the sentence
    /// with no verb: its root is the subject before it, or the object with the subject as its
    /// nsubj. A word the tagger read as a finite past tense (VBD) modifying a later noun is then the
    /// main verb: it takes the root's place, with the subject as its nsubj and the noun as its obj.
    /// </summary>
    private static void FinitePastAsModifier(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int amod = IndexOf(parser.Labels, "amod"), subject = IndexOf(parser.Labels, "nsubj"), obj = IndexOf(parser.Labels, "obj"), root = IndexOf(parser.Labels, "root");
        int punct = IndexOf(parser.Labels, "punct"), obl = IndexOf(parser.Labels, "obl");
        int cop = IndexOf(parser.Labels, "cop"), aux = IndexOf(parser.Labels, "aux");
        int head = Array.IndexOf(heads, 0);
        if (amod < 0 || subject < 0 || obj < 0 || root < 0 || punct < 0 || obl < 0 || head < 0 || tagSet.Pairs[tags[head]].Upos is not ("NOUN" or "PROPN")
            || HasDependent(heads, head, c => labels[c] == cop || labels[c] == aux))
        {
            return; // (a noun with a copula is a clause of its own: "Iran's oil was a disputed issue")
        }

        for (int w = 0; w < heads.Length; w++)
        {
            int noun = heads[w] - 1;
            if (labels[w] != amod || noun <= w || tagSet.Pairs[tags[w]] is not ("VERB", "VBD") || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            // The root is the subject before the verb ("supporters … blocked roads", root
            // "supporters") or the object with the subject hung on it ("supporters" nsubj of "roads").
            int subjectWord = head < w ? head
                : head == noun ? Enumerable.Range(0, w).FirstOrDefault(c => heads[c] == noun + 1 && labels[c] == subject, -1) : -1;
            if (subjectWord < 0 || Enumerable.Range(subjectWord + 1, w - subjectWord - 1).Any(between => tagSet.Pairs[tags[between]].Upos == "PUNCT"))
            {
                return; // a fragment, not a subject and its verb: "Excellent service, close to the morse red line stop"
            }

            for (int c = 0; c < heads.Length; c++)
            {
                // (What hung on the old root after the verb, the sentence's punctuation among it, now
                // hangs on the verb; so do the object's subject and its obliques.)
                if ((head < w && heads[c] == head + 1 && c > w)
                    || (head == noun && heads[c] == noun + 1 && (c < w || labels[c] == punct || labels[c] == obl)))
                {
                    heads[c] = w + 1;
                }
            }

            heads[w] = 0;
            labels[w] = root;
            heads[subjectWord] = w + 1;
            labels[subjectWord] = subject;
            heads[noun] = w + 1;
            labels[noun] = obj;
            return;
        }
    }

    /// <summary>
    /// "Colombia's main oil pipeline was bombed again": a form of "be" the parser hung on a past
    /// participle right after it (past adverbs only) as a copula, with the pipeline as an active
    /// subject, is the passive's auxiliary; the treebank gives a verb no copula. The subject becomes
    /// the passive's.
    /// </summary>
    private static void CopulaOfParticipleAsPassive(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int cop = IndexOf(parser.Labels, "cop"), auxPass = IndexOf(parser.Labels, "aux:pass");
        int subject = IndexOf(parser.Labels, "nsubj"), passiveSubject = IndexOf(parser.Labels, "nsubj:pass");
        if (cop < 0 || auxPass < 0 || subject < 0 || passiveSubject < 0)
        {
            return;
        }

        for (int w = 0; w < heads.Length; w++)
        {
            int verb = heads[w] - 1;
            if (labels[w] != cop || verb <= w || tagSet.Pairs[tags[verb]] is not ("VERB", "VBN")
                || forms[w].ToLowerInvariant() is not ("is" or "are" or "was" or "were" or "be" or "been" or "being" or "'s" or "'re" or "am")
                || Enumerable.Range(w + 1, verb - w - 1).Any(between => tagSet.Pairs[tags[between]].Upos != "ADV"))
            {
                continue; // (only "was bombed", "is being usually composed": not "my guess is that they were influenced")
            }

            labels[w] = auxPass;
            for (int c = 0; c < verb; c++)
            {
                if (heads[c] == verb + 1 && labels[c] == subject)
                {
                    labels[c] = passiveSubject;
                }
            }
        }
    }

    /// <summary>
    /// "Vietnamese-led forces launched rocket fire against guerrilla camps near the border, killing
    /// or wounding 50": a present participle after a comma at a clause's end says what the clause's
    /// subject did by it, but the parser hangs it on the nearest noun, here the camps in the verb's
    /// prepositional phrase, which made the camps the killers. Hung on a noun in such a phrase
    /// (obl) of an earlier verb with a subject of its own, it is that verb's adverbial clause.
    /// </summary>
    private static void ParticipleAfterCommaAsAdverbial(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int acl = IndexOf(parser.Labels, "acl"), advcl = IndexOf(parser.Labels, "advcl"), obl = IndexOf(parser.Labels, "obl"), nmod = IndexOf(parser.Labels, "nmod");
        int subject = IndexOf(parser.Labels, "nsubj");
        if (acl < 0 || advcl < 0 || obl < 0 || nmod < 0 || subject < 0)
        {
            return;
        }

        for (int w = 1; w < heads.Length; w++)
        {
            if (labels[w] != acl || forms[w - 1] != "," || tagSet.Pairs[tags[w]].Xpos != "VBG" || heads[w] == 0 || heads[w] - 1 > w)
            {
                continue;
            }

            // The noun's way up to its verb: an oblique, or a noun modifier inside one.
            int noun = heads[w] - 1;
            while (labels[noun] == nmod && heads[noun] > 0)
            {
                noun = heads[noun] - 1;
            }

            int verb = heads[noun] - 1;
            if (labels[noun] != obl || verb < 0 || verb > noun || tagSet.Pairs[tags[verb]].Upos != "VERB"
                || !Enumerable.Range(0, verb).Any(c => heads[c] == verb + 1 && labels[c] == subject))
            {
                continue;
            }

            heads[w] = verb + 1;
            labels[w] = advcl;
        }
    }

    /// <summary>
    /// "refused to meet Jordan's visiting King Abdullah": the parser hangs "visiting" on the
    /// possessor as a clause whose object is the king. A possessor's phrase ends at its "'s", so
    /// a participle right after it describes the noun it precedes: the noun takes the possessor's
    /// place, the possessor becomes its nmod:poss and the participle its amod (only when the
    /// participle governs nothing but that noun before it; what it governs after the noun goes to
    /// the possessor's governor).
    /// </summary>
    private static void ParticipleAfterPossessive(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int caseLabel = IndexOf(parser.Labels, "case"), acl = IndexOf(parser.Labels, "acl"), obj = IndexOf(parser.Labels, "obj");
        int possessor = IndexOf(parser.Labels, "nmod:poss"), amod = IndexOf(parser.Labels, "amod");
        int obl = IndexOf(parser.Labels, "obl"), nmod = IndexOf(parser.Labels, "nmod");
        if (caseLabel < 0 || acl < 0 || obj < 0 || possessor < 0 || amod < 0 || obl < 0 || nmod < 0)
        {
            return;
        }

        for (int w = 2; w + 1 < heads.Length; w++)
        {
            int marker = w - 1, owner = heads[w] - 1;
            int noun = Array.FindIndex(heads, w + 1, h => h == w + 1);
            if (labels[w] != acl || tagSet.Pairs[tags[w]].Xpos != "VBG" || owner != marker - 1 || heads[marker] != owner + 1
                || labels[marker] != caseLabel || tagSet.Pairs[tags[marker]].Xpos != "POS"
                || noun < 0 || labels[noun] != obj || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN")
                || Enumerable.Range(w + 1, noun - w - 1).Any(between => heads[between] != noun + 1))
            {
                continue;
            }

            int governor = heads[owner];
            for (int c = noun + 1; c < heads.Length; c++)
            {
                // What the parse hung on the participle after the noun ("… in Tel Aviv") belongs to
                // the clause the participle was taken for: the governor's.
                if (heads[c] == w + 1)
                {
                    // (Under the noun when the possessor was the root: one root a sentence.)
                    heads[c] = governor > 0 ? governor : noun + 1;
                    if (labels[c] == obl && governor > 0 && tagSet.Pairs[tags[governor - 1]].Upos is "NOUN" or "PROPN" or "PRON")
                    {
                        labels[c] = nmod;
                    }
                }
            }

            heads[noun] = governor;
            labels[noun] = labels[owner];
            for (int c = 0; c < heads.Length; c++)
            {
                // What hung on the possessor as the head of the whole phrase (punctuation, a
                // clause after it) now hangs on the noun; its "'s" and its own modifiers stay.
                if (heads[c] == owner + 1 && c > w)
                {
                    heads[c] = noun + 1;
                }
            }

            heads[owner] = noun + 1;
            labels[owner] = possessor;
            heads[w] = noun + 1;
            labels[w] = amod;
        }
    }

    /// <summary>Nouns of intent or leave whose infinitive says what is intended or allowed ("plans to buy", "the right to vote").</summary>
    private static readonly HashSet<string> IntentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "proposal", "proposals", "bid", "bids", "attempt", "attempts", "effort", "efforts", "decision", "decisions",
        "offer", "offers", "intention", "intentions", "move", "moves", "right", "rights", "chance", "opportunity", "opportunities",
        "ability", "authority", "power", "powers", "permission", "approval", "agreement", "agreements", "accord", "pledge", "pledges",
        "promise", "promises", "commitment", "commitments", "request", "requests", "threat", "threats", "option", "options",
        "willingness", "readiness", "desire", "eagerness", "determination", "capacity", "need", "wish", "ambition", "incentive", "freedom",
    };

    /// <summary>
    /// "Japan has no plans to withdraw its request", "The U.S. Army has delayed plans to buy a
    /// European anti-aircraft missile": reading "has … to" as the "has to" of obligation, or the
    /// noun as a person the verb controls, the parser may hang the infinitive on the verb as its
    /// xcomp, past the object, so Japan withdrew and the Army bought. With such an object between
    /// them, the infinitive says what the object is for (the treebank's acl of "plans", "the right
    /// to", "a chance to").
    /// </summary>
    private static void InfinitiveAfterObjectAsItsClause(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int xcomp = IndexOf(parser.Labels, "xcomp"), obj = IndexOf(parser.Labels, "obj"), acl = IndexOf(parser.Labels, "acl"), mark = IndexOf(parser.Labels, "mark");
        if (xcomp < 0 || obj < 0 || acl < 0 || mark < 0)
        {
            return;
        }

        for (int infinitive = 2; infinitive < heads.Length; infinitive++)
        {
            int have = heads[infinitive] - 1;
            if (labels[infinitive] != xcomp || have < 0 || have >= infinitive || tagSet.Pairs[tags[infinitive]].Xpos != "VB"
                || !HasDependent(heads, infinitive, c => labels[c] == mark && forms[c].Equals("to", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // (After "have", any noun; after another verb, a noun of intent or leave, never a
            // person it controls: "delayed plans to buy", not "urged Japan to buy".)
            bool haveVerb = forms[have].ToLowerInvariant() is "have" or "has" or "had" or "having";
            int noun = Array.FindLastIndex(heads, infinitive - 1, infinitive - have - 1, h => h == have + 1);
            if (noun > have && labels[noun] == obj && tagSet.Pairs[tags[noun]].Upos == "NOUN" && (haveVerb || IntentNouns.Contains(forms[noun]))
                && Enumerable.Range(noun + 1, infinitive - noun - 1).All(between => Dominates(heads, infinitive, between)))
            {
                heads[infinitive] = noun + 1;
                labels[infinitive] = acl;
            }
            else if (haveVerb && noun > have && labels[noun] == obj && infinitive >= 2 && forms[infinitive - 1].Equals("to", StringComparison.OrdinalIgnoreCase) && SubtreeEdge(heads, noun, last: true) == infinitive - 2
                && tagSet.Pairs[tags[infinitive - 2]].Upos is "NOUN" or "PRON" && infinitive - 2 != noun)
            {
                // ("he had no knowledge of any efforts to urge Ukraine": after "have", the object's
                // phrase may end in the noun the infinitive says what it is for.)
                heads[infinitive] = infinitive - 1;
                labels[infinitive] = acl;
            }
        }
    }

    /// <summary>
    /// "Singapore's United Industrial Corp Ltd has agreed …": the parser may keep the possessor as
    /// the phrase's head, with the name after its "'s" as a bare nmod. A possessor's phrase ends
    /// at its "'s" (in the treebank a noun with "'s" is the nmod:poss of the noun after it), so that
    /// noun takes the possessor's place and the possessor becomes its nmod:poss, with what hung on
    /// the possessor after the noun (punctuation, an apposition, a clause).
    /// </summary>
    private static void PossessorAsPhraseHead(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int caseLabel = IndexOf(parser.Labels, "case"), nmod = IndexOf(parser.Labels, "nmod"), possessor = IndexOf(parser.Labels, "nmod:poss");
        if (caseLabel < 0 || nmod < 0 || possessor < 0)
        {
            return;
        }

        for (int owner = 0; owner + 2 < heads.Length; owner++)
        {
            int marker = owner + 1;
            if (heads[marker] != owner + 1 || labels[marker] != caseLabel || tagSet.Pairs[tags[marker]].Xpos != "POS"
                || tagSet.Pairs[tags[owner]].Upos is not ("NOUN" or "PROPN")
                || labels[owner] == possessor)
            {
                continue;
            }

            int noun = Array.FindIndex(heads, marker + 1, h => h == owner + 1);
            if (noun < 0 || labels[noun] != nmod || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN")
                || HasDependent(heads, noun, c => labels[c] == caseLabel)
                || Enumerable.Range(marker + 1, noun - marker - 1).Any(between => !Dominates(heads, noun, between)))
            {
                continue;
            }

            for (int c = noun + 1; c < heads.Length; c++)
            {
                if (heads[c] == owner + 1)
                {
                    heads[c] = noun + 1;
                }
            }

            heads[noun] = heads[owner];
            labels[noun] = labels[owner];
            heads[owner] = noun + 1;
            labels[owner] = possessor;
        }
    }

    /// <summary>
    /// "Israeli soldiers arrested more than 100 Palestinians …, military sources said": the parser
    /// hangs the noun after a clause's verb on the speech verb as a subject, beside the speech verb's
    /// own later subject. A verb has one subject: when the noun's phrase comes right after a clause
    /// of that verb (past tense, not a speech verb) whose own verb has a subject and no object, the
    /// phrase is the clause verb's object.
    /// </summary>
    private static void SubjectAfterClauseAsObject(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int subject = IndexOf(parser.Labels, "nsubj");
        int obj = IndexOf(parser.Labels, "obj");
        int clauseLabel = IndexOf(parser.Labels, "ccomp");
        if (subject < 0 || obj < 0 || clauseLabel < 0)
        {
            return;
        }

        for (int second = 0; second < heads.Length; second++)
        {
            int verb = heads[second] - 1;
            if (labels[second] != subject || verb <= second || tagSet.Pairs[tags[second]].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            // The second subject's phrase starts where its leftmost word is; the word before it must
            // be the clause's verb, joined to the same verb, with a subject of its own and no object.
            int start = second;
            for (int w = 0; w < second; w++)
            {
                if (Dominates(heads, second, w))
                {
                    start = w;
                    break;
                }
            }

            int clause = start - 1;
            if (clause < 0 || heads[clause] != verb + 1 || labels[clause] != clauseLabel || tagSet.Pairs[tags[clause]].Xpos != "VBD"
                || SpeechForms.Contains(forms[clause]))
            {
                continue;
            }

            bool clauseHasSubject = false, clauseHasObject = false, laterSubject = false;
            for (int w = 0; w < heads.Length; w++)
            {
                clauseHasSubject |= heads[w] == clause + 1 && labels[w] == subject;
                clauseHasObject |= heads[w] == clause + 1 && labels[w] == obj;
                laterSubject |= heads[w] == verb + 1 && labels[w] == subject && w > second;
            }

            if (clauseHasSubject && !clauseHasObject && laterSubject)
            {
                heads[second] = clause + 1;
                labels[second] = obj;
            }
        }
    }

    /// <summary>
    /// "Britain's Department of Trade and Industry is investigating the takeover": the parser may
    /// give the verb two subjects, the second after an "and" it hangs on the verb, so the department
    /// and "Industry" both investigated. A verb has one subject: a second one that follows an "and"
    /// right after the first subject's last word joins that word as its conjunct, the "and" with it.
    /// </summary>
    private static void SubjectAfterAndAsConjunct(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int subject = IndexOf(parser.Labels, "nsubj"), conj = IndexOf(parser.Labels, "conj"), cc = IndexOf(parser.Labels, "cc");
        if (subject < 0 || conj < 0 || cc < 0)
        {
            return;
        }

        for (int second = 2; second < heads.Length; second++)
        {
            int verb = heads[second] - 1;
            if (labels[second] != subject || verb <= second || tagSet.Pairs[tags[second]].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            // The second subject's phrase starts after an "and" hung on the verb, right after the
            // first subject's phrase, of the same verb.
            int and = SubtreeEdge(heads, second, last: false) - 1;
            if (and < 1 || !forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) || heads[and] != verb + 1 || labels[and] != cc)
            {
                continue;
            }

            int before = and - 1;
            int first = Enumerable.Range(0, and).FirstOrDefault(w => heads[w] == verb + 1 && labels[w] == subject && Dominates(heads, w, before), -1);
            if (first < 0 || tagSet.Pairs[tags[before]].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            // (The last word, as news coordinates: "an agreement between the EC and the U.S.", "a
            // group led by a Swedish investment firm and a Norwegian investor"; "the minister of
            // trade and the minister of finance", rarer, is read wrongly.)
            heads[second] = before + 1;
            labels[second] = conj;
            heads[and] = second + 1;
        }
    }

    /// <summary>Last words of bodies' names, whose "and" joins words of one name.</summary>
    private static readonly HashSet<string> BodyNameEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Administration", "Ministry", "Department", "Commission", "Agency", "Authority", "Board", "Bank", "Co", "Corp", "Inc", "Ltd",
        "Plc", "Association", "Council", "Committee", "Institute", "Organization", "Organisation", "Union", "Federation", "Exchange",
        "Office", "Service", "Fund", "Group", "Company", "Corporation", "Industries", "Party", "Front", "Court", "University", "Foundation",
    };

    /// <summary>
    /// "the U.S. and West Germany agreed": the parser may make the first name a compound of the
    /// second name's last word and the second name's first word its conjunct ("U.S." compound of
    /// "Germany", "West" conjunct of "U.S."), one phrase naming West Germany. A name compounded
    /// onto a later name's head, with a conjunct of its own inside that name, is the first
    /// conjunct: it takes the head's place, the head becomes its conjunct with the "and", and the
    /// word that was the conjunct a compound of the head again.
    /// </summary>
    private static void ConjunctNameSplitByCompound(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int compound = IndexOf(parser.Labels, "compound"), conj = IndexOf(parser.Labels, "conj"), cc = IndexOf(parser.Labels, "cc");
        if (compound < 0 || conj < 0 || cc < 0)
        {
            return;
        }

        for (int first = 0; first + 3 < heads.Length; first++)
        {
            // (Not a body's name with "and" inside it: "the U.S. National Aeronautics and Space
            // Administration", "the Ministry of Trade and Industry", "Procter and Gamble Co".)
            int head = heads[first] - 1;
            if (labels[first] != compound || head <= first + 2 || tagSet.Pairs[tags[first]].Upos != "PROPN" || tagSet.Pairs[tags[head]].Upos != "PROPN"
                || BodyNameEnds.Contains(forms[head]))
            {
                continue;
            }

            // The conjunct of the first name, inside the second name: after the "and", before the head.
            int inner = Array.FindIndex(heads, first + 1, head - first - 1, h => h == first + 1);
            int and = inner < 0 ? -1 : Array.FindIndex(heads, first + 1, inner - first - 1, h => h == inner + 1 || h == first + 1);
            // (A written "and" or "or": "East/West-Coast" joins two words of one name.)
            if (inner < 0 || labels[inner] != conj || tagSet.Pairs[tags[inner]].Upos != "PROPN" || and < 0 || labels[and] != cc
                || !(forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) || forms[and].Equals("or", StringComparison.OrdinalIgnoreCase))
                || Enumerable.Range(inner + 1, head - inner - 1).Any(w => !Dominates(heads, head, w) && !Dominates(heads, inner, w)))
            {
                continue;
            }

            heads[first] = heads[head];
            labels[first] = labels[head];
            for (int c = 0; c < heads.Length; c++)
            {
                // (What hung on the whole phrase, before the first name or after the second —
                // its determiner, a clause after it — now hangs on the first name.)
                if (heads[c] == head + 1 && (c < first || c > head) && c != first)
                {
                    heads[c] = first + 1;
                }
            }

            heads[head] = first + 1;
            labels[head] = conj;
            heads[inner] = head + 1;
            labels[inner] = compound;
            heads[and] = head + 1;
        }
    }

    /// <summary>Whether some word hangs on <paramref name="head"/> (0-based; heads 1-based) and meets <paramref name="which"/>, given its index.</summary>
    private static bool HasDependent(int[] heads, int head, Func<int, bool> which)
    {
        for (int c = 0; c < heads.Length; c++)
        {
            if (heads[c] == head + 1 && which(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "U.S. warships shelled an Iranian offshore oil platform and American special forces boarded
    /// another, destroying equipment": the parser joined the noun after "and" to the object and hung
    /// the verb right after it on it as a reduced relative, so the forces were shelled. A past
    /// participle right after a noun joined by "and" to a finite verb's object, with an object of
    /// its own and no subject or auxiliary, is no passive modifier: it is a clause joined to that
    /// verb, with the noun for subject.
    /// </summary>
    private static void ConjoinedNounWithActiveParticipleAsClause(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int acl = IndexOf(parser.Labels, "acl"), conj = IndexOf(parser.Labels, "conj"), subject = IndexOf(parser.Labels, "nsubj"), cc = IndexOf(parser.Labels, "cc");
        if (acl < 0 || conj < 0 || subject < 0 || cc < 0)
        {
            return;
        }

        for (int participle = 2; participle < heads.Length; participle++)
        {
            int noun = participle - 1;
            if (labels[participle] != acl || heads[participle] != noun + 1 || tagSet.Pairs[tags[participle]] is not ("VERB", "VBN")
                || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN") || labels[noun] != conj || heads[noun] == 0
                || !HasDependent(heads, noun, c => labels[c] == cc && c < noun)
                || !HasDependent(heads, participle, c => parser.Labels[labels[c]] == "obj")
                || HasDependent(heads, participle, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "obl:agent"))
            {
                continue;
            }

            int first = heads[noun] - 1, verb = heads[first] - 1;
            if (verb < 0 || verb > first || parser.Labels[labels[first]] is not ("obj" or "obl") || tagSet.Pairs[tags[verb]].Upos != "VERB"
                || tagSet.Pairs[tags[verb]].Xpos is not ("VBD" or "VBZ" or "VBP"))
            {
                continue;
            }

            for (int c = 0; c < noun; c++)
            {
                if (heads[c] == noun + 1 && labels[c] == cc)
                {
                    heads[c] = participle + 1;
                }
            }

            heads[participle] = verb + 1;
            labels[participle] = conj;
            heads[noun] = participle + 1;
            labels[noun] = subject;
        }
    }

    /// <summary>Words that open a phrase or a clause of time ("after the meeting", "after the bank lowered its rates").</summary>
    private static readonly HashSet<string> TemporalSubordinators = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "till" };

    /// <summary>
    /// "National Westminster Bank led the way after the Bank of England lowered its dealing rates in
    /// a signal that it would tolerate a cut": the parser read "after the Bank of England" as a
    /// phrase of time on the main verb and the finite verb after it, with no subject, as a clause
    /// beside the sentence, so "it" found no subject to mean. A noun opened by "after", "before",
    /// "since" or "until" and followed right after its phrase by a finite verb of the same head that
    /// has no subject, no conjunction and no marker of its own is that verb's subject, the word
    /// its marker and the clause an adverbial one, as the treebank has "after the bank lowered".
    /// </summary>
    private static void ClauseAfterTemporalPrepositionAsAdverbial(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int caseLabel = IndexOf(parser.Labels, "case"), mark = IndexOf(parser.Labels, "mark"), subject = IndexOf(parser.Labels, "nsubj"), adverbial = IndexOf(parser.Labels, "advcl");
        if (caseLabel < 0 || mark < 0 || subject < 0 || adverbial < 0)
        {
            return;
        }

        for (int word = 0; word + 2 < heads.Length; word++)
        {
            int noun = heads[word] - 1;
            if (!TemporalSubordinators.Contains(forms[word]) || labels[word] != caseLabel || noun <= word
                || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN") || heads[noun] == 0)
            {
                continue;
            }

            int verb = SubtreeEdge(heads, noun, last: true) + 1;
            if (verb >= heads.Length || heads[verb] != heads[noun] || tagSet.Pairs[tags[verb]].Upos != "VERB"
                || tagSet.Pairs[tags[verb]].Xpos is not ("VBD" or "VBZ" or "VBP")
                || parser.Labels[labels[verb]] is not ("parataxis" or "conj" or "ccomp" or "dep" or "advcl")
                || HasDependent(heads, verb, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" or "csubj" or "expl" or "cc" or "mark"))
            {
                continue;
            }

            heads[word] = verb + 1;
            labels[word] = mark;
            heads[noun] = verb + 1;
            labels[noun] = subject;
            labels[verb] = adverbial;
        }
    }

    /// <summary>Whether word <paramref name="word"/> lies under <paramref name="head"/> (0-based indexes; heads 1-based).</summary>
    private static bool Dominates(int[] heads, int head, int word)
    {
        for (int node = word, steps = 0; node >= 0 && steps <= heads.Length; node = heads[node] - 1, steps++)
        {
            if (node == head)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Bank of Japan Governor Satoshi Sumita criticised …", "The former Iraqi leader Saddam Hussein
    /// is refusing …": the parser gave the verb two subjects side by side, which are one phrase. A
    /// subject whose words end right where a later subject of the same verb, a name, begins (no
    /// conjunction, punctuation or determiner at the seam) is, as the treebank has it, a compound of
    /// that name when it is a name itself ("Bank", "UN"), and the subject with the name as its
    /// apposition when it is a common noun ("leader", "the terrorist group Hamas").
    /// </summary>
    private static void AdjacentSubjectsAsOnePhrase(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int subject = IndexOf(parser.Labels, "nsubj"), compound = IndexOf(parser.Labels, "compound"), appos = IndexOf(parser.Labels, "appos");
        int conj = IndexOf(parser.Labels, "conj");
        if (subject < 0 || compound < 0 || appos < 0)
        {
            return;
        }

        for (int verb = 0; verb < heads.Length; verb++)
        {
            int previous = -1;
            for (int w = 0; w < verb; w++)
            {
                if (heads[w] != verb + 1 || labels[w] != subject)
                {
                    continue;
                }

                // (Not a time word the parser took for a subject: "Last week Congress passed", "Monday
                // President Biden said".)
                // ("The United Nations Secretary-General welcomed": a title split at its hyphen, the
                // hyphen ending the first subject, is one word's halves.)
                int hyphen = previous >= 0 && SubtreeEdge(heads, previous, last: true) is int end && forms[end] == "-" && end + 1 == w
                    && heads[end] == previous + 1 && previous + 1 == end && forms[w] is [char upper, ..] && char.IsUpper(upper) ? end : -1;
                // ("Iran said U.S. naval forces attacked": an abbreviated name right before a common
                // noun's phrase that is also a subject is that noun's compound, as "U.S. forces" is in
                // the treebank; only before a phrase of more than the noun, where the parse splits
                // them, and not other names, "Agriculture Ministry sources said", whose phrases the
                // parse may have split otherwise.)
                bool abbreviationBeforeNoun = previous >= 0 && tagSet.Pairs[tags[w]].Upos == "NOUN" && tagSet.Pairs[tags[previous]].Upos == "PROPN"
                    && previous + 1 < w && forms[previous].Contains('.') && !heads.Contains(previous + 1);
                if (previous >= 0 && ((tagSet.Pairs[tags[w]].Upos == "PROPN" && tagSet.Pairs[tags[previous]].Upos is "PROPN" or "NOUN") || abbreviationBeforeNoun)
                    && !TimeWords.Contains(forms[previous]) && !Periods.Contains(forms[previous]) && !Time.TimeExpressionFinder.IsMonth(forms[previous])
                    && SubtreeEdge(heads, previous, last: true) is int seam && seam + 1 == SubtreeEdge(heads, w, last: false)
                    && (tagSet.Pairs[tags[seam]].Upos != "PUNCT" || seam == hyphen)
                    && (tagSet.Pairs[tags[seam + 1]].Upos is not ("CCONJ" or "PUNCT" or "DET") || HyphenInName(tagSet, forms, tags, seam + 1))
                    && !Enumerable.Range(0, heads.Length).Any(c => (labels[c] == conj && (Dominates(heads, previous, c) || heads[c] == w + 1))
                        || (tagSet.Pairs[tags[c]].Upos == "PUNCT" && c != hyphen && Dominates(heads, previous, c))))
                {
                    if (hyphen >= 0)
                    {
                        // (Halves of one word, whatever their case: "Secretary-General", "vice-President".)
                        heads[hyphen] = w + 1;
                        heads[previous] = w + 1;
                        labels[previous] = compound;
                        previous = w;
                        continue;
                    }

                    // (A capitalised noun is part of a name, "British Petroleum Co PLC". Subjects joined
                    // to others, "leader Muammar Gaddafi and President Todor Zhivkov", are left as parsed.)
                    // (A capital that only opens the sentence says nothing: "Sources Reuters spoke to
                    // said", "Sources close to Finance Minister Edouard Balladur said" are left as parsed.)
                    bool capitalised = forms[previous] is [char initial, ..] && char.IsUpper(initial);
                    if (tagSet.Pairs[tags[previous]].Upos == "PROPN" || (capitalised && previous > 0))
                    {
                        heads[previous] = w + 1;
                        labels[previous] = compound;
                    }
                    else if (!capitalised)
                    {
                        heads[w] = previous + 1;
                        labels[w] = appos;
                        continue; // the common noun stays the subject
                    }
                }

                previous = w;
            }
        }
    }

    /// <summary>
    /// "Iranian Prime Minister Mir-Hossein Mousavi arrived": a hyphen between two capitalised names
    /// joins the halves of one given name, whichever side of it the parser hung it on.
    /// </summary>
    private static bool HyphenInName(TagSet tagSet, IReadOnlyList<string> forms, int[] tags, int hyphen) =>
        forms[hyphen] == "-" && hyphen > 0 && hyphen + 1 < forms.Count
        && tagSet.Pairs[tags[hyphen - 1]].Upos == "PROPN" && tagSet.Pairs[tags[hyphen + 1]].Upos == "PROPN"
        && forms[hyphen - 1] is [char before, ..] && char.IsUpper(before) && forms[hyphen + 1] is [char after, ..] && char.IsUpper(after);

    /// <summary>
    /// "launched a mediation effort on Saturday between the Emirates and Saudi Arabia", "met on
    /// Friday with Chinese officials": a day names no party, so a phrase about parties that the
    /// parser hung on the day belongs to the day's own head, as the treebank attaches it (obl on a
    /// verb, nmod on a noun). Only phrases of the prepositions that name parties, around a name or
    /// noun that is no time itself ("on the Saturday before Easter", "Today at 5 pm" stay).
    /// </summary>
    private static void PhraseOnDayToItsHead(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int nmod = IndexOf(parser.Labels, "nmod"), obl = IndexOf(parser.Labels, "obl"), caseLabel = IndexOf(parser.Labels, "case");
        if (nmod < 0 || obl < 0 || caseLabel < 0)
        {
            return;
        }

        for (int w = 0; w < heads.Length; w++)
        {
            int day = heads[w] - 1;
            if (day < 0 || labels[w] != nmod || !TimeWords.Contains(forms[day]) || heads[day] == 0
                || tagSet.Pairs[tags[w]].Upos is not ("PROPN" or "NOUN") || TimeWords.Contains(forms[w]) || Periods.Contains(forms[w])
                || Time.TimeExpressionFinder.IsMonth(forms[w]))
            {
                continue;
            }

            int preposition = Array.FindIndex(heads, h => h == w + 1);
            while (preposition >= 0 && labels[preposition] != caseLabel)
            {
                preposition = Array.FindIndex(heads, preposition + 1, h => h == w + 1);
            }

            if (preposition < 0 || preposition > w || !PartyPrepositions.Contains(forms[preposition]))
            {
                continue;
            }

            heads[w] = heads[day];
            labels[w] = tagSet.Pairs[tags[heads[day] - 1]].Upos == "VERB" ? obl : nmod;
        }
    }

    private static readonly HashSet<string> PartyPrepositions = new(StringComparer.OrdinalIgnoreCase) { "with", "between", "against", "among" };

    /// <summary>The first (or last) word of the subtree under <paramref name="word"/>.</summary>
    private static int SubtreeEdge(int[] heads, int word, bool last)
    {
        int edge = word;
        for (int w = 0; w < heads.Length; w++)
        {
            if ((last ? w > edge : w < edge) && Dominates(heads, word, w))
            {
                edge = w;
            }
        }

        return edge;
    }

    /// <summary>
    /// "Israeli soldiers arrested 100 Palestinians": the parser, reading a number and a
    /// nationality, sometimes makes the noun after a verb a second subject of it. A verb cannot
    /// have a subject on each side; the one after it, with no object on the verb, is its object.
    /// (EWT has three such parses in dev and test, none with an object in the treebank: the
    /// web text rarely puts a number and a name after a verb.) A speech verb's subject may follow
    /// it ("… countries cannot," said Carney), and so may any verb's after a quotation or a comma.
    /// </summary>
    private static void SecondSubjectAsObject(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int subject = IndexOf(parser.Labels, "nsubj");
        int obj = IndexOf(parser.Labels, "obj");
        if (subject < 0 || obj < 0)
        {
            return;
        }

        for (int verb = 0; verb < heads.Length; verb++)
        {
            if (tagSet.Pairs[tags[verb]].Upos != "VERB" || SpeechForms.Contains(forms[verb]) || (verb > 0 && tagSet.Pairs[tags[verb - 1]].Upos == "PUNCT"))
            {
                continue;
            }

            int before = -1, after = -1, afterCount = 0;
            bool hasObject = false;
            for (int w = 0; w < heads.Length; w++)
            {
                if (heads[w] != verb + 1)
                {
                    continue;
                }

                hasObject |= labels[w] == obj;
                if (labels[w] == subject && w < verb)
                {
                    before = w;
                }
                else if (labels[w] == subject)
                {
                    after = w;
                    afterCount++;
                }
            }

            // ("Nazer said OPEC estimated demand": a noun right before a verb is that verb's subject,
            // a clause the parse lost.)
            if (before >= 0 && afterCount == 1 && !hasObject && tagSet.Pairs[tags[after]].Upos is "NOUN" or "PROPN"
                && !(after + 1 < heads.Length && tagSet.Pairs[tags[after + 1]].Upos is "VERB" or "AUX"))
            {
                labels[after] = obj;
            }
        }
    }

    /// <summary>
    /// "Western diplomats said shelling the platform appeared to be the least provocative act": the
    /// parser hung the gerund on the speech verb as an adverbial clause (making the speakers the
    /// shellers) and the verb after it on the speech verb as a conjunct with no subject. A gerund right
    /// after a speech verb, followed by a finite verb the parse joined to the speech verb with no
    /// conjunction and no subject of its own, is that verb's clausal subject, and the verb is what was said.
    /// </summary>
    private static void GerundSubjectAfterSpeech(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int csubj = IndexOf(parser.Labels, "csubj"), ccomp = IndexOf(parser.Labels, "ccomp"), conj = IndexOf(parser.Labels, "conj");
        int advcl = IndexOf(parser.Labels, "advcl"), xcomp = IndexOf(parser.Labels, "xcomp");
        if (csubj < 0 || ccomp < 0 || conj < 0)
        {
            return;
        }

        for (int speech = 0; speech + 2 < heads.Length; speech++)
        {
            int gerund = speech + 1;
            if (!SpeechForms.Contains(forms[speech]) || tagSet.Pairs[tags[gerund]].Xpos != "VBG" || heads[gerund] != speech + 1
                || (labels[gerund] != advcl && labels[gerund] != xcomp))
            {
                continue;
            }

            int end = SubtreeEdge(heads, gerund, last: true);
            int verb = end + 1;
            // (Auxiliaries of the verb may stand between: "said raising rates would hurt".)
            while (verb < heads.Length && tagSet.Pairs[tags[verb]].Upos == "AUX" && heads[verb] > verb + 1)
            {
                verb++;
            }

            if (verb >= heads.Length)
            {
                continue;
            }

            // (Finite by its own tense or by the auxiliary before it: "appeared", "would hurt".)
            int tensed = verb > end + 1 ? end + 1 : verb;
            if (heads[verb] != speech + 1 || labels[verb] != conj || tagSet.Pairs[tags[verb]].Upos != "VERB"
                || tagSet.Pairs[tags[tensed]].Xpos is not ("VBD" or "VBZ" or "VBP" or "MD")
                || Enumerable.Range(speech + 1, heads.Length - speech - 1).Any(c => heads[c] == verb + 1 && c < verb
                    && tagSet.Pairs[tags[c]].Upos is "CCONJ" or "PUNCT" or "NOUN" or "PROPN" or "PRON"))
            {
                continue;
            }

            heads[gerund] = verb + 1;
            labels[gerund] = csubj;
            labels[verb] = ccomp;
        }
    }

    /// <summary>
    /// Speech verbs that take what was said, not whom it was said to, as their object, and whose
    /// reported clause may follow with no "that" (also read by <see cref="PastTenseRetagging"/>).
    /// </summary>
    internal static readonly HashSet<string> ReportingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "announced", "announces", "stated", "states", "reported", "reports", "confirmed", "confirms", "claimed", "claims",
        "noted", "notes", "reiterated", "reiterates", "argued", "argues", "insisted", "insists", "stressed", "stresses",
    };

    /// <summary>
    /// "Canadian Pacific Air Lines said president and chief executive Donald Carty and four senior
    /// vice-presidents resigned last week": with no "that", the parser may take the reported
    /// clause's subject for the speech verb's object and leave the clause's finite verb, hung on
    /// the speech verb, with no subject. A noun phrase right after such a speech verb, followed by a
    /// finite verb of the speech verb's reported clause that has no subject, is that verb's subject.
    /// So too where the parse hung that verb on the speech verb as a conjunct with no conjunction
    /// ("The company said the sale … will take place this month"), which becomes its reported clause.
    /// </summary>
    private static void ObjectOfSpeechAsReportedSubject(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int obj = IndexOf(parser.Labels, "obj"), ccomp = IndexOf(parser.Labels, "ccomp"), subject = IndexOf(parser.Labels, "nsubj");
        int passiveSubject = IndexOf(parser.Labels, "nsubj:pass"), passiveAux = IndexOf(parser.Labels, "aux:pass");
        int conj = IndexOf(parser.Labels, "conj"), cc = IndexOf(parser.Labels, "cc"), oblique = IndexOf(parser.Labels, "obl"), caseMarker = IndexOf(parser.Labels, "case");
        int presentPlural = tagSet.IdOf("VERB", "VBP"), advcl = IndexOf(parser.Labels, "advcl");
        if (obj < 0 || ccomp < 0 || subject < 0 || passiveSubject < 0 || conj < 0 || cc < 0 || oblique < 0 || caseMarker < 0 || presentPlural < 0)
        {
            return;
        }

        for (int speech = 0; speech + 2 < heads.Length; speech++)
        {
            // ("quoted official sources as saying the IMF and World Bank had refused to continue
            // financing": the reported verb may hang on the verb "as saying" hangs on, as a bare
            // conjunct, which made the refusal the newspaper's.)
            bool asSaying = forms[speech].Equals("saying", StringComparison.OrdinalIgnoreCase) && advcl >= 0 && labels[speech] == advcl && heads[speech] > 0;
            if (!(ReportingForms.Contains(forms[speech]) || asSaying) || tagSet.Pairs[tags[speech]].Upos != "VERB")
            {
                continue;
            }

            // ("Federal regulators said Dean Witter Reynolds Inc, the brokerage subsidiary of Sears,
            // Roebuck and Co, agreed to a censure": or a second subject of the speech verb, after it,
            // with the reported verb hung on the speech verb as a conjunct with no conjunction.)
            bool SubjectBefore() => Enumerable.Range(0, speech).Any(w => heads[w] == speech + 1 && labels[w] == subject);
            // (Or a bare oblique, with no preposition: "Andriessen says huge food surpluses, which …, demand such action".)
            bool BareOblique(int w) => labels[w] == oblique && !HasDependent(heads, w, c => labels[c] == caseMarker);
            int noun = Enumerable.Range(speech + 1, heads.Length - speech - 1).FirstOrDefault(w => heads[w] == speech + 1 && (labels[w] == obj || (labels[w] == subject && SubjectBefore()) || BareOblique(w)), -1);
            if (noun < 0 || tagSet.Pairs[tags[noun]].Upos is not ("NOUN" or "PROPN") || SubtreeEdge(heads, noun, last: false) != speech + 1)
            {
                continue;
            }

            int end = SubtreeEdge(heads, noun, last: true);
            int verb = end + 1;
            // ("said an Iranian infantry brigade, backed by tanks, launched the overnight attack":
            // the comma closing an aside the phrase opened with one, or a list's, "said Britain,
            // France and Italy, which oppose the tax, will …", whose subject the list is too.)
            if (verb < heads.Length && forms[verb] == "," && heads[verb] > verb + 1
                && Enumerable.Range(noun + 1, end - noun).Any(w => forms[w] == ","))
            {
                verb++;
            }

            int first = verb;
            while (verb < heads.Length && tagSet.Pairs[tags[verb]].Upos == "AUX" && heads[verb] > verb + 1)
            {
                verb++;
            }

            // (Finite by its own tense or by the auxiliary before it: "resigned", "will resign"; or
            // a base form with no auxiliary whose subject is a plural noun, which is its present:
            // "surpluses, which …, demand".)
            bool bareConjunct = verb < heads.Length && labels[verb] == conj && !HasDependent(heads, verb, c => labels[c] == cc);
            bool pluralPresent = verb < heads.Length && verb == first && tagSet.Pairs[tags[verb]].Xpos == "VB" && tagSet.Pairs[tags[noun]].Xpos is "NNS" or "NNPS";
            bool onSpeech = verb < heads.Length && (heads[verb] == speech + 1 || (asSaying && bareConjunct && heads[verb] == heads[speech]));
            if (verb >= heads.Length || !onSpeech || !(labels[verb] == ccomp || bareConjunct) || tagSet.Pairs[tags[verb]].Upos != "VERB"
                || (tagSet.Pairs[tags[verb > first ? first : verb]].Xpos is not ("VBD" or "VBZ" or "VBP" or "MD") && !pluralPresent)
                || HasDependent(heads, verb, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" or "csubj" or "expl"))
            {
                continue;
            }

            if (pluralPresent)
            {
                tags[verb] = presentPlural;
            }

            heads[noun] = verb + 1;
            labels[noun] = HasDependent(heads, verb, c => labels[c] == passiveAux) ? passiveSubject : subject;
            heads[verb] = speech + 1;
            labels[verb] = ccomp;
        }
    }

    /// <summary>
    /// "Nakasone will … hold talks in Washington with President Reagan, Chief Cabinet Secretary
    /// Masaharu Gotoda told reporters": the parser read the speaker after the comma as an
    /// apposition of the name before it and the speech verb as a complement of the sentence's
    /// verb, so Nakasone told reporters and held talks with them. A speech verb with no subject
    /// (or with the phrase as its subject already) whose words run to the sentence's end, right
    /// after a comma and a noun phrase, is said by that phrase and hangs on the sentence's root as
    /// the treebank hangs such a closing attribution (parataxis; "Trade is slow, he said"). So too
    /// where the parser hung the attribution on a conditional's verb ("… if the recent improvement
    /// in U.S. exports should falter, economists say"), which made the saying hypothetical; never
    /// a relative clause ("Nakasone, who said …").
    /// </summary>
    private static void FinalAttributionAsParataxis(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int parataxis = IndexOf(parser.Labels, "parataxis"), subject = IndexOf(parser.Labels, "nsubj"), punct = IndexOf(parser.Labels, "punct");
        int root = Array.IndexOf(heads, 0);
        if (parataxis < 0 || subject < 0 || punct < 0 || root < 0)
        {
            return;
        }

        for (int verb = 2; verb < heads.Length; verb++)
        {
            if (!SpeechForms.Contains(forms[verb]) || tagSet.Pairs[tags[verb]].Upos != "VERB" || verb == root || labels[verb] == parataxis
                || HasDependent(heads, verb, c => parser.Labels[labels[c]] is "nsubj:pass" or "csubj" or "expl")
                || !Enumerable.Range(verb + 1, heads.Length - verb - 1).All(w => Dominates(heads, verb, w) || tagSet.Pairs[tags[w]].Upos == "PUNCT"))
            {
                continue;
            }

            // The speaker: a noun phrase between the last comma and the verb, with one word whose head lies outside it.
            int comma = verb - 1;
            while (comma > 0 && forms[comma] != "," && (tagSet.Pairs[tags[comma]].Upos is "PROPN" or "NOUN" or "ADJ" or "DET" or "PRON" or "NUM" || tagSet.Pairs[tags[comma]].Xpos == "HYPH"))
            {
                comma--;
            }

            if (comma <= root || forms[comma] != "," || comma == verb - 1 || tagSet.Pairs[tags[verb - 1]].Upos is not ("PROPN" or "NOUN" or "PRON")
                || heads[verb] - 1 >= comma || Enumerable.Range(comma + 1, verb - comma - 1).Any(w => tagSet.Pairs[tags[w]].Xpos is "WP" or "WDT" or "WP$"))
            {
                continue;
            }

            var outside = Enumerable.Range(comma + 1, verb - comma - 1).Where(w => heads[w] - 1 <= comma || heads[w] - 1 >= verb).ToList();
            if (outside.Count != 1 || (heads[outside[0]] - 1 == verb && labels[outside[0]] != subject)
                || HasDependent(heads, verb, c => c != outside[0] && parser.Labels[labels[c]] == "nsubj"))
            {
                continue;
            }

            heads[outside[0]] = verb + 1;
            labels[outside[0]] = subject;
            heads[verb] = root + 1;
            labels[verb] = parataxis;
            heads[comma] = verb + 1;
            labels[comma] = punct;
        }
    }

    /// <summary>
    /// "only the Netherlands and Luxembourg supported this idea at today's meeting, and France,
    /// Denmark and Belgium showed marked hostility to it": the parser joined the second clause's
    /// subjects to the noun before them as conjuncts ("meeting, and France, Denmark and Belgium") and
    /// the verb after them to the first verb as a conjunct with neither subject nor conjunction.
    /// A finite verb so joined, right after the last of such conjoined nouns, takes them as its
    /// subject (the first conjunct, with the others on it) and their "and" as its own: from the
    /// conjunct whose "and" follows a comma, else the first one when it opens with "and". A conjunct
    /// verb with its own "and" ("bought shares in A and B and sold C") shares the first verb's
    /// subject and is left.
    /// </summary>
    private static void ConjoinedNounsAsNextClauseSubject(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int conj = IndexOf(parser.Labels, "conj"), cc = IndexOf(parser.Labels, "cc"), subject = IndexOf(parser.Labels, "nsubj"), punct = IndexOf(parser.Labels, "punct");
        if (conj < 0 || cc < 0 || subject < 0 || punct < 0)
        {
            return;
        }

        for (int verb = 1; verb < heads.Length; verb++)
        {
            int last = verb - 1;
            if (labels[verb] != conj || heads[verb] == 0 || tagSet.Pairs[tags[verb]].Upos != "VERB" || tagSet.Pairs[tags[verb]].Xpos is not ("VBD" or "VBZ" or "VBP")
                || tagSet.Pairs[tags[heads[verb] - 1]].Upos != "VERB" || tagSet.Pairs[tags[last]].Upos is not ("NOUN" or "PROPN")
                || labels[last] != conj || heads[last] == 0 || heads[last] - 1 >= last || heads[last] - 1 == heads[verb] - 1
                || HasDependent(heads, verb, c => parser.Labels[labels[c]] is "nsubj" or "nsubj:pass" or "csubj" or "expl" or "cc" or "mark"))
            {
                continue;
            }

            // (Not a past form that may be a participle describing the nouns, with a preposition after
            // it and nothing it governs as a verb: "a treaty between the United States and Switzerland
            // aimed at facilitating criminal investigations".)
            if (tagSet.Pairs[tags[verb]].Xpos == "VBD" && verb + 1 < heads.Length && tagSet.Pairs[tags[verb + 1]].Xpos == "IN"
                && !HasDependent(heads, verb, c => parser.Labels[labels[c]] is "obj" or "ccomp" or "xcomp"))
            {
                continue;
            }

            // The nouns: the head of the last noun itself, when it is a conjunct with its own "and"
            // and the parse chained the others on it ("… wished to and Michael and his team made that
            // happen"); else the conjuncts of that head from the one whose "and" follows a comma
            // (", and France, Denmark and Belgium"), or from the first when it has its own "and" ("a
            // bid for Dome and Dome said"; ", officials and bankers said" may end a list).
            int head = heads[last] - 1;
            bool HasOwnAnd(int w, bool afterComma = false) =>
                Enumerable.Range(0, w).Any(c => heads[c] == w + 1 && labels[c] == cc && (!afterComma || (c > 0 && tagSet.Pairs[tags[c - 1]].Xpos == ",")));
            var conjuncts = Enumerable.Range(head + 1, last - head).Where(w => heads[w] == head + 1 && labels[w] == conj).ToList();
            bool chained = labels[head] == conj && tagSet.Pairs[tags[head]].Upos is "NOUN" or "PROPN" && HasOwnAnd(head) && heads[head] != 0;
            int first = conjuncts.FindIndex(w => HasOwnAnd(w, afterComma: true));
            if (first < 0 && conjuncts.Count > 0 && HasOwnAnd(conjuncts[0]))
            {
                first = 0;
            }

            if ((!chained && first < 0) || !Dominates(heads, heads[verb] - 1, chained ? heads[head] - 1 : head))
            {
                continue;
            }

            int subjectWord = chained ? head : conjuncts[first];
            heads[subjectWord] = verb + 1;
            labels[subjectWord] = subject;
            foreach (int other in chained ? [] : conjuncts.Skip(first + 1))
            {
                heads[other] = subjectWord + 1;
            }

            // (Its "and" and the comma before it go to the verb, as the treebank hangs them on a conjunct.)
            for (int c = 0; c < subjectWord; c++)
            {
                if (heads[c] == subjectWord + 1 && (labels[c] == cc || labels[c] == punct))
                {
                    heads[c] = verb + 1;
                }
            }
        }
    }

    /// <summary>
    /// "Fitzwater, asked if the visit might help, said …", "The U.S. Frigate Stark, damaged last
    /// month in an Iraqi air attack, left Bahrain": the parser reads the participle after the
    /// subject's comma as the sentence's verb, the subject its subject and the verb after the
    /// aside its conjunct or adverbial clause, so the speaker seems to ask and the frigate to
    /// damage. The aside is a reduced passive on the subject (acl, as EWT annotates "X, asked about
    /// Y, said"); the finite verb after it, with no subject of its own, heads the sentence with
    /// that subject. A participle with an auxiliary or an object of its own is no such aside;
    /// "asked" is taken whatever its tag when what was asked follows ("asked if", "asked about").
    /// </summary>
    private static void ParticipleAsideBeforeVerb(TagSet tagSet, Parser parser, IReadOnlyList<string> forms, int[] tags, int[] heads, int[] labels)
    {
        int acl = IndexOf(parser.Labels, "acl"), subject = IndexOf(parser.Labels, "nsubj"), passiveSubject = IndexOf(parser.Labels, "nsubj:pass");
        int conj = IndexOf(parser.Labels, "conj"), root = IndexOf(parser.Labels, "root"), obj = IndexOf(parser.Labels, "obj");
        int advcl = IndexOf(parser.Labels, "advcl"), aux = IndexOf(parser.Labels, "aux"), passiveAux = IndexOf(parser.Labels, "aux:pass");
        if (acl < 0 || subject < 0 || conj < 0 || root < 0)
        {
            return;
        }

        for (int asked = 2; asked + 1 < heads.Length; asked++)
        {
            // ("Balladur, asked at a news conference if …, said": where it was asked may come first.)
            bool askedAbout = forms[asked].Equals("asked", StringComparison.OrdinalIgnoreCase)
                && (AskedAbout.Contains(forms[asked + 1])
                    || (forms[asked + 1] is "at" or "in" or "during" or "on" && Enumerable.Range(asked + 2, Math.Min(5, heads.Length - asked - 2))
                        .Any(w => forms[w] is "if" or "whether" or "about" or "why" or "how" or "what")));
            bool bareParticiple = tagSet.Pairs[tags[asked]].Xpos == "VBN"
                && !HasDependent(heads, asked, c => labels[c] == aux || labels[c] == passiveAux || labels[c] == obj);
            if (forms[asked - 1] != "," || heads[asked] != 0 || !(askedAbout || bareParticiple))
            {
                continue;
            }

            int speaker = Array.FindIndex(heads, 0, asked, h => h == asked + 1);
            while (speaker >= 0 && labels[speaker] != subject)
            {
                speaker = Array.FindIndex(heads, speaker + 1, asked - speaker - 1, h => h == asked + 1);
            }

            if (speaker < 0 || SubtreeEdge(heads, speaker, last: false) != 0 || SubtreeEdge(heads, speaker, last: true) < asked - 2)
            {
                continue;
            }

            int verb = -1;
            for (int c = asked + 2; c < heads.Length; c++)
            {
                // (A past form with an object is finite there, whatever its tag: "…, accused the United States".)
                if (heads[c] == asked + 1 && (labels[c] == conj || labels[c] == advcl) && forms[c - 1] == ","
                    && (tagSet.Pairs[tags[c]].Xpos is "VBD" or "VBZ" or "VBP" || (tagSet.Pairs[tags[c]].Xpos == "VBN"
                        && Enumerable.Range(c + 1, heads.Length - c - 1).Any(d => heads[d] == c + 1 && labels[d] == obj))))
                {
                    verb = c;
                    break;
                }
            }

            if (verb < 0 || HasDependent(heads, verb, c => labels[c] == subject || labels[c] == passiveSubject))
            {
                continue;
            }

            heads[verb] = 0;
            labels[verb] = root;
            heads[speaker] = verb + 1;
            heads[asked] = speaker + 1;
            labels[asked] = acl;
            if (tagSet.IdOf("VERB", "VBN") is >= 0 and int participle)
            {
                tags[asked] = participle;
            }

            if (tagSet.Pairs[tags[verb]].Xpos == "VBN" && tagSet.IdOf("VERB", "VBD") is >= 0 and int past)
            {
                tags[verb] = past;
            }

            for (int c = verb + 1; c < heads.Length; c++)
            {
                if (heads[c] == asked + 1)
                {
                    heads[c] = verb + 1;
                }
            }
        }
    }

    /// <summary>
    /// "After a meeting with Brazilian Finance Minister Dilson Funaro, the Canadian banker said …":
    /// the parser may read the preposition as a subordinator of the verb and the name after it as
    /// a second subject, making the minister a speaker. A verb has one subject: when its earlier
    /// subject's phrase opens right after a preposition hung on the verb as a mark, that phrase is
    /// the preposition's object, a modifier of the noun before it ("meeting with …") or else of the
    /// verb.
    /// </summary>
    private static void PrepositionalPhraseAsSecondSubject(TagSet tagSet, Parser parser, int[] tags, int[] heads, int[] labels)
    {
        int subject = IndexOf(parser.Labels, "nsubj"), mark = IndexOf(parser.Labels, "mark"), caseLabel = IndexOf(parser.Labels, "case");
        int nmod = IndexOf(parser.Labels, "nmod"), obl = IndexOf(parser.Labels, "obl");
        if (subject < 0 || mark < 0 || caseLabel < 0 || nmod < 0 || obl < 0)
        {
            return;
        }

        for (int preposition = 0; preposition + 1 < heads.Length; preposition++)
        {
            int verb = heads[preposition] - 1;
            if (labels[preposition] != mark || tagSet.Pairs[tags[preposition]].Upos != "ADP" || verb <= preposition)
            {
                continue;
            }

            int first = -1, second = -1;
            for (int c = preposition + 1; c < verb; c++)
            {
                if (heads[c] == verb + 1 && labels[c] == subject)
                {
                    if (first < 0)
                    {
                        first = c;
                    }
                    else
                    {
                        second = c;
                        break;
                    }
                }
            }

            if (first < 0 || second < 0 || SubtreeEdge(heads, first, last: false) != preposition + 1 || SubtreeEdge(heads, first, last: true) >= second)
            {
                continue;
            }

            bool afterNoun = preposition > 0 && tagSet.Pairs[tags[preposition - 1]].Upos == "NOUN" && heads[preposition - 1] != 0;
            heads[first] = afterNoun ? preposition : verb + 1;
            labels[first] = afterNoun ? nmod : obl;
            heads[preposition] = first + 1;
            labels[preposition] = caseLabel;
        }
    }

    /// <summary>The id of a relation label, or -1 when the parser has none such (shared by the parse repairs).</summary>
    internal static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    private static int[] TagAndParseWithLifts(Tagger tagger, ParseDecoder decoder, IReadOnlyList<string> forms, int[] heads, int[] labels)
    {
        var parser = decoder.Parser;

        var input = SyntaxAnnotator.ParserInputOf(tagger, forms, out int[] tags, parser.Supertagger);
        if (Find(forms, tags, tagger.Tags) is not var (start, end, site))
        {
            decoder.Parse(input, heads, labels);
            return tags;
        }

        var kept = Enumerable.Range(0, forms.Count).Where(i => i < start || i >= end).ToArray();
        var shortened = SyntaxAnnotator.ParserInputOf(tagger, [.. kept.Select(i => forms[i])], out int[] shortTags, parser.Supertagger);
        var shortHeads = new int[kept.Length];
        var shortLabels = new int[kept.Length];
        decoder.Parse(shortened, shortHeads, shortLabels);
        // Before a verb, the word after the phrase (index start of the shortened sentence) must come
        // out a verb with a subject of its own; after an object, the noun before it (index
        // start - 1) must come out a verb's object. Else the shortened parse is no better.
        // After a verb and before its object, the verb (index start - 1) must come out with an object.
        int verb = -1;
        if (site == Site.BeforeVerb && tagger.Tags.Pairs[shortTags[start]].Upos == "VERB"
            && Enumerable.Range(0, kept.Length).Any(k => shortHeads[k] == start + 1 && parser.Labels[shortLabels[k]] is "nsubj" or "nsubj:pass" or "csubj"))
        {
            verb = end;
        }
        else if (site == Site.AfterObject && parser.Labels[shortLabels[start - 1]] == "obj" && shortHeads[start - 1] > 0
            && tagger.Tags.Pairs[shortTags[shortHeads[start - 1] - 1]].Upos == "VERB")
        {
            verb = kept[shortHeads[start - 1] - 1];
        }
        else if (site == Site.BeforeObject && tagger.Tags.Pairs[shortTags[start - 1]].Upos == "VERB"
            && Enumerable.Range(0, kept.Length).Any(k => shortHeads[k] == start && parser.Labels[shortLabels[k]] == "obj"))
        {
            verb = start - 1;
        }

        if (verb < 0 || Labels(parser) is not var (unmarked, oblique, caseMark, modifier, determiner))
        {
            decoder.Parse(input, heads, labels);
            return tags;
        }

        for (int k = 0; k < kept.Length; k++)
        {
            int i = kept[k];
            tags[i] = shortTags[k];
            heads[i] = shortHeads[k] == 0 ? 0 : kept[shortHeads[k] - 1] + 1;
            labels[i] = shortLabels[k];
        }

        // The phrase's last word is its head ("Friday", "today", "week"), on the verb.
        int head = end - 1;
        bool hasPreposition = forms[start].Equals("on", StringComparison.OrdinalIgnoreCase);
        heads[head] = verb + 1;
        labels[head] = hasPreposition ? oblique : unmarked;
        for (int i = start; i < head; i++)
        {
            heads[i] = head + 1;
            labels[i] = forms[i].ToLowerInvariant() switch { "on" => caseMark, "this" => determiner, _ => modifier };
        }

        return tags;
    }

    /// <summary>
    /// The first time phrase [start, end) that stands right after a noun, a name or a pronoun and
    /// right before a finite verb or a participle (<see cref="Site.BeforeVerb"/>), right after a
    /// noun and before "that" (<see cref="Site.AfterObject"/>: "reiterated its demand today that
    /// Israel ease …"), or, a bare day or "today", between a verb and its object's determiner
    /// (<see cref="Site.BeforeObject"/>: "rejected Thursday a United Nations appeal"), or null.
    /// </summary>
    public static (int Start, int End, Site Site)? Find(IReadOnlyList<string> forms, int[] tags, TagSet tagSet)
    {
        for (int i = 1; i < forms.Count; i++)
        {
            int end = PhraseEnd(forms, i);
            if (end < 0 || end >= forms.Count || TimeWords.Contains(forms[i - 1]))
            {
                continue;
            }

            var (before, beforeXpos) = tagSet.Pairs[tags[i - 1]];
            var (upos, xpos) = tagSet.Pairs[tags[end]];
            if (before is "NOUN" or "PROPN" or "PRON"
                && ((upos == "VERB" && xpos is "VBD" or "VBN" or "VBZ" or "VBP")
                    || (forms[end].Length > 4 && forms[end].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && upos is "ADJ" or "NOUN")))
            {
                return (i, end, Site.BeforeVerb);
            }

            if (before == "NOUN" && forms[end].Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return (i, end, Site.AfterObject);
            }

            // ("rejected Thursday a United Nations appeal": only a bare day or "today" stands there;
            // not after a speech verb, whose "said Tuesday the threat was high" is a clause.)
            if (before == "VERB" && beforeXpos is "VBD" or "VBZ" or "VBP" && end == i + 1 && upos is "DET" or "NUM" && !SpeechForms.Contains(forms[i - 1]))
            {
                return (i, end, Site.BeforeObject);
            }
        }

        return null;
    }

    /// <summary>Where a lifted time phrase stood.</summary>
    public enum Site
    {
        /// <summary>Between a subject and its verb: "Albania on Friday denounced".</summary>
        BeforeVerb,

        /// <summary>Between an object and its "that" clause: "its demand today that".</summary>
        AfterObject,

        /// <summary>Between a verb and its object: "rejected Thursday a United Nations appeal".</summary>
        BeforeObject,
    }

    /// <summary>
    /// A time word the lift moves: not "tomorrow", which cannot date a past verb ("an interview to
    /// be shown tomorrow said …" belongs to "shown").
    /// </summary>
    private static bool Liftable(string form) => TimeWords.Contains(form) && !form.Equals("tomorrow", StringComparison.OrdinalIgnoreCase);

    /// <summary>The end of a time phrase starting at word <paramref name="i"/>, or -1.</summary>
    private static int PhraseEnd(IReadOnlyList<string> forms, int i)
    {
        if (Liftable(forms[i]))
        {
            return i + 1;
        }

        if (i + 1 < forms.Count && ((DayLeads.Contains(forms[i]) && Liftable(forms[i + 1])) || (PeriodLeads.Contains(forms[i]) && Periods.Contains(forms[i + 1]))))
        {
            return i + 2;
        }

        return -1;
    }

    private static (int Unmarked, int Oblique, int Case, int Modifier, int Determiner)? Labels(Parser parser)
    {
        int Of(params string[] names) => names.Select(n => IndexOf(parser.Labels, n)).FirstOrDefault(id => id >= 0, -1);
        int unmarked = Of("obl:unmarked", "obl:tmod", "obl");
        int oblique = Of("obl");
        int caseMark = Of("case");
        int modifier = Of("amod");
        int determiner = Of("det");
        return unmarked < 0 || oblique < 0 || caseMark < 0 || modifier < 0 || determiner < 0 ? null : (unmarked, oblique, caseMark, modifier, determiner);
    }
}
