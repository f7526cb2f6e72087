using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Facts;
using Dyad.Syntax;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Events;

/// <summary>
/// Codes events from parsed sentences whose actors are resolved. For each verb or event noun with
/// a pattern, the most specific matching pattern gives the CAMEO code; the parse gives the
/// participants (subject = source, object or a target preposition's object = target; passive
/// "by" = source; shared subjects of coordinated verbs and controlled infinitives; the speaker
/// for statements inside reported speech); the context gives the flags (negation, conditional,
/// modal and future, attempts); the sentence's own time expression gives the date. Every event
/// names its pattern or rule. Immutable; one instance serves many documents.
/// </summary>
public sealed class EventCoder
{
    private static readonly FrozenSet<string> SubjectRelations = FrozenSet.Create("nsubj", "nsubj:outer", "csubj");
    private static readonly FrozenSet<string> OutsideClause = FrozenSet.Create(
        "nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "expl", "punct", "cc", "conj", "parataxis", "advcl",
        "discourse", "vocative", "ccomp", "mark", "aux", "aux:pass", "cop", "dislocated", "reparandum", "list", "orphan", "dep");
    private static readonly FrozenSet<string> TargetPrepositions = FrozenSet.Create(
        "to", "with", "against", "on", "toward", "towards", "at", "into", "upon", "over", "from", "for");
    private static readonly FrozenSet<string> Modals = FrozenSet.Create("could", "might", "may", "would", "should", "must", "can", "will", "shall", "'ll", "'d", "ought");
    /// <summary>
    /// Modals that state the actor's own intention ("Iraq said it would allow", "Turkey will
    /// allow"). "Must", "should", "could", "may" state an obligation or a possibility, often
    /// someone else's demand ("saying he must resign"): not an intent of the actor.
    /// </summary>
    private static readonly FrozenSet<string> IntentModals = FrozenSet.Create("would", "will", "shall", "'ll", "'d");
    private static readonly FrozenSet<string> Negations = FrozenSet.Create("not", "never", "n't", "no");
    private static readonly FrozenSet<string> Acceptance = FrozenSet.Create("accept", "agree", "approve", "recognize", "recognise", "endorse", "allow", "support", "back", "tolerate", "acknowledge");
    private static readonly FrozenSet<string> Irrealis = FrozenSet.Create(
        "want", "plan", "intend", "hope", "seek", "consider", "propose", "expect", "threaten", "warn", "offer", "promise", "pledge",
        "vow", "swear", "resolve", "urge", "ask", "call", "demand", "refuse", "decline", "aim", "prepare", "wish", "need", "press", "push", "request",
        "encourage", "invite", "allow", "plot", "mull", "weigh", "reject", "oppose", "deny", "could", "would", "agree",
        "willing", "ready", "prepared", "like", "love",
        // ("the EC is keen to negotiate with Tokyo": a wish, not yet an act.)
        "keen", "eager", "hate", "dislike", "fear", "avoid", "prefer", "favor", "favour", "contemplate", "envisage", "imagine",
        "likely", "unlikely", "predict", "forecast", "anticipate", "speculate", "due", "recommend", "advocate",
        // ("China applied to join the General Agreement on Tariffs and Trade": an application is no membership.)
        "apply",
        // ("Chase Manhattan Asia has approached Taiwan banks to take part in a syndicated loan":
        // approaching or lobbying someone to do something asks it.)
        "approach", "lobby", "petition",
        // ("the Bank of England is reluctant to inhibit competition"; "unwill" is the lemma of
        // "unwilling" where the tagger reads it as a participle, "the U.S. was unwilling to give".)
        "reluctant", "unwilling", "unwill", "loath", "loth", "hesitant",
        // ("Israeli leaders who risked damaging the relationship with Washington", "Britain risked
        // provoking a trade war": what one risks may follow, and has not.)
        "risk");
    /// <summary>From this many parties acting with one another, an act is multilateral: each party's, with no target.</summary>
    private const int MultilateralParties = 4;

    /// <summary>Verbs of demanding or conditioning, after which "before" + gerund names what is to follow ("demanded a truce before allowing convoys").</summary>
    /// <remarks>Not verbs that narrate a sequence: "waited two days before attacking", "warned Kuwait before invading it".</remarks>
    private static readonly FrozenSet<string> ConditioningVerbs = FrozenSet.Create(
        "demand", "insist", "require", "want", "ask", "urge", "seek", "refuse");

    /// <summary>Nouns of evidence or chance whose content clause, with "no", has not happened ("no indication that", "no way").</summary>
    private static readonly FrozenSet<string> EvidenceNouns = FrozenSet.Create(
        "indication", "sign", "evidence", "proof", "hint", "confirmation", "word", "report", "guarantee", "chance", "way", "likelihood", "prospect", "possibility");

    /// <summary>Nouns of grounds for a claim, which "no … to suggest" denies ("no information to suggest", "no reason to believe"): the evidence nouns and a few more.</summary>
    private static readonly FrozenSet<string> GroundNouns = FrozenSet.Create([.. EvidenceNouns, "information", "reason", "suggestion", "basis"]);

    /// <summary>Verbs that tell harm done by an attack ("killing 20", "killed or wounded 4,000").</summary>
    private static readonly FrozenSet<string> HarmVerbs = FrozenSet.Create(StringComparer.Ordinal, "kill", "wound", "injure");

    private static readonly FrozenSet<string> Attempts = FrozenSet.Create("try", "attempt", "fail", "struggle", "strive", "endeavor", "endeavour");
    /// <summary>What makes an actor able to act, "had the means to prevent", which is no act yet.</summary>
    private static readonly FrozenSet<string> MeansNouns = FrozenSet.Create("capability", "means", "power", "wherewithal", "strength", "resource", "tool", "weapon");

    /// <summary>Rules, limits and means, whose "for" gerund names the kind of act they govern or serve ("the threshold for notifying the SEC").</summary>
    /// <remarks>Not "basis", "grounds" or "authority", which give the reason of acts done ("cited Section 301 as the basis for imposing the tariffs").</remarks>
    private static readonly FrozenSet<string> ProvisionNouns = FrozenSet.Create([.. MeansNouns,
        "threshold", "rule", "procedure", "guideline", "requirement", "criterion", "criteria", "deadline", "mechanism", "framework", "system", "method",
        "strategy", "policy", "scheme", "formula", "timetable", "schedule", "legislation", "law", "bill", "provision", "regulation",
        "authorization", "license", "licence", "fund", "budget", "instrument", "technique", "standard", "limit", "ceiling",
        "quota", "program", "programme", "facility", "machinery", "arrangement", "condition", "term", "guarantee"]);

    /// <summary>
    /// Texts whose "calls for" says what they provide, not an appeal: rules and laws, plans and
    /// accords ("The government's plan calls for income to exceed expenditure"; not a proposal,
    /// whose call is its author's).
    /// </summary>
    private static readonly FrozenSet<string> ProvidingNouns = FrozenSet.Create([.. ProvisionNouns,
        "plan", "agreement", "accord", "pact", "treaty", "resolution", "draft", "package", "contract", "measure", "amendment", "report"]);

    /// <summary>
    /// What an actor is inclined, committed or able to do, which has not happened by being so:
    /// "Japanese firms have a tremendous interest in exporting to Europe", "its willingness to
    /// negotiate", "the right to strike".
    /// </summary>
    private static readonly FrozenSet<string> DispositionNouns = FrozenSet.Create(
        "interest", "willingness", "readiness", "desire", "eagerness", "commitment", "determination", "ability", "capacity",
        "right", "freedom", "permission", "opportunity", "need", "wish", "ambition", "incentive", "discretion");

    /// <summary>
    /// A noun named as what is awaited: "ahead of talks", "prior to the visit", "in advance of the
    /// summit", "until Nakasone's visit", "pending talks with the IMF" (however the parse hangs
    /// "ahead" or "pending").
    /// </summary>
    private static bool IsAwaited(SentenceContext context, int noun)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        // ("until" and "prior to" only under a verb not in the past: "Iraq held the town until the
        // Iranian offensive", "prior to the invasion, Iraq massed troops" tell of acts done.)
        int governor = words[noun].Head;
        bool pastGovernor = governor >= 0 && (words[governor].Xpos is "VBD" or "VBN"
            || syntax.Children(governor).Any(a => words[a].Deprel == "aux" && words[a].Xpos == "VBD" && context.Lemma(a) is not ("will" or "would")));
        return syntax.Children(noun, "case").Any(c => context.Lemma(c) is "pending" or "ahead"
                || (context.Lemma(c) is "until" or "till" or "prior" && !pastGovernor)
                || (context.Lemma(c) is "of" or "to" && c > 0 && (context.Form(c - 1) is "ahead" or "advance" || (context.Form(c - 1) == "prior" && !pastGovernor))))
            || (words[noun].Deprel == "obj" && governor >= 0 && context.Form(governor) == "pending");
    }

    /// <summary>Adjectives that judge an act put after "it is" ("it is unreasonable to ask", "it was difficult to say").</summary>
    private static readonly FrozenSet<string> JudgedActs = FrozenSet.Create(
        "unreasonable", "reasonable", "difficult", "hard", "easy", "important", "necessary", "unnecessary", "possible", "impossible", "wise", "unwise",
        "right", "wrong", "fair", "unfair", "essential", "vital", "crucial", "useful", "useless", "appropriate", "inappropriate", "premature",
        "dangerous", "safe", "legitimate", "illegal", "normal", "natural", "better", "best", "good", "bad", "sensible", "foolish", "logical", "unrealistic", "realistic");

    /// <summary>
    /// "as long as America reacts by launching limited strikes", "so long as Iraq attacks its
    /// tankers", "in case Iran attacks": a clause these words open is a condition, as one "if" opens.
    /// </summary>
    private static bool IsOtherCondition(SentenceContext context, int clause)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        foreach (int mark in syntax.Children(clause, "mark"))
        {
            // ("as long as": the clause hangs on "long", which has "as" or "so" before it.)
            if (context.Lemma(mark) == "as" && words[clause].Head is int head and >= 0 && context.Lemma(head) == "long"
                && syntax.Children(head, "advmod").Any(a => a < head && context.Lemma(a) is "as" or "so"))
            {
                return true;
            }

            if (context.Lemma(mark) == "in" && syntax.Children(mark, "fixed").Any(f => context.Lemma(f) == "case"))
            {
                return true;
            }
        }

        // ("in the event of Brazil withdrawing from the group", "in the event that …", "in case of":
        // a clause that tells what the event in question is; not "in a case which officials said
        // involved …".)
        return words[clause].Deprel is "acl" or "ccomp" && words[clause].Head is int noun and >= 0
            && syntax.Children(noun, "case").Any(c => context.Lemma(c) == "in") && syntax.Children(noun, "det").ToList() is var determiners
            && ((context.Lemma(noun) == "event" && determiners.Count == 1 && context.Lemma(determiners[0]) == "the") || (context.Lemma(noun) == "case" && determiners.Count == 0));
    }

    /// <summary>
    /// "The Soviet aim is to attack Israel", "Its focus is to force President Reagan to retaliate":
    /// an infinitive that a duty or purpose noun is (the noun its subject, "be" its copula) is what
    /// someone means to do, not what was done (the other side of <see cref="ArrangedToHappen"/>).
    /// </summary>
    private static bool IsStatedPurpose(SentenceContext context, int node)
    {
        var syntax = context.Syntax;
        return syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to") && syntax.Children(node, "cop").Any()
            && syntax.Children(node).Any(c => syntax.Words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal) && DutyNouns.Contains(context.Lemma(c))
                // (Not "way" or "step": "the only way out is for Washington to join forces … in
                // pressing for an end to the war between Iran and Iraq" prescribes a course through
                // a long phrase whose war is real.)
                && context.Lemma(c) is not ("way" or "step"));
    }

    /// <summary>Verbs whose past tense is spelled as their base form, which the tagger may take for one.</summary>
    private static readonly FrozenSet<string> UnchangedPastVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "hit", "put", "set", "cut", "let", "shut", "cost", "hurt", "quit", "spread", "cast", "bet", "burst", "split", "thrust", "upset", "shed",
        "bid", "broadcast", "forecast", "read", "rid", "slit", "spit", "beat", "offset", "reset", "recast", "outbid", "overbid", "undercut",
        "fit", "input", "sublet", "wed");

    /// <summary>
    /// Verbs of weighing an act to come, whose passive subject is not yet done ("sanctions were being
    /// considered"). (Not of discussing, studying or reviewing, which acts already done also undergo:
    /// "the U.S. sanctions against Japanese semiconductor products were not discussed".)
    /// </summary>
    private static readonly FrozenSet<string> WeighingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "consider", "weigh", "contemplate", "mull", "ponder", "envisage", "envision");

    /// <summary>
    /// Nouns of weighing an act to come, after "under" ("under consideration", "under discussion").
    /// (Not "under review" or "under scrutiny": "the ban is under review" is in force.)
    /// </summary>
    private static readonly FrozenSet<string> WeighingNouns = FrozenSet.Create(StringComparer.Ordinal,
        "consideration", "discussion", "study", "negotiation");

    /// <summary>
    /// Whether a predicate says that its subject, an act, is still weighed: a passive verb of
    /// weighing with no predicate of its own ("was being considered", not "was considered a
    /// success" or "was considered illegal"), or "under" a noun of weighing ("was under consideration").
    /// </summary>
    private static bool IsStillWeighed(SentenceContext context, int predicate, string subjectRelation)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        return (subjectRelation == "nsubj:pass" && WeighingVerbs.Contains(context.Lemma(predicate))
                && !syntax.Children(predicate).Any(c => words[c].Deprel is "xcomp" or "obj" or "compound:prt" or "obl:agent"))
            || (subjectRelation == "nsubj" && words[predicate].Upos == "NOUN" && WeighingNouns.Contains(context.Lemma(predicate))
                && syntax.Children(predicate, "case").Any(c => context.Lemma(c) == "under"));
    }

    /// <summary>
    /// A subordinate clause in the mandative subjunctive: a verb tagged as a base form (VB) with a
    /// singular third-person subject of its own ("that Congress allow", "on condition that Iran
    /// stop") and no auxiliary or infinitive marker. (After a plural subject the base form is the
    /// present tense, which the tagger also often calls VB: "warplanes hit", "firms foresee".)
    /// </summary>
    private static bool IsSubjunctive(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        var word = words[verb];
        // (Not a capitalised word, more likely part of a name: "Morgan Guaranty Trust Co"; nor a
        // verb whose past tense is its base form: "Iraq said it hit Iranian targets".)
        if (word.Xpos != "VB" || word.Upos != "VERB"
            || !(word.Deprel.StartsWith("ccomp", StringComparison.Ordinal) || word.Deprel.StartsWith("acl", StringComparison.Ordinal) || word.Deprel.StartsWith("advcl", StringComparison.Ordinal)))
        {
            return false;
        }

        return !UnchangedPastVerbs.Contains(context.Lemma(verb)) && !char.IsUpper(context.Document[word.Span][0])
            && syntax.Children(verb).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass" && c < verb
                && (words[c].Xpos is "NN" or "NNP" || (words[c].Xpos == "PRP" && context.Lemma(c) is "he" or "she" or "it"))
                && !syntax.Children(c, "conj").Any())
            && !syntax.Children(verb).Any(c => words[c].Deprel is "aux" or "aux:pass" || (words[c].Deprel == "mark" && context.Lemma(c) == "to"));
    }

    private static readonly FrozenSet<string> IrrealisNouns = FrozenSet.Create(
        "plan", "proposal", "threat", "offer", "call", "demand", "bid", "intention", "promise", "pledge", "possibility", "option", "idea", "prospect", "hope", "risk", "danger",
        "allegation", "accusation", "suspicion", "appeal", "request", "invitation", "ultimatum", "likelihood", "chance", "probability",
        "expectation");

    /// <summary>Nouns of journeys, whose place adjective is their destination ("a European trip").</summary>
    private static readonly FrozenSet<string> TripNouns = FrozenSet.Create(StringComparer.Ordinal, "trip", "tour", "journey", "voyage");

    /// <summary>
    /// Adjectives of likelihood: what they govern is only possible ("likely to attack", "it is
    /// inconceivable that they injure Canadian corn farmers").
    /// </summary>
    private static readonly FrozenSet<string> LikelihoodAdjectives = FrozenSet.Create(StringComparer.Ordinal,
        "likely", "unlikely", "possible", "impossible", "probable", "improbable", "conceivable", "inconceivable", "unthinkable", "unimaginable");

    /// <summary>
    /// Whether what reached "likely", "possible" and the like is the report the parse hung there, a
    /// speech clause with a subject of its own ("It was impossible to resolve the dispute, he was
    /// quoted as saying"; "Shultz is likely to visit Moscow soon, U.S. officials said"), not a
    /// complement ("Washington is likely to announce sanctions").
    /// </summary>
    private static bool LikelihoodHungOnSpeech(SentenceContext context, string governor, int node) =>
        LikelihoodAdjectives.Contains(governor)
        && SpeechVerbs.Contains(context.Lemma(node))
        && context.Syntax.Children(node).Any(c => context.Syntax.Words[c].Deprel is "nsubj" or "nsubj:pass")
        && !context.Syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to");

    /// <summary>Nouns of what leads to an act ("the way for talks", "the groundwork for a visit", "a prelude to war"): the act is still to come.</summary>
    private static readonly FrozenSet<string> PathNouns = FrozenSet.Create(StringComparer.Ordinal,
        "way", "path", "road", "door", "groundwork", "ground", "stage", "prelude", "basis", "step", "framework", "scene");

    /// <summary>
    /// Nouns whose content clause is someone's assertion, not an established act ("denied reports
    /// that its jets bombed Iraqi towns", "rejected claims that its troops killed civilians",
    /// "demanded an admission that Soviet forces murdered …"); only a clause with a subject of its
    /// own is their content ("a report monitored by the BBC", "a report praising Israel's
    /// success" describe the report).
    /// </summary>
    private static readonly FrozenSet<string> ClaimNouns = FrozenSet.Create(
        "claim", "report", "rumour", "rumor", "charge", "assertion", "speculation", "suggestion", "admission", "contention", "belief", "fear");

    /// <summary>Whether a noun is a claim or an unrealised plan, offer or threat, whose content is not established (<see cref="ClaimNouns"/>, <see cref="IrrealisNouns"/>).</summary>
    private static bool IsClaimOrPlan(SentenceContext context, int noun) => ClaimNouns.Contains(context.Lemma(noun)) || IrrealisNouns.Contains(context.Lemma(noun));

    /// <summary>
    /// Verbs whose "of", "with" or "for" clause is what someone is said to have done ("suspected of
    /// bombing", "charged with killing") or is punished for ("expelled two Russian diplomats for
    /// spying", "deported 168 Liberians for traveling without documents"): the accuser's claim,
    /// not an event coded as done.
    /// </summary>
    private static readonly FrozenSet<string> Allegations = FrozenSet.Create(
        "suspect", "accuse", "charge", "allege", "blame", "indict", "expel", "deport", "arrest", "detain", "jail", "imprison",
        "sentence", "convict", "punish", "fine", "sue", "prosecute", "execute", "penalize", "penalise");

    /// <summary>
    /// Verbs of <see cref="Irrealis"/> whose object names an act that did happen or a request that
    /// was made ("agreed a ceasefire", "rejected the administration's request", "called the U.S.
    /// attacks an escalation"), so it is not flagged as unrealised.
    /// </summary>
    private static readonly FrozenSet<string> RealisingObjectVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "agree", "allow", "call", "reject", "refuse", "decline", "deny", "oppose", "like", "love", "hate", "dislike", "wish",
        // ("the U.S. applied sanctions": only what one applies to do is still to come.)
        "apply");

    /// <summary>Nouns that name a part of a time ("the end of last week"), whose "of" phrase is still a date.</summary>
    private static readonly FrozenSet<string> TimePortions = FrozenSet.Create(StringComparer.Ordinal,
        "end", "beginning", "start", "middle", "course", "close", "part", "half", "rest", "remainder", "turn", "first", "last", "week",
        "month", "day", "weekend", "night", "morning", "evening", "afternoon", "spring", "summer", "autumn", "fall", "winter", "quarter");

    /// <summary>Nouns of proposing, asking, hoping or likelihood, whose "for" or "of" phrase names an act not yet done ("a proposal for talks", "the prospect of a summit").</summary>
    private static readonly FrozenSet<string> ProposalNouns = FrozenSet.Create(StringComparer.Ordinal,
        "proposal", "plan", "call", "request", "demand", "appeal", "idea", "bid", "suggestion", "hope", "prospect", "possibility", "chance", "push", "proposition");

    /// <summary>
    /// What an actor puts forward, whose author a participle's "by" names: "welcomed the proposals
    /// announced by Japan's ruling party", "opposed the plan drawn up by the Commission" are aimed at
    /// the author (see <see cref="DeedParticiple"/>). (Not a bill, a resolution or a decision, which
    /// others sign or adopt: "Reagan signed the bill passed by Congress".)
    /// </summary>
    private static readonly FrozenSet<string> AuthoredThings = FrozenSet.Create(StringComparer.Ordinal,
        "proposal", "plan", "call", "request", "demand", "appeal", "idea", "suggestion", "proposition", "offer", "measure", "initiative",
        "package", "scheme", "program", "programme", "reform", "policy", "statement", "move", "step");

    /// <summary>Modifiers of an event noun that put the act in the future or in doubt ("the planned tariffs", "possible sanctions").</summary>
    private static readonly FrozenSet<string> FutureModifiers = FrozenSet.Create(StringComparer.Ordinal,
        "plan", "planned", "propose", "proposed", "schedule", "scheduled", "expect", "expected", "upcoming", "forthcoming", "possible",
        "potential", "future", "prospective", "project", "projected", "intend", "intended", "threaten", "threatened", "likely", "envisage",
        "envisaged", "moot", "mooted", "contemplate", "contemplated", "impending", "imminent", "slate", "slated", "hypothetical", "eventual",
        "next", "probable"); // ("ahead of their next meeting with Ongpin on Monday", "watching for a probable meeting between Baker and Miyazawa")

    /// <summary>Nouns an act comes in ("two rounds of talks", "a series of meetings", "three days of talks").</summary>
    private static readonly FrozenSet<string> RoundNouns = FrozenSet.Create(StringComparer.Ordinal, "round", "series", "day", "week", "session");

    /// <summary>Adverbs that make the act they modify a claim rather than an established fact.</summary>
    private static readonly FrozenSet<string> AllegingAdverbs = FrozenSet.Create("allegedly", "purportedly", "supposedly");
    /// <summary>Nouns for a demand put to someone, whose content clause names whom ("its demand that Israel …").</summary>
    private static readonly FrozenSet<string> DirectiveNouns = FrozenSet.Create("demand", "call", "appeal", "request", "ultimatum", "plea");
    private static readonly FrozenSet<string> AttemptNouns = FrozenSet.Create("attempt", "effort", "bid", "move");
    /// <summary>Verbs of accusing, whose "with", "of" or "for" phrase is the charge.</summary>
    private static readonly FrozenSet<string> AccusingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "charge", "accuse", "suspect", "indict", "convict");

    /// <summary>
    /// Verbs of travelling, whose "from" phrase says whence, not whom the act is aimed at (not
    /// "return": "returned from Washington" tells of a visit there, which return.3 codes).
    /// </summary>
    private static readonly FrozenSet<string> TravelVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "arrive", "come", "fly", "travel", "go", "leave", "depart", "head", "journey", "sail", "drive");

    /// <summary>Verbs that keep someone from doing what follows "from".</summary>
    private static readonly FrozenSet<string> PreventingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "bar", "prevent", "stop", "prohibit", "forbid", "ban", "block", "keep", "deter", "restrain", "discourage", "dissuade", "preclude", "refrain", "exclude", "restrict");

    /// <summary>Verbs of being moved: their subject (or, passive, their agent) is what moved someone, not who disapproves.</summary>
    private static readonly FrozenSet<string> PsychVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "disappoint", "dismay", "outrage", "offend", "shock", "anger", "infuriate", "enrage", "incense", "displease", "appall", "appal");

    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(
        "say", "tell", "add", "state", "declare", "announce", "note", "report", "write", "stress", "insist", "argue", "claim",
        "assert", "explain", "reiterate", "emphasize", "emphasise", "warn", "boast", "quote", "cite", "confirm", "comment");
    /// <summary>Verbs whose complement clause's subject is the one addressed ("demanded that the US …").</summary>
    private static readonly FrozenSet<string> Directive = FrozenSet.Create(
        "demand", "urge", "ask", "call", "insist", "warn", "request", "appeal", "press", "tell", "order", "instruct", "threaten",
        "accuse", "charge", "allege", "blame", "criticize", "criticise", "condemn", "reject", "deny", "suggest", "recommend", "propose", "advise", "remind", "reiterate", "declare", "conclude");

    /// <summary>Nouns for the press a statement is made to (<see cref="ActorResolver.PressAudience"/>).</summary>
    private static readonly FrozenSet<string> PressAudience = ActorResolver.PressAudience;

    /// <summary>
    /// Verbs of choosing or permitting someone to act ("has been chosen to negotiate", "Egypt has
    /// been authorized to purchase"): the one chosen or permitted does it, and has not yet.
    /// </summary>
    private static readonly FrozenSet<string> PermittingVerbs = FrozenSet.Create(
        "choose", "select", "pick", "appoint", "designate", "nominate", "mandate", "commission", "hire", "elect", "authorize", "authorise", "permit", "enable");

    /// <summary>Verbs whose addressee does what their infinitive says ("urged Israel to release", "called on Russia to withdraw").</summary>
    private static readonly FrozenSet<string> ObjectControl = FrozenSet.Create(
        [
            "urge", "ask", "call", "press", "order", "encourage", "persuade", "force", "invite", "allow", "require", "advise", "instruct",
            "compel", "appeal", "implore", "pressure", "pressurize", "pressurise", "oblige", "exhort", "beg", "approach", "lobby", "petition",
            .. PermittingVerbs,
        ]);

    /// <summary>
    /// Verbs that make their object do what their infinitive says ("prompted Greyhound to
    /// threaten"), as the verbs of asking do, but whose infinitive is done, not asked for.
    /// </summary>
    private static readonly FrozenSet<string> CausingVerbs = FrozenSet.Create("prompt", "lead", "cause", "convince", "induce", "spur", "push", "drive");

    /// <summary>Verbs whose modal form names what might follow ("this could lead to British firms demanding …").</summary>
    private static readonly FrozenSet<string> ConsequenceVerbs = FrozenSet.Create(
        "lead", "mean", "result", "cause", "prompt", "trigger", "spark", "involve", "entail", "require");

    /// <summary>
    /// Verbs that tell of a noun's being, lasting or starting, whose reported subject noun is the
    /// speaker's act ("Mutual rejection was expressed …", "talks will continue", Ushakov said); other
    /// verbs tell what the noun did or caused, and name no doer ("support of the dollar had put …").
    /// </summary>
    private static readonly FrozenSet<string> BeingVerbs = FrozenSet.Create(
        "be", "remain", "exist", "continue", "grow", "deepen", "increase", "go", "come", "start", "begin", "resume", "open", "focus", "take", "proceed");

    /// <summary>Whether a verb is the infinitive of what a verb of asking asks of its addressee ("urged Israel to release").</summary>
    private static bool AskedOfAddressee(SentenceContext context, int verb)
    {
        var words = context.Syntax.Words;
        int head = words[verb].Head;
        if (head < 0 || words[verb].Deprel is not ("xcomp" or "advcl") || !ObjectControl.Contains(context.Lemma(head))
            || !context.Syntax.Children(verb, "mark").Any(m => context.Lemma(m) == "to"))
        {
            return false;
        }

        // (An adverbial infinitive may be a purpose: "urged restraint to avoid war" — only an
        // addressee that is an actor, named before it, does it.)
        var addressees = Addressees(context, head);
        return words[verb].Deprel == "xcomp" ? addressees.Count > 0
            : addressees.Any(a => a < verb && context.ActorsWithConjuncts(a).Count > 0);
    }

    /// <summary>
    /// The words a verb of asking addresses: its objects, or the complement of "on" or "to" ("called
    /// on Russia", "appealed to the UN"), before the infinitive.
    /// </summary>
    private static List<int> Addressees(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        // ("called Gorbachev to discuss the crisis" is a telephone call: "call" addresses with "on".)
        string lemma = context.Lemma(verb);
        if (lemma is "call" or "appeal")
        {
            return [.. syntax.Children(verb).Where(c => words[c].Deprel is "obl" or "obl:arg"
                && syntax.Children(c, "case").Any(k => context.Lemma(k) is "on" or "upon" || (lemma == "appeal" && context.Lemma(k) == "to")))];
        }

        // ("The United States was asked by Britain to negotiate", "has been chosen by British
        // Satellite Broadcasting to negotiate": in the passive, the subject.)
        return [.. syntax.Children(verb).Where(c => words[c].Deprel is "obj" or "iobj" or "nsubj:pass")];
    }

    /// <summary>CAMEO roles that act inside their own country (see <see cref="Emit"/>).</summary>
    private static readonly FrozenSet<string> DomesticRoles = FrozenSet.Create("REB", "OPP", "COP", "JUD", "LEG", "CVL", "LAB", "EDU", "HLH", "REF", "CRM", "AGR", "BUS", "MED", "PTY", "SEP", "INS");

    private static readonly FrozenSet<string> LightVerbs = FrozenSet.Create("hold", "have", "conduct", "launch", "carry", "stage", "make", "begin", "start", "impose", "pay", "give", "express", "issue", "lodge", "file", "mount", "wage", "organize", "organise", "continue", "declare", "renew", "repeat", "reiterate", "undertake", "announce", "order", "speed", "accelerate");

    private readonly CameoOntology ontology;
    private readonly EventPatterns patterns;

    /// <summary>Creates a coder over the codebook and the pattern dictionaries.</summary>
    public EventCoder(CameoOntology ontology, EventPatterns patterns)
    {
        this.ontology = ontology;
        this.patterns = patterns;
    }

    /// <summary>The pattern dictionaries.</summary>
    public EventPatterns Patterns => patterns;

    /// <summary>The codebook.</summary>
    public CameoOntology Ontology => ontology;

    /// <summary>Codes every sentence of a document.</summary>
    public List<EventMention> Code(Document document, ImmutableArray<SentenceSyntax> syntax, DocumentActors actors)
    {
        var events = new List<EventMention>();
        for (int s = 0; s < syntax.Length; s++)
        {
            if (syntax[s].Words.IsEmpty)
            {
                continue;
            }

            var times = TimeExpressionFinder.Find(document.Text, document.TokensOf(document.Sentences[s]), document.Metadata.Published);
            var context = new SentenceContext(document, s, WithoutTimeObjects(syntax[s]), actors, times, patterns);
            var sentence = new List<EventMention>();
            CodeVerbs(context, sentence);
            CodeReadiness(context, sentence);
            CodeNouns(context, sentence);
            CodeStatements(context, sentence);
            events.AddRange(Distinct(WithoutReportersAsParties(context, WithoutConsequences(context, sentence))));
        }

        return events;
    }

    /// <summary>
    /// Repairs a parse error that news English provokes: a day name right after the verb taken as
    /// its object, with the real object or clause hung under it ("rejected Thursday a United
    /// Nations appeal", "demanded Friday that the United States …"). The day becomes a time
    /// modifier and what hung under it goes back to the verb: a clause as its complement, a
    /// noun (or a noun the tagger read as an adjective) as its object.
    /// </summary>
    private static SentenceSyntax WithoutTimeObjects(SentenceSyntax syntax)
    {
        var words = syntax.Words;
        ImmutableArray<SyntaxWord>.Builder? repaired = null;
        for (int d = 0; d < words.Length; d++)
        {
            int verb = words[d].Head;
            if (words[d].Deprel != "obj" || verb < 0 || words[verb].Upos != "VERB" || !TimePhraseParsing.TimeWords.Contains(words[d].Lemma))
            {
                continue;
            }

            repaired ??= words.ToBuilder();
            repaired[d] = repaired[d] with { Deprel = "obl:tmod" };
            foreach (int child in syntax.Children(d))
            {
                var word = words[child];
                if (word.Deprel is "acl:relcl" or "acl" && syntax.Children(child, "mark").Any(m => words[m].Lemma.Equals("that", StringComparison.OrdinalIgnoreCase)))
                {
                    repaired[child] = word with { Head = verb, Deprel = "ccomp" };
                }
                else if (word.Deprel is "amod" or "nmod" or "appos" && child > d && (word.Upos is "NOUN" or "PROPN" || (word.Upos == "ADJ" && syntax.Children(child).Any(c => words[c].Deprel is "det" or "compound"))))
                {
                    repaired[child] = word with { Head = verb, Deprel = "obj", Upos = word.Upos == "ADJ" ? "NOUN" : word.Upos };
                }
            }
        }

        return repaired is null ? syntax : new SentenceSyntax(syntax.Index, repaired.ToImmutable());
    }

    /// <summary>
    /// One event per (source, target, code, realised) in a sentence; and an event without a target
    /// is dropped when the sentence codes the same act by the same source with a target ("summoned
    /// Niger's ambassador to complain": one complaint, to Niger); and one whose source is a bare
    /// country when the same event has that country's agent as source.
    /// </summary>
    private static IEnumerable<EventMention> Distinct(List<EventMention> events) =>
        events.GroupBy(e => (e.Source.Code, Target: e.Target?.Code, e.Event.Code, e.IsRealized)).Select(g => g.OrderByDescending(e => e.Confidence).First())
            .Where(e => e.Target is not null || !events.Any(o => o.Target is not null && o.Source.Code == e.Source.Code && o.Event.Code == e.Event.Code && o.IsRealized == e.IsRealized))
            // "Ivory Coast troops attacked": CIVMIL says all that CIV would.
            .Where(e => !events.Any(o => o.Event.Code == e.Event.Code && o.IsRealized == e.IsRealized && o.Target?.Code == e.Target?.Code
                && o.Source.Code.Length > e.Source.Code.Length && o.Source.Code.StartsWith(e.Source.Code, StringComparison.Ordinal)));

    /// <summary>
    /// "Egyptian police opened fire to disperse demonstrators, killing one person", "rebels shelled
    /// Juba, killing about 20 people": a killing or wounding told as what an attack by the same
    /// source led to (a bare participle clause of the attack's verb, not "and shelling its towns"
    /// nor "without unleashing a war"), with no victim that is an actor, is that attack, not a
    /// second event; likewise force a riot's participle clauses tell ("rioted …, setting fire to
    /// their mattresses and smashing furniture") with no victim named, which is the riot; and a
    /// protest told as the purpose of a protest act ("a hunger strike to protest") is that act,
    /// aimed at whom the purpose names; and "killed or wounded 4,000 Iraqis", one act told by two
    /// joined verbs, is one event.
    /// </summary>
    /// <summary>Verbs of a reporting clause that closes a sentence ("…, a Treasury spokesman said.").</summary>
    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "say", "add", "report", "note", "state", "explain", "comment", "estimate", "predict", "conclude");

    /// <summary>
    /// The words of the reporting clause that closes a sentence after a comma, "…, a Treasury
    /// spokesman said." or "…, said Yeutter.": from the comma to the end, holding no verb but the
    /// reporting one; null when the sentence has none.
    /// </summary>
    private static (int Comma, int Verb)? ReportingTail(SentenceContext context)
    {
        var words = context.Syntax.Words;
        int last = words.Length - 1;
        while (last >= 0 && words[last].Upos == "PUNCT")
        {
            last--;
        }

        bool Reporting(int w) => w >= 0 && words[w].Upos == "VERB" && ReportingVerbs.Contains(context.Lemma(w));
        bool Plain(int w) => words[w].Upos is not ("VERB" or "AUX" or "SCONJ") && context.Form(w) is not ("," or "that" or "who" or "which");
        if (Reporting(last))
        {
            // "…, economists and money market dealers said."
            int comma = last - 1;
            while (comma >= 0 && context.Form(comma) != "," && Plain(comma))
            {
                comma--;
            }

            return comma > 0 && context.Form(comma) == "," && comma < last - 1 ? (comma, last) : null;
        }

        // "…, said Yeutter." (the name may take an apposition: "said Yeutter, the trade representative.")
        for (int verb = last - 1; verb > 1; verb--)
        {
            if (Reporting(verb) && context.Form(verb - 1) == "," && Enumerable.Range(verb + 1, last - verb).All(w => Plain(w) || context.Form(w) == ","))
            {
                return (verb - 1, verb);
            }

            if (!Plain(verb) && context.Form(verb) != ",")
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// Who reports an act is no party to it: "negotiations on Brazil's debt … are a matter for the
    /// commercial banks themselves, a Treasury spokesman said" are no talks of the spokesman's,
    /// "the delicate stage of wage negotiations between unions and employers, economists and money
    /// market dealers said" (the parse joins the speakers to the parties) no talks with economists,
    /// "Britain offered eight mln stg …, he said" no offer to him. An act named before the reporting
    /// clause that closes the sentence loses a target found in that clause, and an act named by a
    /// noun its source found there. (Not the statement itself, nor in a sentence where the
    /// speaker speaks of himself: "'I did approve it,' Reagan said".)
    /// </summary>
    private static List<EventMention> WithoutReportersAsParties(SentenceContext context, List<EventMention> events)
    {
        if (events.Count == 0 || ReportingTail(context) is not var (comma, _))
        {
            return events;
        }

        // ("'My visit to the United States at this time will be the most important visit of
        // all,' Nakasone said", "'In imposing these tariffs we were just trying to deal with a
        // particular problem,' he said": a speaker who speaks of himself may be the party.)
        var words = context.Syntax.Words;
        if (Enumerable.Range(0, comma).Any(w => words[w].Upos == "PRON" && context.Form(w).ToLowerInvariant() is "i" or "we" or "my" or "our" or "me" or "us"))
        {
            return events;
        }

        bool InTail(ActorMention? actor) => actor is not null && actor.Sentence == context.Index && actor.Head > comma;
        var kept = new List<EventMention>(events.Count);
        foreach (var e in events)
        {
            int trigger = Enumerable.Range(0, words.Length).FirstOrDefault(w => words[w].Span.Start == e.Trigger.Start, -1);
            if (trigger < 0 || trigger >= comma || e.Event.Root == "01")
            {
                kept.Add(e);
            }
            else if (InTail(e.Source) && words[trigger].Upos == "NOUN" && !SharedBySpeaker(context, trigger))
            {
                continue;
            }
            else
            {
                kept.Add(InTail(e.Target) ? e with { Target = null } : e);
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether an act named by a noun is one the speaker's side shares or voiced: "'Mutual rejection
    /// was expressed towards the American move,' Ushakov said" (a mutual, joint or common act, or
    /// one expressed or voiced with no doer named).
    /// </summary>
    private static bool SharedBySpeaker(SentenceContext context, int noun)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        return syntax.Children(noun, "amod").Any(a => context.Lemma(a) is "mutual" or "joint" or "common" or "shared")
            || (words[noun].Deprel == "nsubj:pass" && words[noun].Head >= 0 && context.Lemma(words[noun].Head) is "express" or "voice" or "convey"
                && !syntax.Children(words[noun].Head, "obl:agent").Any());
    }

    private static List<EventMention> WithoutConsequences(SentenceContext context, List<EventMention> events)
    {
        var words = context.Syntax.Words;
        var folded = new HashSet<EventMention>(ReferenceEqualityComparer.Instance);
        for (int w = 0; w < words.Length; w++)
        {
            if (words[w].Xpos != "VBG" || words[w].Deprel != "advcl" || words[w].Head < 0 || context.Syntax.Children(w, "mark").Any())
            {
                continue;
            }

            var attack = words[words[w].Head].Span;
            // (With what is joined to it: "killing or wounding 50".)
            foreach (int harm in context.Syntax.Children(w, "conj").Prepend(w).Where(h => HarmVerbs.Contains(context.Lemma(h)) || context.Lemma(h) == "hit"))
            {
                folded.UnionWith(events.Where(e => e.Target is null && IsForce(e.Event.Code) && e.Trigger == words[harm].Span
                    && events.Any(o => o.Trigger == attack && o.Source.Code == e.Source.Code && IsForce(o.Event.Code))));
            }

            // "Palestinian prisoners rioted at this jail, setting fire to their mattresses and
            // smashing furniture": what rioters do as they riot, aimed at no one named, is the riot.
            folded.UnionWith(events.Where(e => IsForce(e.Event.Code) && (e.Target is null || e.Rule.Contains("+place-target", StringComparison.Ordinal))
                && (e.Trigger == words[w].Span || context.Syntax.Children(w, "conj").Any(c => e.Trigger == words[c].Span))
                && events.Any(o => o.Trigger == attack && o.Source.Code == e.Source.Code && o.Event.Root == "14")));
        }

        for (int w = 0; w < words.Length; w++)
        {
            // "killed or wounded more than 4,000 Iraqis": one act told by two verbs is one event
            // (the first), not two.
            if (words[w].Deprel == "conj" && words[w].Head >= 0 && HarmVerbs.Contains(context.Lemma(w)) && HarmVerbs.Contains(context.Lemma(words[w].Head)))
            {
                var first = words[words[w].Head].Span;
                folded.UnionWith(events.Where(e => e.Trigger == words[w].Span && IsForce(e.Event.Code)
                    && events.Any(o => o.Trigger == first && o.Source.Code == e.Source.Code && o.Target?.Code == e.Target?.Code)));
            }
        }

        for (int w = 0; w < words.Length; w++)
        {
            // "began a hunger strike to protest against Sweden's decision", "staged a sit-in to
            // protest the arrests": the protest is the strike or sit-in, one act, not a second
            // complaint beside it.
            if (words[w].Deprel is not ("acl" or "advcl") || words[w].Head < 0 || context.Lemma(w) is not ("protest" or "demonstrate")
                || !context.Syntax.Children(w, "mark").Any(m => context.Lemma(m) == "to"))
            {
                continue;
            }

            // (The act is the noun the purpose hangs on or the verb above it: "staged a demonstration".)
            var acts = new List<TextSpan>();
            for (int up = words[w].Head; up >= 0 && acts.Count < 3; up = words[up].Head)
            {
                acts.Add(words[up].Span);
            }

            foreach (var purpose in events.Where(e => e.Trigger == words[w].Span && e.Event.Root is "11" or "14").ToList())
            {
                var act = events.FirstOrDefault(o => acts.Contains(o.Trigger) && o.Source.Code == purpose.Source.Code && o.Event.Root == "14" && !folded.Contains(o));
                if (act is null)
                {
                    continue;
                }

                folded.Add(purpose);
                // ("Turkish workers began a hunger strike in Bonn to protest against Germany's
                // decision": whom the purpose names is the act's target, where the act had none
                // but the authorities of the place it was guessed from, the source's own.)
                if (purpose.Target is not null && (act.Target is null || act.Rule.Contains("+place-authorities", StringComparison.Ordinal)))
                {
                    events[events.IndexOf(act)] = act with { Target = purpose.Target };
                }
            }
        }

        return folded.Count == 0 ? events : [.. events.Where(e => !folded.Contains(e))];
    }

    private void CodeVerbs(SentenceContext context, List<EventMention> events)
    {
        var words = context.Syntax.Words;
        for (int v = 0; v < words.Length; v++)
        {
            if (words[v].Upos != "VERB" || NamesNoAct(context, v) || IsReadiness(context, v))
            {
                continue;
            }

            var candidates = VerbCandidates(context, v);
            // "help defend Saudi Arabia", "help support the rights of …": the helped act is the
            // event, coded from the complement verb (which shares the subject).
            if (candidates.IsEmpty || (context.Lemma(v) == "help" && context.Syntax.Children(v).Any(c => words[c].Deprel == "xcomp" && words[c].Upos == "VERB")))
            {
                continue;
            }

            var clause = ClauseWords(context.Syntax, v);
            if (words[v].Head > v && ParseLostMainVerb(context.Syntax, v))
            {
                // A verb the parse made a modifier of the noun after it, with no main verb left
                // (what TimePhraseParsing.FinitePastAsModifier does not repair, e.g. a verb the
                // tagger read as a participle): the noun it was hung on is its object, for the
                // patterns too.
                clause = [.. clause.Union(Subtree(context.Syntax, words[v].Head).Where(w => w > v)).Order()];
            }
            else if (words[v].Head > v && words[v].Deprel == "amod" && context.Syntax.Children(v).Any(c => words[c].Deprel is "aux" or "nsubj"))
            {
                // "Saudi Arabia has mobilized pressure groups", "Sumita had expressed concern about
                // …" with the verb (and its subject and auxiliary) a modifier of the noun after it:
                // that noun is its object (the words up to it: what the parse hung after the noun
                // is not to be trusted).
                clause = [.. clause.Union(Enumerable.Range(v + 1, words[v].Head - v)).Order()];
            }
            else if (words[v].Deprel == "acl:relcl" && words[v].Head >= 0 && words[v].Head < v && words[words[v].Head].Upos == "NOUN"
                && context.Syntax.Children(v, "obj").All(o => words[o].Xpos is "WDT" or "WP")
                && context.Syntax.Children(v, "nsubj").Any(c => words[c].Xpos is not ("WDT" or "WP"))
                && !context.Syntax.Children(v).Any(c => words[c].Xpos == "WRB"))
            {
                // "the tariffs he imposed on Japanese goods", "the sanctions that Washington
                // imposed": the noun a relative clause describes is what its verb acts on, for the
                // patterns too, when the clause has a subject of its own ("his trip, which starts
                // tomorrow", "the order, which was issued by the court" describe what the noun does
                // or undergoes; "the embassy where students protested" is where).
                clause = [words[v].Head, .. clause];
            }

            // (Pattern words are looked for in the verb's own clause, not in a clause of another verb
            // within it (data/events/FORMAT.md): "refused to cooperate with OPEC output cuts, saying
            // it is up to the companies" refuses no comment.)
            var (pattern, targetWord) = FirstMatch(context, candidates, v, [.. OwnClause(context.Syntax, v, clause, forPatterns: true)]);
            if (pattern is { Steps.IsEmpty: true, Subject.IsEmpty: true } && LightVerbs.Contains(context.Lemma(v))
                && context.Syntax.Children(v, "obj").Any(o => !patterns.ForNoun(context.Lemma(o)).IsEmpty) && context.Lemma(v) != "declare")
            {
                // "gave a warm welcome to de Klerk", "gave support to the rebels": a light verb with
                // an event noun says nothing by itself; the noun is the event (see CodeNouns).
                // ("declare" stays a statement: "declare their loans non-performing" says what the loans are.)
                continue;
            }

            string? code = pattern?.Code;
            string rule = pattern?.Id ?? string.Empty;
            bool needsAddressee = false;
            // (The verb's default row: no words after it or in its subject chose it.)
            bool verbDefault = pattern is { Steps.IsEmpty: true, Subject.IsEmpty: true, Code: not null };
            if (verbDefault && IntentVerbs.Contains(context.Lemma(v)))
            {
                // "Peru plans to produce 63 mln ounces of silver": an intent says what it is an intent
                // to do; to do nothing the codebook knows is no event, and to do something is the
                // intent to do that ("plans to buy more beef" → 031 economic cooperation). An intent
                // to announce, or to do harm, is no cooperation: the act is coded (as not yet done)
                // and, aimed at someone by a committing verb, makes a threat (see below).
                int act = context.Syntax.Children(v, "obj").Any() ? -1 : VerbComplement(context.Syntax, v);
                if (act >= 0)
                {
                    string? actCode = ActCode(context, act);
                    if (actCode is null && context.Lemma(v) == "offer")
                    {
                        // An offer to someone is itself an intent to cooperate (CAMEO 030) whatever
                        // the dictionary knows of what is offered ("offered to hand over to Great
                        // Britain two of the detained sailors").
                        needsAddressee = true;
                    }
                    else if (actCode is null || IntentCode(actCode) is not string intent)
                    {
                        continue;
                    }
                    else
                    {
                        code = intent;
                    }
                }
                else if (PlanningVerbs.Contains(context.Lemma(v)))
                {
                    // "Bahrain plans an official stock exchange", "the violence was carefully
                    // planned", "prepared a draft proposal": what is planned is no event unless
                    // the dictionary knows it ("plans a July trip to China" matches a pattern).
                    continue;
                }
                else
                {
                    needsAddressee = true;
                }
            }
            if (verbDefault && context.Lemma(v) == "resolve" && VerbComplement(context.Syntax, v) >= 0)
            {
                // "the Senate resolved to observe a minute of silence": resolving to do something is
                // deciding to (the act is coded as it is, as after "decide"), no yielding (080).
                continue;
            }

            if (verbDefault && SuspicionVerbs.Contains(context.Lemma(v)))
            {
                // "Dempsey quickly suspected feather duvet lung", "police suspect arson": a suspicion
                // of no one is a guess, no distrust (the verb's default, 110).
                needsAddressee = true;
            }

            if (verbDefault && context.Lemma(v) == "fail"
                && (VerbComplement(context.Syntax, v) is not (>= 0 and int failed)
                    || ActCode(context, failed) is not string failedCode || string.CompareOrdinal(failedCode, "03") < 0 || string.CompareOrdinal(failedCode, "09") >= 0))
            {
                // "failed to agree on a price", "failed to settle a trade dispute": a failure to
                // cooperate is a rejection (CAMEO 12; the PLOVER records code "failed to reach
                // agreement" so); failing to win a majority, to stimulate an economy, or just
                // failing, rejects no one (the act itself is coded as attempted).
                continue;
            }

            if (pattern is { Steps.IsEmpty: true, Subject.IsEmpty: true } && context.Lemma(v) == "consider"
                && context.Syntax.Children(v, "xcomp").Any(c => words[c].Upos is "ADJ" or "NOUN" or "PROPN" || context.Lemma(c) == "be"))
            {
                // "Baker considered the meeting to be extremely successful", "consider order books
                // to be above normal": a judgement, not a policy option weighed (CAMEO 014 is
                // "considering blocking the sale", "will consider where to invest its funds").
                continue;
            }

            if (code is null && Acceptance.Contains(context.Lemma(v)) && Flags(context, v).Negated)
            {
                // "would not accept US policy": a refusal, whatever is refused.
                code = "120";
                rule = "negated-acceptance";
            }

            // ("conceded that Japan's announcement would throw the spotlight …" admits a view; it
            // yields nothing.)
            if (code is null || (context.Lemma(v) is "agree" or "concur" or "concede" or "acknowledge" or "admit"
                && code[..2] is "03" or "08" && AgreesWithAView(context.Syntax, v)))
            {
                continue;
            }

            // A target in the subject pattern turns the event round: "Egypt received a loan from the IMF".
            bool reversed = pattern is not null && pattern.Subject.Any(step => step.Kind == StepKind.Target);
            var sources = reversed ? Obliques(context, v, "from", "by") : Sources(context, v);
            bool betweenParties = false;
            if (!reversed && code != "045" && words[v].Xpos == "VBG" && !SpeechVerbs.Contains(context.Lemma(v)) && context.Lemma(v) != "speak" && !context.Syntax.Children(v).Any(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel is "nsubj:pass" or "aux:pass" or "aux")
                && context.Syntax.Children(v).Where(c => words[c].Deprel is "obl" or "nmod" && words[c].Upos != "NUM")
                    .FirstOrDefault(c => context.Syntax.Children(c, "case").Any(k => context.Lemma(k) == "between"), -1) is int between and >= 0)
            {
                // "closed its borders because of fighting between Azerbaijanis and Armenians": a
                // subjectless gerund between parties is theirs, each towards the other, not the
                // main clause's subject's.
                sources = context.ActorsWithConjuncts(between);
                betweenParties = true;
            }
            var targets = reversed ? Sources(context, v) : targetWord is int t ? context.ActorsWithConjuncts(t) : Targets(context, v, code);
            if ((code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("14", StringComparison.Ordinal)) && SummonedFor(context, v) is { Count: > 0 } summoned)
            {
                // "summoned Niger's ambassador to complain of inaction over the gangs", "summoned
                // India's deputy high commissioner to protest": the complaint is made to the one
                // summoned, whatever it is about.
                targets = summoned;
            }
            if (PsychVerbs.Contains(context.Lemma(v)))
            {
                // "Reagan was deeply disappointed by the Senate defeat", "the decision outraged
                // Moscow": whoever is moved disapproves of what moved them, in either voice.
                // (Passive or adjectival, "were disappointed at the outcome": the subject is moved by
                // the agent or what follows at, with, over, about; active, the object is moved.)
                bool passive = context.Syntax.Children(v).Any(c => words[c].Deprel is "nsubj:pass" or "aux:pass" or "cop")
                    || (words[v].Xpos == "VBN" && context.Syntax.Children(v).Any(c => words[c].Deprel == "aux" && context.Lemma(c) == "be"));
                var moved = passive ? context.Syntax.Children(v).Where(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel == "nsubj:pass")
                    .SelectMany(context.ActorsWithConjuncts).ToList() : [];
                if (passive && moved.Count > 0)
                {
                    sources = moved;
                    targets = Obliques(context, v, "by", "at", "with", "over", "about");
                }
                else
                {
                    var stimulus = Sources(context, v);
                    sources = Targets(context, v, code);
                    targets = stimulus;
                }

                reversed = false;
            }
            // (Not a participle hung on the noun before it with nothing done to anything after it and
            // a passive's "by" right after it, or the "with" or "at" of a verb that takes them so: a
            // headline's passive, "politicians from Morales' party threatened with sedition arrests",
            // "resources estimated at 69.3 billion barrels"; "governors … called on Sarney", "groups
            // objected to" are done, and so would a misread "police clashed with protesters" be.)
            if (sources.Count == 0 && !reversed && ParseLostMainVerb(context.Syntax, v) && context.ActorEndingBefore(v) is { } before
                && !(words[v].Xpos == "VBN" && words[v].Head >= 0 && words[v].Head < v && !context.Syntax.Children(v).Any(c => words[c].Deprel is "obj" or "ccomp" or "xcomp")
                    && v + 1 < words.Length && (context.Lemma(v + 1) == "by" || TakesPassiveComplementNext(words, v))))
            {
                // "A top U.S. official today praised Haiti's efforts" parsed with "official" as
                // its root and "praised" as a modifier of "efforts": the actor right before the
                // verb is its subject (and the noun it was hung on its object, below).
                sources = [before];
                rule += "+unparsed-subject";
            }

            if (targets.Count == 0 && !reversed && words[v].Head > v && ParseLostMainVerb(context.Syntax, v))
            {
                // "Israeli helicopters and tanks shelled positions of the Palestinian security
                // forces" parsed with "shelled" a modifier of "positions": that noun is the object,
                // and whose positions they are is the target; so is the author of what is rejected
                // or accepted ("The US rejected calls by Kofi Annan", "an offer from Afghanistan").
                int hungOn = words[v].Head;
                targets = context.ActorsWithConjuncts(hungOn) is { Count: > 0 } direct ? direct
                    : [.. context.Syntax.Children(hungOn, "nmod").Where(n => context.Syntax.Children(n, "case").Any(c => context.Lemma(c) is "of" or "by" or "from")).SelectMany(context.ActorsWithConjuncts)];
            }

            // "Chirac attacked the plan", "the minister attacked his critics": a politician's attack
            // on anything but a country or an armed force is verbal (CAMEO 111), not force.
            // ("Mr. King attacked the driver, punched him" stays an assault: what is attacked must be
            // a policy or a civilian body.)
            if (IsForce(code) && context.Lemma(v) is "attack" or "assault" or "blast" && sources.Count > 0 && sources.All(IsVerbalAttacker)
                && (context.Syntax.Children(v, "obj").Any(o => AbstractObjects.Contains(context.Lemma(o)))
                    || (targets.Count > 0 && targets.All(t => t.Rule is not (MentionRule.Country or MentionRule.Capital) && ActorCode.RoleOf(t.Code) is "GOV" or "LEG" or "JUD" or "PTY" or "ELI" or "MED" or "NGO" or "OPP" or "BUS"))))
            {
                code = "111";
                rule += "+verbal";
            }

            if ((IsViolent(code) && IsFigurativeForce(context, v))
                || ((code.StartsWith("17", StringComparison.Ordinal) || context.Lemma(v) == "pressure") && IsFigurativeForce(context, v, doersOnly: true)))
            {
                // (Coercion too, when a thing coerces: "Brazil's economic crisis is forcing", "sterling
                // rising …, forcing a rate cut", "the trade figures exclude goods shipped to Hong Kong";
                // what is restricted may be a thing: "Japan restricts imports" is a state's act. And
                // pressure, a demand, on a currency or prices: "tensions pressured the dollar".)
                continue;
            }

            if (context.Lemma(v) is "meet" or "discuss" && code.StartsWith("04", StringComparison.Ordinal) && targets.Count == 0
                && OneParty(sources) && !(context.Lemma(v) == "meet" && context.Syntax.Children(v).Any(c => words[c].Deprel == "obj")))
            {
                // "Israel's Cabinet met Sunday", "ministers who meet to discuss this idea": one party
                // meeting by itself consults no one ("the two sides would meet" does).
                continue;
            }

            if (context.Lemma(v) == "meet" && code.StartsWith("04", StringComparison.Ordinal)
                && context.Syntax.Children(v).Where(c => words[c].Deprel is "obj" or "nsubj:pass").SelectMany(o => context.Syntax.Children(o, "conj").Prepend(o))
                    .Any(o => IsThingMet(context, o)))
            {
                // "The Philippines meets the first two criteria", "meet its export commitments", "meet
                // the deadline", "meet domestic demand", "could meet opposition from the government": what
                // is met is a thing, not anyone met with ("met the opposition" is a meeting).
                // (Read on the object only, unlike a pattern's words, which may stand anywhere in the
                // clause: "meeting in Tokyo, ahead of a conference on the problem" is a meeting.)
                continue;
            }

            if (context.Lemma(v) == "call" && context.Syntax.Children(v, "obl").Any(o => context.Syntax.Children(o, "case").Any(c => context.Lemma(c) == "for"))
                && context.Syntax.Children(v).Where(c => words[c].Deprel is "nsubj" or "nsubj:pass").Select(c => words[c].Upos == "PRON" && words[v].Deprel == "acl:relcl" ? words[v].Head : c)
                    .Any(subject => subject >= 0 && ProvidingNouns.Contains(context.Lemma(subject))))
            {
                // ("The government's plan calls for income to exceed expenditure", "a bill which calls
                // for …": what a plan, a law or an accord calls for is what it provides, no appeal;
                // a proposal's call is its author's, "The proposal by the Philippines called for".)
                continue;
            }

            if (context.Lemma(v) == "appeal" && context.Form(v) == "appealing" && (words[v].Deprel is "xcomp" or "amod" || context.Syntax.Children(v, "cop").Any()))
            {
                // ("His idea, which many conservative economists find appealing": attractive, no appeal.)
                continue;
            }

            if (code is "042" or "043" && context.Syntax.Children(v, "nsubj").Any(subject => words[subject].Upos == "NOUN" && context.MentionAt(subject) is null
                && context.Syntax.Children(subject, "nmod:poss").Any()))
            {
                // "idled when their jobs went to subcontractors": a thing of someone's that goes
                // somewhere is no visit of its owner's.
                continue;
            }

            if (code is "042" or "043" && targets.Count > 0 && sources.Count > 0
                && targets.All(t => t.Rule == MentionRule.Country && sources.All(source => source.Country == t.Country)))
            {
                // "After returning to the United States from the economic summit, President Reagan
                // …": going to one's own country is going home, no visit to a host.
                continue;
            }

            if (code == "020" && pattern is { Steps.IsEmpty: true } && context.Lemma(v) == "suggest"
                && ((!context.Syntax.Children(v).Any(c => words[c].Deprel is "obj" or "iobj") && SuggestsWhatIsSo(context, v))
                    // ("Japanese news reports suggesting the Reagan administration might issue such
                    // bonds": reports, figures or studies suggest what may be so; they ask nothing.)
                    || context.Syntax.Children(v).Any(c => words[c].Deprel == "nsubj" && (ClaimNouns.Contains(context.Lemma(c)) || EvidenceNouns.Contains(context.Lemma(c))))
                    || (words[v].Deprel == "acl" && words[v].Head >= 0 && (ClaimNouns.Contains(context.Lemma(words[v].Head)) || EvidenceNouns.Contains(context.Lemma(words[v].Head))))))
            {
                // "Canadian delegates who suggested the moves could prevent the country from
                // participating", "the absence of the Swiss National Bank suggested that no
                // concerted intervention was under way": suggesting what is or may be so comments
                // (CAMEO 010); suggesting that someone act ("suggested as a compromise that the
                // buffer stock have a maximum share") or that an actor could ("suggested the two
                // countries could conduct a joint investigation") proposes.
                code = "010";
                rule += "+assertion";
            }

            if (code == "100" && pattern is { Steps.IsEmpty: true } && context.Lemma(v) == "insist" && AssertsAFact(context, v))
            {
                // "Prime Minister Felipe Gonzalez insists that the state is doing as much as it can",
                // "a rocket which it insists is part of a peaceful space programme": insisting that
                // something is so asserts it (a statement, CAMEO 010); insisting that someone do
                // something ("insisted the two banks appoint auditors", "must boost imports") demands it.
                code = "010";
                rule += "+assertion";
            }

            if (code == "032" && context.Syntax.Children(v, "obj").FirstOrDefault(o => context.Lemma(o) == "plan", -1) is int plan and >= 0
                && context.Syntax.Children(plan, "acl").Concat(context.Syntax.Children(v).Where(c => words[c].Deprel is "xcomp" or "advcl" && c > plan))
                    .Any(a => context.Syntax.Children(a, "mark").Any(m => context.Lemma(m) == "to" && m == plan + 1)))
            {
                // "Washington announced plans to impose tariffs on Japanese goods" (the infinitive hung
                // on the plan, or on the verb after it, with "to" right after "plans"): the plan is
                // what it plans, coded from its own verb (here a sanction not yet imposed), not a
                // promise of diplomatic cooperation (PETRARCH's 032 for "announce plan").
                continue;
            }

            // (The participle describes the noun it hangs on, or the one before its comma, which the
            // parser may have hung it past.)
            int described = words[v].Deprel == "acl" ? words[v].Head : v >= 2 && context.Form(v - 1) == "," && words[v].Deprel == "advcl" ? v - 2 : -1;
            if (context.Lemma(v) is "dispute" or "claim" or "contest" && words[v].Xpos == "VBN" && described >= 0
                && (context.PlaceIn([described]) is not null || TerritoryNouns.Contains(context.Lemma(described))))
            {
                // "the Beagle Channel, disputed by Argentina and Chile", "islands claimed by China and
                // Japan": a territory's standing, not an act of the day.
                continue;
            }

            if (code.StartsWith("05", StringComparison.Ordinal) && sources.Count > 0
                && sources.All(source => source.Sentence == context.Index && (ActorResolver.IsCraft(context.Lemma(source.Head)) || context.Lemma(source.Head) is "fire" or "shelling" or "bombardment" or "cover")))
            {
                // "Iranian forces backed by heavy artillery fire", "rebels backed by tanks": arms
                // and fire back troops in battle; they praise or endorse no one (CAMEO 05).
                continue;
            }

            if (code == "052" && pattern is { Steps.IsEmpty: true } && context.Lemma(v) == "defend"
                && (sources.Any(source => source.Sentence == context.Index && context.Lemma(source.Head) is "line" or "garrison")
                    || context.Syntax.Children(v, "obj").Any(o => context.PlaceIn([o]) is not null || DefendedGround.Contains(context.Lemma(o)))))
            {
                // "Iraqi lines defending Basra", "troops defending the border": holding ground is
                // no verbal defence (CAMEO 052), and no act on anyone by itself.
                continue;
            }

            if (code == "130" && pattern is { Steps.IsEmpty: true } && context.Lemma(v) is "warn" or "caution"
                && (targets.Count == 0 || (!context.Syntax.Children(v).Any(c => words[c].Deprel is "obj" or "iobj") && AssertsAFact(context, v))))
            {
                // ("Business leaders warned her government was still in the midst of political
                // consolidation": a warning that something is so, to no one addressed, comments.)
                // "The World Bank warned that mounting unemployment could cause social strains",
                // "warned of a severe drought": a warning to no one threatens no one; it is a
                // pessimistic comment (CAMEO 012). "warned Iran of stronger countermeasures" is a
                // threat, and an announced act of the speaker's own is coded from its clause.
                code = "012";
                rule += "+no-addressee";
            }

            if (needsAddressee && targets.Count > 0 && !context.Syntax.Children(v, "obj").Any()
                && context.Syntax.Children(v, "ccomp").FirstOrDefault(-1) is int hoped and >= 0)
            {
                // "Nakasone said he hopes his visit to Washington will help resolve Japan's trade
                // problems": a wish that something happen is aimed at whoever is to do it, the
                // subject of what is hoped (or its owner: "hopes Japan's markets will open"), not
                // at an actor named inside it.
                var doers = context.Syntax.Children(hoped).Where(c => words[c].Deprel is "nsubj" or "nsubj:pass")
                    .SelectMany(subject => context.ActorsWithConjuncts(subject).Concat(context.Syntax.Children(subject, "nmod:poss").SelectMany(context.ActorsWithConjuncts)))
                    .Select(m => m.Span).ToHashSet();
                targets = [.. targets.Where(t => doers.Contains(t.Span))];
            }

            if (needsAddressee && targets.Count == 0)
            {
                // "he hoped the dispute would be settled", "seeking funds", "wants an end to
                // subsidies": a wish aimed at no one asks nothing of anyone ("hoped Baker would
                // help him forge a partnership", "wants Taiwan's currency to rise" are aimed).
                continue;
            }

            if (targets.Count == 0 && code == "045")
            {
                // "launched a mediation effort between the Emirates and Iran", "mediate between
                // the factions": the mediator works on both parties.
                var parties = context.Syntax.Children(v).Where(c => words[c].Deprel is "obl" or "obl:arg")
                    .Concat(context.Syntax.Children(v, "obj").SelectMany(o => context.Syntax.Children(o, "nmod")))
                    .Where(c => context.Syntax.Children(c, "case").Any(k => context.Lemma(k) == "between"));
                targets = [.. parties.SelectMany(context.ActorsWithConjuncts)];
            }

            if (targets.Count == 0 && code[..2] is "03" or "04" && !reversed)
            {
                // "arrived in Beijing for talks with Chinese leaders", "flew to Moscow for
                // negotiations with Russia": whom the talks the verb goes to are with.
                var partners = context.Syntax.Children(v).Where(c => words[c].Deprel is "obl" or "obj" && MeetingNouns.Contains(context.Lemma(c)))
                    .SelectMany(meeting => context.Syntax.Children(meeting, "nmod"))
                    .Where(c => context.Syntax.Children(c, "case").Any(k => context.Lemma(k) == "with"));
                targets = [.. partners.SelectMany(context.ActorsWithConjuncts)];
            }

            if (!reversed && code[..2] is "05" or "11" or "12" && targets.All(t => t.Country is null && t.Rule == MentionRule.AgentOnly)
                && OwnClause(context.Syntax, v, clause, forPatterns: true).Where(w => w > v && words[w].Deprel == "nmod:poss" && words[words[w].Head].Deprel == "nmod"
                        && !context.Syntax.Children(words[w].Head, "case").Any())
                    .SelectMany(context.ActorsWithConjuncts).ToList() is { Count: > 0 } owners)
            {
                // "denounced as an ugly crime Serbia's suppression of unrest in Montenegro", parsed
                // with the act a bare complement of "crime": whose act is condemned or praised is
                // the target, not the place it happened.
                targets = owners;
            }

            if (targets.Count == 0 && code[..2] is "06" or "07" && !reversed)
            {
                targets = ReceiverBeforeAmount(context, v);
            }

            if (!reversed && PlaceTarget(context, v, clause, code, sources, targets) is { } place)
            {
                targets = [place];
                rule += "+place-target";
            }

            if (code == "030" && targets.Count == 0 && context.Lemma(v) == "approve")
            {
                // "The cabinet approved a restructuring plan", "the Commission approved the rule change":
                // approving a plan or decision of one's own is no intent to cooperate with anyone
                // (PETRARCH's 030 for "approve plan"); with a partner named, or a place its clause
                // aims at ("approved a plan to help aluminium ventures in Indonesia"), it stays one.
                continue;
            }

            if (targets.Count == 0 && code == "071" && context.Lemma(v) is "reduce" or "restructure" or "cut" or "lower" or "repay" or "refinance"
                && context.Syntax.Children(v, "obj").Any(o => context.Lemma(o) == "debt"
                    && context.Syntax.Children(o, "nmod:poss").All(owner => words[owner].Upos == "PRON")))
            {
                // "Venezuela, which has reduced its debt by six billion dlrs", "reducing debt since
                // its acquisition": cutting or restructuring one's own debt relieves no one (071 is
                // relief given to a debtor named as the target; forgiving or cancelling a debt is
                // always a creditor's act, and stays).
                continue;
            }

            // (A pattern of a bare preposition names no partner either: "imported 56,823 tonnes of
            // fishmeal in December, up from 46,236 tonnes" matched "import from".)
            if (targets.Count == 0 && code.Length >= 2 && code[..2] is "06" or "07" && pattern is not null && (pattern.Steps.IsEmpty || pattern.Steps.All(IsBarePreposition)))
            {
                // "bought 50,000 tonnes of wheat from the United States": the partner may hang
                // deeper in what is traded.
                targets = TradingPartner(context, v);
                if (targets.Count == 0)
                {
                    // "The Bank of Japan bought 100 billion yen", "soymeal traded at 209 dlrs",
                    // "investors pay for the bond": buying, paying and trading with no partner named
                    // is commerce, not material cooperation between actors (CAMEO 06 needs someone
                    // cooperated with); "stabilize the dollar", "contribute to a deterioration",
                    // "protect its technology secrets" help no one (CAMEO 07 aid goes to someone;
                    // aid named by a pattern, "provide food aid", stays).
                    continue;
                }
            }

            if (targets.Count == 0 && (code == "051" || (code == "080" && context.Lemma(v) is "allow" or "permit" or "authorise" or "authorize"))
                && pattern is { Steps.IsEmpty: true })
            {
                // "The World Bank approved a 25 mln dlr loan", "Both companies support the
                // agreement", "intervene to support the dollar": CAMEO 051 praises or endorses
                // another actor or its policy; approving or backing a thing no one is named as
                // the author of endorses no one. Likewise permitting with its bare 080 ("allowing
                // banks to recoup their lost interest", "the quota of cod allowed in the area"):
                // a permission yields to someone ("rebels surrendered", "backed down" need no one).
                continue;
            }

            // ("Italy refused to attend the Paris G-7 meeting": a capital naming a meeting is its
            // venue, no party.)
            // ("Japan and the United States are holding panel discussions at the General Agreement
            // on Tariffs and Trade": a body talks are held at is their venue too.)
            bool meeting = code.StartsWith("04", StringComparison.Ordinal);
            bool HasCase(int w, string preposition) => context.Syntax.Children(w, "case").Any(c => context.Lemma(c) == preposition);
            bool Venue(ActorMention t) => t.Sentence == context.Index && t.Head >= 0 && t.Head < words.Length
                && ((t.Rule == MentionRule.Capital && words[t.Head].Deprel is "compound" or "amod" && words[t.Head].Head >= 0 && MeetingNouns.Contains(context.Lemma(words[t.Head].Head)))
                    || (meeting && words[t.Head].Deprel is "obl" or "nmod"
                        && (HasCase(t.Head, "at")
                            // ("The officials met at the offices of the International Monetary Fund".)
                            || (HasCase(t.Head, "of") && words[t.Head].Deprel == "nmod" && words[t.Head].Head >= 0 && HasCase(words[t.Head].Head, "at"))
                            // ("Economy Minister Juan Sourrouille was heading for Washington for talks with
                            // creditor banks": a capital one heads or leaves for is where the talks are.)
                            || (t.Rule == MentionRule.Capital && HasCase(t.Head, "for")))));
            if (targets.Any(Venue))
            {
                targets = [.. targets.Where(t => !Venue(t))];
            }

            // ("Gustavo Petricioli, who signed the accord for Mexico": one's own country named after
            // "for" is whom one acts on behalf of, no party to the act.)
            bool OnBehalf(ActorMention t) => t.Sentence == context.Index && t.Head >= 0 && t.Head < words.Length && t.Rule == MentionRule.Country
                && HasCase(t.Head, "for") && sources.Count > 0 && sources.All(source => source.Country == t.Country);
            if (targets.Any(OnBehalf))
            {
                targets = [.. targets.Where(t => !OnBehalf(t))];
            }

            if (code == "100" && pattern is { Steps.IsEmpty: true } && context.Lemma(v) == "order" && sources.Count > 0 && targets.Count == 0
                && sources.All(m => ActorCode.RoleOf(m.Code) == "BUS")
                && !context.Syntax.Children(v).Any(c => words[c].Deprel == "ccomp" || (words[c].Deprel == "obj" && context.NounCode(c) is not null)
                    || (words[c].Deprel is "xcomp" or "advcl" && (words[c].Xpos == "VB" || context.Syntax.Children(c, "mark").Any(m => context.Lemma(m) == "to")))))
            {
                // "Cray Research Inc said British Petroleum ordered a CRAY X-MP/24 supercomputer",
                // "Airbus A300s ordered earlier this year by Thai Air": what a company orders, with
                // no one told to do anything, it buys.
                continue;
            }

            bool unattributed = false;
            if (sources.Count == 0 && !reversed && code[..2] is "18" or "19" or "20" && BombWithoutBomber(context, v) is int bomb)
            {
                // "A roadside bombing near Samarra killed one U.S. soldier", "were killed by an
                // improvised explosive device", "was killed in a car bomb explosion in Beirut": a
                // bomb no one is named behind is the work of unidentified armed men (CAMEO UAF),
                // of the place's country where the place is known (EventPipeline.Located).
                sources = [new ActorMention
                {
                    Sentence = context.Index, Head = bomb, Span = words[bomb].Span, Code = UnidentifiedAttackers, Name = "unidentified attackers", Rule = MentionRule.AgentOnly,
                }];
                rule += UnattributedRule;
                unattributed = true;
            }

            if (sources.Count == 0 || (!reversed && !unattributed && IsMaterialConflict(code) && (IsAgentlessPassive(context.Syntax, v) || OnlyTheReporter(context, v, sources))))
            {
                // "20 people were killed, Lebanon said", "a camp was attacked, killing 156 people,
                // the UN agency reported": whoever reports a killing did not do it.
                continue;
            }

            Emit(context, events, v, code, rule, pattern is null || pattern.Steps.IsEmpty ? 0.75 : 0.85, sources, targets, betweenParties && targets.Count == 0);
            if (words[v].Head is int threatener and >= 0 && InfinitiveComplement(context.Syntax, threatener) == v
                && (targets.Count > 0 ? context.Lemma(threatener) == "threaten" || (Commitments.Contains(context.Lemma(threatener)) && IsContentious(code))
                    : Vows.Contains(context.Lemma(threatener)) && IsContentious(code)))
            {
                // "threatened to impose restrictions against German goods", "threatened to break
                // relations with Russia": the threat happened and is aimed where the threatened act
                // is; the act itself stays hypothetical. It replaces the threats coded from the
                // verb alone (a generic 130, or one without the target).
                // "EU ministers agreed to impose new sanctions on Russia", "vowed to fight the
                // rebels": a commitment to a hostile act is a threat toward its target, not
                // cooperation with it (the agreement aimed at that target is replaced, and so is a threat
                // the committing verb's own pattern coded: "plans to attack" also matches plan+attack, 138).
                // A vow to fight aimed at no one named ("Ethnic Albanians have sworn to fight until
                // they gain control of villages") threatens all the same, and is no intent to cooperate.
                var threatSpan = words[threatener].Span;
                var threateners = sources.Select(m => m.Code).ToHashSet();
                var aimedAt = targets.Select(m => m.Code).ToHashSet();
                bool threatened = context.Lemma(threatener) == "threaten";
                events.RemoveAll(e => e.Trigger == threatSpan && (threatened
                    ? e.Target is null || threateners.Contains(e.Source.Code) || e.Event.Code == "130"
                    : (e.Target is null ? targets.Count == 0 : aimedAt.Contains(e.Target.Code)) && e.Event.Code.StartsWith("03", StringComparison.Ordinal)
                        || (threateners.Contains(e.Source.Code) && e.Event.Code.StartsWith("13", StringComparison.Ordinal))));
                Emit(context, events, threatener, ThreatCode(code), rule + (threatened ? "+threatened" : "+committed"), 0.8, sources, targets);
            }

            if (words[v].Head is int committer and >= 0 && InfinitiveComplement(context.Syntax, committer) == v && Commitments.Contains(context.Lemma(committer))
                && code.StartsWith("08", StringComparison.Ordinal) && Flags(context, v).Negated)
            {
                // "Sharon, who has vowed not to return the Golan Heights to Syria": a refusal to
                // yield that happened (124x), not an intent to cooperate with Syria.
                var commitmentSpan = words[committer].Span;
                events.RemoveAll(e => e.Trigger == commitmentSpan && e.Event.Code.StartsWith("03", StringComparison.Ordinal));
                Emit(context, events, committer, RefusalToYield(code), rule + "+refused", 0.8, sources, targets);
            }
        }
    }

    /// <summary>
    /// Whether a clause opens with "whether" or "if", or with "when" and a modal (its first word of
    /// its own): an open question, not a statement ("would not say whether Iran had agreed",
    /// "declined to say when they would give formal approval"; not a time the parse hung there,
    /// "150 people were killed when Afghan aircraft raided villages, officials said").
    /// </summary>
    private static bool OpensOpenQuestion(SentenceContext context, int clause)
    {
        int first = ClauseFirstWord(context.Syntax, clause);
        return context.Lemma(first) is "whether" or "if" || (context.Lemma(first) == "when" && HasModal(context.Syntax, clause));
    }

    /// <summary>A clause's first word of its own: its head or the first of the head's dependents, punctuation aside.</summary>
    private static int ClauseFirstWord(SentenceSyntax syntax, int clause) =>
        syntax.Children(clause).Where(c => c < clause && syntax.Words[c].Upos != "PUNCT").DefaultIfEmpty(clause).Min();

    /// <summary>
    /// Whether an asking verb reports a question: a quotation ending in a question mark just
    /// before it (""Will it work?" he asked"), or a clause it takes that opens with "whether",
    /// "if" or a question word ("asked why the talks had failed"), and nothing asked for.
    /// </summary>
    private static bool AsksAQuestion(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        if (syntax.Children(verb, "obl").Any(o => syntax.Children(o, "case").Any(c => context.Lemma(c) == "for")))
        {
            return false;
        }

        // (The question mark closes the quotation right before the asking, its speaker between:
        // not an earlier question in the sentence, '"What can we do?" the minister said, and asked Japan …'.)
        int mark = verb - 1;
        while (mark >= 0 && context.Form(mark) is not ("?" or "." or "!" or ";" or ":" or ","))
        {
            mark--;
        }

        if (mark >= 0 && context.Form(mark) == "?" && verb - mark <= 7
            && Enumerable.Range(mark + 1, verb - mark - 1).All(w => words[w].Upos != "VERB" && context.Form(w) is not ("and" or "but")))
        {
            return true;
        }

        // ("Sassou-Nguesso asked.": asking with nothing asked for, of anyone, and nothing after it
        // but punctuation, is the question just quoted.)
        if (syntax.Children(verb).All(c => words[c].Deprel is "nsubj" or "punct" or "aux" or "advmod" or "cc" or "mark")
            && verb + 1 < words.Length && words[verb + 1].Upos == "PUNCT")
        {
            return true;
        }

        // ("Greenspan was asked by reporters if he thought the dollar had bottomed out": "if" or
        // "whether" right after whoever is asked or asks, however the parse hung its clause.)
        int end = syntax.Children(verb).Where(c => c > verb && words[c].Deprel is "obj" or "iobj" or "obl:agent")
            .Select(c => Subtree(syntax, c).Max()).DefaultIfEmpty(verb).Max();
        if (end + 1 < words.Length && context.Lemma(end + 1) is "whether" or "if")
        {
            return true;
        }

        return syntax.Children(verb).Where(c => words[c].Deprel == "ccomp" && c > verb)
            .Select(clause => ClauseFirstWord(syntax, clause))
            .Any(first => context.Lemma(first) is "whether" or "if" || words[first].Xpos is "WRB" or "WP" or "WDT");
    }

    /// <summary>
    /// Whether a verb's clause complement states a fact: a form of "be" or "have" or a past tense
    /// ("is doing", "was living up to", "are not related"), with no modal ("must boost"), not a
    /// bare subjunctive ("that Japan boost imports").
    /// </summary>
    /// <summary>
    /// Whether a verb's content clause says what is, was or may be so: a past tense or a third
    /// person present ("suggested that no concerted intervention was under way"; not a base form,
    /// which may be a subjunctive, "that the buffer stock have a maximum share", nor a past spelled
    /// as its base, "suggested the company split up"), or a modal about something that is no actor
    /// ("suggested the moves could prevent …"; "suggested the two countries could conduct a joint
    /// investigation" proposes).
    /// </summary>
    private static bool SuggestsWhatIsSo(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        foreach (int clause in syntax.Children(verb).Where(c => words[c].Deprel == "ccomp"))
        {
            var auxiliaries = syntax.Children(clause).Where(c => words[c].Deprel is "aux" or "aux:pass" or "cop").ToList();
            if (auxiliaries.Any(c => words[c].Xpos == "MD"))
            {
                return auxiliaries.Any(c => words[c].Xpos == "MD" && context.Lemma(c) is "could" or "might" or "may" or "would" or "will" or "can")
                    && !syntax.Children(clause).Any(c => (words[c].Deprel is "nsubj" or "nsubj:pass" && (context.MentionCovering(c) is not null || words[c].Xpos == "PRP"))
                        // ("Washington has suggested it would be ready to subscribe", "it" parsed as
                        // an expletive; "suggested it would be wise to …" recommends.)
                        || (words[c].Deprel == "expl" && words[c].Xpos == "PRP"));
            }

            // ("suggested that both the U.S. and Japan needed to ease monetary policy": a need or an
            // obligation put to someone proposes.)
            if (syntax.Children(clause, "xcomp").Any(x => syntax.Children(x, "mark").Any(m => context.Lemma(m) == "to")))
            {
                return false;
            }

            return (words[clause].Xpos is "VBD" or "VBZ" && !UnchangedPastVerbs.Contains(context.Lemma(clause)))
                || auxiliaries.Any(c => words[c].Xpos is "VBD" or "VBZ");
        }

        return false;
    }

    private static bool AssertsAFact(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        foreach (int clause in syntax.Children(verb).Where(c => words[c].Deprel == "ccomp"))
        {
            // (A lexical verb in the present may be a subjunctive or a demand put as a fact: "insists
            // the EC complies with the ruling", "may insist that they deduct"; a form of "be" or
            // "have", or a past tense, states what is or was so.)
            var auxiliaries = syntax.Children(clause).Where(c => words[c].Deprel is "aux" or "aux:pass" or "cop").Select(c => words[c]).ToList();
            // ("insists Japan has to open its markets", "is to withdraw": an obligation.)
            if (auxiliaries.Any(w => w.Xpos == "MD") || syntax.Children(clause, "xcomp").Any(x => syntax.Children(x, "mark").Any(m => context.Lemma(m) == "to")))
            {
                return false;
            }

            return words[clause].Xpos == "VBD" || (words[clause].Lemma is "be" or "have" && words[clause].Xpos is "VBZ" or "VBP")
                || auxiliaries.Any(w => w.Lemma is "be" or "have" && w.Xpos is "VBZ" or "VBP" or "VBD");
        }

        // ("its first intercontinental-range rocket, which it insists is part of a purely peaceful
        // space program", parsed with "which" as the verb's object and what is so hung elsewhere:
        // a relative clause says what the noun it describes is.)
        return syntax.Children(verb, "obj").Any(o => words[o].Xpos == "WDT" && o < verb)
            && syntax.Children(verb).Any(c => words[c].Deprel == "nsubj") && words[verb].Deprel == "acl:relcl";
    }

    /// <summary>
    /// "Malaysia is to urge tin producers …" (parsed with "be" as the infinitive's copula): what is
    /// arranged to happen, as with "will". Not "if they were to retaliate", a condition, nor "the
    /// SEC's responsibility is to provide disclosure", what a duty is.
    /// </summary>
    private static bool ArrangedToHappen(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        // ("Cossiga is due to meet former presidents", the parse reading "due to" as one marker,
        // as in "due to the strike": what one is due to do, in any tense, is arranged.)
        bool due = syntax.Children(verb).Any(m => words[m].Deprel is "mark" or "case" && words[m].Lemma.Equals("due", StringComparison.OrdinalIgnoreCase)
            && syntax.Children(m, "fixed").Any(f => words[f].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase) && f < verb
                && Enumerable.Range(f + 1, verb - f - 1).All(b => words[b].Upos == "ADV")));
        return words[verb].Upos == "VERB"
            && syntax.Children(verb, "cop").Any(c => words[c].Lemma == "be" && (words[c].Xpos is "VBZ" or "VBP" || (due && words[c].Xpos == "VBD")))
            && (due || syntax.Children(verb, "mark").Any(m => words[m].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase)))
            && syntax.Children(verb).Any(c => words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal)
                && (words[c].Upos is "PROPN" or "PRON" || (words[c].Upos == "NOUN" && !DutyNouns.Contains(words[c].Lemma))));
    }

    /// <summary>
    /// "Japan to press Indonesia to open its markets, officials said", "Britain to cut tax rates":
    /// a bare infinitive with a subject of its own, an actor or a pronoun, is the wire's future
    /// tense, as "is to" is. (Not "for Japan to press", a purpose or condition; not a noun's
    /// infinitive the parse gave the noun as subject, "the refusal of some countries to fulfil".)
    /// </summary>
    private static bool HeadlineFuture(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        return words[verb].Xpos == "VB" && words[verb].Deprel is "root" or "ccomp" or "parataxis"
            && syntax.Children(verb, "mark").FirstOrDefault(m => context.Lemma(m) == "to", -1) is int to and >= 0 && to < verb
            && Enumerable.Range(to + 1, verb - to - 1).All(b => words[b].Upos == "ADV")
            && !syntax.Children(verb).Any(c => words[c].Deprel is "aux" or "aux:pass" or "cop" || (words[c].Deprel == "mark" && context.Lemma(c) == "for"))
            && syntax.Children(verb).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass" && c < to && (words[c].Upos == "PRON" || context.MentionAt(c) is not null)
                && !syntax.Children(c, "case").Any()); // ("for the United States to grab the initiative, it must …")
    }

    /// <summary>A future arranged or announced: "is to visit", "Japan to press Indonesia".</summary>
    private static bool Arranged(SentenceContext context, int verb) => ArrangedToHappen(context.Syntax, verb) || HeadlineFuture(context, verb);

    /// <summary>
    /// Whether "fight" or "battle" coded as force has neither an armed doer nor an armed party
    /// fought, nor two bare countries or peoples: a political, legal or business fight.
    /// </summary>
    private static bool UnarmedFight(SentenceContext context, int verb, string code, IReadOnlyList<ActorMention> sources, IReadOnlyList<ActorMention> targets) =>
        context.Lemma(verb) is "fight" or "battle" && code.StartsWith("19", StringComparison.Ordinal)
        && !sources.Any(Armed) && !targets.Any(Armed)
        && !(sources.Any(s => ActorCode.RoleOf(s.Code) is null) && targets.Any(t => ActorCode.RoleOf(t.Code) is null));

    /// <summary>Whether an actor bears arms: forces, rebels, insurgents, police, unidentified gunmen.</summary>
    private static bool Armed(ActorMention actor) => ActorCode.RoleOf(actor.Code) is "MIL" or "REB" or "INS" or "SEP" or "UAF" or "COP" or "SPY";

    /// <summary>Prices, fees and costs, which are charged without anyone being accused.</summary>
    private static readonly FrozenSet<string> ChargedAmounts = FrozenSet.Create(StringComparer.Ordinal,
        "price", "fee", "rate", "cost", "interest", "premium", "tax", "levy", "tariff", "expense", "commission", "fare", "rent", "toll", "spread", "margin");

    /// <summary>Bodies that are charged with a task ("a Philippine panel charged with recovering illegal wealth").</summary>
    private static readonly FrozenSet<string> TaskedBodies = FrozenSet.Create(StringComparer.Ordinal,
        "panel", "committee", "commission", "board", "council", "agency", "body", "team", "task", "force", "group", "office", "authority", "unit", "department", "ministry");

    /// <summary>Whether "charge" has an amount for its object, passive subject or the noun it describes.</summary>
    private static bool ChargedAmount(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        bool Amount(int w) => ChargedAmounts.Contains(context.Lemma(w));
        return syntax.Children(verb).Any(c => words[c].Deprel is "obj" or "nsubj:pass" && Amount(c))
            || (words[verb].Deprel is "acl" or "acl:relcl" && words[verb].Head >= 0 && Amount(words[verb].Head));
    }

    /// <summary>Whether "charge" gives a body a task: "charged with" and a gerund, on a body.</summary>
    private static bool ChargedWithTask(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        bool withGerund = syntax.Children(verb).Any(c => words[c].Xpos == "VBG" && syntax.Children(c).Any(m => words[m].Deprel is "mark" or "case" && context.Lemma(m) == "with"));
        // (Also the noun right before the participle when the parse hung it elsewhere: "The head of a
        // Philippine panel charged with recovering illegal wealth … said".)
        int tasked = words[verb].Deprel is "acl" && words[verb].Head >= 0 ? words[verb].Head
            : syntax.Children(verb).FirstOrDefault(c => words[c].Deprel is "obj" or "nsubj:pass", -1) is int named and >= 0 ? named
            : words[verb].Xpos == "VBN" && verb > 0 && words[verb - 1].Upos == "NOUN" ? verb - 1 : -1;
        return withGerund && tasked >= 0 && TaskedBodies.Contains(context.Lemma(tasked));
    }

    /// <summary>Nouns whose "is to" states what they consist in, not what will happen ("the aim is to cut costs", "its focus is to force").</summary>
    private static readonly FrozenSet<string> DutyNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "obligation", "responsibility", "aim", "goal", "task", "plan", "idea", "purpose", "intention", "job", "role", "way", "answer",
        "solution", "option", "priority", "duty", "mission", "objective", "policy", "strategy", "hope", "intent", "target", "step",
        "focus", "ambition", "wish", "dream", "proposal", "object", "point", "challenge", "alternative", "mandate", "function");

    /// <summary>Whether the clause <paramref name="clause"/> is what "no evidence", "no information", "no reason" … "to suggest" (or indicate, show, prove, support, believe, think) names.</summary>
    private static bool NothingSuggests(SentenceContext context, int clause, int parent)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        bool NoEvidence(int noun) => noun >= 0 && words[noun].Upos == "NOUN" && GroundNouns.Contains(context.Lemma(noun)) && syntax.Children(noun, "det").Any(d => context.Lemma(d) == "no");
        bool Suggesting(int verb) => context.Lemma(verb) is "suggest" or "indicate" or "show" or "prove" or "support" or "believe" or "think";
        return (words[parent].Deprel == "acl" && Suggesting(parent) && NoEvidence(words[parent].Head))
            || syntax.Children(parent).Any(n => n < clause && NoEvidence(n) && syntax.Children(n, "acl").Any(v => v < clause && Suggesting(v)));
    }

    /// <summary>Verbs whose complement did not happen when they did ("failed to", "refused to"): negated, they say nothing plain.</summary>
    private static readonly FrozenSet<string> NegativeImplicatives = FrozenSet.Create(StringComparer.Ordinal,
        "fail", "refuse", "decline", "avoid", "hesitate", "neglect", "forget", "stop", "cease", "omit", "refrain", "resist");

    /// <summary>What a market's demand does ("demand is increasing", "demand fell").</summary>
    private static readonly FrozenSet<string> MarketChangeVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "increase", "rise", "fall", "grow", "decline", "drop", "slow", "weaken", "strengthen", "recover", "outstrip", "exceed",
        "slump", "soar", "surge", "ease", "pick", "shrink", "expand", "improve", "stagnate", "outpace");

    /// <summary>A mention that is a country's goods, trade, market, money or affair ("U.S. corn", "the Iran arms scandal"), not the act's own noun.</summary>
    private static bool IsThingOfCountry(SentenceContext context, ActorMention mention, int trigger) =>
        IsCommonNounOfCountry(context, mention, trigger) && ThingNouns.Contains(context.Lemma(mention.Head));

    /// <summary>A mention of this sentence whose head is a common noun, made an actor only by a country's name or adjective, and not the act's own noun.</summary>
    private static bool IsCommonNounOfCountry(SentenceContext context, ActorMention mention, int trigger) =>
        mention.Rule == MentionRule.Country && mention.Sentence == context.Index && mention.Head != trigger
        && context.Syntax.Words[mention.Head].Upos == "NOUN";

    /// <summary>
    /// A mention that is a common noun made an actor only by its country's name or adjective
    /// ("Canada's credit facility", "U.S. concern"), not the act's own noun, nor people and firms
    /// no role of the dictionary names ("ordered Venezuelan banks", "asked Japanese chip-makers to
    /// further slash output" act on the country's firms).
    /// </summary>
    private static bool IsNounOfCountry(SentenceContext context, ActorMention mention, int trigger) =>
        IsCommonNounOfCountry(context, mention, trigger) && !UnroledParties.Contains(context.Lemma(mention.Head));

    /// <summary>People and firms named with a country that act and are acted on, though no role of the dictionary names them.</summary>
    private static readonly FrozenSet<string> UnroledParties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bank", "institution", "firm", "company", "maker", "chip-maker", "chipmaker", "producer", "grower", "farmer", "worker",
        "exporter", "importer", "manufacturer", "vessel", "ship", "tanker", "citizen", "national", "investor", "trader",
        "broker", "shipper", "carrier", "airline", "insurer", "lender", "creditor", "utility", "refiner", "miner", "people");

    /// <summary>Verbs that undo a measure named by their object ("lowered its tariffs", "scrapped the quotas").</summary>
    private static readonly FrozenSet<string> UndoingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "lower", "cut", "reduce", "remove", "lift", "abolish", "scrap", "eliminate", "ease", "drop", "waive", "relax", "dismantle",
        "slash", "halve", "rescind", "repeal", "revoke", "withdraw", "end", "roll", "phase", "trim", "loosen");

    /// <summary>Machines of war the dictionaries name as armed forces, which trade and aid treat as goods.</summary>
    private static readonly FrozenSet<string> MachineNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "aircraft", "plane", "jet", "warplane", "helicopter", "tank", "submarine", "warship", "drone", "missile", "gunship", "frigate",
        "destroyer", "fighter", "bomber", "artillery");

    /// <summary>Things a country's adjective or name may describe that act on nothing: goods, commodities, trade, markets, money, figures, affairs.</summary>
    private static readonly FrozenSet<string> ThingNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "good", "goods", "product", "import", "export", "corn", "wheat", "grain", "soybean", "sugar", "coffee", "cocoa", "oil", "crude",
        "rice", "beef", "cotton", "steel", "car", "scandal", "affair", "agriculture", "saving", "savings", "economy", "market",
        "currency", "dollar", "yen", "franc", "output", "production", "price", "demand", "supply", "growth", "deficit", "estimate",
        "figure", "data", "statistic", "statistics");

    /// <summary>Nouns of acts done to a person or group, whose owner is the one it is done to ("his arrest", "the hostages' release").</summary>
    private static readonly FrozenSet<string> PatientNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "arrest", "detention", "expulsion", "deportation", "extradition", "imprisonment", "internment", "release", "abduction",
        "kidnapping", "assassination", "killing", "murder", "execution", "torture", "indictment", "conviction", "ouster", "dismissal");

    /// <summary>Words of wariness and doubt, whose gerund ("wary of giving", "doubts about removing") is not done.</summary>
    private static readonly FrozenSet<string> Misgivings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "wary", "hesitant", "reluctant", "afraid", "fearful", "loath", "cautious",
        "doubt", "concern", "fear", "worry", "reservation", "misgiving", "qualm", "skepticism", "scepticism", "hesitation", "reluctance");

    /// <summary>
    /// Nouns of blame whose "of" phrase is whom they blame ("the criticism of Japan by the United
    /// States"), while their owner is the one who blames ("Japan's criticism"), unlike <see cref="PatientNouns"/>.
    /// </summary>
    private static readonly FrozenSet<string> CensureNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "criticism", "condemnation", "denunciation", "censure");

    /// <summary>
    /// Whether a noun of blame is what its clause's subject incurs ("Israel's raid drew the
    /// condemnation of the Security Council"), whose "of" phrase is the blamer.
    /// </summary>
    private static bool Incurred(SentenceContext context, int noun) =>
        context.Syntax.Words[noun].Deprel == "obj" && context.Syntax.Words[noun].Head is int verb and >= 0
        && context.Lemma(verb) is "draw" or "earn" or "win" or "incur" or "face" or "attract" or "provoke" or "spark" or "prompt" or "bring" or "receive" or "meet";

    /// <summary>Land and water that states dispute or claim ("islands claimed by China and Japan").</summary>
    private static readonly FrozenSet<string> TerritoryNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "island", "islet", "territory", "region", "area", "border", "frontier", "channel", "strait", "waters", "sea", "province", "enclave", "zone", "land");

    /// <summary>Ground that troops defend ("defending the border", "defending the city"; not "defended his position", a view).</summary>
    private static readonly FrozenSet<string> DefendedGround = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "city", "town", "village", "border", "frontier", "territory", "base", "capital", "port", "airport", "coast", "island", "perimeter");

    /// <summary>
    /// The actors summoned for the purpose <paramref name="verb"/> states ("summoned the ambassador
    /// to protest"; the parser may hang the infinitive on the one summoned), or none.
    /// </summary>
    private static List<ActorMention> SummonedFor(SentenceContext context, int verb)
    {
        var words = context.Syntax.Words;
        int head = words[verb].Head;
        if (head < 0 || !context.Syntax.Children(verb, "mark").Any(m => context.Lemma(m) == "to"))
        {
            return [];
        }

        if (words[verb].Deprel is "advcl" or "xcomp" && context.Lemma(head) == "summon")
        {
            return [.. context.Syntax.Children(head, "obj").SelectMany(context.ActorsWithConjuncts)];
        }

        return words[verb].Deprel == "acl" && words[head].Deprel == "obj" && words[head].Head >= 0 && context.Lemma(words[head].Head) == "summon"
            ? context.ActorsWithConjuncts(head)
            : [];
    }

    /// <summary>Nouns "pressing" describes ("pressing business", "a pressing need").</summary>
    private static readonly FrozenSet<string> PressingMatters = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "business", "need", "issue", "problem", "matter", "concern", "question", "priority", "task", "reason", "engagement", "commitment", "demand", "agenda");

    /// <summary>Verbs that name no act where they stand, whatever their dictionary code.</summary>
    private static bool NamesNoAct(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        bool HasChild(Func<string, bool> relation) => syntax.Children(verb).Any(c => relation(words[c].Deprel));
        return
            // "barring a collapse of the dollar", "pending a review": participles used as prepositions.
            (PrepositionalParticiples.Contains(context.Form(verb)) && !HasChild(SubjectRelations.Contains))
            // "prices charged by EC producers", "the price it charges contract barge customers",
            // "charged all past exploration costs against expenses": charging a price or a cost is
            // no accusation; nor is a body "charged with recovering illegal wealth" or "Congress
            // charged the commission with examining the program", which is a task given.
            || (context.Lemma(verb) == "charge" && (ChargedAmount(context, verb) || ChargedWithTask(context, verb)))
            // "Yugoslav journalists, who asked to remain anonymous, told Reuters": a source's wish
            // not to be named is no appeal.
            || (context.Lemma(verb) is "ask" or "request" && syntax.Children(verb, "xcomp").Any(x => context.Lemma(x) is "remain" or "stay"
                && syntax.Children(x).Any(c => context.Lemma(c) is "anonymous" or "unnamed" or "unidentified")))
            // "would exchange half a share, provided that the market price were not less than 28
            // dlrs": a condition, no provision.
            || (context.Form(verb) is "provided" or "providing" && verb + 1 < words.Length && context.Form(verb + 1) == "that")
            // "They were not able to demonstrate that the electricity was surplus": to demonstrate
            // that something is so is to show it, no protest.
            || (context.Lemma(verb) == "demonstrate" && HasChild(r => r == "ccomp"))
            // "withholding tax", "the surrounding area", "a firing frenzy": a present participle
            // that only describes a noun.
            || (words[verb].Xpos == "VBG" && words[verb].Deprel is "amod" or "compound" && !HasChild(r => r is "obj" or "obl" or "nsubj"))
            // "lending declined", "production to decline about five pct": with no complement, or
            // only an amount, a change of quantity; "declined to comment", "declined the offer" are acts.
            // ("Reserves declined to 964 billion cubic feet": an amount parsed as a complement.)
            || (context.Lemma(verb) == "decline" && !syntax.Children(verb).Any(c => words[c].Deprel is "xcomp" or "ccomp" && !IsAmount(syntax, c))
                && !syntax.Children(verb, "obj").Any(o => words[o].Upos != "NUM" && !QuantityUnits.Contains(context.Lemma(o)) && !MarketQuantities.Contains(context.Lemma(o))))
            // ""Will it work?" he asked", "asked why the talks had failed", "asked whether Japan would
            // help": asking a question is no appeal or request (those ask for something or someone
            // to do something: "asked for aid", "asked Japan to help").
            // ("said the official, who asked not to be identified": a source's wish for anonymity is
            // no appeal to anyone.)
            || (context.Lemma(verb) is "ask" or "request" && syntax.Children(verb).Any(x => words[x].Deprel is "xcomp" or "advcl" or "ccomp"
                && context.Lemma(x) is "identify" or "name" or "quote" or "cite" && syntax.Children(x).Any(c => words[c].Deprel == "aux:pass")))
            || (context.Lemma(verb) is "ask" or "inquire" or "enquire" && !HasChild(r => r is "xcomp")
                && !syntax.Children(verb, "advcl").Any(c => AskedOfAddressee(context, c)) && AsksAQuestion(context, verb))
            // "Asked whether the company would …, Kellner said": the one asking is the reporter.
            // (Sentence-initial "Asked" is that participle whatever its tag.)
            // ("Pressed for further comment, Reagan said": pressed by the reporters, as asked; not
            // "Pressed by Washington, Tokyo agreed", where the one pressing is named. "Asked by
            // reporters" names them, and is still no appeal.)
            // ("Forced to choose between a military crackdown … and Hong Kong's collapse, Xi will
            // choose the former": so too forced or compelled, by no one named, opening the sentence
            // or describing a noun, "Palestinians forced across the border".)
            || ((context.Lemma(verb) == "ask" || PressingVerbs.Contains(context.Lemma(verb))) && (words[verb].Xpos == "VBN" || (verb == 0 && words[verb].Xpos == "VBD")) && words[verb].Deprel is "advcl" or "acl"
                && !(PressingVerbs.Contains(context.Lemma(verb)) && syntax.Children(verb).Any(c => words[c].Deprel == "obl:agent" || (words[c].Deprel == "obl" && syntax.Children(c, "case").Any(k => context.Lemma(k) == "by"))))
                && !HasChild(r => SubjectRelations.Contains(r) || r is "aux" or "aux:pass" or "nsubj:pass"))
            // "the spokesman said when asked to react", "if elected, he will …", "once approved":
            // a reduced passive clause (a past form with no subject or auxiliary of its own after
            // "when", "if", "once", "unless") is done to the main clause's subject by someone not named.
            || (words[verb].Xpos is "VBN" or "VBD" && words[verb].Deprel == "advcl" && !HasChild(r => SubjectRelations.Contains(r) || r is "aux" or "aux:pass" or "nsubj:pass" or "obj")
                && syntax.Children(verb).Any(c => words[c].Deprel is "mark" or "advmod" && c < verb && context.Lemma(c) is "when" or "if" or "once" or "unless"))
            // "Zimbabwe exports a wide range of meat products", "Japan imports primary goods", "the
            // company produces and sells flour", and "exports" the tagger read as a verb ("West
            // German exports to Latin America declined"): trade told in the simple present is a
            // standing habit or a figure, not an event of a day.
            || (TradeVerbs.Contains(context.Lemma(verb)) && words[verb].Xpos is "VBZ" or "VBP" && !HasChild(r => r is "aux" or "aux:pass"))
            // "in what the administration called a measured response", "what he called the
            // tottering regime": naming something is no call for it, nor any act.
            || (context.Lemma(verb) is "call" or "term" or "describe" or "label" && words[verb].Deprel == "acl:relcl" && words[verb].Head >= 0 && context.Lemma(words[verb].Head) == "what")
            // ("Stoltenberg called it a good meeting", "called the talks a success": an object and
            // what it is called name it; no meeting is called.)
            // (The parser may give the verb two objects.)
            || (context.Lemma(verb) == "call" && HasChild(r => r == "obj")
                && (syntax.Children(verb, "xcomp").Any(x => words[x].Upos is "NOUN" or "ADJ" or "PROPN")
                    // (Not a time taken for an object: "will call 'at an early date' an extraordinary meeting".)
                    || syntax.Children(verb, "obj").Count(o => !syntax.Children(o, "case").Any()) >= 2))
            // "cancelled a trip because of pressing business at home": "pressing" before what
            // presses is an adjective.
            || (context.Form(verb).Equals("pressing", StringComparison.OrdinalIgnoreCase) && verb + 1 < words.Length
                && PressingMatters.Contains(context.Lemma(verb + 1)) && !HasChild(r => SubjectRelations.Contains(r) || r is "aux" or "aux:pass"))
            // "the firm's approach in the area was promising", "the results were encouraging": a
            // participle of judgement with nothing promised, encouraged or threatened is an adjective.
            || (words[verb].Xpos == "VBG" && EvaluativeParticiples.Contains(context.Form(verb).ToLowerInvariant())
                && !HasChild(r => r is "obj" or "iobj" or "xcomp" or "ccomp" or "obl" or "obl:agent" or "advcl"))
            // ("the company has promising acreage to explore", "had encouraging results": a
            // present participle right under "have" with no "been" is an adjective the parse
            // took for a verb; no tense is made so.)
            || (words[verb].Xpos == "VBG" && HasChild(r => r == "aux") && syntax.Children(verb, "aux").Any(a => words[a].Lemma.Equals("have", StringComparison.OrdinalIgnoreCase))
                && !syntax.Children(verb, "aux").Any(a => words[a].Lemma.Equals("be", StringComparison.OrdinalIgnoreCase)))
            // "virtually assuring the aid will go through", "managed to assure markets for its
            // oil", "can rest assured": to assure with no one assured is to make sure, no promise
            // ("assured Kenya it will continue", "assured them they would review").
            // (The parse may hang whom it assures as a predicate or an aside: "has assured Kenyan
            // President Daniel Arap Moi it will", "has assured (the government) that".)
            || (context.Lemma(verb) == "assure" && !syntax.Children(verb).Any(c => words[c].Deprel is "obj" or "iobj" or "xcomp" or "parataxis"
                && (words[c].Upos == "PRON" || context.ActorsAt(c).Count > 0 || (words[c].Deprel == "parataxis" && words[c].Upos is "NOUN" or "PROPN"))))
            // "London Interbank Offered Rate": a word of a name.
            || context.InsideName(verb);
    }

    /// <summary>
    /// Present participles that, with no complement, judge something rather than tell an act (<see cref="NamesNoAct"/>);
    /// not those whose act is often told without its object ("as several ministers … are demanding").
    /// </summary>
    private static readonly FrozenSet<string> EvaluativeParticiples = FrozenSet.Create(StringComparer.Ordinal,
        "promising", "encouraging", "disappointing", "challenging", "rewarding", "accommodating");

    /// <summary>Verbs of trade and production, whose simple present is a habit (<see cref="NamesNoAct"/>).</summary>
    private static readonly FrozenSet<string> TradeVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "export", "import", "sell", "buy", "purchase", "produce", "ship", "trade", "market", "manufacture", "grow");

    /// <summary>
    /// "Economists agreed the economy is better placed": agreeing that something is so shares a
    /// view and commits no one to act; agreeing that something should or will be done does.
    /// </summary>
    private static bool AgreesWithAView(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        // ("Nakasone today agreed with Bank of Japan governor Satoshi Sumita that a further cut in
        // the discount rate was not appropriate": the parser may hang the "that" clause on the
        // one agreed with.)
        var clauses = syntax.Children(verb, "ccomp").Concat(syntax.Children(verb, "obl")
            .SelectMany(o => syntax.Children(o).Where(c => words[c].Deprel is "acl" or "acl:relcl" && c > o
                && syntax.Children(c, "mark").Any(m => words[m].Lemma.Equals("that", StringComparison.OrdinalIgnoreCase))
                && syntax.Children(c).Any(k => words[k].Deprel is "nsubj" or "nsubj:pass")))).ToList();
        bool admitting = words[verb].Lemma.ToLowerInvariant() is "concede" or "acknowledge" or "admit";
        return clauses.Count > 0 && !syntax.Children(verb).Any(c => words[c].Deprel == "xcomp")
            && clauses.All(c => admitting || !syntax.Children(c).Any(a => words[a].Deprel == "aux" && Modals.Contains(words[a].Lemma.ToLowerInvariant()))
                && !syntax.Children(c, "mark").Any(m => words[m].Lemma == "to"));
    }

    /// <summary>
    /// "Taiwan's trade surplus hit a record 13.6 billion dlrs", "an industry hard hit by Japanese
    /// trade", "fought the planned sale", "combat inflation", "fired 20 flight attendants": verbs
    /// of force in the language of markets and offices. Whatever does it, or whatever it is done
    /// to, is a quantity or an economic or abstract thing, or what is fired is no weapon.
    /// With <paramref name="doersOnly"/> (coercion, CAMEO 17), only whatever does it counts: a
    /// state restricting imports coerces, a crisis forcing a cut does not.
    /// </summary>
    private static bool IsFigurativeForce(SentenceContext context, int verb, bool doersOnly = false)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        // A relative pronoun stands for the noun its clause describes ("a deficit which hit …").
        int Antecedent(int w) => words[w].Xpos is "WDT" or "WP" && words[verb].Deprel is "acl:relcl" && words[verb].Head >= 0 ? words[verb].Head : w;
        bool Figurative(int w) => ForceFreeNouns.Contains(context.Lemma(w));
        // (A market, a stock or a supply can also be a place or a thing struck: "bombed a market in
        // Gaza", "attacked U.S. interests".)
        bool FigurativeUndergoer(int w) => Figurative(w) && !PhysicalToo.Contains(context.Lemma(w));
        var doers = syntax.Children(verb).Where(c => words[c].Deprel is "nsubj" or "obl:agent" or "csubj").Select(Antecedent).ToList();
        var undergoers = syntax.Children(verb).Where(c => words[c].Deprel is "obj" or "nsubj:pass").Select(Antecedent).ToList();
        if (words[verb].Deprel == "acl" && words[verb].Xpos == "VBN" && words[verb].Head >= 0)
        {
            // "the pound, hit by …", "airlines hit by a drop in fares": the noun a participle describes undergoes it.
            undergoers.Add(words[verb].Head);
        }

        // (Pressure on prices, a currency or margins is the market's: "prices which are pressured
        // by the overhang of Malaysian material" is no coercion by Malaysia.)
        if (doers.Any(Figurative) || ((!doersOnly || context.Lemma(verb) is "pressure" or "squeeze") && undergoers.Any(FigurativeUndergoer)))
        {
            return true;
        }

        if (doersOnly)
        {
            return false;
        }

        // "hit 13.6 billion dlrs", "hit a record", "hit a plateau": a level reached.
        // ("killed 20", "attacked two" count what was struck.)
        if (context.Lemma(verb) is "hit" or "strike" && syntax.Children(verb, "obj").Any(o => words[o].Upos == "NUM" || Levels.Contains(context.Lemma(o)) || Levels.Contains(context.Form(o).TrimEnd('s'))
            || QuantityUnits.Contains(context.Form(o).TrimEnd('s'))))
        {
            return true;
        }

        // "fired 20 flight attendants": firing at no one and nothing that is shot dismisses ("fired
        // seven flight attendants on the spot": on the spot is at once, no target).
        return context.Lemma(verb) == "fire" && syntax.Children(verb, "obj").Any(o => !Munitions.Contains(context.Lemma(o)))
            && !syntax.Children(verb).Any(c => words[c].Deprel == "obl" && context.Lemma(c) != "spot"
                && syntax.Children(c, "case").Any(k => context.Lemma(k) is "at" or "on" or "upon" or "into" && !context.IntroducesTime(k)));
    }

    /// <summary>Economic and abstract things, which no force is used by or on.</summary>
    private static readonly FrozenSet<string> ForceFreeNouns = FrozenSet.Create(
        "surplus", "deficit", "reserve", "demand", "supply", "sale", "export", "import", "trade", "price", "rate", "cost", "fare",
        "dollar", "pound", "yen", "franc", "currency", "inflation", "deflation", "output", "production", "earnings", "profit",
        "loss", "shortfall", "drop", "fall", "decline", "rise", "slump", "recession", "depression", "market", "economy", "crisis",
        "debt", "competition", "sentiment", "mentality", "bid", "takeover", "merger", "plan", "proposal", "bill", "tax", "tariff",
        "quota", "policy", "practice", "process", "violation", "unemployment", "poverty", "disease", "pest", "weather", "drought",
        "frost", "inability", "uncertainty", "speculation", "volatility", "rumor", "rumour", "problem", "trend", "growth", "stock",
        "share", "bond", "interest", "spending", "budget", "investment", "revenue", "income", "industry", "sector", "exporter",
        "corn", "wheat", "sugar", "coffee", "textile", "sterling", "figure", "statistic", "data", "bonus",
        // ("The growing debt burden of Latin American and African nations will also provide
        // impetus for the GATT round", "fresh Japanese-U.S. trade strife would erupt": states
        // of affairs do not act for those they concern.)
        "burden", "strife", "tension", "friction", "impact", "effect", "outlook", "prospect", "situation", "imbalance",
        "weakness", "deterioration", "improvement", "recovery", "slowdown");

    /// <summary>Economic words that also name places or things force is used on.</summary>
    private static readonly FrozenSet<string> PhysicalToo = FrozenSet.Create("market", "interest", "stock", "supply", "share");

    /// <summary>What a level reached is named by ("hit a record", "hit a peak").</summary>
    private static readonly FrozenSet<string> Levels = FrozenSet.Create(
        "record", "high", "low", "peak", "plateau", "level", "bottom", "ceiling", "floor", "mark", "limit", "dlr", "dollar", "pct", "percent", "billion", "million", "mln", "bln");

    /// <summary>What is fired when firing is force.</summary>
    private static readonly FrozenSet<string> Munitions = FrozenSet.Create(
        "shell", "round", "missile", "rocket", "bullet", "shot", "torpedo", "mortar", "grenade", "salvo", "volley", "gun", "weapon",
        "cannon", "artillery", "gas", "projectile", "bomb", "flare", "burst", "shotgun", "rifle", "warning", "fire");

    /// <summary>Whether what is met is a thing, not someone met with ("the criteria", "domestic demand", "opposition from the government").</summary>
    private static bool IsThingMet(SentenceContext context, int word) =>
        UnmetObjects.Contains(context.Lemma(word)) || UnmetObjects.Contains(context.Form(word))
        || (context.Lemma(word) is "opposition" or "resistance"
            && context.Syntax.Children(word, "nmod").Any(n => context.Syntax.Children(n, "case").Any(c => context.Lemma(c) == "from")));

    /// <summary>An amount parsed as a complement ("declined to 964 billion cubic feet"), not a predicate ("declined to be a candidate").</summary>
    private static bool IsAmount(SentenceSyntax syntax, int word) =>
        (syntax.Words[word].Upos == "NUM" || syntax.Children(word).Any(c => syntax.Words[c].Deprel == "nummod"))
        && !syntax.Children(word).Any(c => syntax.Words[c].Deprel is "cop" or "aux");

    private static bool IsViolent(string code) => code.Length >= 2 && code[..2] is "18" or "19" or "20";

    /// <summary>What is met when nobody is: needs, terms, deadlines, market demand (singular: "meet their demands" is yielding, 080).</summary>
    private static readonly FrozenSet<string> UnmetObjects = FrozenSet.Create(
        "criteria", "criterion", "commitment", "obligation", "requirement", "need", "needs", "demand", "target", "goal", "objective",
        "deadline", "problem", "challenge", "cost", "expense", "spending", "payment", "repayment", "debt", "bill", "charge", "deficit",
        "shortfall", "quota", "standard", "test", "term", "terms", "specification", "threshold", "level", "expectation", "hope", "effort",
        "forecast", "estimate", "increase", "rise", "growth", "pressure", "competition", "response",
        "concern", "complaint", "request", "order", "contract");

    /// <summary>What one attacks with words: policies, plans, statements.</summary>
    private static readonly FrozenSet<string> AbstractObjects = FrozenSet.Create(
        "plan", "policy", "proposal", "decision", "remark", "comment", "statement", "stance", "record", "idea", "budget",
        "bill", "law", "measure", "report", "strategy", "approach", "move", "handling", "view", "program", "programme", "reform", "deal", "agreement");

    /// <summary>A named politician or a civilian body, whose attacks are words.</summary>
    private static bool IsVerbalAttacker(ActorMention source) =>
        (source.IsPerson && source.Rule is MentionRule.PersonRole or MentionRule.KnownName or MentionRule.Apposition)
        || ActorCode.RoleOf(source.Code) is "GOV" or "LEG" or "JUD" or "MED" or "PTY" or "ELI" or "NGO" or "HRI" or "BUS" or "LAB" or "EDU";

    /// <summary>Units an amount is counted in ("declined 62 pct", "fell two points").</summary>
    private static readonly FrozenSet<string> QuantityUnits = FrozenSet.Create(
        "pct", "percent", "percentage", "point", "cent", "dlr", "dollar", "yen", "mark", "franc", "stg", "tonne", "ton", "barrel", "bushel", "ounce", "share");

    /// <summary>
    /// Quantities of a market that rise and decline ("because of declining yen interest rates",
    /// parsed with "rates" the object of "declining"): their decline is a change, not a refusal.
    /// </summary>
    private static readonly FrozenSet<string> MarketQuantities = FrozenSet.Create(StringComparer.Ordinal,
        "rate", "price", "yield", "value", "output", "production", "sale", "earnings", "profit", "demand", "supply", "reserve",
        "export", "import", "inflation", "growth", "volume", "stock", "inventory", "margin", "revenue", "income", "spending", "investment");

    /// <summary>Participles that work as prepositions ("barring a collapse", "pending talks").</summary>
    private static readonly FrozenSet<string> PrepositionalParticiples = FrozenSet.Create(
        "barring", "pending", "concerning", "regarding", "including", "excluding", "according");

    /// <summary>Verbs that commit their subject to the act of their complement.</summary>
    /// <remarks>Not "decide": a decision to break relations or impose a ban is reported as taken ("Tunisia has decided to break diplomatic relations with Iran").</remarks>
    private static readonly FrozenSet<string> Commitments = FrozenSet.Create("agree", "vote", "pledge", "vow", "swear", "promise", "resolve", "intend", "plan", "prepare");

    /// <summary>Commitments that declare: a vow to a hostile act is a threat even with no target named.</summary>
    private static readonly FrozenSet<string> Vows = FrozenSet.Create("pledge", "vow", "swear", "promise");

    /// <summary>
    /// True when the phrase ending at word <paramref name="last"/> is followed, after at most a
    /// short tail the parse hung elsewhere ("in Nairobi"), by a speech verb without a subject
    /// ("…, killing 20 people, relief officials in Nairobi said"): the reporters' phrase.
    /// </summary>
    internal static bool BeforeSubjectlessSpeechVerb(SentenceSyntax syntax, int last)
    {
        var words = syntax.Words;
        if (last < 0)
        {
            return false;
        }

        int after = last + 1;
        for (int skipped = 0; skipped < 5 && after < words.Length && words[after].Upos is "ADP" or "DET" or "ADJ" or "PROPN" or "NOUN"; skipped++)
        {
            after++;
        }

        return after < words.Length && words[after].Upos == "VERB" && SpeechVerbs.Contains(words[after].Lemma.ToLowerInvariant())
            && !syntax.Children(after).Any(c => SubjectRelations.Contains(words[c].Deprel));
    }

    /// <summary>The dictionary code of the act a verb names in its clause, or null when it names none ("---" included).</summary>
    private string? ActCode(SentenceContext context, int verb)
    {
        var candidates = VerbCandidates(context, verb);
        string? code = candidates.IsEmpty ? null : FirstMatch(context, candidates, verb, [.. OwnClause(context.Syntax, verb, ClauseWords(context.Syntax, verb), forPatterns: true)]).Pattern?.Code;
        return code is "---" ? null : code;
    }

    /// <summary>The verb of a verb's complement clause ("plans to buy", "willing to withdraw", "failed to agree"), or -1.</summary>
    private static int VerbComplement(SentenceSyntax syntax, int verb) =>
        syntax.Children(verb, "xcomp").FirstOrDefault(c => syntax.Words[c].Upos == "VERB", -1);

    /// <summary>Whether the sources are one party (a meeting of one party consults no one).</summary>
    private static bool OneParty(List<ActorMention> sources) => Expand(sources).Select(m => m.Code).Distinct().Count() == 1;

    /// <summary>Verbs of intent, offer and decision whose own dictionary code (030, hope 020) stands for whatever they govern.</summary>
    private static readonly FrozenSet<string> IntentVerbs = FrozenSet.Create("plan", "intend", "prepare", "hope", "want", "wish", "seek", "offer", "vote", "guarantee");

    /// <summary>Verbs of suspicion, whose default code (distrust) needs someone distrusted.</summary>
    private static readonly FrozenSet<string> SuspicionVerbs = FrozenSet.Create("suspect", "distrust", "mistrust");

    /// <summary>Intent verbs whose object, when the dictionary has no pattern for it, is a project, not an act ("plans a stock exchange").</summary>
    private static readonly FrozenSet<string> PlanningVerbs = FrozenSet.Create("plan", "intend", "prepare");

    /// <summary>Intransitive protest verbs: a subject the parser marks passive is still the one protesting.</summary>
    private static readonly FrozenSet<string> ProtestVerbs = FrozenSet.Create("demonstrate", "rally", "march", "riot", "picket");

    /// <summary>Generic nouns of bodies that follow the body's name ("the Islamic Jihad movement").</summary>
    private static readonly FrozenSet<string> BodyNouns = FrozenSet.Create(
        "movement", "group", "organization", "organisation", "faction", "party", "front", "militia", "wing", "alliance", "coalition", "guerrilla", "rebel",
        "team", "mission", "delegation", "panel");

    /// <summary>Meetings whose "with" names the other party ("for talks with Chinese leaders").</summary>
    internal static readonly FrozenSet<string> MeetingNouns = FrozenSet.Create(
        "talk", "talks", "negotiation", "meeting", "consultation", "discussion", "summit", "conference", "session", "gathering");

    /// <summary>Premises of a body, which a name compounded with them owns ("Hamas offices"), as it owns its craft ("United Nations planes").</summary>
    private static readonly FrozenSet<string> PremisesNouns = FrozenSet.Create("office", "headquarters", "compound", "facility", "installation");

    private static bool IsMeansOfABody(string lemma) => ActorResolver.IsCraft(lemma) || PremisesNouns.Contains(lemma);

    /// <summary>Nouns that name a place, which a country's adjective locates ("in Serbian cities", "in the Japanese market").</summary>
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.Create(
        "city", "town", "village", "capital", "province", "region", "area", "territory", "district", "state", "country", "border",
        "coast", "water", "airspace", "port", "camp", "prison", "jail", "zone", "enclave", "countryside", "soil", "side", "part", "north",
        "south", "east", "west", "interior", "embassy", "consulate", "base", "island", "mountain", "hill", "street", "neighborhood",
        "neighbourhood", "suburb", "valley", "desert", "sea", "frontier", "mainland", "heartland", "hinterland", "market");

    /// <summary>Participles that state their subject's stance after "be": "is opposed to", "is committed to", "is determined to".</summary>
    private static readonly FrozenSet<string> StanceParticiples = FrozenSet.Create("oppose", "commit", "dedicate", "determine", "prepare");

    /// <summary>A stance participle with no agent of its own ("Israel is opposed to", not "was opposed by France").</summary>
    private static bool IsStance(SentenceSyntax syntax, int verb) =>
        StanceParticiples.Contains(syntax.Words[verb].Lemma.ToLowerInvariant()) && !syntax.Children(verb).Any(c => syntax.Words[c].Deprel == "obl:agent")
        // ("are all opposed", "committed to opening up": not "troops were committed in Bosnia".)
        && (syntax.Words[verb].Lemma.Equals("oppose", StringComparison.OrdinalIgnoreCase)
            || syntax.Children(verb).Any(c => syntax.Words[c].Deprel is "xcomp" or "advcl" && syntax.Children(c, "mark").Any(m => syntax.Words[m].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase)))
            || syntax.Children(verb, "obl").Any(o => syntax.Children(o, "case").Any(k => syntax.Words[k].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase))));

    /// <summary>Verbs whose "to" clause is their complement even when the parser hangs it as a purpose clause ("threatened on Monday to break").</summary>
    private static readonly FrozenSet<string> InfinitiveTaking = FrozenSet.Create(
        "agree", "offer", "promise", "pledge", "vow", "threaten", "refuse", "decline", "propose", "decide", "vote", "undertake", "consent");

    /// <summary>
    /// The verb's infinitive complement ("agreed to provide", "threatened on Monday to break"), if
    /// any; not a purpose clause ("resigned to allow elections").
    /// </summary>
    private static int? InfinitiveComplement(SentenceSyntax syntax, int verb)
    {
        foreach (int child in syntax.Children(verb))
        {
            var word = syntax.Words[child];
            if (word.Upos == "VERB" && (word.Deprel == "xcomp"
                || (word.Deprel == "advcl" && InfinitiveTaking.Contains(syntax.Words[verb].Lemma.ToLowerInvariant())
                    && syntax.Children(child, "mark").Any(m => syntax.Words[m].Lemma == "to") && !syntax.Children(child).Any(c => SubjectRelations.Contains(syntax.Words[c].Deprel)))))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>CAMEO's refusal (124x, 123) for a yielding act (08x) refused.</summary>
    private static string RefusalToYield(string act) => act switch
    {
        _ when act.StartsWith("081", StringComparison.Ordinal) => "1241",
        _ when act.StartsWith("082", StringComparison.Ordinal) => "1242",
        _ when act.StartsWith("083", StringComparison.Ordinal) => "123",
        _ when act.StartsWith("084", StringComparison.Ordinal) => "1243",
        _ when act.StartsWith("085", StringComparison.Ordinal) => "1244",
        _ when act.StartsWith("086", StringComparison.Ordinal) => "1245",
        _ when act.StartsWith("087", StringComparison.Ordinal) => "1246",
        _ => "124",
    };

    /// <summary>
    /// The CAMEO threat (13) of an act (CAMEO's own pairing: breaking relations 161 → 1313,
    /// sanctions 163 → 1312, a curfew 1723 → 1323, an attack 19 → 1384, …).
    /// </summary>
    private static string ThreatCode(string act) =>
        act.StartsWith("13", StringComparison.Ordinal) ? act
        : act.StartsWith("172", StringComparison.Ordinal) ? "132" + act[3..]
        : ThreatsByAct.FirstOrDefault(pair => act.StartsWith(pair.Act, StringComparison.Ordinal)).Threat ?? "130";

    /// <summary>Act code prefixes and their threats, the more specific prefix first.</summary>
    private static readonly (string Act, string Threat)[] ThreatsByAct =
    [
        ("14", "133"), ("15", "138"), ("160", "131"), ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"),
        ("165", "135"), ("166", "136"), ("17", "137"), ("18", "1383"), ("191", "1381"), ("192", "1382"), ("19", "1384"),
        ("204", "1385"), ("20", "1383"),
    ];

    /// <summary>Verb particles ("hand over", "send back"), under which the parser sometimes hangs the verb's phrase.</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.Create("over", "back", "off", "out", "away", "up", "down", "in", "on");

    /// <summary>Roles of the executive state: when they "protest", it is not against their own government (a parliament's may be).</summary>
    private static readonly FrozenSet<string> StateRoles = FrozenSet.Create("GOV", "MIL", "JUD", "COP", "SPY");

    /// <summary>
    /// People rather than a state: a role that is not the state's, or a nation named by its
    /// people ("Kenyans", "Iraqi Kurds": a plural word where the country's name is not one)
    /// rather than by its name ("China", "the United States").
    /// </summary>
    private static bool IsPeople(SentenceContext context, ActorMention actor)
    {
        if (ActorCode.RoleOf(actor.Code) is string role)
        {
            return !StateRoles.Contains(role);
        }

        // ("Russian jets", "Israeli warships" are a state's arms, not its people; a mention of an
        // earlier sentence, which a pronoun stands for, has its head there.)
        if (actor.Sentence == context.Index && ActorResolver.IsCraft(context.Lemma(actor.Head)))
        {
            return false;
        }

        string text = context.Document[actor.Span].TrimEnd();
        return actor.Plural || (text.EndsWith('s') && !actor.Name.EndsWith('s'));
    }

    /// <summary>
    /// "is willing to withdraw", "is ready to contribute", and "is prepared to impose martial law"
    /// with "prepared" parsed as a passive participle: a stated readiness to act.
    /// </summary>
    private static bool IsReadiness(SentenceContext context, int word)
    {
        var words = context.Syntax.Words;
        return (words[word].Upos == "ADJ" && Readiness.Contains(words[word].Lemma.ToLowerInvariant()))
            || (words[word].Xpos == "VBN" && context.Lemma(word) == "prepare" && context.Syntax.Children(word).Any(c => words[c].Deprel is "aux:pass" or "cop")
                && VerbComplement(context.Syntax, word) >= 0);
    }

    /// <summary>Verbs whose passive takes "with" or "at" for what is done ("threatened with arrest", "estimated at 280,000").</summary>
    private static readonly FrozenSet<string> PassiveWithOrAt = FrozenSet.Create("threaten", "charge", "estimate", "value", "price", "put", "peg", "fix", "arm", "equip", "hit", "target");

    /// <summary>Whether a verb of <see cref="PassiveWithOrAt"/> has its passive's "with" or "at" right after it ("threatened with arrest").</summary>
    private static bool TakesPassiveComplementNext(ImmutableArray<SyntaxWord> words, int verb) =>
        verb + 1 < words.Length && words[verb + 1].Lemma.ToLowerInvariant() is "with" or "at" && PassiveWithOrAt.Contains(words[verb].Lemma.ToLowerInvariant());

    /// <summary>Verbs whose sentence-opening participle is done to the main clause's subject by whoever presses ("Pressed for comment", "Forced to choose").</summary>
    private static readonly FrozenSet<string> PressingVerbs = FrozenSet.Create("press", "force", "compel", "pressure");

    /// <summary>Verbs whose "on", "upon" or "against" phrase names what is still to be done or settled ("insisted on meeting Gorbachev").</summary>
    private static readonly FrozenSet<string> SettlingVerbs = FrozenSet.Create("decide", "agree", "insist", "vote", "settle");

    /// <summary>The prepositions of <see cref="SettlingVerbs"/> that open what is to be done.</summary>
    private static readonly FrozenSet<string> SettlingPrepositions = FrozenSet.Create("on", "upon", "against");

    /// <summary>Adjectives that state a readiness to act: "is willing to withdraw its troops", "is ready to contribute troops".</summary>
    private static readonly FrozenSet<string> Readiness = FrozenSet.Create("willing", "ready", "prepared");

    /// <summary>
    /// "Syria says it is willing to withdraw its troops from Lebanon", "France is ready to
    /// contribute troops to a force in Liberia": a stated readiness is an expression of intent
    /// (CAMEO 03: to meet 036, to give aid 033, to yield 035 …, else 030), or for force a threat
    /// (13), by the adjective's subject towards the target of the act it is ready for.
    /// </summary>
    private void CodeReadiness(SentenceContext context, List<EventMention> events)
    {
        var words = context.Syntax.Words;
        for (int a = 0; a < words.Length; a++)
        {
            if (!IsReadiness(context, a) || VerbComplement(context.Syntax, a) is not (>= 0 and int act))
            {
                continue;
            }

            string? actCode = ActCode(context, act);
            string code = actCode is null ? "030"
                : IntentCode(actCode) ?? (string.CompareOrdinal(actCode, "13") >= 0 ? ThreatCode(actCode) : "030");
            var (purpose, purposeCode) = Purpose(context, act);
            if (actCode is not null && actCode.StartsWith("15", StringComparison.Ordinal) && purposeCode is not null
                && string.CompareOrdinal(purposeCode, "09") < 0)
            {
                // "willing to send material to help defend Saudi Arabia", "ready to deploy troops to
                // protect civilians": forces offered for a cooperative purpose are military aid
                // offered (CAMEO 0312), not a threat.
                code = "0312";
            }
            // ("it is willing", with "it" parsed as an expletive, is still the one willing.)
            var sources = Sources(context, a);
            if (sources.Count == 0)
            {
                sources = [.. context.Syntax.Children(a, "expl").SelectMany(context.ActorsWithConjuncts)];
            }

            if (sources.Count == 0)
            {
                continue;
            }

            // With only a bare role to aim at ("contribute troops to a force in Liberia"), the place of the act.
            // ("willing to send troops to defend Saudi Arabia": the troops are sent, Saudi Arabia is aimed at.)
            var targets = Targets(context, act, actCode);
            if (targets.Count == 0 && purpose >= 0)
            {
                // ("willing to send material to help defend Saudi Arabia": whom the purpose is for.)
                targets = Targets(context, purpose, purposeCode);
            }

            if (PlaceTarget(context, act, ClauseWords(context.Syntax, act), code, sources, targets) is { } place)
            {
                targets = [place];
            }

            // ("Reagan officials said the president is ready to fight them all", trade deficits.)
            if (actCode is not null && UnarmedFight(context, act, actCode, sources, targets))
            {
                continue;
            }

            if (actCode is null && targets.Count == 0)
            {
                // "ready to cast a veto", "not prepared to make the quantum leap": readiness for
                // nothing the codebook knows, towards no one, is no event (as an intent, above).
                continue;
            }

            // ("Britain and France would be prepared to consider lower rates": readiness for an act
            // that is no cooperation with anyone pairs the ready with no one, as the act would not.)
            bool cooperative = actCode is null || IntentCode(actCode) is not null || actCode.StartsWith("03", StringComparison.Ordinal);
            Emit(context, events, a, code, "readiness" + (actCode is null ? string.Empty : "+" + actCode), 0.7, sources, targets, mayPair: cooperative);
        }
    }

    /// <summary>The purpose clause of a verb ("to help defend X": defend) with its code, if any; (-1, null) without one.</summary>
    private (int Verb, string? Code) Purpose(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        int clause = syntax.Children(verb).FirstOrDefault(c => syntax.Words[c].Deprel is "advcl" or "xcomp" && syntax.Children(c, "mark").Any(m => context.Lemma(m) == "to"), -1);
        if (clause < 0)
        {
            return (-1, null);
        }

        // ("to help defend": the helped act is the purpose.)
        int purpose = context.Lemma(clause) == "help" && syntax.Children(clause, "xcomp").FirstOrDefault(-1) is int helped and >= 0 ? helped : clause;
        return (purpose, ActCode(context, purpose));
    }

    /// <summary>
    /// The patterns of a verb by its lemma; when the lemmatizer gave a lemma no pattern knows
    /// ("blamed" → "blam"), by the regular English base forms of the word itself (blame, blam,
    /// stop for stopped, deny for denied), so a lemma slip does not lose a coded verb.
    /// </summary>
    private ImmutableArray<EventPattern> VerbCandidates(SentenceContext context, int verb)
    {
        // ("The Asian Development Bank today wound up a three-day meeting": the past of "wind up",
        // no wounding.)
        if (context.Lemma(verb) == "wound" && context.Syntax.Children(verb, "compound:prt").Any(p => context.Lemma(p) == "up"))
        {
            return patterns.ForVerb("wind");
        }

        var byLemma = patterns.ForVerb(context.Lemma(verb));
        if (!byLemma.IsEmpty)
        {
            return byLemma;
        }

        // "co-operate", "re-open": the dictionary spells such verbs without the hyphen.
        if (context.Lemma(verb).Contains('-', StringComparison.Ordinal) && patterns.ForVerb(context.Lemma(verb).Replace("-", string.Empty, StringComparison.Ordinal)) is { IsEmpty: false } unhyphenated)
        {
            return unhyphenated;
        }

        string form = context.Document[context.Syntax.Words[verb].Span].ToLowerInvariant();
        foreach (string suffix in new[] { "ed", "ing", "es", "s" })
        {
            if (!form.EndsWith(suffix, StringComparison.Ordinal) || form.Length < suffix.Length + 3)
            {
                continue;
            }

            string stem = form[..^suffix.Length];
            string[] bases = suffix switch
            {
                "ed" => [stem + "e", stem, stem.EndsWith('i') ? stem[..^1] + "y" : stem, stem[^1] == stem[^2] ? stem[..^1] : stem],
                "ing" => [stem + "e", stem, stem[^1] == stem[^2] ? stem[..^1] : stem],
                "es" => [stem, stem + "e", stem.EndsWith('i') ? stem[..^1] + "y" : stem],
                _ => [stem],
            };
            foreach (string guess in bases.Distinct())
            {
                var found = patterns.ForVerb(guess);
                if (!found.IsEmpty)
                {
                    return found;
                }
            }
        }

        return [];
    }

    /// <summary>
    /// "refused to deploy peacekeepers in Iraq", "threatened to institute a curfew in Algiers",
    /// "arrived in Amman": with no actor (or only a bare role) to aim at, an act falls on the
    /// country where its own clause places it. A bare domestic role keeps its role and takes the
    /// place's country in Emit ("arresting opponents" in Haiti → HTIOPP); a visit is to another
    /// country ("the king arrived in Amman" says nothing of whose king). Appeals, praise and
    /// support, and economic cooperation are not aimed at where they happen ("was applying for
    /// licences in the U.S.", "welcomed by monetary authorities in Washington", "bought coffee in
    /// the London market"), except investing in a country ("invested heavily in the Japanese
    /// equity market").
    /// </summary>
    private static ActorMention? PlaceTarget(SentenceContext context, int verb, List<int> clause, string code, List<ActorMention> sources, List<ActorMention> targets) =>
        targets.All(t => t.Country is null && t.Rule == MentionRule.AgentOnly && !DomesticRoles.Contains(t.Code) && t.Code != "GOV")
            && (PlaceCanBeTarget(code, context.Lemma(verb)) || (code.StartsWith("02", StringComparison.Ordinal) && SeeksRefuge(context, verb))
                || (code.StartsWith("04", StringComparison.Ordinal) && ArrivalVerbs.Contains(context.Lemma(verb))))
            && PlaceOf(context, verb, clause) is { } place
            // ("arrived in Beijing for talks": talks with the hosts; not in a city whose talks are
            // most often an international body's.)
            && !(code.StartsWith("04", StringComparison.Ordinal) && ArrivalVerbs.Contains(context.Lemma(verb)) && InternationalSeats.Contains(context.Document[place.Span]))
            // (An international body's mission goes abroad wherever it goes: "The IMF mission arrived
            // in Lusaka" visits Zambia.)
            && !(code.StartsWith("04", StringComparison.Ordinal) && sources.Any(source => (source.Country is null && !source.Code.StartsWith("IGO", StringComparison.Ordinal)) || source.Country == place.Country))
            // ("West Germany agreed in Paris last month to act together", "Brazil's Funaro heavily
            // criticized the panels in London on Monday": where an agreement, a pledge, a demand, a
            // criticism, a refusal or a threat is made is no party to it; a place in what is agreed
            // or criticised may be, "agreed to postpone the demonstration in Baku".)
            && !(code[..2] is "03" or "10" or "11" or "12" or "13" && context.Syntax.Words[place.Head].Head == verb)
            // ("Sudan imposed a curfew in Khartoum": a country acting in its own territory acts on
            // no other; its own place as target would drop the event as an actor acting on itself.)
            // (Nor, short of force, is its own country for its officials or bodies: "Lebanese President
            // Amin Gemayel has agreed to three key points … in Lebanon", "the SEC secured an order
            // freezing the defendants' assets in the United States". Force in one's own country,
            // "U.S.-backed Contra rebels tried to blow up a pylon near Managua", is force there.)
            && !(sources.Count > 0 && sources.All(source => source.Code == place.Code || (!IsForce(code) && source.Country is not null && source.Country == place.Country)))
            ? place
            : null;

    /// <summary>
    /// The place of a verb's own clause, else of the clause it depends on ("declared a state of
    /// siege in Haiti, … arresting opponents": the arrests are in Haiti too).
    /// </summary>
    private static ActorMention? PlaceOf(SentenceContext context, int verb, List<int> clause)
    {
        var words = context.Syntax.Words;
        if (context.PlaceIn(OwnClause(context.Syntax, verb, clause).Where(w => PlaceOfThisAct(context, w, verb))) is { } own)
        {
            return own;
        }

        int head = words[verb].Head;
        return head >= 0 && words[verb].Deprel is "advcl" or "conj" or "xcomp" && words[head].Upos == "VERB"
            ? context.PlaceIn(OwnClause(context.Syntax, head, ClauseWords(context.Syntax, head).Where(w => w < verb)).Where(w => PlaceOfThisAct(context, w, head)))
            : null;
    }

    /// <summary>
    /// Whether a place word can be where the act of <paramref name="verb"/> happens: not a
    /// modifier naming a thing ("criticising his role in the Iran arms scandal"), nor inside the
    /// phrase of another act below the verb's object ("blame Iran for two missile attacks on
    /// tankers in Kuwaiti waters", "would attend the opening of the talks in London", "the Chernobyl
    /// disaster in the Soviet Union").
    /// </summary>
    private static bool PlaceOfThisAct(SentenceContext context, int word, int verb)
    {
        var words = context.Syntax.Words;
        // (The verb's own object names its act: "approved emergency food aid for drought victims
        // in Ethiopia", "will not attend a meeting … in Nicaragua".)
        // (Nor one inside a participle that describes a noun below the verb: "challenging the
        // constitutionality of the law empowering a prosecutor to investigate … aid to contra
        // rebels in Nicaragua" challenges nothing in Nicaragua.)
        return words[word].Deprel is not ("compound" or "amod")
            && !(words[word].Head >= 0 && PathUp(context.Syntax, words[word].Head, verb)
                .Any(node => (words[node].Upos == "NOUN" && !(words[node].Head == verb && words[node].Deprel == "obj")
                    && (context.NounCode(node) is not null || EventLikeNouns.Contains(context.Lemma(node))))
                    || (words[node].Deprel == "acl" && words[node].Xpos == "VBG")));
    }

    /// <summary>Nouns of happenings no noun pattern codes, whose places are their own ("disaster", "scandal", "gains").</summary>
    private static readonly FrozenSet<string> EventLikeNouns = FrozenSet.Create(StringComparer.Ordinal,
        "disaster", "scandal", "affair", "crisis", "gain", "loss", "opening", "accident", "explosion", "fire", "election", "war");

    /// <summary>
    /// The words of a clause not inside a finite clause of its own within it: "offered concessions
    /// that could lead to an agreement on missiles in Europe", "threatened to stop negotiations if
    /// the United States goes ahead with missiles in Europe" are not aimed at Europe. (Non-finite
    /// complements stay: "threatened to impose a curfew in Algiers", "rejected a call for its
    /// forces to be deployed in East Timor".) With <paramref name="forPatterns"/>, adverbial
    /// clauses and participle clauses modifying a noun count as clauses of their own too
    /// (data/events/FORMAT.md: patterns match in the verb's own clause).
    /// </summary>
    private static IEnumerable<int> OwnClause(SentenceSyntax syntax, int verb, IEnumerable<int> clause, bool forPatterns = false)
    {
        var words = syntax.Words;
        bool HasSubject(int node) => syntax.Children(node).Any(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel is "nsubj:pass" or "csubj:pass");
        var inClause = clause.ToHashSet();
        foreach (int w in inClause.Order())
        {
            // Up from the word to the top of the clause (the verb's own dependents, or those of the
            // noun a lost main verb was hung on). For patterns, a relative clause whose subject is
            // its relative pronoun says what the noun it describes does, and belongs to the act:
            // "wants Congress to approve the project, which would provide $60 billion to Ukraine"
            // (whatever the parse calls that clause); for places it does not ("freed prisoners who
            // had fought in Lebanon" were not freed in Lebanon).
            bool embedded = false;
            for (int node = w, steps = 0; node >= 0 && node != verb && inClause.Contains(node) && steps <= words.Length; node = words[node].Head, steps++)
            {
                bool describesItsNoun = forPatterns && words[node].Deprel is "acl:relcl" or "acl" or "advcl"
                    && syntax.Children(node).Any(c => words[c].Deprel == "nsubj" && words[c].Lemma.ToLowerInvariant() is "which" or "that" or "who");
                embedded |= !describesItsNoun && !CommandedInfinitive(syntax, node, verb)
                    && (words[node].Deprel is "acl:relcl" or "ccomp" or "parataxis"
                        || (words[node].Deprel is "advcl" or "csubj" && HasSubject(node))
                        || (forPatterns && words[node].Deprel is "advcl" or "acl"));
            }

            if (!embedded)
            {
                yield return w;
            }
        }
    }

    /// <summary>
    /// An infinitive the parser hung on an order as a purpose (advcl) after its object: what the
    /// addressee is ordered to do, part of the order's clause as the treebank's xcomp would be
    /// ("ordered the opposition newspaper La Prensa to suspend publication"), where the patterns
    /// of "order" look for it ("order … to leave", "order … to suspend publication"). Only orders:
    /// the patterns of "press" or "urge" name no infinitive and would match inside it ("press Japan
    /// to eliminate quotas on oranges" is no "press on").
    /// </summary>
    private static bool CommandedInfinitive(SentenceSyntax syntax, int node, int verb) =>
        syntax.Words[node].Deprel == "advcl" && syntax.Words[node].Head == verb
        && syntax.Children(node, "mark").Any(m => syntax.Words[m].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase))
        && ((syntax.Words[verb].Lemma.ToLowerInvariant() is "order" or "instruct" or "command" && syntax.Children(verb, "obj").Any(o => o < node))
            // ("FBI officials have refused to confirm whether the probe was related": the parser
            // may take "refused" for a passive and its infinitive for a purpose clause.)
            || (syntax.Words[verb].Lemma.ToLowerInvariant() is "refuse" or "decline" && node == verb + 2 && syntax.Words[verb + 1].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Verbs of arriving somewhere, whose place is the hosts' for the talks or meeting they are for ("arrived in Beijing for talks").</summary>
    private static readonly FrozenSet<string> ArrivalVerbs = FrozenSet.Create(StringComparer.Ordinal, "arrive", "travel", "fly", "come", "go", "head");

    /// <summary>Capitals where talks are as often an international body's as the host's (the EU and NATO, OPEC and the IAEA, the EU's council).</summary>
    private static readonly FrozenSet<string> InternationalSeats = FrozenSet.Create(StringComparer.Ordinal, "Brussels", "Vienna", "Luxembourg");

    /// <summary>"Some 800,000 Iraqi Kurds sought refuge in Germany": asking for refuge or asylum is asking the place that gives it.</summary>
    private static bool SeeksRefuge(SentenceContext context, int verb) =>
        context.Syntax.Children(verb, "obj").Any(o => context.Lemma(o) is "refuge" or "asylum" or "shelter" or "sanctuary");

    /// <summary>
    /// Whether the place of an act can stand for its target: not for statements (01) nor for
    /// meetings, talks and calls (036, 040, 041, 044, 045, 046), whose place is only a venue; a
    /// visit (042, 043) is to its place; a protest (14) is against the place's government, which
    /// <see cref="Emit"/> supplies; appeals (02), praise and support (05) and economic cooperation
    /// (06) happen somewhere without being aimed there, except investing (<paramref name="lemma"/>
    /// "invest": "invested heavily in the Japanese equity market").
    /// </summary>
    private static bool PlaceCanBeTarget(string code, string lemma) =>
        code.Length >= 2 && (code[..2] is not ("01" or "02" or "05" or "06" or "14") || (code[..2] == "06" && lemma == "invest"))
        && !(code.Length >= 3 && code[..3] is "036" or "040" or "041" or "044" or "045" or "046");

    /// <summary>
    /// True when the parser lost the main clause's subject: the parse has no verb at its root and
    /// this past-tense verb, hung as a modifier or a clause complement, is the sentence's first verb; or this finite verb
    /// is the root, the sentence's first verb, and has no subject at all.
    /// </summary>
    private static bool ParseLostMainVerb(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        // "Pakistan today threatened …" parsed with "Pakistan" a compound of "today": a finite
        // main verb with no subject at all lost it to a phrase before it.
        // ("The German government today welcomed the statement" with "welcomed" tagged a
        // participle: at the root, with an object and no auxiliary, it is that finite verb.)
        bool finite = words[verb].Xpos is "VBD" or "VBZ" or "VBP"
            || (words[verb].Xpos == "VBN" && syntax.Children(verb, "obj").Any() && !syntax.Children(verb).Any(c => words[c].Deprel is "aux" or "aux:pass"));
        if (verb == syntax.Root && finite
            && !syntax.Children(verb).Any(c => words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal) || words[c].Deprel.StartsWith("csubj", StringComparison.Ordinal) || words[c].Deprel == "expl")
            && !Enumerable.Range(0, verb).Any(w => words[w].Upos is "VERB" or "AUX"))
        {
            return true;
        }

        // ("A top U.S. official today praised Haiti's efforts" with "official" an adjective at the
        // root and "praised" a participle clause under it: with an object of its own it is the
        // main verb.)
        return syntax.Root >= 0 && words[syntax.Root].Upos is not ("VERB" or "AUX")
            && words[verb].Xpos is "VBD" or "VBN"
            && (words[verb].Deprel is "amod" or "acl" or "conj" or "dep" or "csubj" or "ccomp" || (words[verb].Deprel == "advcl" && syntax.Children(verb, "obj").Any()))
            && !Enumerable.Range(0, verb).Any(w => words[w].Upos is "VERB" or "AUX")
            && !(verb > 0 && words[verb - 1].Upos == "DET");
    }

    /// <summary>True when the only source found is the reporter of the clause, reached through a verb with no subject of its own.</summary>
    private static bool OnlyTheReporter(SentenceContext context, int verb, List<ActorMention> sources) =>
        sources.Count == 1 && !context.Syntax.Children(verb).Any(c => SubjectRelations.Contains(context.Syntax.Words[c].Deprel))
        && Reporter(context, verb) is { } reporter && reporter.Head == sources[0].Head;

    /// <summary>CAMEO roots 15–20: force posture, reduced relations, coercion, assault, fight, mass violence (QuadClass 4).</summary>
    /// <summary>Protest, mobilisation, sanctions, coercion, assault, fight (CAMEO roots 14–20).</summary>
    private static bool IsContentious(string code) => string.CompareOrdinal(code, "14") >= 0 && string.CompareOrdinal(code, "21") < 0;

    /// <summary>Coercion and force (CAMEO roots 17–20).</summary>
    private static bool IsForce(string code) => code.Length >= 2 && code[..2] is "17" or "18" or "19" or "20";

    private static bool IsMaterialConflict(string code) => code.Length >= 2 && code[..2] is "15" or "16" or "17" or "18" or "19" or "20";

    /// <summary>The code of unidentified attackers: CAMEO's unaligned armed forces, with no country until a place gives one.</summary>
    public const string UnidentifiedAttackers = "UAF";

    /// <summary>The rule suffix of an attack given to unidentified attackers.</summary>
    public const string UnattributedRule = "+unattributed";

    /// <summary>Bombs and blasts: weapons whose users news often cannot name.</summary>
    private static readonly FrozenSet<string> BombNouns = FrozenSet.Create(
        "bomb", "bombing", "device", "landmine", "minefield", "grenade", "ied", "car-bomb");

    /// <summary>
    /// Blasts, which are attacks only when named with what made them ("a car bomb explosion", "a
    /// minefield explosion", "a suicide blast"; "a gas explosion" is an accident).
    /// </summary>
    private static readonly FrozenSet<string> BlastNouns = FrozenSet.Create("explosion", "blast");

    private static readonly FrozenSet<string> AttackModifiers = FrozenSet.Create(
        "bomb", "car", "suicide", "roadside", "minefield", "mine", "landmine", "grenade", "rocket", "mortar", "terrorist", "booby-trap");

    /// <summary>
    /// The bomb that did a violent act when no one is named behind it: the subject of an active verb
    /// ("a roadside bombing … killed"), or, in the passive, the agent or the "in" phrase ("killed by
    /// an improvised explosive device", "killed in a car bomb explosion"); not when
    /// the bomb has an owner ("a Hamas bomb", "a bomb planted by rebels"): null then.
    /// </summary>
    private static int? BombWithoutBomber(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        bool passive = syntax.Children(verb).Any(c => words[c].Deprel is "aux:pass" or "nsubj:pass");
        var candidates = passive
            ? syntax.Children(verb).Where(c => words[c].Deprel is "obl:agent" || (words[c].Deprel == "obl" && syntax.Children(c, "case").Any(k => context.Lemma(k) is "in" or "by")))
            : syntax.Children(verb, "nsubj");
        foreach (int c in candidates)
        {
            bool bomb = BombNouns.Contains(context.Lemma(c))
                || (BlastNouns.Contains(context.Lemma(c)) && syntax.Children(c).Any(d => words[d].Deprel is "compound" or "amod" && AttackModifiers.Contains(context.Lemma(d))));
            if (bomb && context.ActorsAt(c).Count == 0
                && !syntax.Children(c).Any(d => words[d].Deprel is "nmod:poss" or "acl" or "acl:relcl" || (words[d].Deprel is "compound" or "amod" && context.ActorsAt(d).Count > 0)))
            {
                return c;
            }
        }

        return null;
    }

    private static bool IsAgentlessPassive(SentenceSyntax syntax, int verb) =>
        syntax.Children(verb).Any(c => syntax.Words[c].Deprel is "nsubj:pass" or "aux:pass") && !syntax.Children(verb, "obl:agent").Any();

    /// <summary>Adjectives of demand in the market's sense ("domestic demand", "aggregate demand").</summary>
    private static readonly FrozenSet<string> MarketAdjectives = FrozenSet.Create(
        "domestic", "internal", "external", "aggregate", "consumer", "world", "global", "overall");

    private void CodeNouns(SentenceContext context, List<EventMention> events)
    {
        var words = context.Syntax.Words;
        for (int n = 0; n < words.Length; n++)
        {
            if (words[n].Upos is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            var candidates = patterns.ForNoun(words[n].Lemma.ToLowerInvariant());
            if (candidates.IsEmpty || context.InsideActorName(n) || context.InsideName(n))
            {
                continue;
            }

            // "its war-battered economy", "the strike-hit port": a noun hyphened to a participle or
            // an adjective is part of a modifier that describes something else, no event of its own.
            if (FirstHalfOfHyphenated(context.Syntax, n) && words[n + 2].Xpos is "VBN" or "JJ" or "VBG")
            {
                continue;
            }

            // "domestic demand grew", "U.S. oil demand", "demand for gilts": demand in the singular
            // without whose demand it is, is the market's, not a political demand ("its demand of a
            // spread", "their demands", "demands by U.S. airlines" are).
            // ("Japan's domestic demand" is the market's whoever owns it.)
            // ("a Soviet demand that Israel withdraw" is political: a that-clause says what is
            // demanded. "South Korean demand for ethylene" is the market's, so an actor's adjective
            // alone does not decide.)
            // ("Japan's demand is increasing": a demand that rises or falls is the market's.)
            // ("U.S. Demand continued": Reuters capitalises after "U.S.", and the tagger reads a name.)
            if (words[n].Lemma.Equals("demand", StringComparison.OrdinalIgnoreCase) && words[n].Xpos is "NN" or "NNP"
                && (context.Syntax.Children(n, "amod").Any(a => MarketAdjectives.Contains(context.Lemma(a)))
                    || (words[n].Deprel == "nsubj" && words[n].Head >= 0 && MarketChangeVerbs.Contains(context.Lemma(words[n].Head)))
                    || !context.Syntax.Children(n).Any(c => words[c].Deprel == "nmod:poss"
                        || (words[c].Deprel is "acl" or "acl:relcl" or "ccomp" && context.Syntax.Children(c).Any(m => context.Lemma(m) == "that")
                            && context.Syntax.Children(c).Any(d => SubjectRelations.Contains(words[d].Deprel) && context.Lemma(d) != "that"))
                        || (words[c].Deprel == "nmod" && context.Syntax.Children(c, "case").Any(k => context.Lemma(k) == "by")))))
            {
                continue;
            }

            // A noun that is the object of a verb which already coded an event is that event.
            int head = words[n].Head;
            if (head >= 0 && words[n].Deprel == "obj" && events.Any(e => e.Trigger == words[head].Span))
            {
                continue;
            }

            // "South Korea had also lowered many of its tariffs", "agreed to scrap the quotas": a
            // measure lowered, removed or eased is being undone, not imposed (the verb's own rows
            // code the easing where they know it: "lift sanctions" 085). Not a request or a threat cut
            // or withdrawn, nor a demand dropped: "slashed Reagan's funding request" — the request was
            // made. Support withdrawn is no support.
            // ("the curfew was lifted": a passive's subject so too.)
            int governor = words[n].Deprel is "obj" or "nsubj:pass" ? head
                : words[n].Deprel == "nmod" && head >= 0 && words[head].Deprel is "obj" or "xcomp" && context.Lemma(head) is "many" or "some" or "all" or "most" or "part" or "half" or "much" or "rest"
                    ? words[head].Head : -1;
            // ("phase out", "roll back" undo; "phase in" does not.)
            bool undone = governor >= 0 && UndoingVerbs.Contains(context.Lemma(governor))
                && (context.Lemma(governor) is not ("phase" or "roll") || context.Syntax.Children(governor, "compound:prt").Any(c => context.Lemma(c) is "out" or "back"));

            // (Not the subject of a noun that is a predicate: "the benchmark price is the ongoing war
            // between Iran and Iraq" is no price war.)
            var modifiers = context.Syntax.Children(n).Where(c => words[c].Deprel is "compound" or "amod" or "nmod:poss"
                || (words[c].Upos == "NOUN" && c < n && !words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal))).ToList();
            var after = Subtree(context.Syntax, n).Where(w => w > n).ToList();
            if (head >= 0 && words[n].Deprel == "obj" && LightVerbs.Contains(context.Lemma(head)))
            {
                // "issued a stern reminder Saturday to Iraq that …", the parse hanging "to Iraq" on
                // the light verb: its obliques after the noun complete the noun's phrase.
                after = [.. after.Concat(context.Syntax.Children(head).Where(c => c > n && words[c].Deprel == "obl").SelectMany(c => Subtree(context.Syntax, c))).Distinct().Order()];
            }

            EventPattern? pattern = null;
            int? targetWord = null;
            foreach (var candidate in candidates)
            {
                if (MatchModifiers(context, candidate, modifiers) && MatchSteps(context, candidate.Steps.Where(s => s.Kind != StepKind.Modifier).ToImmutableArray(), after, out targetWord))
                {
                    pattern = candidate;
                    break;
                }
            }

            if (pattern?.Code is null || (undone && pattern.Code[..2] is not ("01" or "02" or "03" or "04" or "10" or "13")))
            {
                continue;
            }

            var (sources, targets, mutual) = NounParticipants(context, n, speakerMayAct: !IsMaterialConflict(pattern.Code), ofIsPatient: IsForce(pattern.Code));
            if (targetWord is int t)
            {
                targets = context.ActorsAt(t);
            }

            if (sources.Count == 0)
            {
                continue;
            }

            if (pattern.Code is "040" or "046" && targets.Count == 0 && !mutual && OneParty(sources))
            {
                // "the company's annual meeting", "the IMF's interim committee meeting", "the talks
                // could be held within 15 days": one party's meeting or negotiation consults no one,
                // as for the verb (a visit is to a place, a mediation between others: they stay).
                continue;
            }

            if (pattern.Code.StartsWith("07", StringComparison.Ordinal) && targets.Count == 0 && !mutual)
            {
                // "banks are making new loans that fund the interest payments", "Brazil's loans",
                // "a marketing loan": aid (CAMEO 07) goes to someone; a loan or assistance named
                // with no one it goes to is finance, not aid between actors. (Stricter than for
                // verbs, where aid a pattern names, "provide food aid", stays without a recipient:
                // a noun alone says less of who gives.)
                continue;
            }

            Emit(context, events, n, pattern.Code, pattern.Id, 0.75, sources, targets, mutual);
        }
    }

    /// <summary>
    /// Statements whose content is the event: "relations between A and B are excellent" said by A
    /// is praise of B (051); "X poses a challenge/threat", said by S, is S's pessimistic comment on X (012).
    /// </summary>
    private void CodeStatements(SentenceContext context, List<EventMention> events)
    {
        var words = context.Syntax.Words;
        for (int v = 0; v < words.Length; v++)
        {
            if (!SpeechVerbs.Contains(words[v].Lemma) || words[v].Upos != "VERB")
            {
                continue;
            }

            var speakers = Sources(context, v);
            if (speakers.Count == 0)
            {
                continue;
            }

            // The content clause; a clause introduced by "that" is one whatever relation the parse
            // gave it ("said … that while Russia poses …" with "poses" taken for an adverbial clause).
            foreach (int content in context.Syntax.Children(v).Where(c => words[c].Deprel is "ccomp" or "parataxis"
                || (words[c].Deprel == "advcl" && context.Syntax.Children(c, "mark").Any(m => words[m].Lemma.Equals("that", StringComparison.OrdinalIgnoreCase)))))
            {
                // The content clause, and clauses coordinated with or attached to it ("while Russia poses …, China is …").
                // (Not a clause that gives a reason or a concession: "the refinancings would only
                // provide a breathing space, because Yugoslavia has to repay 5.5 billion dlrs"
                // explains; it demands nothing of Yugoslavia.)
                foreach (int clause in new[] { content }.Concat(context.Syntax.Children(content).Where(c => words[c].Deprel is "conj" or "advcl" or "parataxis"
                    && !context.Syntax.Children(c, "mark").Any(m => context.Lemma(m) is "because" or "since" or "as" or "although" or "though" or "given"))))
                {
                    CodeContent(context, events, v, clause, speakers);
                }
            }
        }
    }

    /// <summary>
    /// Whether a speaker is the state, or speaks for it, whose country or government an
    /// obligation is laid on: "He said China must not borrow too much" said by a Chinese official
    /// states a policy, it demands nothing of anyone ("rebels said the government must go" does).
    /// </summary>
    private static bool SpeaksForState(ActorMention speaker, ActorMention addressed) =>
        speaker.Country is not null && speaker.Country == addressed.Country
        && ActorCode.RoleOf(speaker.Code) is null or "GOV" or "MIL"
        && ActorCode.RoleOf(addressed.Code) is null or "GOV";

    /// <summary>
    /// Whether <paramref name="word"/> only modifies the phrase of <paramref name="head"/>, as a possessor or a
    /// noun or adjective before it ("Argentina's" in "Argentina's great efforts", "aircraft" in "a lack of
    /// aircraft imports"), rather than naming it or its members ("the leaders of Iran and Iraq").
    /// </summary>
    private static bool ModifiesPhraseOf(SentenceSyntax syntax, int word, int head) =>
        word >= 0 && word != head && PathUp(syntax, word, head).Any(node => syntax.Words[node].Deprel is "nmod:poss" or "compound" or "amod")
        && PathUp(syntax, word, -1).Contains(head);

    private void CodeContent(SentenceContext context, List<EventMention> events, int speech, int clause, List<ActorMention> speakers)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        int? subject = syntax.Children(clause).Where(c => words[c].Deprel is "nsubj" or "nsubj:pass").Select(c => (int?)c).FirstOrDefault();
        if (subject is not int subj)
        {
            return;
        }

        // Relations between A and B, judged by their adjectives and predicate.
        if (words[subj].Lemma is "relation" or "relationship" or "tie")
        {
            var parties = syntax.Children(subj, "nmod").SelectMany(context.ActorsWithConjuncts).ToList();
            var polarity = Polarity(context, Subtree(syntax, clause));
            if (parties.Count >= 2 && polarity != 0)
            {
                // (Only a party's own voice: an analyst or a professor describing relations,
                // "the close relationship between Nakasone and President Reagan was an important
                // element of Nakasone's power base", supports no one.)
                foreach (var speaker in speakers.Where(sp => ActorCode.RoleOf(sp.Code) is not ("EDU" or "BUS" or "MED")))
                {
                    var others = parties.Where(p => p.Country != speaker.Country).ToList();
                    Emit(context, events, clause, polarity > 0 ? "051" : "012", polarity > 0 ? "statement.relations-positive" : "statement.relations-negative", 0.6, [speaker], others);
                }
            }

            return;
        }

        // "The Bush administration declared that China must drop barriers", "Russia said Sudan
        // must return the helicopter": telling another actor what it must do is a demand (CAMEO
        // 10). Not when speakers speak of themselves ("Pakistan said it must protect its borders").
        // ("Italy would have to abandon its margin", "will have to" forecast what must follow; they demand nothing.)
        // ("Should Britain decide to act, …": "should" before its subject opens a condition.)
        int firstSubject = syntax.Children(clause).Where(c => words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal)).DefaultIfEmpty(int.MaxValue).Min();
        bool obligation = syntax.Children(clause).Any(c => words[c].Deprel == "aux"
                && (context.Lemma(c) == "must" || (context.Lemma(c) == "should" && !(c < firstSubject && firstSubject != int.MaxValue))))
            // ("had to take some action"; not "had in the past used its position … to make
            // borrowings": the "to" follows "have", past adverbs at most.)
            || (syntax.Children(clause).Any(c => words[c].Deprel == "xcomp" && context.Lemma(clause) == "have"
                    && syntax.Children(c, "mark").Any(m => context.Lemma(m) == "to" && m > clause && Enumerable.Range(clause + 1, m - clause - 1).All(b => words[b].Upos == "ADV")))
                // ("China may have to import", "could have to pay": a possible need lays nothing on anyone.)
                && !syntax.Children(clause).Any(c => words[c].Deprel == "aux" && (IntentModals.Contains(context.Lemma(c)) || context.Lemma(c) is "may" or "might" or "could" or "can")));
        // Only an actor that is itself the subject of an active verb is told to act: "Argentina's
        // efforts should be met by a reduction", "Moscow's reforms should result in more trade",
        // "Colombia's past records should be the basis" lay nothing on Argentina, Moscow or Colombia.
        bool active = !syntax.Children(clause).Any(c => words[c].Deprel is "nsubj:pass" or "aux:pass") && words[clause].Upos is not ("NOUN" or "PROPN" or "PRON");
        if (obligation && active && context.ActorsWithConjuncts(subj).Where(a => !a.ModifierOnly && (a.Span.Contains(words[subj].Span) || !ModifiesPhraseOf(syntax, a.Head, subj))).ToList() is { Count: > 0 } addressed)
        {
            // (Not what a company should do: "British Airways should outperform the rest of the
            // stock market" is a market forecast; "commercial banks must provide new money" is a demand.)
            bool forecast = syntax.Children(clause).Any(c => words[c].Deprel == "aux" && context.Lemma(c) == "should");
            // ("France's state-run television channel TF-1 … should achieve a profit of around 25
            // francs per share next year", "the economy should achieve the government's target":
            // what should come out, a result reached, is a forecast of anyone.)
            if (forecast && context.Lemma(clause) is "achieve" or "reach" or "record" or "post" or "show" or "exceed" or "grow" or "rise" or "fall" or "remain" or "stay" or "recover" or "improve" or "benefit")
            {
                return;
            }
            var others = addressed.Where(a => a.Rule != MentionRule.Pronoun && !(forecast && ActorCode.RoleOf(a.Code) == "BUS")
                && !speakers.Any(sp => sp.Code == a.Code || sp.Entity is not null && sp.Entity == a.Entity || SpeaksForState(sp, a))).ToList();
            if (others.Count > 0)
            {
                Emit(context, events, speech, "100", "statement.must", 0.6, speakers, others);
            }
        }

        // X poses a challenge / X is a threat.
        bool threatPredicate = words[clause].Lemma is "challenge" or "threat" or "danger" or "enemy" or "adversary" or "menace" or "risk"
            || (words[clause].Lemma == "pose" && syntax.Children(clause, "obj").Any(o => words[o].Lemma is "challenge" or "threat" or "danger" or "risk"));
        if (threatPredicate)
        {
            var targets = context.ActorsWithConjuncts(subj);
            if (targets.Count > 0)
            {
                Emit(context, events, clause, "012", "statement.poses-threat", 0.6, speakers, targets);
            }
        }
    }

    private static int Polarity(SentenceContext context, IEnumerable<int> words)
    {
        int score = 0;
        foreach (int w in words)
        {
            string lemma = context.Syntax.Words[w].Lemma.ToLowerInvariant();
            score += lemma switch
            {
                "friendly" or "good" or "excellent" or "strong" or "unprecedented" or "close" or "warm" or "best" or "great" or "solid" or "positive" or "cordial" or "fruitful" => 1,
                "bad" or "poor" or "tense" or "strained" or "hostile" or "worst" or "low" or "deteriorate" or "sour" or "frosty" or "negative" => -1,
                _ => 0,
            };
        }

        return Math.Sign(score);
    }

    private void Emit(SentenceContext context, List<EventMention> events, int trigger, string code, string rule, double confidence, List<ActorMention> sources, List<ActorMention> targets, bool mutual = false, bool mayPair = true)
    {
        var words = context.Syntax.Words;
        // A name inside the doer's own phrase is not whom it acts on ("U.S. Navy warships blasted
        // the platform" is not aimed at the Navy).
        targets = [.. targets.Where(t => !sources.Any(s => s.Sentence == t.Sentence && s.Span != t.Span && s.Span.Contains(t.Span)))];
        // "U.S. corn suggests …", "French industrial goods were ill-adapted to demand", "the
        // committees investigating the Iran arms scandal said": a thing named with a country does
        // nothing (it may be what is traded with the country, a target).
        // ("the U.S. imposition of punitive tariffs on Japan threatening to unravel this spirit of
        // cooperation": a measure or a thing that threatens to do harm is a risk, no one's threat.)
        // ("House Democrats have limited their impeachment inquiry to the Ukraine scandal": a
        // country's scandal or affair is no party to what is done about it either.)
        // (A target the act's place gave is left to the place rules.)
        if (!rule.Contains("+place-target", StringComparison.Ordinal))
        {
            targets = [.. targets.Where(t => !(IsCommonNounOfCountry(context, t, trigger) && context.Lemma(t.Head) is "scandal" or "affair"))];
        }

        sources = [.. sources.Where(s => !IsThingOfCountry(context, s, trigger)
            && !(context.Lemma(trigger) == "threaten" && code.StartsWith("13", StringComparison.Ordinal) && IsNounOfCountry(context, s, trigger)
                && context.Lemma(s.Head) is not ("state" or "nation" or "country" or "power" or "ally" or "neighbour" or "neighbor")))];
        // ("a speech carried by Libyan television and monitored by the British Broadcasting
        // Corporation": a broadcaster monitoring broadcasts is how the news was heard, no investigation.)
        if (sources.Count == 0 || (context.Lemma(trigger) == "monitor" && sources.All(s => ActorCode.RoleOf(s.Code) == "MED")))
        {
            return;
        }

        // "Congress is pressing to hold back U.S. funds for the World Bank", "Finance Minister
        // Michael Wilson announced amendments to Canada's revolving standby credit facility",
        // "Gros, after his first meeting with Brazil's bank advisory committee": a common noun
        // that only its country's name or adjective makes an actor is, when the doer is of that
        // country, one of the country's own things or bodies, not the country acted on (another
        // country's may be a target: "curbs on Japanese imports"; the country by name or place
        // stays: "demanded support from the Montenegro Assembly", "martial law in Baghdad").
        // (Countries one state then, two now, are two: "Ukrainian troops attacked Russian positions"
        // in 1990 is SUN on SUN.)
        targets = [.. targets.Where(t => !(IsNounOfCountry(context, t, trigger) && t.CodeBeforeSuccession is null && sources.All(s => ActorCode.CountryOf(s.Code) == t.Code)))];

        // "agreed last autumn to a 12-month assessment of a new generation transport aircraft",
        // "ordered 12 Airbus A310-300 aircraft": aircraft, ships and tanks that are bought, sold,
        // given or agreed on are goods, not the armed forces the dictionary's "aircraft" names in war
        // news ("Russian aircraft struck …", which stays: roots 10–20).
        // (Not an apology for an attack on a frigate, 055, which is owed to the ship's navy.)
        if (code.Length >= 2 && code[..2] is "02" or "03" or "04" or "05" or "06" or "07" or "08" && code != "055")
        {
            targets = [.. targets.Where(t => !(ActorCode.RoleOf(t.Code) == "MIL" && MachineNouns.Contains(context.Lemma(t.Head))))];
        }

        // "EC farm ministers were fighting hard to prevent a deal", "the Wallenberg group fought off a
        // hostile takeover bid", "after battling President Reagan all year, Congress", "its court
        // battles with Pennzoil": fighting and battling by a government, parliament, firm or court
        // against no armed party is a political, legal or business fight. Force needs an armed
        // doer or an armed party fought ("Spanish farmers battled police"), or two peoples or
        // countries ("fighting between Azerbaijanis and Armenians").
        if (!mutual && UnarmedFight(context, trigger, code, sources, targets))
        {
            return;
        }

        // "Harbour workers said they will strike for 24 hours", "workers struck demanding payment of
        // salaries": workers or unions who strike stop work (CAMEO 143), whatever word names them
        // (the dictionary's @labour subjects see only the subject's own words, not "they").
        // ("Rioting workers struck a policeman" hit someone: a stoppage has no object.)
        if (context.Lemma(trigger) == "strike" && words[trigger].Upos == "VERB" && code.StartsWith("19", StringComparison.Ordinal)
            && !context.Syntax.Children(trigger, "obj").Any() && sources.All(s => ActorCode.RoleOf(s.Code) == "LAB"))
        {
            code = "143";
            rule += "+labour";
        }

        var flags = Flags(context, trigger);
        // (Statements, appeals and intents name what is to come; their own time is often the
        // content's: "proposed a preparatory meeting on April 23".)
        // ("The yen rose ahead of talks between Japan and the United States", "withholding judgment
        // until Nakasone's visit", "pending an investigation by the SEC": an act named as what is
        // awaited has not happened yet, as one dated after the story has not.)
        if (!flags.Hypothetical && !flags.Negated && string.CompareOrdinal(code, "04") >= 0
            && (DatedAfterPublication(context, trigger) || (words[trigger].Upos == "NOUN" && IsAwaited(context, trigger))))
        {
            flags = flags with { Hypothetical = true, Intent = true };
        }

        string finalCode = code;
        string finalRule = rule;
        // "would not accept" refuses: it is a rejection that happened, not a negated acceptance
        // (not under a condition: "if they do not accept our conditions" refuses nothing yet).
        // ("has not announced its support": a noun under a negated verb says it has not happened yet.)
        // (Not a bare participle clause: "Shultz's comments, while not explicitly endorsing wheat
        // sales to the USSR" refused nothing; "was not accepting the resolution" refuses.)
        // (Nor what someone is urged not to accept: "urged the court not to allow the Bell companies
        // to offer long distance service" is an appeal; the court refused nothing.)
        if (flags.Attempted && !flags.Negated && !flags.Hypothetical && code == "186" && AttemptVerb(context, trigger) is int attempt and >= 0
            && Flags(context, attempt) is { Negated: false, Hypothetical: false })
        {
            // "Gunmen tried to assassinate the president": CAMEO codes the attempt itself (185),
            // an act that happened, where other acts tried are flagged as attempts (not "did not
            // try", "may try": the trying's own flags).
            finalCode = "185";
            finalRule = rule + "+attempt";
            flags = flags with { Attempted = false };
        }
        else if (flags.Negated && !flags.Conditional && Acceptance.Contains(words[trigger].Lemma) && words[trigger].Upos == "VERB"
            // (Not what a governing word leaves undone, "was expected to assure Chirac that he will
            // not agree", "has been unable to agree a budget", save readiness: "not prepared to accept".)
            && (!flags.Irrealis || (words[trigger].Head is int ready and >= 0 && IsReadiness(context, ready)))
            // ("did not think tax writers would approve a tax" forecasts no approval; it is no refusal.)
            && !(words[trigger].Deprel == "ccomp" && words[trigger].Head >= 0 && IsNegatedBelief(context.Syntax, words[trigger].Head))
            && !(words[trigger].Xpos == "VBG" && !context.Syntax.Children(trigger, "aux").Any()) && !AskedOfAddressee(context, trigger)
            // ("concessions they might not otherwise have agreed to", "would not have accepted": what
            // may not, or would not have, been accepted is a possibility or a counterfactual, no refusal.)
            && !context.Syntax.Children(trigger, "aux").Any(a => context.Lemma(a) is "might" or "may")
            && !(context.Syntax.Children(trigger, "aux").Any(a => context.Lemma(a) == "have") && context.Syntax.Children(trigger, "aux").Any(a => words[a].Xpos == "MD"))
            // ("congressional leaders have not agreed on whether they will seek any tax increase": a
            // question not yet settled is refused by no one.)
            && !context.Syntax.Children(trigger).Any(c => context.Syntax.Children(c).Any(m => words[m].Deprel is "mark" or "advmod" && m < c && IsQuestionWord(context.Lemma(m))))
            && !(trigger + 2 < words.Length && (IsQuestionWord(context.Lemma(trigger + 1))
                || (context.Lemma(trigger + 1) is "on" or "about" or "over" && IsQuestionWord(context.Lemma(trigger + 2))))))
        {
            finalCode = "120";
            finalRule = rule == "negated-acceptance" ? rule : rule + "+negated-acceptance";
            flags = flags with { Negated = false, Hypothetical = false };
        }
        else if (flags.Negated && flags.Intent && !flags.Irrealis && code.StartsWith("08", StringComparison.Ordinal) && StatedByActor(context, trigger, sources)
            && !context.Syntax.Children(trigger).Any(c => words[c].Deprel == "aux" && context.Lemma(c) == "have"))
        {
            // "would not meet their demands", "will not withdraw": a refusal to yield (CAMEO 124),
            // which happened, not a yielding that did not. (Not someone else's forecast, nor "would
            // not have withdrawn without US pressure".)
            finalCode = RefusalToYield(code);
            finalRule = rule + "+refused";
            flags = flags with { Negated = false, Hypothetical = false, Modal = false, Intent = false };
        }
        else if (flags.Intent && !flags.Negated && !flags.Conditional && !flags.Irrealis && IntentCode(code) is string intent && IntentStatedForActor(context, trigger))
        {
            // CAMEO codes stated future cooperation as an expression of intent (03); someone
            // else's forecast of it stays a hypothetical act.
            finalCode = intent;
            finalRule = rule + "+intent";
            flags = flags with { Hypothetical = false };
        }
        else if (flags.Intent && !flags.Negated && !flags.Irrealis && IsContentious(code) && StatedByActor(context, trigger, sources) && !InQuestion(context, trigger))
        {
            // An actor announcing a hostile act of its own ("said they would boycott all contact
            // with the United States", "will blockade Paris unless …") threatens it; someone
            // else's forecast ("analysts said Russia would attack") is not a threat by Russia, nor
            // is a denial or an expectation ("denied it would invade": irrealis).
            finalCode = ThreatCode(code);
            finalRule = rule + "+announced";
            flags = flags with { Hypothetical = false, Modal = false, Conditional = false, Intent = false };
        }
        else if (!flags.Negated && !flags.Conditional && !flags.Irrealis && code.StartsWith("03", StringComparison.Ordinal)
            && IntentStatedForActor(context, trigger)
            && (flags.Intent || (flags.Modal && SpeechVerbOf(context, trigger) is int speech && Subject(context, speech).Any(speaker => sources.Any(s => s.Code == speaker.Code)))))
        {
            // (Only an intent its actor states, or the narration reports as the actor's: "Analysts
            // said Russia would cooperate with China", "traders feel the U.S. would countenance a
            // lower dollar" are forecasts, not Russia's or the United States' intent.)
            // An intent stated with "will" or "would" is itself the event, and so is one with
            // "should" said by one of the actors themselves ("Moscow and Beijing should cultivate a
            // new momentum of cooperation, Xi said"); said by someone else, even of the same
            // country, "must" or "should" is a demand on the actor ("the Red Cross said US forces
            // must ensure security", "rebels said President Kagame must agree").
            flags = flags with { Hypothetical = false };
        }

        var cameo = ontology.Resolve(finalCode, context.Lemma(trigger));
        if (cameo is null)
        {
            return;
        }

        // ("OPEC has scheduled a regular meeting in June", written in April: what is scheduled is
        // dated when it is to happen, as an intent is.)
        // (Not "arranged" or "planned", which may report what was done: "Iran arranged the return of
        // prisoners in December".)
        var (date, expression) = DateOf(context, trigger, future: flags.Intent || context.Lemma(trigger) is "schedule" or "slate");
        var reporter = Reporter(context, trigger);
        var placeMention = context.LocationMention();
        var place = placeMention?.Country;
        // A role with no country of its own ("students", "riot police") belongs to where the sentence happens,
        // unless it travels there: a visitor ("Finance Minister Dilson Funaro attends IMF meetings in
        // Washington") comes from elsewhere.
        // A company is another matter: news names where its deals and plants are ("the company said
        // the contract is for a facility in Grenada", "Esselte's scales in the U.S."), so it takes
        // only a place in its own phrase ("traders in Singapore").
        // A diplomat or envoy is posted abroad: "a western diplomat in Brasilia" is no Brazilian.
        var expanded = Expand(sources).Select(m => m.Country is null && cameo.Base != "042" && IsBareRole(m) && !NamedForeign(context, m) && !(m.Sentence == context.Index && ActorResolver.Envoys.Contains(context.Lemma(m.Head)))
            && (m.Code == "BUS" ? (m.Sentence == context.Index ? context.PlaceIn(OwnLocative(context.Syntax, m.Head))?.Country : null) : place) is string home
            ? m with { Code = home + m.Code, Rule = MentionRule.AgentOfActor } : m).ToList();
        // Else a domestic role ("rebels", "police", "the judge", "opposition leaders") acting on
        // one country's actors is taken to be of that country: rebels fight their own government,
        // police arrest their own citizens. Governments and armies act abroad as often as at home,
        // so they keep no country.
        // (Only a state's own bodies say whose the rebels or police are: "guerrillas attacked U.S.
        // interests", "rebels killed 12 Americans" say nothing of the guerrillas' country.)
        var targetCountries = Expand(targets).Select(t => t.Country).Where(c => c is not null).Distinct().ToList();
        if (targetCountries.Count == 1 && Expand(targets).Any(t => ActorCode.RoleOf(t.Code) is "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "PTY" or "OPP" or "CVL"))
        {
            expanded = [.. expanded.Select(m => m.Country is null && IsBareRole(m) && DomesticRoles.Contains(m.Code) && !NamedForeign(context, m) && !Relational(context, m) ? m with { Code = targetCountries[0] + m.Code, Rule = MentionRule.AgentOfActor } : m)];
        }

        // So does a bare role as target ("Kenyans protested against the government"): the
        // government of the place, else of the source's country.
        // (Not an army: "promised to continue military aid" is no act against one's own forces.)
        // A bare role named with another target of some country belongs to it ("the Sudanese
        // government and the rebels in Darfur must reach an agreement").
        // An army, or a state, using force acts abroad as often as at home: "US troops killed 10
        // civilians", "Israel shelled the rebels" say nothing of whose civilians or rebels
        // ("Spanish farmers battled with police" do say whose police).
        var targetHome = Expand(targets).Select(t => t.Country).FirstOrDefault(c => c is not null);
        var firstSource = expanded.FirstOrDefault();
        bool sourceActsAbroad = firstSource is not null && cameo.Root is "18" or "19" or "20"
            && (ActorCode.RoleOf(firstSource.Code) is "MIL" or "UAF" || (ActorCode.RoleOf(firstSource.Code) is null && !IsPeople(context, firstSource)));
        // ("Argentina accused creditor banks": one's creditors are others'.)
        var expandedTargets = Expand(targets).Select(m => m.Country is null && IsBareRole(m) && (DomesticRoles.Contains(m.Code) || m.Code == "GOV") && !NamedForeign(context, m) && !Relational(context, m)
            && (targetHome ?? place ?? (sourceActsAbroad ? null : firstSource?.Country)) is string home
            ? m with { Code = home + m.Code, Rule = MentionRule.AgentOfActor } : m)
            // "shelled Juba", "jets bombed Beirut": force falls on the city, the country's place,
            // not on the government its capital's name stands for when it speaks.
            .Select(m => m.Rule == MentionRule.Capital && m.Country is string country && cameo.Root is "18" or "19" or "20" ? m with { Code = country, Rule = MentionRule.Country } : m)
            .ToList();
        if (expandedTargets.Count == 0 && cameo.Root == "14" && (place ?? expanded.FirstOrDefault()?.Country) is string protested && expanded.Count > 0
            && IsPeople(context, expanded[0]))
        {
            // A protest with no stated target is against the authorities where it takes place
            // (their government: "Kenyans demonstrated in Nairobi" is KEN → KENGOV, not KEN → KEN,
            // which would be dropped as an actor acting on itself).
            // (The evidence is the place named, when it is the one: else the protesters' own phrase.)
            string authorities = ActorCode.Combine(protested, "GOV");
            expandedTargets = [(placeMention?.Country == protested ? placeMention! : expanded[0]) with { Code = authorities, Name = authorities, Rule = MentionRule.CountryAndAgent }];
            finalRule += "+place-authorities";
        }

        else if (expandedTargets.Count == 0 && cameo.Root is "17" or "18" or "19" or "20" && context.LocationMention(outsideAttribution: true) is { Country: string scene } sceneMention
            && expanded.Count > 0 && !expanded.All(source => source.Code == scene))
        {
            // Force used with no stated victim whose own clause names no place ("shelled villages
            // in Lebanon" parsed without its verb) falls on the country where the sentence puts it.
            expandedTargets = [sceneMention with { Code = scene, Name = scene, Rule = MentionRule.Country }];
            finalRule += "+place-target";
        }

        if (cameo.Code == "150" && expandedTargets.Count == 0 && expanded.Select(e => e.Country).Where(c => c is not null).Distinct().Count() >= 2
            && ontology.Resolve("062") is { } joint)
        {
            // "French and Egyptian warships launched 10 days of war games": forces of several
            // countries in one show of force exercise together, which is military cooperation
            // (CAMEO 062, as PETRARCH codes a "joint exercise"), each side with the other.
            cameo = joint;
            finalRule += "+joint";
            mutual = true;
        }

        if (!mutual && (cameo.Root is "03" or "04" or "06" || cameo.Base is "057" || rule.StartsWith("fail", StringComparison.Ordinal))
            && expanded.Select(e => e.Country).Where(c => c is not null).Distinct().Count() == 2 && expandedTargets.Count > 0
            && expandedTargets.All(t => t.Country is not null && expanded.Any(e => e.Country == t.Country)))
        {
            // "Palestinians and Israelis failed to reach agreement on the fate of Palestinian
            // offices", "Israel and the Soviet Union have agreed to exchange visits": two parties
            // agreeing, negotiating or cooperating (or failing to) whose only target is one of
            // themselves act on each other (the other is a topic, or the parse's confusion).
            mutual = true;
            expandedTargets = [];
        }

        if (!mutual && cameo.Code is "041" or "044" or "046" && expandedTargets.Count > 0
            // (Not with a bare role of no country, "held extensive talks with negotiators": the
            // other side is then no one a dyad can name.)
            && expandedTargets.All(t => t.Country is not null || t.Rule != MentionRule.AgentOnly))
        {
            // "Christopher telephoned Kozyrev", "Fabius held talks with Romania's leaders": a call,
            // a meeting or a negotiation is had by both sides, whoever sought it: each side towards
            // the other ("The United States and Japan held talks with China" pairs neither the
            // United States with Japan nor, being three, makes it multilateral).
            foreach (var source in expanded)
            {
                foreach (var target in expandedTargets.Where(t => t.Code != source.Code))
                {
                    Add(source, target);
                    Add(target, source);
                }
            }

            return;
        }

        // ("Finance Minister Mohammed Ali Abal-Khail and Commerce Minister Suleiman al-Salim will attend
        // the first day": those who attend together go to the meeting, each of them, and meet no one
        // of the others by it; many together attend a multilateral meeting.)
        if (mutual || (mayPair && expandedTargets.Count == 0 && expanded.Count >= 2 && IsReciprocal(cameo) && !HasPartnerNoDictionaryKnows(context, trigger)
            && (context.Lemma(trigger) != "attend" || expanded.DistinctBy(p => p.Code).Count() >= MultilateralParties)))
        {
            // "talks between A and B", "Russia and China agreed": each side towards the other.
            var parties = expanded.Concat(expandedTargets).DistinctBy(p => p.Code).ToList();
            if (parties.Count >= MultilateralParties)
            {
                // "The United States, Japan, West Germany, France, Britain, Italy and Canada agreed at
                // the summit", "regulators from six countries attended": a multilateral act is each
                // party's, aimed at no one of the others (PLOVER's multilateral mode keeps all parties
                // in one event; seven parties pairwise were 42 events of one agreement).
                finalRule += "+multilateral";
                foreach (var a in parties)
                {
                    Add(a, null);
                }

                return;
            }

            foreach (var a in parties)
            {
                foreach (var b in parties.Where(b => b.Code != a.Code))
                {
                    Add(a, b);
                }
            }

            return;
        }

        foreach (var source in expanded)
        {
            // ("A spokesman for Fukushima police told Reuters they had not received any damage
            // reports": a statement whose only target is its speaker itself is still made, with no
            // target. Other acts aimed only at their doer stay out: most come of a misread parse,
            // and the PLOVER set's precision fell from 0.760 to 0.746 with them.)
            if (expandedTargets.Count == 0 || (cameo.Root == "01" && expandedTargets.All(t => t.Code == source.Code)))
            {
                Add(source, null);
            }

            foreach (var target in expandedTargets.Where(t => t.Code != source.Code))
            {
                Add(source, target);
            }
        }

        void Add(ActorMention source, ActorMention? target)
        {
            double sure = confidence * Trust(source) * (target is null ? 0.9 : Trust(target));
            events.Add(new EventMention
            {
                Document = context.Document.Metadata.Id,
                Sentence = context.Index,
                SentenceText = context.Document[context.Document.Sentences[context.Index].Span],
                SentenceSpan = context.Document.Sentences[context.Index].Span,
                Source = source,
                Target = target,
                Event = cameo,
                Date = date,
                DateExpression = expression,
                Trigger = words[trigger].Span,
                TriggerText = context.Document[words[trigger].Span],
                Rule = finalRule,
                Negated = flags.Negated,
                Hypothetical = flags.Hypothetical,
                Attempted = flags.Attempted,
                ReportedBy = reporter,
                Confidence = Math.Round(Math.Clamp(sure, 0, 1), 3),
            });
        }
    }

    /// <summary>
    /// A role its own phrase calls foreign ("signed eight contracts with 15 foreign firms",
    /// "overseas investors"): of some other country than the others named, so it takes none of theirs.
    /// </summary>
    private static bool NamedForeign(SentenceContext context, ActorMention mention) =>
        mention.Sentence == context.Index && !ForeignOffices.Contains(context.Lemma(mention.Head))
            && context.Syntax.Children(mention.Head, "amod").Any(a => context.Lemma(a) is "foreign" or "overseas" or "international" or "multinational" or "outside" or "external"
                && char.IsLower(context.Form(a)[0])); // ("A Foreign Ministry spokesman": a capital names the office)

    /// <summary>Offices named "foreign" for what they deal with, not where they are from ("the Foreign Ministry", "a foreign ministry spokesman").</summary>
    private static readonly FrozenSet<string> ForeignOffices = FrozenSet.Create(StringComparer.Ordinal,
        "ministry", "minister", "office", "secretary", "affair", "service", "department", "committee", "relation", "policy", "desk", "editor");

    /// <summary>A role with no country of its own, named or referred to ("protesters", "them" for the protesters).</summary>
    private static bool IsBareRole(ActorMention mention) =>
        mention.Rule == MentionRule.AgentOnly || (mention.Rule == MentionRule.Pronoun && mention.Antecedents.All(a => a.Rule == MentionRule.AgentOnly));

    /// <summary>
    /// "Brazil and China have pledged to cooperate with the ATPC": a partner named with "with" that
    /// no dictionary knows is the other side, so the parties named together did not act on each other.
    /// Only a name, written with a capital ("the ATPC"): "signed the treaty with great fanfare",
    /// "agreed with reservations" name no partner.
    /// </summary>
    private static bool HasPartnerNoDictionaryKnows(SentenceContext context, int trigger)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        return syntax.Children(trigger, "xcomp").Prepend(trigger).Any(verb => syntax.Children(verb).Any(c => words[c].Deprel is "obl" or "nmod"
            && words[c].Upos is "NOUN" or "PROPN" && char.IsUpper(context.Document[words[c].Span][0])
            && syntax.Children(c, "case").Any(k => context.Lemma(k) == "with") && context.ActorsWithConjuncts(c).Count == 0))
            || syntax.Children(trigger, "nmod").Any(c => syntax.Children(c, "case").Any(k => context.Lemma(k) == "between") && IsUnnamedFirstParty(context, c));
    }

    /// <summary>
    /// A "between" phrase whose first party is a common noun no dictionary knows, joined to named
    /// ones ("between banks and Mexico, Chile, and Venezuela"): the named ones are its counterpart.
    /// </summary>
    private static bool IsUnnamedFirstParty(SentenceContext context, int between)
    {
        var words = context.Syntax.Words;
        return words[between].Upos == "NOUN" && context.ActorsAt(between).Count == 0 && context.Syntax.Children(between, "conj").Any(c => context.ActorsAt(c).Count > 0);
    }

    /// <summary>
    /// Acts that parties named together do with each other when no one else is named: meeting,
    /// negotiating, cooperating, agreeing, signing ("Israel and Syria agreed"); not those each does
    /// on its own ("France, West Germany, Italy, Sweden and the Netherlands were submitting
    /// proposals", "praised the plan", "offered aid", "apologized").
    /// </summary>
    private static bool IsReciprocal(CameoEvent cameo) => cameo.Root is "04" or "06" || cameo.Base is "030" or "031" or "032" or "036" or "037" or "050" or "057";

    /// <summary>How much an actor's resolution is worth: dictionary names most, bare roles least.</summary>
    private static double Trust(ActorMention mention) => mention.Rule switch
    {
        MentionRule.Name or MentionRule.PersonRole or MentionRule.CountryAndAgent => 1.0,
        MentionRule.Country or MentionRule.Capital or MentionRule.AgentOfActor or MentionRule.Apposition or MentionRule.KnownName => 0.95,
        MentionRule.Pair or MentionRule.Repeated => 0.9,
        MentionRule.Pronoun or MentionRule.Dateline or MentionRule.Federal => 0.85,
        _ => 0.7,
    };

    private static List<ActorMention> Expand(List<ActorMention> mentions) =>
        [.. mentions.SelectMany(m => m.Members).DistinctBy(m => (m.Code, m.Head, m.Sentence))];

    /// <summary>The intent code (03x) for stated future cooperation, by CAMEO root.</summary>
    private static string? IntentCode(string code) => code[..2] switch
    {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        _ => null,
    };

    /// <summary>What the event's grammar says about it; <c>Irrealis</c> is the part that comes from a governing word ("denied it would", "plans to", "until").</summary>
    private readonly record struct EventFlags(bool Negated, bool Hypothetical, bool Attempted, bool Modal, bool Conditional, bool Intent = false, bool Irrealis = false);

    /// <summary>
    /// A thing a past act used or sent ("police fired tear gas to disperse them" with the
    /// purpose hung on "gas"): its infinitive is that act's purpose, not a thing's use to come
    /// ("demanded a U.N. presence to protect them" still has not happened).
    /// </summary>
    private static bool UsedFor(SentenceContext context, int noun)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        int head = words[noun].Head;
        bool UsingVerb(int verb) => words[verb].Xpos is "VBD" or "VBN" && UsingVerbs.Contains(context.Lemma(verb));
        return (words[noun].Deprel == "obj" && head >= 0 && UsingVerb(head))
            || syntax.Children(noun).Any(c => words[c].Deprel is "amod" or "acl" && c < noun && words[c].Upos == "VERB" && UsingVerb(c));
    }

    /// <summary>
    /// Verbs of using, sending or holding a thing for a purpose the thing itself carries out
    /// ("fired tear gas to disperse them", "sent troops to protect", "staged a demonstration to protest").
    /// </summary>
    private static readonly FrozenSet<string> UsingVerbs = FrozenSet.Create(
        "use", "fire", "send", "deploy", "dispatch", "employ", "drop", "launch", "stage", "hold", "begin", "start", "mount", "organize", "organise");

    private static EventFlags Flags(SentenceContext context, int trigger)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        // A noun's flags are those of the verb it depends on ("imposed no sanctions", "could launch an
        // attack"), through the first of the nouns it is joined with ("a visit here next week … and a
        // visit to Tokyo by a senior State Department official will likely do nothing").
        int verb = trigger;
        // (Only a subject or an object: "because of the currency situation and the wage negotiations
        // …, the Bundesbank would be" says nothing of the negotiations' reality.)
        if (words[verb].Upos == "NOUN" && words[verb].Deprel == "conj" && words[verb].Head >= 0 && words[words[verb].Head].Upos == "NOUN"
            && words[words[verb].Head].Deprel is "obj" or "nsubj" or "nsubj:pass")
        {
            verb = words[verb].Head;
        }

        while (words[verb].Upos is "NOUN" or "PROPN" && words[verb].Head >= 0 && words[verb].Deprel is "obj" or "nsubj" or "nsubj:pass" or "obl")
        {
            verb = words[verb].Head;
        }

        // A coordinated verb without its own auxiliaries shares its first conjunct's ("should strengthen … and oppose").
        int auxiliaries = verb;
        while (words[auxiliaries].Deprel == "conj" && words[auxiliaries].Head >= 0 && !syntax.Children(auxiliaries).Any(c => words[c].Deprel is "aux" or "nsubj"))
        {
            auxiliaries = words[auxiliaries].Head;
        }

        // ("imposed no sanctions"; "gave no reply": a verb whose object is "no" anything did not do it.)
        // ("neither the U.S. nor the Soviet Union has ratified it": a subject opened by "neither".)
        bool negated = syntax.Children(verb).Any(c => words[c].Deprel == "advmod" && Negations.Contains(words[c].Lemma.ToLowerInvariant()))
            || syntax.Children(verb).Any(c => SubjectRelations.Contains(words[c].Deprel) && syntax.Children(c).Any(p => words[p].Deprel == "cc:preconj" && words[p].Lemma.Equals("neither", StringComparison.OrdinalIgnoreCase)))
            // ("Not the U.S. nor any of the U.S.-backed rebels are preventing civilians from leaving":
            // a subject opened by "not", though not "not only".)
            || syntax.Children(verb).Any(c => SubjectRelations.Contains(words[c].Deprel) && syntax.Children(c).Any(p => p < c && words[p].Deprel is "advmod" or "cc:preconj"
                && words[p].Lemma.Equals("not", StringComparison.OrdinalIgnoreCase) && !(p + 1 < words.Length && context.Lemma(p + 1) is "only" or "just" or "merely" or "simply")))
            // (Also where the parse hung "neither" on the verb: "said neither the United States nor
            // the Soviet Union would occupy new embassies".)
            || syntax.Children(verb).Any(c => c < verb && words[c].Deprel is "mark" or "cc" or "advmod" && words[c].Lemma.Equals("neither", StringComparison.OrdinalIgnoreCase))
            // ("None of the OPEC members has asked for such a meeting": a subject that is none of them.)
            || syntax.Children(verb).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass" && context.Lemma(c) is "none" or "nobody" or "noone"
                && c < verb && Enumerable.Range(c + 1, verb - c - 1).All(b => words[b].Upos != "PUNCT"))
            || (verb != trigger && syntax.Children(trigger).Any(c => words[c].Deprel == "det" && words[c].Lemma.Equals("no", StringComparison.OrdinalIgnoreCase)))
            || (verb == trigger && syntax.Children(verb, "obj").Any(o => syntax.Children(o, "det").Any(d => words[d].Lemma.Equals("no", StringComparison.OrdinalIgnoreCase))))
            // ("announced the plan without consulting the Bundesbank": what is done "without" doing
            // something leaves that undone.)
            || syntax.Children(verb).Any(c => words[c].Deprel is "mark" or "case" && context.Lemma(c) == "without")
            // ("attacked the tanker without warning", "acted without consultation": a noun so too.)
            || (verb != trigger && syntax.Children(trigger).Any(c => words[c].Deprel is "mark" or "case" && context.Lemma(c) == "without"))
            // ("the Saudis buy nothing from Brazil": an object that is nothing.)
            || (verb == trigger && syntax.Children(verb, "obj").Any(o => context.Lemma(o) == "nothing"))
            // ("agreed not to buy any more Bally stock or to try to seek control": a verb joined by
            // "or" to a negated one, with no subject of its own, is negated with it.)
            || (words[verb].Deprel == "conj" && words[verb].Head is int negatedHead and >= 0 && syntax.Children(verb, "cc").Any(c => context.Lemma(c) is "or" or "nor")
                && !syntax.Children(verb).Any(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel == "nsubj:pass")
                && syntax.Children(negatedHead).Any(c => c < negatedHead && words[c].Deprel == "advmod" && Negations.Contains(words[c].Lemma.ToLowerInvariant())))
            // ("they asked for no new money": what is asked for with "no" was not asked for.)
            // (Not "called for no further attacks", an appeal for restraint.)
            || (verb == trigger && context.Lemma(verb) is "ask" or "request"
                && syntax.Children(verb, "obl").Any(o => syntax.Children(o, "case").Any(k => context.Lemma(k) == "for")
                    && syntax.Children(o, "det").Any(d => words[d].Lemma.Equals("no", StringComparison.OrdinalIgnoreCase))));
        // ("Britain ruled out retaliation and sanctions against Japan", "retaliation has been ruled
        // out": an act ruled out did not happen; one not ruled out, or that one refuses to rule
        // out, is only possible.)
        bool possibleNotRuledOut = false;
        int ruledNoun = words[trigger].Deprel == "conj" && words[trigger].Head >= 0 && words[words[trigger].Head].Upos == "NOUN" ? words[trigger].Head : trigger;
        if (verb != trigger && words[ruledNoun].Deprel is "obj" or "nsubj:pass" && words[ruledNoun].Head == verb && RulesOut(context, verb))
        {
            if (RuleOutDenied(context, verb))
            {
                negated = false;
                possibleNotRuledOut = true;
            }
            else
            {
                negated = true;
            }
        }
        // ("an Iranian blockade of the Strait of Hormuz was unlikely": an act said to be likely or
        // not has not happened.)
        bool irrealisByPredicate = verb != trigger && (LikelihoodAdjectives.Contains(context.Lemma(verb))
            // ("The trip is set for April 6-8", "the visit was scheduled for next week", "talks are due
            // to start": an act whose subject is set, scheduled or due is still to come.)
            // (Passive or a predicate only: "The Israeli raid set fire to the camp", "the accord
            // proposes a ceasefire" are acts; "the bombing was planned by Libyan agents" was carried out.)
            || (words[trigger].Head == verb && context.Lemma(verb) is "set" or "schedule" or "slate" or "plan" or "due" or "expect" or "propose"
                && (words[trigger].Deprel == "nsubj:pass" || (words[trigger].Deprel == "nsubj" && words[verb].Upos == "ADJ"))
                && !syntax.Children(verb).Any(c => words[c].Deprel is "compound:prt" or "obl:agent"))
            // ("a visit to Moscow by George Shultz was under consideration", "sanctions were being
            // discussed": an act still weighed has not happened. Not one judged: "the raid was
            // considered a success".)
            || (words[trigger].Head == verb && IsStillWeighed(context, verb, words[trigger].Deprel)));
        bool modal = HasModal(syntax, verb) || HasModal(syntax, auxiliaries);
        bool conditional = false, attempted = false;
        // ("Is the United States ready to supply this?" he said: a question asks; it states no act.
        // Not the speech verb that reports it.)
        bool question = !SpeechVerbs.Contains(context.Lemma(trigger))
            && Enumerable.Range(trigger + 1, words.Length - trigger - 1).Select(w => context.Form(w)).FirstOrDefault(f => f is "?" or "." or "!" or ";") == "?";
        bool irrealis = irrealisByPredicate || question || possibleNotRuledOut || syntax.Children(verb).Any(c => words[c].Deprel == "advmod" && AllegingAdverbs.Contains(words[c].Lemma.ToLowerInvariant()))
            // "the planned U.S. tariffs", "possible sanctions", "the upcoming visit", "talks
            // scheduled for Thursday": an act its noun's own modifier puts in the future or in doubt
            // (the object of a verb is done when the verb is: "Israel mounted its long-threatened invasion").
            || (words[trigger].Upos == "NOUN" && !(words[trigger].Deprel == "obj" && words[trigger].Head >= 0 && words[words[trigger].Head].Upos == "VERB")
                && (syntax.Children(trigger).Any(c => words[c].Deprel is "amod" or "acl" && FutureModifiers.Contains(context.Lemma(c)))
                    // ("Two rounds of talks between Reagan and Nakasone, scheduled for Thursday": the
                    // rounds a talk comes in carry its modifiers.)
                    || (words[trigger].Deprel == "nmod" && words[trigger].Head is int rounds and >= 0 && RoundNouns.Contains(context.Lemma(rounds))
                        && !(words[rounds].Deprel == "obj" && words[rounds].Head >= 0 && words[words[rounds].Head].Upos == "VERB")
                        && syntax.Children(trigger, "case").Any(k => context.Lemma(k) == "of")
                        && syntax.Children(rounds).Any(c => words[c].Deprel is "amod" or "acl" && FutureModifiers.Contains(context.Lemma(c))))))
            // "his proposal for an economic summit between Congress and the administration", "a call
            // for talks between China and Taiwan": an act a proposal or request names is not done.
            // (Also where the parse hung the phrase elsewhere but it follows the noun: "on his proposal for
            // an economic summit" with the summit on "officials".)
            || (words[trigger].Upos == "NOUN" && words[trigger].Deprel == "nmod"
                && syntax.Children(trigger, "case").FirstOrDefault(c => context.Lemma(c) is "for" or "of", -1) is int marker and > 0
                && ((words[trigger].Head >= 0 && ProposalNouns.Contains(context.Lemma(words[trigger].Head))) || ProposalNouns.Contains(context.Lemma(marker - 1))))
            // "expects ADB lending to the Philippines to reach the same level", "demanded sanctions
            // against Iraq", "we don't want a trade war": an act named by the object of a verb of
            // wanting, planning or demanding has not happened. (Not of rejecting, whose object is
            // often a request that was made, "rejected the administration's request"; not of
            // "call", which also names, "called the U.S. attacks an escalation"; "agreed a
            // ceasefire", "allowed a visit" report acts.)
            || (verb != trigger && words[trigger].Head == verb && words[trigger].Deprel == "obj" && Irrealis.Contains(context.Lemma(verb))
                && !RealisingObjectVerbs.Contains(context.Lemma(verb)))
            // ("Darman called for a top level negotiation between the White House and Congress",
            // "pressed for talks": what is called, asked or pushed for has not happened.)
            // (Not after an object that is a thing, whose "for" it is: "to seek support for his
            // veto of an 88 billion dlr highway bill".)
            || (verb != trigger && words[trigger].Head == verb && words[trigger].Deprel == "obl" && Irrealis.Contains(context.Lemma(verb))
                && context.Syntax.Children(trigger, "case").Any(c => context.Lemma(c) == "for")
                && !context.Syntax.Children(verb, "obj").Any(o => o < trigger && context.MentionAt(o) is null))
            // ("this could lead to British firms demanding counter-measures", "it would mean
            // Japan buying more": a participle of a noun that a modal verb's object or
            // complement names is what might follow, not what happened.)
            // (So too the participle of any verb's object that is a thing, whose content it tells:
            // "the industry would file a petition challenging Korea's ban of U.S. meat products"
            // has challenged nothing yet; "would reach the rebels fighting the Managua government"
            // tells what the rebels do.)
            || (words[verb].Deprel == "acl" && words[verb].Xpos == "VBG" && words[verb].Head is int named and >= 0
                && words[named].Deprel is "obl" or "obj" && words[named].Head is int consequence and >= 0 && HasModal(syntax, consequence)
                && (ConsequenceVerbs.Contains(context.Lemma(consequence)) || (words[named].Deprel == "obj" && context.MentionAt(named) is null)));
        int node = verb;
        bool clausal = true;
        int cameFrom = -1; // the node the walk came up from
        for (int depth = 0; depth < 12 && node >= 0; depth++)
        {
            var word = words[node];
            if (syntax.Children(node, "mark").Any(m => words[m].Lemma is "if" or "unless" or "whether") || IsOtherCondition(context, node)
                // ("will start trading futures on April 6 if the Commodity Futures Trading Commission
                // approves the contract": the parser may hang the "if" on the clause's subject.)
                || (word.Upos == "VERB" && syntax.Children(node).Any(c => c < node && words[c].Deprel is "nsubj" or "nsubj:pass"
                    && syntax.Children(c, "mark").Any(m => m < c && words[m].Lemma is "if" or "unless"))))
            {
                conditional = true;
            }

            if (TimeStillToCome(context, node))
            {
                irrealis = true;
            }

            // "a proposal … that Congress allow the loan level to be lowered", "demanded that Iraq
            // withdraw": a clause whose verb keeps its base form after a subject of its own, with no
            // auxiliary, is a mandative subjunctive: what is proposed or required, not done.
            if (IsSubjunctive(context, node))
            {
                irrealis = true;
            }

            // "the United States would be importing half of its oil by the 1990s, threatening U.S.
            // national security": a participle clause with no subject or auxiliary of its own is
            // as real as the verb it hangs on. (Not speech, which the parse hangs on the nearest verb
            // but is the speaker's, "said he will veto the bill, citing his commitment"; not under a
            // refusal, "would not identify the companies, saying he was not sure".)
            // ("the Bundesbank should reduce inflationary pressures by cutting the current rate of
            // growth in money supply": the means of what should or would be done is not done either.)
            if (word.Deprel == "advcl" && word.Xpos == "VBG" && word.Head >= 0 && HasModal(syntax, word.Head)
                && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "by") && !syntax.Children(node).Any(c => SubjectRelations.Contains(words[c].Deprel)))
            {
                irrealis = true;
            }

            if (word.Deprel == "advcl" && word.Xpos == "VBG" && word.Head >= 0 && HasModal(syntax, word.Head) && !SpeechVerbs.Contains(context.Lemma(node))
                && !syntax.Children(word.Head).Any(c => (words[c].Deprel == "advmod" && Negations.Contains(words[c].Lemma.ToLowerInvariant())) || words[c].Deprel == "cc:preconj")
                && !syntax.Children(node).Any(c => words[c].Deprel is "aux" or "nsubj" or "nsubj:pass" or "mark"))
            {
                irrealis = true;
            }

            // "Instead of proposing an end to farm subsidies, he said", "Rather than attacking Iraq,
            // Iran sent troops to the border": what is done instead of is not done.
            if (word.Upos == "VERB" && syntax.Children(node).Any(m => words[m].Deprel is "mark" or "cc" && m < node && context.Lemma(m) is "instead" or "rather"
                && syntax.Children(m, "fixed").Any(f => context.Lemma(f) is "of" or "than")))
            {
                negated = true;
            }

            // "Both sides are now moving towards starting discussions": what one moves or works
            // towards has not begun.
            if (word.Xpos == "VBG" && syntax.Children(node).Any(m => words[m].Deprel is "mark" or "case" && context.Lemma(m) is "toward" or "towards"))
            {
                irrealis = true;
            }

            // "the administration had not decided on offering the Soviet Union subsidized wheat",
            // "insisted on meeting Gorbachev", "voted against imposing sanctions": what is decided,
            // agreed, insisted or voted on (or against) is still to be done.
            if (word.Xpos == "VBG" && word.Head >= 0 && SettlingVerbs.Contains(context.Lemma(word.Head))
                && syntax.Children(node).Any(m => words[m].Deprel is "mark" or "case" && m < node && SettlingPrepositions.Contains(context.Lemma(m))))
            {
                irrealis = true;
            }

            // ("decided not to insist on Manila's creditor banks pledging to fund half of the gap":
            // so too a gerund whose subject the parse made the phrase it hangs on.)
            if (word.Xpos == "VBG" && word.Deprel == "acl" && word.Head is int doer and >= 0 && words[doer].Deprel == "obl" && words[doer].Head is int deciding and >= 0
                && SettlingVerbs.Contains(context.Lemma(deciding))
                && syntax.Children(doer).Any(m => words[m].Deprel == "case" && SettlingPrepositions.Contains(context.Lemma(m))))
            {
                irrealis = true;
            }

            // "agreed to formal talks on signing an economic pact with Hungary": what talks are to
            // be on is not done.
            // ("urged speedy action on removing the tariffs": nor is what an object of wanting,
            // urging or seeking is on, wherever the parse hung the gerund.)
            // (Not "for" after an object: "demanded an apology for shelling its border posts" gives
            // the reason, a past act.)
            if (word.Xpos == "VBG" && syntax.Children(node).Any(m => words[m].Deprel is "mark" or "case" && m > 0
                && ((context.Lemma(m) is "on" or "about" or "over" or "for" && MeetingNouns.Contains(context.Lemma(m - 1)))
                    || (context.Lemma(m) is "on" or "about" or "over" && words[m - 1].Upos == "NOUN" && words[m - 1].Deprel == "obj"
                        && words[m - 1].Head is int wanting and >= 0 && Irrealis.Contains(context.Lemma(wanting)) && !RealisingObjectVerbs.Contains(context.Lemma(wanting))))))
            {
                irrealis = true;
            }

            // "Japan would stop selling cut-price chips and try to buy more American chips": a base
            // form (or a present, as the tagger may read it) joined to a verb with a modal, with no
            // subject or auxiliary of its own, shares the modal ("the Interior Ministry should be
            // trained and equipped to fight and counter this militancy": a participle so too; the
            // trigger's own conjuncts are weighed above, and the walk reaches them from a conjunct,
            // never from an infinitive; not an imperative "let me stress").
            if (cameFrom >= 0 && words[cameFrom].Deprel == "xcomp" && syntax.Children(cameFrom, "mark").Any(m => context.Lemma(m) == "to") && word.Deprel == "conj" && word.Xpos is "VB" or "VBP" or "VBN" && context.Lemma(node) != "let" && word.Head >= 0 && HasModal(syntax, word.Head)
                && !syntax.Children(node).Any(c => words[c].Deprel is "aux" or "nsubj" or "nsubj:pass"))
            {
                irrealis = true;
            }

            // "the EC Commission will probably endeavour to release a large tonnage", "Iran perhaps
            // fired the missile": what is only thought probable is not reported as done. (Only an
            // adverb written right before its verb, past auxiliaries: the parser also hangs on a
            // speech verb what qualifies something else, "'Perhaps around 48 cents,' he said".)
            if (syntax.Children(node, "advmod").Any(a => a < node && context.Lemma(a) is "probably" or "possibly" or "perhaps" or "maybe"
                && Enumerable.Range(a + 1, node - a - 1).All(b => words[b].Upos is "AUX" or "PART" or "ADV")))
            {
                irrealis = true;
            }

            // (Only up a chain of verbs: in "the aim is to press for an end to the war" the war is
            // real; and not for the report of the purpose: "'The idea was to suggest …,' Lukman
            // said" was said.)
            clausal &= words[node].Upos == "VERB";
            if (clausal && IsStatedPurpose(context, node) && !SpeechVerbs.Contains(context.Lemma(trigger)))
            {
                irrealis = true;
            }

            // "Some of the rumors in the London markets were that the United States had launched an
            // offshore strike": a clause a rumour, a claim or a plan is (the outer subject of its
            // copula, or that subject's "of" phrase) is not established.
            // (Not "the purpose of the report is to make clear", whose "of" names another thing; nor
            // speech the parse hung there, "The idea was to suggest …, Lukman said".)
            if (syntax.Children(node, "cop").Any() && !SpeechVerbs.Contains(context.Lemma(trigger))
                && syntax.Children(node, "nsubj:outer").Any(outer => IsClaimOrPlan(context, outer)
                    || (words[outer].Upos is "DET" or "PRON" or "NUM" && syntax.Children(outer, "nmod").Any(n => IsClaimOrPlan(context, n) && syntax.Children(n, "case").Any(c => context.Lemma(c) == "of")))))
            {
                irrealis = true;
            }

            int parent = word.Head;
            if (parent < 0)
            {
                break;
            }

            // "demanded a truce before allowing aid convoys to feed civilians": what is to follow a
            // demand or condition has not happened; nor has what help is sought in, "he would seek
            // Syrian help in preventing a total Arab breach with Tehran".
            if ((word.Has("VerbForm=Ger") || (word.Has("VerbForm=Part") && word.Has("Tense=Pres")))
                && syntax.Children(node, "mark").FirstOrDefault(m => context.Lemma(m) is "before" or "in", -1) is int mark and >= 0
                && ConditioningVerbs.Contains(context.Lemma(parent)) && (context.Lemma(mark) == "before" || context.Lemma(parent) is "seek" or "ask"))
            {
                irrealis = true;
            }

            string relation = word.Deprel;
            string governor = words[parent].Lemma.ToLowerInvariant();
            // "talks with the IMF aimed at reaching a final accord", "measures intended to encourage
            // foreign investment", "a visit designed to pave the way": what something was made for
            // has not happened by being aimed at.
            // (Not the reporting verb the parse hung there: "The new measures, they said, are designed to …".)
            // (A past form with no subject is that participle mistagged: "talks with the IMF aimed at".)
            if (relation is "advcl" or "xcomp" or "acl" && governor is "aim" or "design" or "intend" or "mean"
                && (words[parent].Xpos == "VBN" || (words[parent].Xpos == "VBD" && !syntax.Children(parent).Any(c => words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal))))
                && !SpeechVerbs.Contains(context.Lemma(node)))
            {
                irrealis = true;
            }

            // "Britain ruled out retaliating against Japan", "Howard ruled out using powers … to
            // retaliate": what is ruled out, right after "out", is not done; what one refuses or
            // fails to rule out is still possible. (Not an "if" clause or a participle further on:
            // "could not rule out such a meeting altogether, noting the decision is Belgium's".)
            if (relation is "advcl" or "xcomp" && RulesOut(context, parent)
                && syntax.Children(parent, "compound:prt").Any(p => p + 1 == node || syntax.Children(node, "mark").Any(m => m == p + 1 && context.Lemma(m) == "to")))
            {
                if (RuleOutDenied(context, parent))
                {
                    irrealis = true;
                }
                else
                {
                    negated = true;
                }
            }

            // "the contra rebel groups that are fighting to overthrow the Sandinista government",
            // "struggling to reach an accord": what one fights or strives to do is not done by it.
            if (relation == "xcomp" && governor is "fight" or "struggle" or "strive" or "battle" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to"))
            {
                irrealis = true;
            }

            // "Saudi Arabia will succeed in pressuring other members", "would persist in
            // criticising": a gerund with "in" under a verb with a modal is as unrealised as it.
            if (word.Xpos == "VBG" && relation is "advcl" or "xcomp" && syntax.Children(node).Any(m => words[m].Deprel is "mark" or "case" && m < node && context.Lemma(m) == "in")
                && HasModal(syntax, parent))
            {
                irrealis = true;
            }

            // "Iran had the capabilities and means to prevent any interference", the parse hanging the
            // infinitive on "have": what one has the means or the will to do is not done by having them.
            if (relation is "xcomp" or "advcl" && governor == "have" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to")
                && syntax.Children(parent, "obj").Any(o => DispositionNouns.Contains(context.Lemma(o)) || MeansNouns.Contains(context.Lemma(o))))
            {
                irrealis = true;
            }

            // "Iraq has to withdraw its troops", "lawmakers have to examine the findings": what one
            // has to do is an obligation, not yet done (not "had to withdraw", which says it was done).
            if (relation == "xcomp" && governor == "have" && words[parent].Xpos is "VBP" or "VBZ" or "VB" or "VBG"
                && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to") && !syntax.Children(parent).Any(c => words[c].Deprel == "obj"))
            {
                irrealis = true;
            }

            // "the only way out is for Washington to join forces with Moscow", "it is important for
            // Japan to open its markets": an infinitive with its own "for" subject is what should or
            // could be, not what was done.
            // (Passives too, "for the hostages to be released"; not what took time to be done: "it
            // took two weeks for Iraqi troops to recapture Fao".)
            if ((word.Xpos == "VB" || (word.Xpos == "VBN" && syntax.Children(node, "aux:pass").Any()))
                && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "for") && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to")
                && syntax.Children(node).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass") && governor != "take")
            {
                irrealis = true;
            }

            // "Ministry officials said they are wary of giving permission", "France has expressed
            // doubts about removing U.S. missiles from Europe", "concern over lifting the ban": what
            // one is wary of, or doubts and worries are about, is not done, whether the parse hangs
            // the gerund on the word of doubt or on the verb that has it as object.
            if (relation is "advcl" or "acl" && word.Xpos == "VBG" && syntax.Children(node, "mark").Any(m => context.Lemma(m) is "of" or "about" or "over")
                && (Misgivings.Contains(governor) || syntax.Children(parent, "obj").Any(o => Misgivings.Contains(context.Lemma(o)))))
            {
                irrealis = true;
            }

            // "the Japanese were resisting allowing U.S. companies into the computer business",
            // "Brazil has resisted going to the IMF", "refrained from attacking": what one resists or
            // refrains from doing is not done (what one resists, "resist Brazil's demands", was).
            // (Not a participle of manner: "it has resisted pressure …, arguing that …".)
            if ((relation == "xcomp" || (relation == "advcl" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "from")))
                && governor is "resist" or "refrain" && word.Xpos == "VBG")
            {
                irrealis = true;
            }

            // "Israeli leaders who risked damaging the relationship with Washington", the gerund hung as
            // an adverbial clause: what one risks doing may follow, and has not (as a complement,
            // "risked provoking a trade war", it is one of the irrealis verbs' own).
            if (relation == "advcl" && governor == "risk" && word.Xpos == "VBG" && !syntax.Children(node, "mark").Any())
            {
                irrealis = true;
            }

            // "the SEC seemed to have stopped demanding such disclosures", "Iraq ceased attacking":
            // what one stops doing is no longer done (the stopping is its own event).
            // (The parser may hang the gerund as an adverbial clause with no mark.)
            // (Only the act stopped itself: "stopped lifting its entitlement because Libya was
            // insisting on official prices" still insists.)
            if (node == verb && (relation == "xcomp" || (relation == "advcl" && !syntax.Children(node, "mark").Any() && node == parent + 1))
                && governor is "stop" or "cease" or "quit" or "halt" or "discontinue" && word.Xpos == "VBG")
            {
                irrealis = true;
            }

            // ("denied local newspaper reports that China has been seeking to buy steel plants",
            // the reports' clause hung on "denied" as an adverbial one: still the reports' content.)
            if (relation == "advcl" && syntax.Children(node, "mark").FirstOrDefault(m => context.Lemma(m) == "that", -1) is int claimed and > 0
                && words[claimed - 1].Upos == "NOUN" && ClaimNouns.Contains(context.Lemma(claimed - 1)) && words[claimed - 1].Head == parent)
            {
                irrealis = true;
            }

            if (relation is "xcomp" or "ccomp" or "csubj")
            {
                // "did not decide to attack", "did not mean to suggest": what a negated verb governs
                // did not happen (not after verbs that deny their complement themselves, "did not
                // fail to", "did not refuse to", nor after speech: "did not say it had attacked").
                if (relation == "xcomp" && !NegativeImplicatives.Contains(governor) && !SpeechVerbs.Contains(governor) && !RulesOut(context, parent)
                    && syntax.Children(parent).Any(c => words[c].Deprel == "advmod" && Negations.Contains(words[c].Lemma.ToLowerInvariant())))
                {
                    negated = true;
                }

                // "I don't think the Bundesbank would give that up", "we do not believe Japan will
                // retaliate": what one does not think or expect will happen is no act (an
                // infinitive, "do not expect Japan to retaliate", is negated by the rule above).
                if (relation == "ccomp" && IsNegatedBelief(syntax, parent))
                {
                    negated = true;
                }

                // "it was not true that Western states had threatened to withhold aid", "it is
                // untrue that …": what is denied to be true did not happen.
                if (relation == "ccomp" && words[parent].Upos == "ADJ"
                    && ((governor == "true" && syntax.Children(parent).Any(c => words[c].Deprel == "advmod" && Negations.Contains(words[c].Lemma.ToLowerInvariant())))
                        || governor is "untrue" or "false" or "baseless" or "groundless" or "unfounded"))
                {
                    negated = true;
                }

                // ("There were rumors in world oil markets on Tuesday that Iran had fired shells at
                // an oil camp in northern Kuwait", the clause hung on "were": what rumours, reports
                // or fears say is not established.)
                if (relation == "ccomp" && governor == "be" && syntax.Children(parent, "expl").Any()
                    && syntax.Children(parent).Any(c => words[c].Deprel == "nsubj" && IsClaimOrPlan(context, c)))
                {
                    irrealis = true;
                }

                // "are now unable to withdraw this offer": what one cannot do is not done.
                if (relation == "xcomp" && governor is "unable" or "incapable")
                {
                    negated = true;
                }

                // ("Bolivia is to make a formal offer during the next few months to buy back its
                // debt from commercial banks", the infinitive hung on the verb: what an offer, a
                // proposal or a plan made or put forward is to do is not done.)
                if (relation == "xcomp" && word.Xpos == "VB" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to")
                    && governor is "make" or "submit" or "present" or "put" or "table" or "unveil" or "draw"
                    && syntax.Children(parent, "obj").Any(o => o < node && (ProposalNouns.Contains(context.Lemma(o)) || IrrealisNouns.Contains(context.Lemma(o)))))
                {
                    irrealis = true;
                }

                // "there is no evidence to suggest that Russia attacked", "he had no information to
                // suggest the Defence Department had broken off talks": what nothing suggests has not
                // happened (as "there was no sign that …"), whether the parse hangs the clause on
                // "suggest" or on the verb that has the evidence.
                // "rumors circulated through grain markets today that the Soviet Union has
                // purchased an additional 1.5 mln tonnes": what a rumour or report going round says
                // is not established.
                // (Not what a report says: "press reports said Nakasone has said" is reported speech.)
                if (relation == "ccomp" && governor is "circulate" or "persist" or "spread" or "swirl" or "mount" or "grow" or "abound"
                    && syntax.Children(parent).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass" && ClaimNouns.Contains(context.Lemma(c))))
                {
                    irrealis = true;
                }

                if (relation == "ccomp" && NothingSuggests(context, node, parent))
                {
                    irrealis = true;
                }

                // "Oil prices rose on rumors that the United States had launched a strike", "he had no
                // information on rumors that …", the parse hanging the rumour's clause on the verb:
                // a clause right after a rumour, fear or prospect is its content, not established.
                if (relation == "ccomp" && syntax.Children(node, "mark").FirstOrDefault(m => context.Lemma(m) == "that", -1) is int that and > 0
                    && words[that - 1].Upos == "NOUN" && IsClaimOrPlan(context, that - 1)
                    && (words[that - 1].Head == parent || (words[that - 1].Head >= 0 && words[words[that - 1].Head].Head == parent))
                    && !SpeechVerbs.Contains(context.Lemma(node)))
                {
                    irrealis = true;
                }

                // ("it is inconceivable that they injure Canadian corn farmers, Yeutter said", the
                // parse hanging the clause on "said": a "that" clause right after an adjective of
                // likelihood is only possible, wherever it hangs.)
                if (relation == "ccomp" && syntax.Children(node, "mark").FirstOrDefault(m => context.Lemma(m) == "that", -1) is int thatMark and > 0
                    && words[thatMark - 1].Upos == "ADJ" && LikelihoodAdjectives.Contains(context.Lemma(thatMark - 1))
                    && !SpeechVerbs.Contains(context.Lemma(node)))
                {
                    irrealis = true;
                }

                // ("It is hard to see that Japan and Germany are willing or able to loosen fiscal
                // policy", "difficult to believe that …": what is hard to see or believe is doubted.)
                if (relation == "ccomp" && context.Lemma(parent) is "see" or "believe" or "imagine" or "envisage" or "conceive"
                    && syntax.Children(parent, "mark").Any(m => context.Lemma(m) == "to")
                    && words[parent].Head is int judged and >= 0 && context.Lemma(judged) is "hard" or "difficult" or "impossible")
                {
                    irrealis = true;
                }

                if (Attempts.Contains(governor))
                {
                    attempted = true;
                }
                else if ((Irrealis.Contains(governor) && !LikelihoodHungOnSpeech(context, governor, node))
                    // ("it is nearly impossible for the Fed to hit any borrowings target": what is only
                    // possible or likely; not speech the parse hung there, "It was impossible to resolve
                    // the dispute, he was quoted as saying".)
                    || (LikelihoodAdjectives.Contains(governor) && !LikelihoodHungOnSpeech(context, governor, node))
                    // ("The Stock Exchange is virtually certain to agree to change its regulations": a
                    // forecast with "certain" or "sure" and an infinitive; "it is certain that Iran
                    // attacked" asserts the act.)
                    || (relation == "xcomp" && governor is "certain" or "sure" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to")
                        && !(words[parent].Head >= 0 && context.Lemma(words[parent].Head) == "make"))
                    // ("ordered U.S. airlines to inspect their older DC10 jets", "current law requires
                    // USDA to donate": what is ordered or required is not yet done; an ordered strike,
                    // the verb's object, was carried out.)
                    || (relation == "xcomp" && governor is "order" or "instruct" or "direct" or "require")
                    // ("Egypt has been authorized to purchase 125,000 tonnes of U.S. wheat flour", "has
                    // been chosen by British Satellite Broadcasting to negotiate": what one is permitted
                    // or chosen to do is not yet done; "Britain chose to abstain", with no one chosen, did.)
                    || (relation is "xcomp" or "advcl" && PermittingVerbs.Contains(governor)
                        && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to") && syntax.Children(parent).Any(c => words[c].Deprel is "obj" or "nsubj:pass"))
                    // ("The trade bill forces President Reagan to retaliate": what a present "forces"
                    // makes someone do is a requirement; "forced him to resign" was done.)
                    || (relation == "xcomp" && governor is "force" or "compel" or "oblige" && words[parent].Xpos is "VBZ" or "VBP")
                    // ("A French government team has arrived in Antananarivo to negotiate a new credit",
                    // the parse taking the purpose for a complement: what one comes to do is not yet done.)
                    // (Not the future "is going to examine", nor "returned to work", nor "came to agree", which did agree.)
                    || (relation == "xcomp" && governor is "arrive" or "go" or "travel" or "fly" or "head" or "leave"
                        && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to") && word.Upos == "VERB"
                        && words[parent].Xpos != "VBG" && !syntax.Children(parent).Any(c => words[c].Deprel == "compound:prt"))
                    // ("suggested deferring tax cuts", "suggested the government review the ceiling":
                    // what is proposed; not "the purchase suggests that demand is increasing".)
                    || (governor == "suggest" && word.Xpos is "VB" or "VBG" && !syntax.Children(node).Any(c => words[c].Deprel == "aux"))
                    // ("Washington is insisting that the EC comply with the ruling", "urged that Iraq
                    // withdraw": a clause in the subjunctive, a base form with a subject of its own and
                    // no auxiliary, is what is demanded.)
                    // (Urging, demanding, asking, proposing, recommending and requesting are irrealis verbs already.)
                    // ("The U.S. insists the EC complies with the ruling": Reuters' present indicative
                    // after a present "insists" is the same demand; an assertion has an auxiliary or a
                    // past, "insists it has not violated", "insisted it complied".)
                    || (relation == "ccomp" && governor is "insist" or "require"
                        && (word.Xpos == "VB" || (word.Xpos is "VBZ" && words[parent].Xpos is "VBZ" or "VBP")) && !syntax.Children(node).Any(c => words[c].Deprel is "aux" or "aux:pass")
                        && syntax.Children(node).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass")))
                {
                    irrealis = true;
                }
                else if (SpeechVerbs.Contains(governor) && relation == "ccomp" && OpensOpenQuestion(context, node))
                {
                    irrealis = true; // "declined to say when they would give formal approval", "would not say whether Iran had agreed"
                }
                else if (SpeechVerbs.Contains(governor))
                {
                    break; // reported speech: what was said happened is coded as such
                }
                else if (HasModal(syntax, parent))
                {
                    irrealis = true; // "targeting Taiwan could lead to …"
                }
            }
            else if (IsAllegedAct(context, node))
            {
                irrealis = true;
            }
            else if (relation == "nmod" && words[parent].Upos == "NOUN" && (IrrealisNouns.Contains(governor) || governor == "fear")
                && syntax.Children(node, "case").Any(c => context.Lemma(c) == "of"))
            {
                irrealis = true; // "fears of a trade war", "the risk of an attack": not (yet) happened
            }
            else if (relation == "nmod" && words[parent].Upos == "NOUN" && PathNouns.Contains(governor)
                && syntax.Children(node, "case").Any(c => context.Lemma(c) is "for" or "to" or "toward" or "towards"))
            {
                irrealis = true; // "would open the way for summit talks", "laid the groundwork for a visit": what the way leads to has not happened
            }
            else if (relation is "acl" or "acl:relcl" or "ccomp" && words[parent].Upos == "NOUN"
                && ((governor is "condition" or "proviso" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "that"))
                    || (EvidenceNouns.Contains(governor) && (syntax.Children(parent, "det").Any(d => context.Lemma(d) == "no")
                        // ("Britain still needs clear evidence that the Syrians have renounced state-sponsored
                        // terrorism": evidence needed, sought or awaited is not at hand.)
                        || (words[parent].Deprel == "obj" && words[parent].Head >= 0 && context.Lemma(words[parent].Head) is "need" or "want" or "require" or "demand" or "seek" or "await" or "lack")
                        // ("this was not an indication that the United States was retaliating": a
                        // predicate noun of evidence, negated; not the sentence's "said" hung there.)
                        || (syntax.Children(parent).Any(c => words[c].Deprel == "cop") && !SpeechVerbs.Contains(context.Lemma(node))
                            && syntax.Children(parent).Any(c => words[c].Deprel == "advmod" && Negations.Contains(words[c].Lemma.ToLowerInvariant())))))))
            {
                // "a moratorium declared on condition that Iran stop attacking" (not "working
                // conditions agreed by employers and unions"), "there was no
                // indication the government would meet the conditions", "there is no way the
                // Germans will agree": what a condition asks or what there is no sign of has not
                // happened ("there is no doubt that …" asserts it, so not "doubt").
                irrealis = true;
            }
            else if (relation == "advcl" && word.Xpos == "VBG" && governor is "warn" or "caution" or "advise" or "counsel"
                && syntax.Children(node).Any(c => words[c].Deprel is "mark" or "case" && context.Lemma(c) == "against"))
            {
                irrealis = true; // "warned Tehran against using the missiles": what is warned against has not happened
            }
            else if (relation is "advcl" or "acl" or "obl" && governor == "short" && words[parent].Head >= 0
                && words[words[parent].Head].Lemma.ToLowerInvariant() is "stop" or "fall" or "come"
                && syntax.Children(node).Any(c => words[c].Deprel is "mark" or "case" && context.Lemma(c) == "of"))
            {
                negated = true; // "stopped short of endorsing the accusations": did not endorse them
            }
            else if (relation is "advcl" or "acl" && word.Xpos == "VBG" && PreventingVerbs.Contains(governor)
                && syntax.Children(node).Any(c => words[c].Deprel is "mark" or "case" && context.Lemma(c) == "from"))
            {
                irrealis = true; // "barred NSC staff from conducting covert operations": what is prevented is not done
            }
            else if (relation is "acl" or "acl:relcl" && words[parent].Upos == "PROPN" && ContentOfAuthoredClaim(context, node, parent))
            {
                irrealis = true; // "an allegation by the Liberian Peace Council that the NPFL had taken over the city"
            }
            else if ((relation is "acl" || (relation is "acl:relcl" && (syntax.Children(node, "mark").Any() || ThatAsFillerOfFullClause(context, node)))) && words[parent].Upos == "NOUN")
            {
                // ("its call that Egypt release the journalists" with the content clause parsed as a
                // relative clause that has a mark: still the call's content.)
                // ("union demands already rejected by the government": a participle describing the
                // noun says what was done to it, not what is asked, tried or decided.)
                bool describesTheNoun = relation == "acl" && word.Xpos == "VBN" && !syntax.Children(node, "mark").Any();
                if (!describesTheNoun && AttemptNouns.Contains(governor))
                {
                    attempted = true;
                }
                else if (!describesTheNoun && (IrrealisNouns.Contains(governor) || (relation == "acl" && DispositionNouns.Contains(governor))
                    // ("OPEC would have difficulty agreeing on production": what one has trouble doing
                    // may not get done; not "difficulties in negotiating", met in doing it.)
                    || (relation == "acl" && governor is "difficulty" or "trouble" && word.Xpos == "VBG" && !syntax.Children(node, "mark").Any()
                        && words[parent].Deprel == "obj" && words[parent].Head >= 0 && context.Lemma(words[parent].Head) is "have" or "find" or "face" or "experience")
                    // ("the bill would reduce the threshold for notifying the Securities and Exchange
                    // Commission", "rules for importing beef": what a rule or a means is for is a
                    // kind of act, none done; not "sanctions for invading", "praise for helping".)
                    || (relation == "acl" && word.Xpos == "VBG" && ProvisionNouns.Contains(governor) && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "for"))
                    || (ClaimNouns.Contains(governor) && syntax.Children(node).Any(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel == "nsubj:pass"))))
                {
                    irrealis = true;
                }
                else if (relation == "acl" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to")
                    && !syntax.Children(parent).Any(c => words[c].Deprel is "amod" or "advmod" && words[c].Lemma.ToLowerInvariant() is "first" or "last" or "only" or "second")
                    && !UsedFor(context, parent) && governor != "decision")
                {
                    // "demanding a U.N. presence to protect them", "a force to keep the peace":
                    // an infinitive that says what a thing is for has not happened ("the first
                    // country to recognize Kosovo" did recognize it, and "his decision to invade
                    // Ukraine in 2022" reports the act).
                    irrealis = true;
                }
                else if (!describesTheNoun && relation == "acl" && governor == "decision" && words[parent].Deprel == "obj" && words[parent].Head is int announcing and >= 0 && words[announcing].Upos == "VERB"
                    && (HasModal(syntax, announcing) || Arranged(context, announcing)))
                {
                    // "Reagan today is to announce a decision on tariffs to retaliate for …": a
                    // decision still to be made or announced has not been carried out (not one that
                    // will have effects: "the SEC's decision granting privileges will allow").
                    irrealis = true;
                }
            }
            else if (relation == "advcl" && word.Upos == "VERB" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "to") && !syntax.Children(node).Any(c => SubjectRelations.Contains(words[c].Deprel)))
            {
                // A purpose ("resigned to allow elections", "offered troops to help him oust
                // Aoun") is what the actor meant to bring about, not something that happened.
                irrealis = true;
            }
            else if (relation == "advcl" && word.Xpos == "VBG" && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "for")
                && syntax.Children(parent, "obj").Any(o => o < node && ProvisionNouns.Contains(context.Lemma(o))))
            {
                // ("the two countries must find better mechanisms for resolving their trade
                // disputes": what a means is for, with the gerund hung on the verb, as above.)
                irrealis = true;
            }
            else if (relation == "advcl" && word.Xpos == "VB" && Irrealis.Contains(governor))
            {
                // "the UK is pushing hard for the US support its debt relief plan": a bare verb
                // under pushing, asking or wanting is what is wanted, not what was done.
                irrealis = true;
            }
            else if (relation is "obl" or "nmod" && node == trigger && word.Upos == "NOUN" && WillBeDone(syntax, parent)
                && syntax.Children(node, "case").Any(c => context.Lemma(c) is "during" or "at" or "after"))
            {
                // ("Howard, who leaves for Japan tomorrow, told Reuters he will try to promote
                // understanding on trade issues during his visit": an act named as the time or
                // place of what will be done is still to come.)
                irrealis = true;
                break;
            }
            else if (relation is not ("conj" or "advcl"))
            {
                // ("would fail to stop the dollar's decline unless the U.S. and Japan make progress
                // in resolving trade friction": what a conditional clause's object names is as
                // conditional as the clause.)
                if (relation == "obj" && words[parent].Upos == "VERB" && syntax.Children(parent, "mark").Any(m => words[m].Lemma is "if" or "unless"))
                {
                    conditional = true;
                }

                break;
            }

            cameFrom = node;
            node = parent;
        }

        // ("is to visit", "Japan to press Indonesia": a future arranged or announced is an intent,
        // coded as one where CAMEO has an intent code, and otherwise not (yet) done.)
        bool arranged = Arranged(context, verb) || Arranged(context, auxiliaries);
        bool intent = HasModal(syntax, verb, IntentModals) || HasModal(syntax, auxiliaries, IntentModals) || arranged;
        modal |= arranged;
        return new EventFlags(negated, modal || conditional || irrealis, attempted, modal, conditional, intent, irrealis);
    }

    /// <summary>
    /// "withholding aid until an elected government takes over", "will sign the agreement when he
    /// visits New York": a clause in the present after "until", "once", "before", "when" or "after"
    /// tells a time still to come. After "before" only a finite present or a clause before a future
    /// act; after "when" and "after" only a finite present in an adverbial clause: "after meeting
    /// Baker" is past; "at a time when Britain is threatening" is now.
    /// </summary>
    private static bool TimeStillToCome(SentenceContext context, int node)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        var auxiliaries = syntax.Children(node).Where(c => words[c].Deprel is "aux" or "aux:pass").ToList();
        // ("as soon as Zambia reaches an agreement": the clause hangs on "soon", marked by "as".)
        bool assoonas = words[node].Deprel == "advcl" && words[node].Head >= 0 && context.Lemma(words[node].Head) == "soon"
            && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "as");
        if ((words[node].Has("Tense=Pres") || auxiliaries.Any(c => words[c].Has("Tense=Pres")))
            && (assoonas || syntax.Children(node, "mark").Any(m => context.Lemma(m) is "until" or "till" or "once")))
        {
            return true;
        }

        // "Britain would put eight mln stg into the auction as soon as Zambia reached a full
        // agreement with the IMF", "would lift the ban once Tokyo opened its market": a past tense
        // after such a word, under a clause of what would be done, is a time still to come seen
        // from the past.
        int governor = assoonas ? words[words[node].Head].Head : words[node].Head;
        if (words[node].Deprel == "advcl" && words[node].Xpos == "VBD" && governor >= 0 && HasModal(syntax, governor, IntentModals)
            && (assoonas || syntax.Children(node, "mark").Any(m => context.Lemma(m) is "until" or "till" or "once")))
        {
            return true;
        }

        // ("gives the company five days to come to an agreement before workers go on strike", "told
        // journalists before he attends next week's meeting", "no decisions would be made before he
        // had held talks": before a present or before a future act; not "before meeting with House
        // Republicans", which in a report of the past followed.)
        bool finitePresent = words[node].Xpos is "VBZ" or "VBP" || auxiliaries.Any(c => words[c].Xpos is "VBZ" or "VBP");
        if (syntax.Children(node, "mark").Any(m => context.Lemma(m) == "before")
            && (finitePresent || (words[node].Deprel == "advcl" && words[node].Head >= 0 && HasModal(syntax, words[node].Head))))
        {
            return true;
        }

        // ("Funaro would leave early tomorrow morning for Zurich after meeting Stoltenberg this
        // evening": a gerund after "after" under what will or would be done is still to come.)
        if (words[node].Deprel == "advcl" && words[node].Xpos == "VBG" && words[node].Head >= 0 && HasModal(syntax, words[node].Head, IntentModals)
            && syntax.Children(node, "mark").Any(m => context.Lemma(m) == "after") && !syntax.Children(node).Any(c => SubjectRelations.Contains(words[c].Deprel)))
        {
            return true;
        }

        return words[node].Deprel == "advcl" && finitePresent
            && syntax.Children(node).Any(m => (words[m].Deprel == "mark" || (words[m].Deprel == "advmod" && words[m].Xpos == "WRB"))
                && context.Lemma(m) is "when" or "after" && !(m > 0 && TimeNouns.Contains(context.Lemma(m - 1))));
    }

    /// <summary>
    /// Whether a word belongs to a clause of what will or would be done: its verb, found up through
    /// nouns, objects and infinitives ("will try to promote understanding on trade issues"), has
    /// "will" or "would".
    /// </summary>
    private static bool WillBeDone(SentenceSyntax syntax, int word)
    {
        var words = syntax.Words;
        for (int node = word, steps = 0; node >= 0 && steps < 6; node = words[node].Head, steps++)
        {
            if (words[node].Upos == "VERB" && HasModal(syntax, node, IntentModals))
            {
                return true;
            }

            if (words[node].Deprel is not ("obl" or "nmod" or "obj" or "xcomp" or "amod" or "compound"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Nouns a relative "when" follows ("a time when", "the day when").</summary>
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.Create(StringComparer.Ordinal,
        "time", "moment", "period", "day", "week", "month", "year", "era", "point");

    /// <summary>
    /// Whether a time is followed by the "when" of the trigger's clause, which it dates ("since
    /// August 1984 when the Finance Ministry took over the bank"; also after a comma: "before April
    /// 19, when Shintaro Abe visits Washington"), wherever the parse hung the clause.
    /// </summary>
    private static bool OpensWhenClauseOf(SentenceContext context, TimeExpression time, int trigger)
    {
        var words = context.Syntax.Words;
        int when = time.EndToken < words.Length - 1 && context.Form(time.EndToken) == "," ? time.EndToken + 1 : time.EndToken;
        return when < words.Length && context.Lemma(when) == "when" && words[when].Head == trigger;
    }

    /// <summary>
    /// An act whose own time expression starts after the publication date has not happened yet:
    /// it is planned, like one stated with "will" ("the prime minister's visit to Washington
    /// starting next Wednesday", "Xi visits Moscow next week" in a story of February 8). Only a
    /// time on the act itself counts, not one elsewhere in the sentence, and not the dateline's
    /// day ("TOKYO, March 27 -"), when the story was filed, often a day past the feed's date.
    /// </summary>
    private static bool DatedAfterPublication(SentenceContext context, int trigger)
    {
        if (context.Document.Metadata.Published is not DateOnly published)
        {
            return false;
        }

        var syntax = context.Syntax;
        var words = syntax.Words;
        // (A verb in a past or perfect tense is done; a later time on it is a misparse of its
        // object's: "has cancelled a trip tomorrow to the U.S." A passive participle is not past:
        // "is to be signed on March 3".)
        if (words[trigger].Xpos == "VBD" || syntax.Children(trigger).Any(c => words[c].Deprel == "aux" && words[c].Lemma == "have"))
        {
            return false;
        }

        int? dateline = null;
        foreach (var time in context.Times)
        {
            // (A date of the coming quarter without its year is still to come, as DateOf reads it.)
            var when = Coming(context, time, trigger) is { } soon ? soon : time.Date;
            // ("Funaro, who travels to Italy this evening": later the same day, told in the present,
            // is still to come.)
            bool laterToday = when is { } today && today.Start == published
                && context.Document[time.Span].ToLowerInvariant() is "tonight" or "this evening" or "this afternoon"
                && (words[trigger].Xpos is "VBZ" or "VBP" || syntax.Children(trigger).Any(c => words[c].Deprel == "aux" && words[c].Xpos is "VBZ" or "VBP"));
            if (when is not { } date || (date.Start <= published && !laterToday))
            {
                continue;
            }

            int head = TimeHead(words, time);

            // The act's own time: on its word, on a noun's own participle ("the visit to Washington
            // starting next Wednesday"), or on the verb a noun is the subject of ("the trip is set
            // for April 6"); not one deeper in a phrase ("a eurobond due April 27, 1992", "the
            // original July 1 deadline"), nor a limit ("until June 1988", "by the November 15
            // effective date", "before the deadline").
            int parent = words[head].Head;
            bool own = parent == trigger
                || (parent >= 0 && words[trigger].Upos == "NOUN"
                    && ((words[parent].Head == trigger && words[parent].Deprel == "acl")
                        || (parent == words[trigger].Head && words[trigger].Deprel is "nsubj" or "nsubj:pass")));
            if (OpensWhenClauseOf(context, time, trigger))
            {
                // ("before April 19, when Abe visits Washington": the clause's own time, whatever
                // limit the time sets on the clause above.)
                own = true;
            }
            else if (!own || syntax.Children(head, "case").Any(c => context.Lemma(c) is "until" or "till" or "by" or "before" or "through" or "since" or "ahead"))
            {
                continue;
            }

            // (Only a story's first sentence opens with its dateline.)
            dateline ??= context.Index == 0 ? DatelineParsing.PrefixLength([.. words.Take(20).Select(w => context.Document[w.Span])]) : 0;
            if (time.FirstToken >= dateline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A "that" clause the parser hung on the name in a claim's "by" phrase ("an allegation by the
    /// Liberian Peace Council that the NPFL had taken over the city"): the claim's content, which a
    /// name does not take (a relative clause's "that" is its pronoun, not a conjunction).
    /// </summary>
    private static bool ContentOfAuthoredClaim(SentenceContext context, int clause, int name)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        return syntax.Children(clause, "mark").Any(m => words[m].Upos == "SCONJ" && context.Lemma(m) == "that")
            && syntax.Children(name, "case").FirstOrDefault(k => context.Lemma(k) == "by", -1) is int by and > 0
            && words[by - 1].Upos == "NOUN" && IsClaimOrPlan(context, by - 1);
    }

    /// <summary>The verb or noun of trying whose infinitive an act is ("tried to assassinate", "made an attempt to assassinate"), or -1.</summary>
    private static int AttemptVerb(SentenceContext context, int trigger)
    {
        var words = context.Syntax.Words;
        if (words[trigger].Deprel == "acl" && words[trigger].Head >= 0 && AttemptNouns.Contains(context.Lemma(words[trigger].Head)))
        {
            return words[trigger].Head;
        }

        for (int node = trigger, steps = 0; words[node].Deprel == "xcomp" && words[node].Head >= 0 && steps < words.Length; node = words[node].Head, steps++)
        {
            if (Attempts.Contains(context.Lemma(words[node].Head)))
            {
                return words[node].Head;
            }
        }

        return -1;
    }

    /// <summary>
    /// What someone is "suspected of", "accused of", "charged with" doing is alleged, not
    /// established: the accusation is the event, the alleged act is not. The clause hangs on the
    /// accusing verb or, in some parses, on the accused ("accused the West of provoking the war").
    /// </summary>
    private static bool IsAllegedAct(SentenceContext context, int clause)
    {
        var words = context.Syntax.Words;
        int parent = words[clause].Head;
        if (parent < 0 || words[clause].Deprel is not ("advcl" or "acl") || !context.Syntax.Children(clause, "mark").Any(m => context.Lemma(m) is "of" or "with" or "for"))
        {
            return false;
        }

        return (words[clause].Deprel == "advcl" && Allegations.Contains(context.Lemma(parent)))
            || (words[parent].Deprel is "obj" or "iobj" && words[parent].Head >= 0 && Allegations.Contains(context.Lemma(words[parent].Head)));
    }

    /// <summary>
    /// A "relative clause" whose "that" the parse made its object or subject although the clause has
    /// both of its own ("an admission by Moscow that Soviet forces murdered 15,000 officers"): a
    /// content clause, with "that" its conjunction.
    /// </summary>
    private static bool ThatAsFillerOfFullClause(SentenceContext context, int clause)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        var children = syntax.Children(clause).ToList();
        int that = children.FirstOrDefault(c => context.Lemma(c) == "that" && c < clause && words[c].Deprel is "obj" or "nsubj" or "nsubj:pass", -1);
        return that >= 0
            && children.Any(c => c != that && words[c].Deprel is "nsubj" or "nsubj:pass")
            && (words[that].Deprel != "obj" || children.Any(c => c != that && words[c].Deprel == "obj"));
    }

    /// <summary>A noun's content clauses, opened by "that" ("its demand that Israel …"), whatever the parser called them.</summary>
    private static IEnumerable<int> ContentClauses(SentenceContext context, int noun) =>
        context.Syntax.Children(noun).Where(c => context.Syntax.Words[c].Deprel is "acl" or "acl:relcl" or "ccomp" && context.Syntax.Children(c, "mark").Any(m => context.Lemma(m) == "that"));

    /// <summary>Whether a verb is "rule out" (what it takes is refused, not done).</summary>
    private static bool RulesOut(SentenceContext context, int verb) =>
        context.Lemma(verb) == "rule" && context.Syntax.Children(verb, "compound:prt").Any(p => context.Lemma(p) == "out");

    /// <summary>Whether a "rule out" is itself denied ("could not rule out", "refused to rule out"): what it takes stays possible.</summary>
    private static bool RuleOutDenied(SentenceContext context, int ruleOut)
    {
        var words = context.Syntax.Words;
        return context.Syntax.Children(ruleOut).Any(c => words[c].Deprel == "advmod" && Negations.Contains(words[c].Lemma.ToLowerInvariant()))
            || (words[ruleOut].Deprel == "xcomp" && words[ruleOut].Head >= 0 && context.Lemma(words[ruleOut].Head) is "refuse" or "decline" or "fail");
    }

    private static bool HasModal(SentenceSyntax syntax, int verb) => HasModal(syntax, verb, Modals);

    private static bool HasModal(SentenceSyntax syntax, int verb, FrozenSet<string> modals) =>
        syntax.Children(verb).Any(c => syntax.Words[c].Deprel == "aux" && modals.Contains(syntax.Words[c].Lemma.ToLowerInvariant()))
        || syntax.Children(verb).Any(c => syntax.Words[c].Deprel == "aux" && syntax.Words[c].Lemma == "go" && syntax.Children(verb, "mark").Any())
        || GoingToFuture(syntax, verb);

    /// <summary>
    /// "Britain is going to attack Iraq", "it's going to be subverted": the future with "going to",
    /// parsed as treebanks do, the verb an infinitive under "going" and "to" right after it (not
    /// a journey's purpose, "is going to Moscow to meet Gorbachev").
    /// </summary>
    private static bool GoingToFuture(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        int going = words[verb].Head;
        return words[verb].Deprel == "xcomp" && going >= 0 && words[going].Xpos == "VBG" && words[going].Lemma == "go"
            && syntax.Children(going).Any(c => words[c].Deprel == "aux" && words[c].Lemma == "be")
            && syntax.Children(verb, "mark").Any(m => m == going + 1 && words[m].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The speaker when the event is stated inside reported speech.</summary>
    /// <summary>
    /// Whether a future act is stated by its own actor: in the main clause of the sentence, or
    /// reported from a speaker who is one of its sources (or of their country).
    /// </summary>
    private static bool StatedByActor(SentenceContext context, int trigger, List<ActorMention> sources)
    {
        if (SpeechVerbOf(context, trigger) is int speech)
        {
            // (A spokesman of no stated country, "the prime minister said", is taken to be the actor's own.)
            return Subject(context, speech).Any(speaker => (speaker.Country is null && speaker.Rule == MentionRule.AgentOnly)
                || sources.Any(s => s.Code == speaker.Code || (s.Country is not null && s.Country == speaker.Country)));
        }

        // Not inside another verb's content clause ("NATO believes Russia will attack").
        var words = context.Syntax.Words;
        for (int node = trigger; node >= 0 && words[node].Head >= 0; node = words[node].Head)
        {
            if (words[node].Deprel is "ccomp" or "csubj" or "acl" or "acl:relcl")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a stated future ("will", "would") is an intent to report: not a forecast by
    /// analysts, economists or experts ("Analysts said Russia would cooperate with China",
    /// "analyst John Smith said"), nor
    /// what someone believes, expects or hopes ("traders feel the U.S. would countenance a lower
    /// dollar", "expressed optimism that Congress would approve"). Plans reported by sources,
    /// embassies or agencies stay intents ("Jawara will visit Mauritania, diplomatic sources said").
    /// </summary>
    private static bool IntentStatedForActor(SentenceContext context, int trigger)
    {
        var words = context.Syntax.Words;
        if (SpeechVerbOf(context, trigger) is int speech
            && context.Syntax.Children(speech).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass"
                && (Forecasters.Contains(context.Lemma(c)) || context.Syntax.Children(c).Any(k => words[k].Deprel is "compound" or "appos" or "nmod:desc" && Forecasters.Contains(context.Lemma(k))))))
        {
            return false;
        }

        // ("The Soviet Union will likely honor its commitment …, an Agriculture Department official
        // said": a "will" hedged by an adverb of likelihood is a forecast.)
        // (Not inside the subject's stretch: "Officials from Indonesia, Malaysia, Singapore and,
        // perhaps, Thailand will meet" hedges who, not whether.)
        if (context.Syntax.Children(trigger, "advmod").Any(a => HedgingAdverbs.Contains(context.Lemma(a))
            && !context.Syntax.Children(trigger).Where(x => words[x].Deprel is "nsubj" or "nsubj:pass")
                .Select(x => Subtree(context.Syntax, x)).Any(phrase => phrase[0] < a && a < phrase[^1])))
        {
            return false;
        }

        for (int node = trigger, steps = 0; node >= 0 && words[node].Head >= 0 && steps < 12; node = words[node].Head, steps++)
        {
            if (words[node].Deprel is "ccomp" or "csubj" or "acl" or "acl:relcl" or "xcomp" or "advcl" && OpinionWords.Contains(context.Lemma(words[node].Head)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adverbs that make a "will" or "would" a guess at what may happen ("will likely", "would probably").</summary>
    private static readonly FrozenSet<string> HedgingAdverbs = FrozenSet.Create(StringComparer.Ordinal, "likely", "probably", "possibly", "perhaps", "maybe", "presumably");

    /// <summary>
    /// People and studies whose "would" and "will" about others are forecasts ("analysts said",
    /// "the study said liberalized trade would improve"); not traders or bankers, who in the wire's copy report tenders and meetings set
    /// ("Pakistan will hold an import tender tomorrow, traders said").
    /// </summary>
    private static readonly FrozenSet<string> Forecasters = FrozenSet.Create(StringComparer.Ordinal,
        "analyst", "economist", "expert", "observer", "strategist", "forecaster", "commentator", "pundit", "study", "survey", "projection", "model");

    /// <summary>
    /// Words of believing, expecting and hoping, whose clause, however deep, is an opinion about the
    /// future ("feel", "optimism", "likely"; some are irrealis verbs too, which flag only the clause
    /// right under them).
    /// </summary>
    private static readonly FrozenSet<string> OpinionWords = FrozenSet.Create(StringComparer.Ordinal,
        "feel", "believe", "think", "expect", "anticipate", "foresee", "hope", "hopeful", "fear", "predict", "forecast", "doubt", "doubtful", "suspect",
        "guess", "reckon", "assume", "confident", "confidence", "convinced", "optimistic", "optimism", "pessimistic", "pessimism", "certain", "sure",
        "likely", "unlikely", "see", "speculate", "speculation", "bet");

    /// <summary>
    /// Whether a word sits in a clause asked about ("asked by reporters whether Japan would
    /// retaliate"): a question states no intent, so it makes no threat.
    /// </summary>
    private static bool InQuestion(SentenceContext context, int word)
    {
        var words = context.Syntax.Words;
        for (int node = word, steps = 0; node >= 0 && steps < 12; node = words[node].Head, steps++)
        {
            if (context.Syntax.Children(node, "mark").Any(m => context.Lemma(m) == "whether"))
            {
                return true;
            }
        }

        return false;
    }

    private static ActorMention? Reporter(SentenceContext context, int trigger) =>
        SpeechVerbOf(context, trigger) is int speech ? Subject(context, speech).FirstOrDefault() : null;

    /// <summary>The speech verb whose reported clause holds the trigger, if any.</summary>
    private static int? SpeechVerbOf(SentenceContext context, int trigger)
    {
        var words = context.Syntax.Words;
        int node = trigger;
        for (int depth = 0; depth < 12 && node >= 0; depth++)
        {
            int parent = words[node].Head;
            if (parent < 0)
            {
                // A quote followed by "X said": the speech verb is a dependent of the root.
                foreach (int child in context.Syntax.Children(node).Where(c => words[c].Deprel == "parataxis" && SpeechVerbs.Contains(words[c].Lemma)))
                {
                    return child;
                }

                return null;
            }

            if (SpeechVerbs.Contains(words[parent].Lemma) && words[node].Deprel is "ccomp" or "parataxis")
            {
                return parent;
            }

            node = parent;
        }

        return null;
    }

    private static List<ActorMention> Subject(SentenceContext context, int verb) =>
        [.. context.Syntax.Children(verb).Where(c => SubjectRelations.Contains(context.Syntax.Words[c].Deprel)).SelectMany(context.ActorsWithConjuncts)];

    /// <summary>
    /// Whether a mention of this sentence names a state's others abroad ("creditor banks", "its partners",
    /// "donors"), who are no domestic role. (Not opponents, critics or rivals: "the military government
    /// … arresting political opponents" arrests its own.)
    /// </summary>
    private static bool Relational(SentenceContext context, ActorMention mention)
    {
        bool Abroad(int w) => context.Lemma(w) is "creditor" or "donor" or "partner" or "ally" or "neighbor" or "neighbour" or "counterpart";
        return mention.Sentence == context.Index && (Abroad(mention.Head) || context.Syntax.Children(mention.Head, "compound").Any(Abroad));
    }

    /// <summary>
    /// Whether <paramref name="verb"/> is a negated verb of belief or expectation ("don't think", "does not
    /// believe"), or of consequence ("that did not mean Europe would support the U.S.", "does not imply").
    /// </summary>
    private static bool IsNegatedBelief(SentenceSyntax syntax, int verb) =>
        syntax.Words[verb].Lemma.ToLowerInvariant() is "think" or "believe" or "expect" or "anticipate" or "foresee" or "mean" or "imply" or "guarantee"
        && syntax.Children(verb).Any(c => syntax.Words[c].Deprel == "advmod" && Negations.Contains(syntax.Words[c].Lemma.ToLowerInvariant()));

    /// <summary>Who acted, from the parse (see the class summary).</summary>
    private static List<ActorMention> Sources(SentenceContext context, int verb, int depth = 0)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        if (depth > 8)
        {
            return [];
        }

        // "Thousands of Iraqi Kurds demonstrated in Kirkuk" tagged as a bare passive participle:
        // people cannot be demonstrated or rallied, so without an auxiliary the subject acts.
        // "Israel is opposed to French mediation", "Vietnam is committed to opening up": a stance
        // stated with a participle is the subject's own, unless someone else is named as its agent.
        bool passive = !IsStance(syntax, verb) && (syntax.Children(verb).Any(c => words[c].Deprel == "aux:pass")
            || (syntax.Children(verb).Any(c => words[c].Deprel == "nsubj:pass") && !ProtestVerbs.Contains(words[verb].Lemma.ToLowerInvariant()))
            // ("renewed union demands already rejected by the government": a bare participle with
            // its agent named is passive, whatever the parse hung it on; so is one joined to
            // another, "an appearance arranged by Republican congressional leaders and criticized
            // by the Obama administration".)
            || (words[verb].Xpos == "VBN" && words[verb].Deprel is "advcl" or "acl" or "xcomp" or "conj" && syntax.Children(verb, "obl:agent").Any())
            // ("the area where he has been most frustrated and most stymied": a participle joined to
            // a predicate after "be", with no subject, auxiliary, object or phrase of its own, is
            // passive with it; "Washington was not satisfied with the cuts and pressed for more
            // reductions" pressed.)
            || (words[verb].Xpos == "VBN" && words[verb].Deprel == "conj" && words[verb].Head is int predicate and >= 0
                && !syntax.Children(verb).Any(c => words[c].Deprel is "nsubj" or "aux" or "obj" or "obl" or "xcomp" or "ccomp")
                && syntax.Children(predicate).Any(c => words[c].Deprel is "cop" or "aux:pass")));
        if (!passive && syntax.Children(verb, "nsubj:pass").SelectMany(context.ActorsWithConjuncts).ToList() is { Count: > 0 } protesters)
        {
            return protesters;
        }

        if (passive)
        {
            // ("The Japanese economy is firmly on the recovery path, supported by robust domestic
            // demand": an economic quantity is no agent, whatever actor its modifier names.)
            var agents = syntax.Children(verb, "obl:agent").Where(a => !ForceFreeNouns.Contains(context.Lemma(a)) || words[a].Upos != "NOUN")
                .SelectMany(context.ActorsWithConjuncts).ToList();
            // (No agent named, no doer known: "U.S. overtures to Japan have been rebuffed, western
            // officials said", "the suit was dismissed", "more stringent limits were proposed" are
            // not the speaker's acts, as a read of Reuters found in five of six such events.)
            return agents;
        }

        var subjects = syntax.Children(verb).Where(c => SubjectRelations.Contains(words[c].Deprel)).ToList();
        if (subjects.Count > 0)
        {
            var found = new List<ActorMention>();
            foreach (int subject in subjects)
            {
                int doer = words[subject].Xpos is "WDT" or "WP" && words[verb].Deprel is "acl:relcl" or "advcl:relcl" ? words[verb].Head : subject;
                // "The Taiwan dollar has stabilised", "Japan's exports rose": a thing of a country's
                // economy does not act for it.
                // ("Plan" and "crisis", and capitalised words, are left out: "Senegal's Plan and
                // Cooperation Minister", "British Trade and Industry Secretary", and
                // the parse's "the crisis … deepened as the Prime Minister told" are about people.)
                // ("80 pct of Spain's exports went to OECD countries": a share of a thing is the thing.)
                int thing = QuantityUnits.Contains(context.Lemma(doer)) || context.Lemma(doer) is "half" or "third" or "quarter" or "bulk" or "part" or "portion" or "majority"
                    ? syntax.Children(doer, "nmod").FirstOrDefault(c => syntax.Children(c, "case").Any(k => context.Lemma(k) == "of"), doer)
                    : doer;
                // (A conjunct of the thing acts for itself: "… world trade imbalances, economists and
                // dealers said", the parse joining the speakers to the clause's last noun.)
                bool Acts(ActorMention m, int w) => !ForceFreeNouns.Contains(context.Lemma(w)) || context.Lemma(w) is "plan" or "crisis" || words[w].Upos != "NOUN"
                    || (m.Head == w && m.Rule is not (MentionRule.Country or MentionRule.Capital))
                    || (m.Head != w && m.Head >= 0 && m.Head < words.Length && words[m.Head].Deprel == "conj" && words[m.Head].Head == w
                        && m.Span.Contains(words[m.Head].Span) && !m.ModifierOnly && m.Rule is not (MentionRule.Country or MentionRule.Capital));
                found.AddRange(context.ActorsWithConjuncts(doer).Where(m => Acts(m, doer) && Acts(m, thing)));
                if (found.Count == 0 && words[doer].Upos == "NOUN"
                    && (ProposalNouns.Contains(context.Lemma(doer)) || IsClaimOrPlan(context, doer))
                    && syntax.Children(doer, "nmod").FirstOrDefault(n => syntax.Children(n, "case").Any(k => context.Lemma(k) == "by"), -1) is int author and >= 0)
                {
                    // "a novel proposal by the Philippines that called for partial payment of
                    // interest in tradeable notes", "The proposal by the Philippines called for …":
                    // what a proposal, a request or a claim says, its author says.
                    found.AddRange(context.ActorsWithConjuncts(author));
                }

                if (found.Count == 0 && words[doer].Upos == "NOUN" && context.NounCode(doer) is string nounCode && IsForce(nounCode))
                {
                    // "Recent US Predator attacks have killed …": a violent act named by a noun is
                    // its doer's, named before it in a name of its own.
                    found.AddRange(syntax.Children(doer).Where(c => words[c].Deprel is "compound" or "amod").SelectMany(context.ActorsAt).Take(1));
                }
            }

            return [.. found.DistinctBy(m => (m.Code, m.Head))];
        }

        int head = words[verb].Head;
        if (head < 0)
        {
            return [];
        }

        // "X has been indicted by the court … and will resign": an active verb coordinated with a
        // passive one shares its subject, not its agent. (A bare participle shares the passive
        // too: "1,200 Iraqis were killed or wounded" — the Iraqis were wounded.)
        // (So with a subject no dictionary knows, none: "TRE … had been contacted by SEC
        // investigators and was cooperating with the probe" — the investigators did not cooperate.)
        if (words[verb].Deprel == "conj" && syntax.Children(head).Any(c => words[c].Deprel == "aux:pass")
            && !IsBareParticipleConjunct(context, verb)
            && syntax.Children(head, "nsubj:pass").ToList() is { Count: > 0 } passiveSubjects)
        {
            // ("Iran, which was attacked by Iraq and is seeking UN help": the relative pronoun is
            // the noun it describes.)
            return [.. passiveSubjects.Select(subject => words[subject].Xpos is "WDT" or "WP" && words[head].Deprel is "acl:relcl" && words[head].Head >= 0 ? words[head].Head : subject)
                .SelectMany(context.ActorsWithConjuncts)];
        }

        // "nationals suspected of blowing up a plane": who is suspected is who blew it up.
        if (words[verb].Deprel == "advcl" && IsPassiveParticiple(syntax, head))
        {
            return words[head].Deprel == "acl" ? context.ActorsAt(words[head].Head) : [];
        }

        // "expelled two Russian diplomats for spying", "accused Iran of arming the rebels",
        // "deported 168 Liberians for traveling without documents": the reason or charge given
        // against the people acted on is what those people did; so is what they are warned against
        // ("warned Tehran against using the missiles"). ("sold arms for financing the war": a thing
        // acted on does nothing; the seller finances.)
        if (words[verb].Deprel == "advcl" && words[verb].Xpos == "VBG" && syntax.Children(verb).Any(m => words[m].Deprel is "mark" or "case" && context.Lemma(m) is "for" or "of" or "against")
            && syntax.Children(head, "obj").SelectMany(context.ActorsWithConjuncts).ToList() is { Count: > 0 } charged)
        {
            return charged;
        }

        // "summoned Niger's ambassador to complain of inaction": whoever summons an envoy does so to
        // say something to him, so the purpose is the summoner's (however the parse hangs it).
        int summoner = words[verb].Deprel == "acl" && words[head].Deprel == "obj" ? words[head].Head : head;
        if (words[verb].Deprel is "acl" or "xcomp" && summoner >= 0 && context.Lemma(summoner) == "summon" && syntax.Children(verb, "mark").Any(m => context.Lemma(m) == "to"))
        {
            return Sources(context, summoner, depth + 1);
        }

        // "Egypt urged Israel to release more prisoners" (the parser often hangs the infinitive as
        // an adverbial clause), "The EU called on Russia to withdraw its troops": whoever is urged,
        // called on or asked is who would do it, not the one urging; an addressee no dictionary
        // knows does it all the same, so no source.
        if (AskedOfAddressee(context, verb))
        {
            return [.. Addressees(context, head).SelectMany(context.ActorsWithConjuncts)];
        }

        return words[verb].Deprel switch
        {
            // A bare past participle is passive: "nationals suspected by the West" — the West
            // suspects; the nationals are the target, not the source.
            _ when IsPassiveParticiple(syntax, verb) => syntax.Children(verb, "obl:agent").Concat(syntax.Children(verb, "obl").Where(o => syntax.Children(o, "case").Any(c => context.Lemma(c) == "by")))
                .SelectMany(context.ActorsWithConjuncts).ToList(),
            // ("withholding it until a democratically-elected government takes over" with the
            // government parsed as the object of "until": a present-tense verb of an adverbial
            // clause has a subject of its own, even when the parse lost it.)
            "advcl" when words[verb].Xpos is "VBZ" or "VBP" => [],
            // "Kyodo quoted Nakasone as telling reporters after meeting the envoy", "Prawiro was quoted
            // by Indonesian newspapers as telling President Suharto": who is quoted as doing
            // something does it, not the one quoting.
            "advcl" when context.Lemma(head) is "quote" or "cite" && syntax.Children(verb, "mark").Any(m => context.Lemma(m) == "as") =>
                syntax.Children(head).Where(c => words[c].Deprel is "obj" or "nsubj:pass").SelectMany(context.ActorsWithConjuncts).ToList(),
            // "News that Volcker would not seek a third term hit the markets", parsed with "hit" an
            // adverbial clause of "seek": a bare past tense after a noun's that-clause is the
            // sentence's own verb, whose subject is the noun, not the clause's.
            "advcl" when words[verb].Xpos == "VBD" && verb > head && !syntax.Children(verb, "mark").Any() && words[head].Deprel == "acl"
                && syntax.Children(head, "mark").Any(m => context.Lemma(m) == "that") => [],
            // ("Judge Barrington Parker threw out North's suit challenging the constitutionality of
            // the law", the participle hung on "threw" as an adverbial clause: a participle right
            // after an object that someone named owns tells what the owner's thing does, whether or
            // not the dictionaries know the owner; "tendered his resignation charging that" is the
            // subject's own.)
            "advcl" when words[verb].Xpos == "VBG" && !syntax.Children(verb).Any(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel == "mark")
                && verb > 0 && words[verb - 1].Deprel == "obj" && words[verb - 1].Head == head && syntax.Children(verb - 1, "nmod:poss").Any(p => words[p].Upos != "PRON") =>
                syntax.Children(verb - 1, "nmod:poss").SelectMany(context.ActorsWithConjuncts).ToList(),
            // ("a federal court judgment resulted in My-K Laboratories Inc agreeing to discontinue the
            // sale", "led to Congress passing": what a thing results in or leads to is the named one's act.)
            // (Right after the phrase, no comma between: "led a delegation to Moscow, meeting
            // Gorbachev" is the leader's meeting; nor "lead" with an object, which guides.)
            "advcl" when words[verb].Xpos == "VBG" && context.Lemma(head) is "result" or "lead" && !syntax.Children(verb).Any(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel == "mark")
                && !(context.Lemma(head) == "lead" && syntax.Children(head, "obj").Any())
                && syntax.Children(head, "obl").LastOrDefault(o => o < verb && syntax.Children(o, "case").Any(c => context.Lemma(c) is "in" or "to"), -1) is int resultant and >= 0
                && Subtree(syntax, resultant).Max() == verb - 1 && words[verb - 1].Xpos != "," =>
                context.ActorsWithConjuncts(resultant),
            // ("as a result of damage to 25 miles of pipeline linking its jungle oil fields with the
            // port", the participle hung on the verb: right after a thing no dictionary names, inside a
            // prepositional phrase, it tells what that thing does, and names no doer; not after an
            // act's phrase, "launched an attack on oil installations killing 20", the attacker's.)
            "advcl" when words[verb].Xpos == "VBG" && !syntax.Children(verb).Any(c => SubjectRelations.Contains(words[c].Deprel) || words[c].Deprel == "mark")
                && verb > 0 && words[verb - 1].Upos == "NOUN" && words[verb - 1].Deprel == "nmod" && context.ActorsAt(verb - 1).Count == 0
                && context.NounCode(verb - 1) is null && !(words[verb - 1].Head is int owner and >= 0 && context.NounCode(owner) is not null) => [],
            "conj" or "advcl" => Sources(context, head, depth + 1),
            // A controlled infinitive acts through its controller ("urged Congress to approve", "decided to invade"),
            // but a speaker does not do what they talk about.
            "xcomp" when SpeechVerbs.Contains(words[head].Lemma) => [],
            // "we don't believe it is unreasonable to ask for a change": an "it" before a predicate
            // adjective stands for the infinitive, and names no one who asks.
            // ("it was ready to retaliate", "it would not be able to release": a disposition is
            // the subject's own.)
            "xcomp" when words[head].Upos == "ADJ" && JudgedActs.Contains(context.Lemma(head)) && syntax.Children(head).Any(c => words[c].Deprel is "nsubj" or "expl" && context.Form(c) == "it") => [],
            "xcomp" => syntax.Children(head, "obj").SelectMany(context.ActorsWithConjuncts).ToList() is { Count: > 0 } controllers ? controllers
                // "Justice's opposition prompted Greyhound to threaten": an object before the
                // infinitive controls it, actor or not; the subject of the verb does not act.
                : (ObjectControl.Contains(context.Lemma(head)) || CausingVerbs.Contains(context.Lemma(head)))
                    && syntax.Children(head, "obj").Any(o => o < verb && words[o].Upos is "NOUN" or "PROPN") ? []
                : Sources(context, head, depth + 1),
            "acl" or "acl:relcl" => syntax.Children(head, "nmod:poss").SelectMany(context.ActorsWithConjuncts).ToList() is { Count: > 0 } owners ? owners
                : context.ActorsWithConjuncts(head) is { Count: > 0 } nominal ? nominal
                // "issued a declaration demanding that …": who issued the statement demands.
                : words[verb].Deprel == "acl" && words[head].Deprel == "obj" && words[head].Head >= 0 && LightVerbs.Contains(context.Lemma(words[head].Head)) ? Sources(context, words[head].Head, depth + 1)
                : [],
            _ => [],
        };
    }

    /// <summary>
    /// A past participle modifying a noun ("nationals suspected by the West") or standing bare as
    /// a complement ("extradited suspected militant X"). Not when it has an
    /// object of its own, nor in a sentence whose parse has no verb at its root ("Zambia
    /// extradited X to Britain" rooted at "Zambia"): that is the main verb the parser hung under
    /// its subject.
    /// </summary>
    private static bool IsPassiveParticiple(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        if (words[verb].Xpos != "VBN" || words[verb].Head < 0 || syntax.Children(verb).Any(c => words[c].Deprel is "obj" or "aux" or "aux:pass" or "nsubj" or "nsubj:pass"))
        {
            return false;
        }

        // A sentence whose parse has no verb at its root ("Hundreds of protesters marched in Gaza"
        // rooted at "Hundreds") hung its main verb under the subject as a participle; not one with
        // the "with" or "at" of a verb whose passive takes them right after it: a headline's passive
        // ("Hong Kong 'threatened with Chinese military intervention'"). (A "by" there is as often a
        // participle's in a parse gone wrong: "Legislation passed by Congress last year calling for".)
        if (!TakesPassiveComplementNext(words, verb) && (syntax.Root < 0 || words[syntax.Root].Upos is not ("VERB" or "AUX")))
        {
            return false;
        }

        // "extradited suspected militant X": a bare participle as complement reads as an adjective.
        return words[verb].Deprel is "acl" or "xcomp";
    }

    /// <summary>
    /// Whether a conjunct of a passive verb is a bare participle that shares the passive ("1,200
    /// Iraqis were killed or wounded"): one with no auxiliary or object of its own, tagged as a
    /// participle, or as a past tense of the same form with no subject or clause of its own, and
    /// no infinitive its verb takes for complement ("The Australian was evicted in April and
    /// sentenced to 50 weeks", "was censured by the SEC and ordered to retain a consultant"; not
    /// "Japan was mentioned in the communique and promised to act").
    /// </summary>
    private static bool IsBareParticipleConjunct(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        if (syntax.Children(verb).Any(c => words[c].Deprel is "aux" or "aux:pass" or "obj"))
        {
            return false;
        }

        return words[verb].Xpos == "VBN"
            || (words[verb].Xpos == "VBD" && !syntax.Children(verb).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass" or "csubj" or "ccomp" or "iobj")
                && !(InfinitiveTaking.Contains(context.Lemma(verb)) && InfinitiveComplement(syntax, verb) is not null));
    }

    /// <summary>For a clause with no source of its own inside reported speech: the speaker.</summary>
    private static List<ActorMention> Speaker(SentenceContext context, int verb) =>
        Reporter(context, verb) is { } speaker ? [speaker] : [];

    /// <summary>
    /// Whom it was directed at, when no pattern says: the object, else a target preposition's
    /// object. A bare role found first ("military aid" → MIL) gives way to a later actor with a
    /// country ("… to Mozambique").
    /// </summary>
    private static List<ActorMention> Targets(SentenceContext context, int verb, string? code = null)
    {
        List<ActorMention>? first = null;
        // What a mobilisation (CAMEO 15) or a withdrawal or demobilisation (087) moves are the
        // actor's own forces ("mobilized army reservists", "Vietnam withdrew troops from
        // Cambodia"), not whom it is aimed at.
        bool mobilizing = code is not null && (code.StartsWith("15", StringComparison.Ordinal) || code.StartsWith("087", StringComparison.Ordinal));
        // ("hosted a new round of talks between Israeli and Hamas negotiators", "a mediation effort
        // between the Emirates and Saudi Arabia": those between whom one mediates or hosts talks are its targets.)
        bool mediating = code is not null && (code.StartsWith("04", StringComparison.Ordinal) || code == "039");
        // ("Singh told reporters", "said at a news conference"): the press a statement is made to is
        // its audience, not a party the statement is aimed at.
        // (What the statement says is then not sought as its target either: "told reporters the
        // United States was wrong" is aimed at no one, as "said the United States was wrong" is.)
        bool statement = code is not null && code.StartsWith("01", StringComparison.Ordinal);
        bool toThePress = false;
        bool PressAudienceOf(ActorMention m) => statement && m.Rule != MentionRule.Name && PressAudience.Contains(context.Lemma(m.Head));
        // ("encouraging rebellion against the Sandinista government", "backed the campaign against
        // Iraq": whom a cooperative act is turned against is no party it cooperates with. Not where
        // the act undoes what was turned against it: "lift trade sanctions against Japan", yielding
        // (08) or the intent to yield (035), is done for Japan.)
        bool cooperative = code is not null && code[..2] is "03" or "04" or "05" or "06" or "07" && !code.StartsWith("035", StringComparison.Ordinal);
        // ("He begged lawmakers not to lose sight of the ongoing Ukraine conflict": whom an appeal or
        // a demand is addressed to, its object, is its target even unnamed by country, before a
        // country named in what is asked.)
        bool appeal = code is not null && code[..2] is "02" or "10";
        bool AddressedObject(ActorMention m) => m.Head >= 0 && context.Syntax.Words[m.Head].Deprel == "obj" && context.Syntax.Words[m.Head].Head == verb;
        bool TurnedAgainst(ActorMention m) => cooperative && m.Head >= 0 && context.Syntax.Children(m.Head, "case").Any(c => context.Lemma(c) == "against");
        foreach (var phrase in TargetCandidates(context, verb, mediating))
        {
            toThePress |= phrase.Any(PressAudienceOf);
            var candidate = phrase.Where(m => !IsReporterPhrase(context, m) && !PressAudienceOf(m) && !TurnedAgainst(m)).ToList();
            if (candidate.Count == 0 && toThePress)
            {
                break;
            }

            if (candidate.Count == 0 || (mobilizing && candidate.All(m => m.Country is null && m.Rule == MentionRule.AgentOnly)))
            {
                continue;
            }

            first ??= candidate;
            if (candidate.Any(m => m.Country is not null || m.Rule != MentionRule.AgentOnly) || (appeal && candidate.All(m => AddressedObject(m))))
            {
                return candidate;
            }
        }

        if (first is null && !toThePress)
        {
            foreach (var candidate in FallbackTargets(context, verb, code))
            {
                first ??= candidate;
                if (candidate.Any(m => m.Country is not null || m.Rule != MentionRule.AgentOnly))
                {
                    return candidate;
                }
            }
        }

        return first ?? [];
    }

    /// <summary>
    /// "…, killing about 20 people, relief officials in Nairobi said" parsed with the officials a
    /// conjunct of "people": a phrase right before a speech verb that has no subject of its own is
    /// who reports, not whom the act is aimed at.
    /// </summary>
    private static bool IsReporterPhrase(SentenceContext context, ActorMention mention)
    {
        var words = context.Syntax.Words;
        int last = Enumerable.Range(0, words.Length).LastOrDefault(w => mention.Span.Contains(words[w].Span), -1);
        return context.BeforeSubjectlessSpeechVerb(Subtree(context.Syntax, mention.Head).Append(last).Max());
    }

    /// <summary>
    /// Targets found through what the verb's phrases or purpose name, tried only when the verb has
    /// no target phrase of its own: "mobilized reservists for a possible war against Iraq",
    /// "opened fire to disperse demonstrators".
    /// </summary>
    private static IEnumerable<List<ActorMention>> FallbackTargets(SentenceContext context, int verb, string? code)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        var phrases = syntax.Children(verb).Where(c => words[c].Deprel is "obl" or "obl:arg")
            .Concat(syntax.Children(verb, "obj").SelectMany(o => syntax.Children(o, "nmod")));
        foreach (int oblique in phrases.Where(c => syntax.Children(c, "case").Any(p => TargetPrepositions.Contains(context.Lemma(p)))))
        {
            // ("talks on Ukraine" is a topic, so not "on".)
            foreach (int nested in syntax.Children(oblique, "nmod").Where(n => syntax.Children(n, "case").Any(c => context.Lemma(c) is "against" or "toward" or "towards")))
            {
                if (context.ActorsWithConjuncts(nested) is { Count: > 0 } aimedAt)
                {
                    yield return aimedAt;
                }
            }
        }

        // "killed or wounded more than 4,000 Iraqis": verbs joined with no object of their own
        // share the object written after both (whichever of them the parse gave it to).
        if (!syntax.Children(verb, "obj").Any() && code is not null && code[..2] is "11" or "12" or "13" or "15" or "16" or "17" or "18" or "19" or "20")
        {
            // (Only verbs written together, with nothing between but the conjunction: "refused to
            // deploy peacekeepers and has urged its citizens to avoid coming" share nothing; and
            // only acts done to someone: "resigned and blamed the United States" aims no
            // resignation at the United States.)
            bool Adjacent(int a, int b) => Enumerable.Range(Math.Min(a, b) + 1, Math.Abs(a - b) - 1).All(w => words[w].Upos is "CCONJ" or "PUNCT");
            var joined = syntax.Children(verb, "conj").Where(c => words[c].Upos == "VERB" && Adjacent(verb, c));
            if (words[verb].Deprel == "conj" && words[verb].Head >= 0 && words[words[verb].Head].Upos == "VERB" && Adjacent(words[verb].Head, verb))
            {
                joined = joined.Append(words[verb].Head);
            }

            foreach (int shared in joined.SelectMany(j => syntax.Children(j, "obj")).Where(o => o > verb))
            {
                if (context.ActorsWithConjuncts(shared) is { Count: > 0 } objects)
                {
                    yield return objects;
                }
            }
        }

        // "opened fire to disperse demonstrators", "blocked a road to show their disapproval of
        // the United States": with no target of its own, a contentious act (protest, force,
        // sanction) aims where its purpose does; a resignation "to allow elections" aims at no one.
        // (The parser often hangs the purpose on the object: "fire to disperse".)
        var purposes = syntax.Children(verb, "advcl").Concat(syntax.Children(verb, "obj").SelectMany(o => syntax.Children(o, "acl")));
        foreach (int purpose in purposes.Where(c => code is not null && IsContentious(code) && words[c].Upos == "VERB" && syntax.Children(c, "mark").Any(m => context.Lemma(m) == "to")
            && !syntax.Children(c).Any(d => SubjectRelations.Contains(words[d].Deprel))))
        {
            if (Targets(context, purpose) is { Count: > 0 } aimed)
            {
                yield return aimed;
            }
        }
    }

    /// <summary>
    /// The actors of a "from", "to" or "with" phrase anywhere in a verb's objects ("bought 50,000
    /// tonnes of wheat from the United States"), outside clauses of their own; empty without one.
    /// </summary>
    private static List<ActorMention> TradingPartner(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        var inObjects = syntax.Children(verb, "obj").SelectMany(o => OwnClause(syntax, verb, Subtree(syntax, o), forPatterns: true));
        foreach (int w in inObjects.Order())
        {
            if (words[w].Deprel == "nmod" && syntax.Children(w, "case").Any(c => context.Lemma(c) is "from" or "to" or "with")
                && context.ActorsWithConjuncts(w) is { Count: > 0 } partners)
            {
                return partners;
            }
        }

        return [];
    }

    /// <summary>
    /// "gave the Ivory Coast 5.1 million dollars of aid" parsed as one phrase: a country's name
    /// right before the amount given is whom it is given to.
    /// </summary>
    private static List<ActorMention> ReceiverBeforeAmount(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        foreach (int w in syntax.Children(verb, "obj").SelectMany(o => Subtree(syntax, o)).Order())
        {
            if (words[w].Deprel == "compound" && words[w].Upos == "PROPN" && w + 1 < words.Length && words[w + 1].Upos == "NUM"
                && context.MentionCovering(w) is { Country: not null } receiver)
            {
                return [receiver];
            }
        }

        return [];
    }

    /// <summary>Verbs whose object is a topic: one discusses Ukraine with someone, not with Ukraine.</summary>
    private static readonly FrozenSet<string> TopicVerbs = FrozenSet.Create("discuss", "debate", "examine", "review", "study");

    /// <summary>The target phrases of a verb, most likely first (see <see cref="Targets"/>).</summary>
    private static IEnumerable<List<ActorMention>> TargetCandidates(SentenceContext context, int verb, bool mediating = false)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        if (TopicVerbs.Contains(context.Lemma(verb)))
        {
            // "a meeting of the Security Council to discuss Croatia's military advance": talks are
            // held with whoever "with" names; what they are about is no party to them.
            // (The parser often hangs "with" on the object: "discussed Ukraine with Putin".)
            var withObject = syntax.Children(verb, "obj").SelectMany(o => syntax.Children(o, "nmod"))
                .Where(n => syntax.Children(n, "case").Any(c => context.Lemma(c) == "with")).SelectMany(context.ActorsWithConjuncts);
            if (Obliques(context, verb, "with").Concat(withObject).ToList() is { Count: > 0 } partners)
            {
                yield return partners;
            }

            yield break;
        }

        if (syntax.Children(verb).Any(c => words[c].Deprel == "aux:pass") && !IsStance(syntax, verb))
        {
            var patients = syntax.Children(verb, "nsubj:pass").SelectMany(context.ActorsWithConjuncts).ToList();
            if (patients.Count > 0)
            {
                yield return patients;
            }
        }

        // "nationals suspected by the West": the noun a past participle modifies undergoes it.
        if (IsPassiveParticiple(syntax, verb) && context.ActorsAt(words[verb].Head) is { Count: > 0 } modified)
        {
            yield return modified;
        }

        // ("Spain has granted Cuba a credit line for the purchase of Spanish goods": the indirect
        // object is whom the thing is given, and comes before any actor named inside the thing.)
        foreach (string relation in new[] { "iobj", "obj" })
        {
            // "offered its troops to Lebanon": the source's own belongings are not the target.
            // ("refugees, whom authorities blame for a conflict": a relative "whom" or "which"
            // stands for the noun its clause describes; not after a speech verb, whose "which"
            // is mostly a misparsed subject: "assumptions which, they said, failed".)
            var found = syntax.Children(verb, relation)
                .Select(o => words[o].Lemma.ToLowerInvariant() is "whom" or "which" && words[verb].Deprel == "acl:relcl" && words[verb].Head >= 0 && !SpeechVerbs.Contains(context.Lemma(verb)) ? words[verb].Head : o)
                // ("charging its neighbour with supporting dissidents": an actor's others are not its own.)
                .Where(o => !syntax.Children(o, "nmod:poss").Any(p => words[p].Upos == "PRON") || ActorResolver.IsRelationalPhrase(syntax, o))
                .SelectMany(context.ActorsWithConjuncts).Where(m => !(LightVerbs.Contains(context.Lemma(verb)) && context.IsRoleNamedAct(m))).ToList();
            // ("will supply American rice to China", "offered Canadian wheat to the Soviet Union": a
            // country named only as where a thing comes from yields to whom the thing goes.)
            // (Only verbs that hand a thing over: "challenge U.S. corn shipments to Europe" is aimed at
            // the United States.)
            if (found.Count > 0 && relation == "obj" && TransferVerbs.Contains(context.Lemma(verb)) && found.All(m => IsOriginOfAThing(context, m))
                && Recipients(context, verb) is { Count: > 0 } recipients)
            {
                yield return recipients;
            }

            if (found.Count > 0)
            {
                yield return found;
            }
        }

        // "condemned the killing of civilians by Russian troops", "investigating attacks by
        // Russian intelligence on its parliament", "rejected calls by Belarus's rulers": the doer
        // of the deed or author of the call the act is about comes before the deed's own target.
        // The parser often hangs "by X" on the verb or one noun lower; an active verb has no agent
        // of its own, so a "by" after its object still names the object's author.
        bool active = !syntax.Children(verb).Any(c => words[c].Deprel == "aux:pass") && !IsPassiveParticiple(syntax, verb);
        foreach (int obj in syntax.Children(verb, "obj"))
        {
            // ("prevented the demonstration staged by students": the agent of a participle right after a
            // deed the dictionary knows, however the parse hangs the participle; not for what is said.)
            var doers = syntax.Children(obj, "nmod").Concat(syntax.Children(obj, "nmod").SelectMany(n => syntax.Children(n, "nmod")))
                .Concat(active ? syntax.Children(verb, "obl").Where(n => n > obj) : [])
                .Where(n => syntax.Children(n, "case").Any(c => context.Lemma(c) == "by"))
                .Concat(DeedParticiple(context, verb, obj) is int participle ? syntax.Children(participle, "obl:agent") : [])
                .Order();
            foreach (int doer in doers)
            {
                if (context.ActorsWithConjuncts(doer) is { Count: > 0 } found)
                {
                    yield return found;
                }
            }
        }

        // Prepositional phrases of the verb and of its object, nearest first, wherever the parse
        // hung them ("expressed solidarity with Xi and China over Taiwan": Xi and China, not
        // Taiwan; "provide aid to Taiwan").
        // ("hand over to Great Britain" parsed with the phrase under "over": a particle's phrase is the verb's.)
        // ("providing photographs and other intelligence to Macedonia": the phrase may hang on the object's conjunct.)
        var objects = syntax.Children(verb, "obj").SelectMany(o => syntax.Children(o, "conj").Prepend(o));
        // ("lift embargoes on pharmaceutical sales to Iran": a phrase one noun further down, under
        // an object's phrase that names no actor, names the party as well.)
        var objectPhrases = objects.SelectMany(o => syntax.Children(o, "nmod")).ToList();
        var phrases = syntax.Children(verb).Where(c => words[c].Deprel is "obl" or "obl:arg" or "nmod")
            .Concat(objectPhrases)
            .Concat(objectPhrases.Where(n => context.ActorsAt(n).Count == 0 && words[n].Upos == "NOUN").SelectMany(n => syntax.Children(n, "nmod")))
            .Concat(syntax.Children(verb).Where(c => words[c].Deprel is "compound:prt" or "advmod" && Particles.Contains(words[c].Lemma.ToLowerInvariant())).SelectMany(p => syntax.Children(p, "obl")))
            .Concat(PhrasesOnTimes(context, verb))
            .Order();
        // ("charging its neighbor with supporting dissidents", "accused Iran of helping the rebels":
        // what someone is charged with is the charge, not whom it is aimed at.)
        // ("criticized Iraq for its attacks on Kurds", "praised Japan for its help to Iran".)
        // ("Shultz arrived from Helsinki" visited no Finland: whence one travels is no target.)
        // (Only a verb of travelling with no object, and its own phrase: "headed a delegation from
        // Japan" is no journey.)
        bool accusing = AccusingVerbs.Contains(context.Lemma(verb)), judging = ActorResolver.ForWhatVerbs.Contains(context.Lemma(verb));
        bool travelling = TravelVerbs.Contains(context.Lemma(verb)) && !syntax.Children(verb, "obj").Any();
        foreach (int oblique in phrases)
        {
            bool targetCase = syntax.Children(oblique, "case").Any(c => (TargetPrepositions.Contains(words[c].Lemma.ToLowerInvariant()) || (mediating && context.Lemma(c) == "between"))
                && !(travelling && words[oblique].Head == verb && words[c].Lemma.Equals("from", StringComparison.OrdinalIgnoreCase))
                && !(accusing && words[c].Lemma.ToLowerInvariant() is "with" or "of")
                && !((accusing || judging) && words[c].Lemma.Equals("for", StringComparison.OrdinalIgnoreCase))
                // ("continued to oppose the scheme at a meeting of EC finance ministers": where an
                // act happens, not whom it is aimed at.)
                && !(words[c].Lemma.Equals("at", StringComparison.OrdinalIgnoreCase) && MeetingNouns.Contains(context.Lemma(oblique))));
            if (targetCase && context.ActorsWithConjuncts(oblique) is { Count: > 0 } found)
            {
                yield return found;
            }
        }

        // "welcomed the proposal of the EU", "a United Nations appeal", "an offer from
        // Afghanistan", "respond to a demand from the US President": whose proposal, call or plan
        // the act is about.
        var aboutProposals = syntax.Children(verb, "obj")
            .Concat(syntax.Children(verb).Where(c => words[c].Deprel is "obl" or "obl:arg" && IrrealisNouns.Contains(context.Lemma(c))));
        foreach (int obj in aboutProposals)
        {
            bool proposal = IrrealisNouns.Contains(words[obj].Lemma.ToLowerInvariant());
            var authors = syntax.Children(obj, "nmod").Where(n => syntax.Children(n, "case").Any(c => context.Lemma(c) == "of" || (proposal && context.Lemma(c) == "from")))
                .Concat(syntax.Children(obj, "compound"));
            foreach (int author in authors)
            {
                if (context.ActorsWithConjuncts(author) is { Count: > 0 } found)
                {
                    yield return found;
                }
            }
        }

        // "promised to continue military aid to Mozambique", "offered to hand over to Great
        // Britain …", "agreed on Tuesday to return the ship to Cyprus": the target of the act the
        // verb is about.
        if (InfinitiveComplement(syntax, verb) is int complement && Targets(context, complement) is { Count: > 0 } inner)
        {
            yield return inner;
        }

        // "threatened to launch an offensive unless Baghdad accepted its conditions": whom the
        // condition is put to.
        if (words[verb].Lemma.ToLowerInvariant() is "threaten" or "warn" or "vow")
        {
            // (The parser hangs the condition on the threatened act or on a clause below it.)
            var acts = new List<int> { verb };
            for (int i = 0; i < acts.Count && acts.Count < 8; i++)
            {
                acts.AddRange(syntax.Children(acts[i]).Where(c => words[c].Deprel is "xcomp" or "advcl" && !syntax.Children(c, "mark").Any(m => context.Lemma(m) is "unless" or "if")));
            }

            foreach (int condition in acts.SelectMany(a => syntax.Children(a, "advcl")).Where(c => syntax.Children(c, "mark").Any(m => context.Lemma(m) is "unless" or "if")))
            {
                var addressed = ClauseSubjects(context, condition);
                if (addressed.Count > 0)
                {
                    yield return addressed;
                }
            }
        }

        // "demanded that the US cancel plans", "warned that Iran must stop", "reiterated its demand
        // that Israel ease restrictions": the clause's subject.
        var directiveClauses = syntax.Children(verb, "obj").Where(o => DirectiveNouns.Contains(context.Lemma(o)))
            .SelectMany(o => ContentClauses(context, o));
        // ("Funaro warned creditors that Brazil could no longer continue representing the role of
        // merely an exporter of capital": a warning addressed to someone the dictionaries do not
        // know is theirs, not a warning to the clause's subject; "told reporters that Iran must
        // withdraw" addresses the press and Iran.)
        bool warnedOthers = context.Lemma(verb) is "warn" or "caution" or "remind" or "advise"
            && syntax.Children(verb).Any(c => words[c].Deprel is "obj" or "iobj" && words[c].Upos is "NOUN" or "PROPN" && !PressAudience.Contains(context.Lemma(c)));
        if (Directive.Contains(words[verb].Lemma.ToLowerInvariant()) && !warnedOthers)
        {
            directiveClauses = syntax.Children(verb, "ccomp").Concat(directiveClauses);
        }

        foreach (int clause in directiveClauses)
        {
            var addressed = ClauseSubjects(context, clause);
            if (addressed.Count > 0)
            {
                yield return addressed;
            }
        }

        // A parse without an object: the actor phrase right after the verb ("chastised the United States").
        if (!syntax.Children(verb).Any(c => words[c].Deprel is "obj" or "ccomp" or "xcomp") && context.ActorStartingAfter(verb) is { } next)
        {
            yield return [next];
        }

        yield break;
    }

    /// <summary>Verbs that hand a thing over to someone, named with "to".</summary>
    private static readonly FrozenSet<string> TransferVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "offer", "supply", "sell", "ship", "export", "give", "provide", "send", "deliver", "grant", "extend", "lend", "donate", "resell", "transfer");

    /// <summary>Nouns for people, whom a country adjective names as its own ("Iranian prisoners"), not as a thing's origin.</summary>
    private static readonly FrozenSet<string> PeopleNouns = FrozenSet.Create(StringComparer.Ordinal,
        "people", "population", "public", "nation", "citizen", "national", "civilian", "refugee", "prisoner", "hostage", "worker", "farmer", "student");

    /// <summary>
    /// Whether a mention is a country adjective or name on a common noun for a thing ("American
    /// rice", "U.S. corn"): it says where the thing comes from.
    /// </summary>
    private static bool IsOriginOfAThing(SentenceContext context, ActorMention mention)
    {
        var word = context.Syntax.Words[mention.Head];
        return mention.Rule == MentionRule.Country && word.Upos == "NOUN" && !PeopleNouns.Contains(context.Lemma(mention.Head))
            && context.Syntax.Children(mention.Head).Any(c => context.Syntax.Words[c].Deprel is "amod" or "compound" && mention.Span.Contains(context.Syntax.Words[c].Span));
    }

    /// <summary>The actors of a "to" phrase of a verb or of its object: whom something is given, sold or sent.</summary>
    private static List<ActorMention> Recipients(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        return [.. Obliques(context, verb, "to"), .. syntax.Children(verb, "obj").SelectMany(o => syntax.Children(o, "nmod"))
            .Where(n => syntax.Children(n, "case").Any(c => context.Lemma(c) == "to")).SelectMany(context.ActorsWithConjuncts)];
    }

    /// <summary>The actors a clause is about: its subjects, active or passive, with their conjuncts.</summary>
    private static List<ActorMention> ClauseSubjects(SentenceContext context, int clause) =>
        [.. context.Syntax.Children(clause).Where(c => context.Syntax.Words[c].Deprel is "nsubj" or "nsubj:pass").SelectMany(context.ActorsWithConjuncts)];

    /// <summary>The actors of the verb's prepositional phrases with one of the prepositions.</summary>
    private static List<ActorMention> Obliques(SentenceContext context, int verb, params string[] prepositions) =>
        [.. context.Syntax.Children(verb)
            .Where(c => context.Syntax.Words[c].Deprel.StartsWith("obl", StringComparison.Ordinal) && context.Syntax.Children(c, "case").Any(p => prepositions.Contains(context.Lemma(p))))
            .SelectMany(context.ActorsWithConjuncts)];

    /// <summary>Nouns of backing one may have or win from others (<see cref="NounParticipants"/>).</summary>
    private static readonly FrozenSet<string> BackingNouns = FrozenSet.Create(StringComparer.Ordinal,
        "support", "backing", "approval", "blessing", "endorsement");

    /// <summary>Verbs of having or receiving what others give (<see cref="NounParticipants"/>).</summary>
    private static readonly FrozenSet<string> ReceivingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "have", "enjoy", "win", "gain", "receive", "get", "secure", "obtain", "retain", "lose");

    /// <summary>A nominal event's participants: "between A and B" (mutual), "A's", "by A", "on/against/with/to B", a light verb's subject.</summary>
    private static (List<ActorMention> Sources, List<ActorMention> Targets, bool Mutual) NounParticipants(SentenceContext context, int noun, bool speakerMayAct = true, bool ofIsPatient = false)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        var sources = new List<ActorMention>();
        var targets = new List<ActorMention>();
        var topics = new List<ActorMention>();
        bool mutual = false;
        // "a mediation mission between Syria and Arafat": the parties are whom the mediator works
        // between, not the mediation's doers.
        bool mediation = context.Lemma(noun) == "mediation" || syntax.Children(noun, "compound").Any(c => context.Lemma(c) == "mediation");
        // "his arrest", "Navalny's arrest by Russian police", "the hostages' release": an act done
        // to someone names them as its owner; with an "of" phrase the owner is the doer ("Israel's
        // release of prisoners", "Britain's expulsion of Russian diplomats").
        bool ownerIsPatient = PatientNouns.Contains(context.Lemma(noun))
            && !syntax.Children(noun, "nmod").Any(c => syntax.Children(c, "case").Any(k => context.Lemma(k) == "of"));
        foreach (int child in syntax.Children(noun))
        {
            string relation = words[child].Deprel;
            string preposition = syntax.Children(child, "case").Select(c => words[c].Lemma.ToLowerInvariant()).FirstOrDefault() ?? string.Empty;
            if (relation == "nmod" && preposition == "between" && mediation)
            {
                targets.AddRange(context.ActorsWithConjuncts(child));
            }
            else if (relation == "nmod" && preposition == "between")
            {
                sources.AddRange(context.ActorsWithConjuncts(child));
                // ("talks between banks and Mexico, Chile, and Venezuela": after a first party that
                // is no actor, the others are its one counterpart, not one another's.)
                mutual = !IsUnnamedFirstParty(context, child);
            }
            else if (ownerIsPatient && relation == "nmod:poss")
            {
                targets.AddRange(context.ActorsWithConjuncts(child));
            }
            else if (relation == "amod" && TripNouns.Contains(context.Lemma(noun)) && context.ActorsAt(child).Count > 0)
            {
                // ("Funaro is currently on a European trip", "his Asian tour": the place adjective
                // of a journey is where it goes.)
                targets.AddRange(context.ActorsWithConjuncts(child));
            }
            else if (relation is "nmod:poss" || (relation is "compound" or "amod" && context.ActorsAt(child).Count > 0) || (relation == "nmod" && preposition == "by"))
            {
                sources.AddRange(context.ActorsWithConjuncts(child));
            }
            else if (relation == "nmod" && (TargetPrepositions.Contains(preposition)
                || ((ofIsPatient || PatientNouns.Contains(context.Lemma(noun)) || (CensureNouns.Contains(context.Lemma(noun)) && !Incurred(context, noun))) && preposition == "of")))
            {
                // ("the invasion of South Lebanon", "the killing of civilians", "the release of
                // prisoners": force, and what is done to people, is done to what follows "of";
                // "the withdrawal of troops", "the visit of the president" are done by it.)
                (preposition is "on" or "over" ? topics : targets).AddRange(context.ActorsWithConjuncts(child));
            }
        }

        // "the detention of Kuwaiti fishing vessels by Iran", "the criticism of Japan by the United
        // States": the parser often hangs the deed's "by" phrase on its "of" phrase's noun, which,
        // being an actor, does no deed of its own there. (Not a deed's: "criticism of delays by
        // commercial banks", "a rejection of attempts by Britain", whose "by" names the delayer.)
        if (sources.Count == 0)
        {
            foreach (int of in syntax.Children(noun, "nmod").Where(c => syntax.Children(c, "case").Any(k => context.Lemma(k) == "of") && context.ActorsAt(c).Count > 0))
            {
                foreach (int by in syntax.Children(of, "nmod").Where(c => syntax.Children(c, "case").Any(k => context.Lemma(k) == "by")))
                {
                    sources.AddRange(context.ActorsWithConjuncts(by));
                }
            }
        }

        // ("Talks between China and Portugal on the future of Macao": what parties between them
        // talk on or over is their subject, no third party.)
        if (!mutual)
        {
            targets.AddRange(topics);
        }

        // "Palestinian riots … are still continuing": an event noun that is what the clause is
        // about, headed by its modifiers' actor, has that actor as doer. (Not an event named in
        // passing: "opposed to French mediation", "Western criticism of".)
        if (sources.Count == 0 && words[noun].Deprel is "nsubj" or "nsubj:pass" or "root" && context.MentionAt(noun) is { } own && !TripNouns.Contains(context.Lemma(noun)))
        {
            sources.Add(own);
        }

        // "its call that Egypt release the journalists": whom the content clause addresses.
        if (targets.Count == 0)
        {
            foreach (int clause in ContentClauses(context, noun))
            {
                targets.AddRange(ClauseSubjects(context, clause));
            }
        }

        // "Kuwait has the full support of Saudi Arabia", "had the support of two international
        // banks": support one has, wins or receives is given by whom "of" or "from" names, to the
        // one who has it (who gives none).
        int head = words[noun].Head;
        if (head >= 0 && words[noun].Deprel == "obj" && BackingNouns.Contains(context.Lemma(noun)) && ReceivingVerbs.Contains(context.Lemma(head)))
        {
            // ("did not have President Reagan's support", "had World Bank support": so too its owner.)
            var givers = syntax.Children(noun).Where(c => (words[c].Deprel == "nmod" && syntax.Children(c, "case").Any(k => context.Lemma(k) is "of" or "from"))
                || words[c].Deprel is "nmod:poss" or "compound" or "amod").SelectMany(context.ActorsWithConjuncts).ToList();
            // (Support lost is none given: "lost the backing of the unions".)
            return givers.Count == 0 || context.Lemma(head) == "lose" ? ([], [], false) : (givers, Sources(context, head), false);
        }

        // "hold talks", "imposed sanctions", "expressed rejection": the light verb's subject acts.
        if (sources.Count == 0 && head >= 0 && words[noun].Deprel is "obj" or "nsubj:pass" && LightVerbs.Contains(words[head].Lemma))
        {
            sources.AddRange(Sources(context, head));
            if (targets.Count == 0)
            {
                foreach (int oblique in syntax.Children(head).Where(c => words[c].Deprel == "obl"))
                {
                    if (syntax.Children(oblique, "case").Any(c => TargetPrepositions.Contains(words[c].Lemma.ToLowerInvariant())))
                    {
                        targets.AddRange(context.ActorsWithConjuncts(oblique));
                    }
                }
            }
        }

        // ("Speaking after an hour-long meeting with Baker, Miyazawa also said", "said after talks
        // with the committee": who acts after talks or a meeting took part in them. Not "before",
        // which may be still to come.)
        if (sources.Count == 0 && head >= 0 && words[noun].Deprel == "obl" && words[head].Upos == "VERB" && MeetingNouns.Contains(context.Lemma(noun))
            && syntax.Children(noun, "case").Any(c => context.Lemma(c) is "after" or "following"))
        {
            sources.AddRange(Sources(context, head));
        }

        // "Mutual rejection was expressed …, Ushakov said": a noun that is what a reported clause is about.
        // Not for force: "media reports said clashes were continuing" — the reporters did not clash.
        // (Not a noun whose clause tells what it did or caused: "he said artificial support of the
        // dollar had put the markets in a volatile position" names no supporter.)
        if (sources.Count == 0 && speakerMayAct && head >= 0 && words[noun].Deprel is "nsubj" or "nsubj:pass"
            && (words[noun].Deprel == "nsubj:pass" || words[head].Upos != "VERB" || BeingVerbs.Contains(context.Lemma(head))))
        {
            sources.AddRange(Speaker(context, head));
        }

        return (sources, targets, mutual);
    }

    /// <summary>
    /// The date of an event: a time expression in its own clause, else in the nearest enclosing
    /// clause ("Singh told reporters Tuesday that the Pentagon wants…"), else the publication date.
    /// </summary>
    private static (ResolvedDate? Date, TimeExpression? Expression) DateOf(SentenceContext context, int trigger, bool future)
    {
        var words = context.Syntax.Words;
        int node = trigger;
        bool ownClause = true; // still inside the trigger's clause (or one joined to it)
        for (int depth = 0; depth < 10 && node >= 0; depth++)
        {
            if (OwnDate(context, node, eventItself: node == trigger) is { } time)
            {
                // ("The sources said they will meet April 13 to 16", written on March 6: this
                // April, not last. Not a date of the clause above: "On Wednesday, Reagan announced
                // that he will seek …".)
                // (Nor a day that names a past event, "Friday's Iran attack".)
                bool possessive = time.EndToken < words.Length && context.Form(time.EndToken) is "'s" or "’s";
                // ("Indonesia holds general elections on April 23", "He is to appear April 27 in a
                // London court", "his visit to Washington starting on April 29", written in late
                // March: a date of the coming quarter, written without its year, is still to come
                // unless the act is told in the past: "Iran attacked Iraq on April 13" was last year's.)
                bool coming = Coming(context, time, trigger) is not null;
                return ((future || coming) && ownClause && !possessive && time.Ahead is { } ahead ? ahead : time.Date, time);
            }

            ownClause &= words[node].Deprel is not ("ccomp" or "xcomp" or "parataxis" or "advcl" or "acl" or "acl:relcl" or "csubj");

            node = words[node].Head;
        }

        return context.Document.Metadata.Published is DateOnly published ? (new ResolvedDate(published, DateResolution.Day), null) : (null, null);
    }

    /// <summary>
    /// The coming date a month or a month and day without its year stands for, when the year
    /// putting it at or before publication is more than nine months back and the same date is due
    /// within three months of publication, and the act is not told in the past; else null.
    /// (Not a weekday: "his meeting on Monday with Baker had resolved differences" was last Monday.)
    /// </summary>
    private static ResolvedDate? Coming(SentenceContext context, TimeExpression time, int trigger) =>
        time.Ahead is { } soon && time.Date is { } date && context.Document.Metadata.Published is DateOnly written
            && date.Start < written.AddDays(-273) && soon.Start <= written.AddDays(92) && !ToldInThePast(context, trigger) ? soon : null;

    /// <summary>
    /// Whether an act is told in a past tense: a past verb, a perfect, a past auxiliary ("was
    /// signed"), or a noun told so by its own participle, its copula or its light verb.
    /// </summary>
    private static bool ToldInThePast(SentenceContext context, int trigger)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        bool Past(int verb) => words[verb].Xpos is "VBD"
            || syntax.Children(verb).Any(c => words[c].Deprel is "aux" or "aux:pass" or "cop" && (words[c].Xpos == "VBD" || words[c].Lemma == "have"));
        if (words[trigger].Upos != "NOUN")
        {
            return Past(trigger);
        }

        // A noun's own participle tells ("the elections held on April 23", "the visit starting on
        // April 29"), then a copula ("the attack on April 13 was the largest"), then a light verb
        // that holds it ("they held talks on May 5"); not another act that governs it ("Tokyo
        // announced Nakasone's visit to Washington starting on April 29").
        if (syntax.Children(trigger, "acl").FirstOrDefault(a => words[a].Xpos is "VBN" or "VBG", -1) is int participle and >= 0)
        {
            return words[participle].Xpos == "VBN";
        }

        int head = words[trigger].Head;
        return (head >= 0 && words[trigger].Deprel is "nsubj" or "nsubj:pass" && Past(head))
            || syntax.Children(trigger, "cop").Any(c => words[c].Xpos == "VBD")
            || (head >= 0 && words[trigger].Deprel == "obj" && LightVerbs.Contains(context.Lemma(head)) && Past(head));
    }

    /// <summary>
    /// A time expression attached to the clause of <paramref name="trigger"/>, if any;
    /// <paramref name="eventItself"/> when that word is the event's own trigger, not a clause above it.
    /// </summary>
    private static TimeExpression? OwnDate(SentenceContext context, int trigger, bool eventItself)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        foreach (var time in context.Times)
        {
            if (time.Date is null)
            {
                continue;
            }

            // The expression's head word, then up to the first clause head above it.
            int head = TimeHead(words, time);
            // ("the stock market collapse of 1929", "lower than those of three years ago", "the
            // largest since January 1982", "have invested 2.1 billion dlrs since 1979": a time of
            // something named, or where a span starts, is not when the event was.)
            // (A part of a time is still a time: "towards the end of last week", "at the start of 1986".)
            // (Nor a time that opens a noun it dates: "in the wake of the May 17th Iraqi missile attack
            // on the U.S. frigate Stark, which killed 37 Americans".)
            // (Not the "of" of a compound preposition: "ahead of next month's meeting", "as of March 26".)
            bool of = syntax.Children(head, "case").Any(c => context.Lemma(c) == "of" && !syntax.Children(c, "fixed").Any()
                    && !(c > 0 && context.Lemma(c - 1) is "ahead" or "because" or "instead" or "as" or "out" or "regardless" or "outside" or "inside"))
                && !(time.EndToken < words.Length && words[time.EndToken].Upos is "NOUN" or "PROPN" or "ADJ");
            bool since = syntax.Children(head, "case").Any(c => context.Lemma(c) == "since") || (time.FirstToken > 0 && context.Lemma(time.FirstToken - 1) == "since");
            // (A clause hung on the time is dated by it, whatever the time's preposition: "since August
            // 1984 when the Finance Ministry took over the bank", also where the parse hung the "when"
            // clause on the verb: "have held the temple since last June when militants attacked".)
            if (OpensWhenClauseOf(context, time, trigger))
            {
                return time;
            }

            // ("Iran condemned last Friday's Iraqi attack", "reiterated its commitment to last
            // December's OPEC accord": a time in the possessive dates the noun it owns, not the
            // clause around it.)
            // (But what is done in or at a gathering is when the gathering is: "before he attends
            // next week's IMF meeting", "would win last week's election", "Tokyo raised the issue
            // at last year's annual meeting", "Officials at yesterday's crisis meeting said".)
            if (time.EndToken < words.Length && context.Form(time.EndToken) is "'s" or "’s")
            {
                int owned = words[head].Head;
                bool gathering = owned >= 0 && (MeetingNouns.Contains(context.Lemma(owned)) || context.Lemma(owned) is "election" or "visit" or "vote" or "poll");
                // (Also the event's own clause of which the dated noun is the subject, or the phrase
                // "in", "at" or "during" it: "Friday's Iraqi missile attack killed 37 sailors", "were
                // killed in Sunday's clashes"; not a clause above the event's, "Last week's statement
                // reaffirmed a February 22 agreement in which the administration agreed".)
                if (owned == trigger
                    || (eventItself && owned >= 0 && words[owned].Head == trigger && (words[owned].Deprel is "nsubj" or "nsubj:pass"
                        || (words[owned].Deprel == "obl" && syntax.Children(owned, "case").Any(c => context.Lemma(c) is "in" or "at" or "during"))))
                    || (gathering && words[owned].Deprel == "obj" && words[owned].Head == trigger)
                    || (gathering && syntax.Children(owned, "case").Any(c => context.Lemma(c) is "at" or "during") && words[owned].Head is int holder and >= 0
                        && (holder == trigger || (words[holder].Head == trigger && words[holder].Deprel is "nsubj" or "nsubj:pass"))))
                {
                    return time;
                }

                continue;
            }

            // (An event noun the "of" phrase dates is dated by it: "the revolution of 1979".)
            if ((since || (of && words[head].Head != trigger && !(words[head].Head >= 0 && TimePortions.Contains(context.Lemma(words[head].Head)))))
                && !Dominates(syntax, head, trigger))
            {
                continue;
            }

            int clause = head;
            for (int depth = 0; depth < 6 && words[clause].Head >= 0; depth++)
            {
                clause = words[clause].Head;
                // (A predicate with its own subject or copula is a clause too: "the new prices would
                // still be lower than …" ends where "lower" does.)
                if (words[clause].Upos is "VERB" or "AUX" || clause == trigger
                    || syntax.Children(clause).Any(c => words[c].Deprel is "cop" or "nsubj" or "nsubj:pass" or "csubj"))
                {
                    break;
                }
            }

            // (A noun's own participle carries its time: "the prime minister's visit to Washington
            // starting next Wednesday".)
            if (clause == trigger || (words[trigger].Upos == "NOUN" && (clause == words[trigger].Head || (words[clause].Head == trigger && words[clause].Deprel == "acl"))))
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>The word of a time expression that hangs outside it: its head.</summary>
    private static int TimeHead(ImmutableArray<SyntaxWord> words, TimeExpression time)
    {
        for (int w = time.FirstToken; w < time.EndToken; w++)
        {
            if (words[w].Head < time.FirstToken || words[w].Head >= time.EndToken)
            {
                return w;
            }
        }

        return time.FirstToken;
    }

    /// <summary>The words of a verb's own clause after it, in order: objects, prepositional phrases, complements.</summary>
    private static List<int> ClauseWords(SentenceSyntax syntax, int verb)
    {
        var result = new List<int>();
        var stack = new Stack<int>(syntax.Children(verb).Where(c => !OutsideClause.Contains(syntax.Words[c].Deprel) || CommandedInfinitive(syntax, c, verb)));
        while (stack.Count > 0)
        {
            int w = stack.Pop();
            result.Add(w);
            foreach (int child in syntax.Children(w))
            {
                if (syntax.Words[child].Deprel is not ("punct" or "parataxis"))
                {
                    stack.Push(child);
                }
            }
        }

        return [.. result.Where(w => w > verb).Order()];
    }

    /// <summary>
    /// The participle right after a deed the dictionary knows or a thing an actor puts forward, as an
    /// acl of it or, misparsed, an xcomp of the verb ("prevented the demonstration staged by students",
    /// "welcomed the proposals announced by Japan"); null after a speech verb.
    /// </summary>
    private static int? DeedParticiple(SentenceContext context, int verb, int obj)
    {
        var words = context.Syntax.Words;
        int next = obj + 1;
        return next < words.Length && words[next].Xpos == "VBN" && (context.NounCode(obj) is not null || AuthoredThings.Contains(context.Lemma(obj)))
            && !SpeechVerbs.Contains(context.Lemma(verb))
            && ((words[next].Head == obj && words[next].Deprel == "acl") || (words[next].Head == verb && words[next].Deprel == "xcomp"))
            ? next : null;
    }

    /// <summary>The words of a noun's own "in" phrases ("traders in Singapore"), not of clauses or appositions hung on it.</summary>
    private static IEnumerable<int> OwnLocative(SentenceSyntax syntax, int head) =>
        syntax.Children(head, "nmod").Where(n => syntax.Children(n, "case").Any(c => syntax.Words[c].Lemma.Equals("in", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(n => Subtree(syntax, n));

    private static List<int> Subtree(SentenceSyntax syntax, int head)
    {
        var result = new List<int>();
        var stack = new Stack<int>([head]);
        while (stack.Count > 0)
        {
            int w = stack.Pop();
            result.Add(w);
            foreach (int child in syntax.Children(w))
            {
                stack.Push(child);
            }
        }

        result.Sort();
        return result;
    }

    private static (EventPattern? Pattern, int? Target) FirstMatch(SentenceContext context, ImmutableArray<EventPattern> candidates, int verb, List<int> clause)
    {
        List<int>? owned = null;
        var kept = new List<int>?[4];
        var keptAfterPatient = new List<int>?[4];
        int? patient = PatientBefore(context.Syntax, verb);

        // The words a pattern is matched against, each list built once per verb and kind of
        // pattern: the clause's own words, without a phrase of time the pattern does not name ("a
        // post held by president Burke until his recent election" holds no election) nor one of
        // what came before, after or around the act below the verb ("considering such payments
        // inappropriate after a series of strikes" considers no strike; "after|before|following
        // talk" names its preposition), after the noun the verb acts on when it comes before the
        // verb and the pattern names no target (in "control of the airport was taken by rebels"
        // that target would be the doer).
        List<int> WordsFor(EventPattern pattern)
        {
            owned ??= [.. clause.Where(w => !InPossessor(context.Syntax, w, verb))];
            bool keepTime = NamesPreposition(pattern, TimePrepositions), keepCircumstance = NamesPreposition(pattern, CircumstancePrepositions);
            int key = (keepTime ? 1 : 0) | (keepCircumstance ? 2 : 0);
            var words = kept[key] ??= [.. owned.Where(w => (keepTime || !InTimePhraseOf(context, w, verb))
                && (keepCircumstance || !InCircumstancePhraseOf(context, w, verb)))];
            if (patient is not int before || pattern.Steps.Any(step => step.Kind == StepKind.Target))
            {
                return words;
            }

            return keptAfterPatient[key] ??= [before, .. words];
        }

        // ("Brazil's economic program clearly demonstrates the intention to renegotiate", "Reagan's
        // reduced strength has been demonstrated by the Senate's decision": what is demonstrated is
        // shown; one demonstrates, in protest, with no object.)
        // ("Students demonstrated their anger against the government" still protest.)
        bool shows = context.Lemma(verb) == "demonstrate" && context.Syntax.Children(verb).Any(c => context.Syntax.Words[c].Deprel is "obj" or "obl:agent" or "ccomp")
            && !context.Syntax.Children(verb, "obl").Concat(context.Syntax.Children(verb, "obj").SelectMany(o => context.Syntax.Children(o, "nmod")))
                .Any(o => context.Syntax.Children(o, "case").Any(k => context.Lemma(k) is "against" or "outside"));
        foreach (var pattern in candidates)
        {
            if (shows && pattern.Steps.IsEmpty)
            {
                continue;
            }

            if (!pattern.Subject.IsEmpty)
            {
                if (!MatchSteps(context, pattern.Subject, SubjectPhraseWords(context.Syntax, verb), out _))
                {
                    continue;
                }
            }

            if (pattern.FixedWords > 0 && !FixedWordsFollow(context, pattern, verb))
            {
                continue;
            }

            if (MatchSteps(context, pattern.Steps, WordsFor(pattern), out int? target, verb)
                && (BarePreposition(pattern) is not string preposition || HasOwnPreposition(context, verb, preposition)))
            {
                // ("Iraqi troops opened fire on Kurdish villages near the Turkish border": of two
                // patterns as specific, "open fire" and "open border", the one naming the verb's
                // object wins over one whose word sits deeper in the clause.)
                if (!NamesObject(context, pattern, verb))
                {
                    // (A user's row is not overridden by a shipped one.)
                    foreach (var rival in candidates.SkipWhile(p => p != pattern).Skip(1).TakeWhile(p => p.Specificity == pattern.Specificity).Where(p => p.FromUser || !pattern.FromUser))
                    {
                        if (NamesObject(context, rival, verb) && (rival.Subject.IsEmpty || MatchSteps(context, rival.Subject, SubjectPhraseWords(context.Syntax, verb), out _))
                            && (rival.FixedWords == 0 || FixedWordsFollow(context, rival, verb))
                            && MatchSteps(context, rival.Steps, WordsFor(rival), out int? rivalTarget, verb))
                        {
                            return (rival, rivalTarget);
                        }
                    }
                }

                return (pattern, target);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The noun a verb acts on that comes before it, where the verb has no object or complement of its own: the
    /// subject of a passive ("the accord was signed by Nigerian Finance Minister Chu Okongwu") or
    /// the noun a participle describes ("the 100 pct tariffs imposed by President Reagan", "the
    /// ban, imposed by the ITC"). A pattern's first word may be it, as if it followed the verb.
    /// Pronouns name nothing a pattern can read, and are skipped. (Not the noun a relative clause
    /// describes, "tariffs the Reagan Administration imposed": "what specific solutions he wanted"
    /// read as wanting solutions, and such clauses often misparse.)
    /// </summary>
    private static int? PatientBefore(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        if (syntax.Children(verb).Any(c => words[c].Deprel is "obj" or "iobj" or "ccomp" or "xcomp"))
        {
            return null;
        }

        int? patient = syntax.Children(verb, "nsubj:pass").Cast<int?>().FirstOrDefault();
        if (patient is null && words[verb].Deprel == "acl" && words[verb].Xpos == "VBN")
        {
            patient = words[verb].Head;
        }

        return patient is int p && p >= 0 && p < verb && words[p].Upos is "NOUN" or "PROPN" ? p : null;
    }

    /// <summary>
    /// Prepositions of a time's bound, whose phrases say until or since when, not what ("until his
    /// recent election", "since the foundation of the system"). ("After", "before" and "during" are
    /// not among them: "speaking after an hour-long meeting with Baker" names a meeting held.)
    /// </summary>
    private static readonly FrozenSet<string> TimePrepositions = FrozenSet.Create(StringComparer.Ordinal, "until", "till", "since", "pending");

    /// <summary>
    /// Prepositions and subordinators of what came before, after or around an act, or caused it,
    /// not of its parts ("after a series of strikes", "called for new bids on that contract, partly
    /// because of the Toshiba investigation"; so too the clauses they open, "because Iran shelled
    /// Basra"). (Not "during": "speaking during talks with Swedish trade officials",
    /// "the offer was made during a Middle East visit" name talks and visits of the act's own doer.)
    /// </summary>
    private static readonly FrozenSet<string> CircumstancePrepositions = FrozenSet.Create(StringComparer.Ordinal, "after", "before", "following", "amid", "amidst", "despite", "because");

    /// <summary>Whether a pattern names one of <paramref name="prepositions"/> itself ("clash since", "after talk").</summary>
    private static bool NamesPreposition(EventPattern pattern, FrozenSet<string> prepositions) =>
        pattern.Steps.Any(step => step.Alternatives.Any(alternative => alternative.Any(prepositions.Contains)));

    /// <summary>
    /// Whether a word lies below the verb in a phrase of circumstance ("after a series of strikes",
    /// "after talks which ended"); not the verb's own noun above it ("a visit he made", "the deadline
    /// set by Washington" of "days before the deadline set by Washington").
    /// </summary>
    private static bool InCircumstancePhraseOf(SentenceContext context, int word, int verb) =>
        context.Syntax.Dominates(verb, word) && PathUp(context.Syntax, word, verb).Any(node => context.Syntax.Children(node, "case").Concat(context.Syntax.Children(node, "mark"))
            .Any(c => CircumstancePrepositions.Contains(context.Lemma(c))));

    /// <summary>Whether a word lies, below the verb, in a phrase such a preposition opens.</summary>
    /// <remarks>(Also "pending" the parse made a verb over its noun: "pending talks with the IMF".)</remarks>
    private static bool InTimePhraseOf(SentenceContext context, int word, int verb) =>
        PathUp(context.Syntax, word, verb).Any(node => context.Syntax.Children(node, "case").Concat(context.Syntax.Children(node, "mark")).Any(c => TimePrepositions.Contains(context.Lemma(c)))
            || (context.Syntax.Words[node].Head is int governor and >= 0 && governor != verb && context.Form(governor).Equals("pending", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The one word of a pattern step that names a single word, else null.</summary>
    private static string? SingleWord(PatternStep step) =>
        step.Kind == StepKind.Word && step.Alternatives.Length == 1 && step.Alternatives[0] is [string word] ? word : null;

    /// <summary>A pattern step that is one preposition alone ("from", "to", "with").</summary>
    private static bool IsBarePreposition(PatternStep step) => SingleWord(step) is "from" or "to" or "with" or "into" or "for" or "on" or "in";

    /// <summary>A pattern that is one of the prepositions "on", "upon", "for", "about" alone ("call on", "count on", "fire on", "call for", "ask about").</summary>
    private static string? BarePreposition(EventPattern pattern) =>
        pattern.Steps.Length == 1 && SingleWord(pattern.Steps[0]) is string word && word is "on" or "upon" or "for" or "about" ? word : null;

    /// <summary>
    /// Whether a preposition is the verb's own: right after it, or the preposition of one of its
    /// own phrases that is no time. A gap-allowing "call on" had matched "called U.S./Japan relations
    /// on certain key trade issues very strained", and "call for" "called a buying tender for four cargoes".
    /// </summary>
    private static bool HasOwnPreposition(SentenceContext context, int verb, string preposition)
    {
        var syntax = context.Syntax;
        var words = syntax.Words;
        if (preposition == "about")
        {
            // ("protested to the EC about its plan", "asked him about the deal": the phrase is the
            // verb's, or hangs on a phrase or object of it; "asked about 30 trading houses to
            // refrain" has a number's "about", "asked Japan to open talks about trade" a deeper one.)
            return Enumerable.Range(0, words.Length).Any(k => context.Lemma(k) == "about" && words[k].Deprel is "case" or "mark" && words[k].Head is int phrase and >= 0
                && (words[phrase].Head == verb || (words[phrase].Head is int holder and >= 0 && words[holder].Head == verb
                    && (words[holder].Deprel is "obj" or "iobj" || words[holder].Deprel.StartsWith("obl", StringComparison.Ordinal)))));
        }

        return (verb + 1 < words.Length && context.Lemma(verb + 1) == preposition)
            || syntax.Children(verb).Where(c => words[c].Deprel.StartsWith("obl", StringComparison.Ordinal) && !context.IsTime(c))
                .Concat(PhrasesOnTimes(context, verb))
                .Any(c => syntax.Children(c, "case").Any(k => context.Lemma(k) == preposition));
    }

    /// <summary>
    /// Phrases the parser hung on a time of the verb, which takes none ("lift embargoes in late
    /// February to Iran, Libya …", "is to apply tomorrow for European Community membership"): the verb's own.
    /// </summary>
    private static IEnumerable<int> PhrasesOnTimes(SentenceContext context, int verb)
    {
        var syntax = context.Syntax;
        return syntax.Children(verb).Where(c => syntax.Words[c].Deprel.StartsWith("obl", StringComparison.Ordinal) && context.IsTime(c))
            .SelectMany(t => syntax.Children(t, "nmod"));
    }

    /// <summary>Whether a pattern's first word is the lemma of the verb's direct object.</summary>
    private static bool NamesObject(SentenceContext context, EventPattern pattern, int verb) =>
        pattern.Steps.FirstOrDefault(s => s.Kind == StepKind.Word) is { } first
        && context.Syntax.Children(verb, "obj").Any(o => first.Alternatives.Any(a => a.Length == 1 && a[0] == context.Lemma(o)));

    /// <summary>
    /// The words of the phrase that does the verb, for a pattern's subject items: its own subject;
    /// else, for a verb joined to another ("surrendered and handed over their weapons") or
    /// controlled by one ("agreed to surrender"), that verb's; else, when the parser hung a lost
    /// main verb on the noun before it ("Five hundred Ugandan rebels surrendered" with
    /// "surrendered" a modifier of "rebels"), that noun's words before the verb.
    /// </summary>
    private static List<int> SubjectPhraseWords(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        for (int depth = 0; depth < 4 && verb >= 0; depth++)
        {
            var subjects = syntax.Children(verb).Where(c => SubjectRelations.Contains(words[c].Deprel)).ToList();
            if (subjects.Count > 0)
            {
                return [.. subjects.SelectMany(c => Subtree(syntax, c)).Order()];
            }

            int head = words[verb].Head;
            // (Not past an object that controls the infinitive: "urged the army to surrender". A
            // gerund of time or means has its verb's subject: "a tanker ran aground after hitting a
            // tower".)
            if (head >= 0 && words[head].Upos is "VERB" && (words[verb].Deprel == "conj" || (words[verb].Deprel == "xcomp" && !syntax.Children(head, "obj").Any())
                || (words[verb].Deprel == "advcl" && words[verb].Xpos == "VBG" && syntax.Children(verb, "mark").Any(m => words[m].Lemma is "after" or "before" or "by" or "while" or "when"))))
            {
                verb = head;
                continue;
            }

            if (head >= 0 && head < verb && ParseLostMainVerb(syntax, verb))
            {
                return [.. Subtree(syntax, head).Where(w => w < verb)];
            }

            // ("after workers struck demanding payment", the parse making "struck" a clause that
            // describes "workers": a past tense hung on the noun before it has that noun for
            // subject; not a participle, "troops deployed in the Gulf", "refugees fleeing the war".)
            if (head >= 0 && head < verb && words[verb].Deprel == "acl" && words[verb].Xpos == "VBD" && words[head].Upos == "NOUN")
            {
                return [.. Subtree(syntax, head).Where(w => w < verb)];
            }

            break;
        }

        return [];
    }

    /// <summary>
    /// Adverbs of direction that make a phrasal verb of their own, so a multi-word verb's particle
    /// is not looked for past them ("Looking ahead over the next 18 months" is no "look over").
    /// </summary>
    private static readonly FrozenSet<string> DirectionAdverbs = FrozenSet.Create(StringComparer.Ordinal,
        "ahead", "back", "forward", "away", "around", "round", "aside", "along", "through", "down", "up", "out", "off", "in", "on", "over");

    /// <summary>
    /// Whether the fixed words of a multi-word verb stand with the verb: right after it, past at
    /// most two adverbs or pronouns or a time phrase ("called on Iran", "give it up", "called on
    /// Tuesday for a ceasefire"), or hung on it as its particle or complement wherever the object put
    /// them ("handed the money over", "set two hostages free"). "The order was given to the
    /// shipyards in Shanghai" does not give in, "took place over the islands" takes nothing over.
    /// </summary>
    private static bool FixedWordsFollow(SentenceContext context, EventPattern pattern, int verb)
    {
        var words = context.Syntax.Words;
        int position = verb + 1;
        for (int step = 0; step < pattern.FixedWords; step++)
        {
            var lemmas = pattern.Steps[step].Alternatives.Select(a => a[0]).ToHashSet(StringComparer.Ordinal);
            int skipped = 0;
            while (position < words.Length && !lemmas.Contains(context.Lemma(position))
                && ((skipped < 2 && words[position].Upos is "ADV" or "PRON" && !DirectionAdverbs.Contains(context.Lemma(position))) || InTimePhrase(context, position)))
            {
                position++;
                skipped++;
            }

            // ("They're going to put somebody's resolve to the test": an infinitive's "to" is no
            // particle of "go to".)
            if (position < words.Length && lemmas.Contains(context.Lemma(position))
                && !(context.Lemma(position) == "to" && words[position].Deprel == "mark" && words[position].Head >= 0 && words[words[position].Head].Upos is "VERB" or "AUX"))
            {
                position++;
                continue;
            }

            if (step == 0 && context.Syntax.Children(verb).FirstOrDefault(c => words[c].Deprel is "compound:prt" or "xcomp" && lemmas.Contains(context.Lemma(c)), -1) is int particle and >= 0)
            {
                position = particle + 1;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Whether a word belongs to a time expression the dates stage found ("on Tuesday", "last week", "today").</summary>
    private static bool InTimePhrase(SentenceContext context, int word) =>
        context.Times.Any(t => t.Span.Contains(context.Syntax.Words[word].Span)) || (context.Syntax.Words[word].Upos == "ADP" && context.IntroducesTime(word));

    /// <summary>
    /// Whether a word sits in a possessor on its way up to the verb: "welcomed President Reagan's
    /// statement" welcomes a statement, so the pattern "welcome president" (a visit) must not match.
    /// </summary>
    private static bool InPossessor(SentenceSyntax syntax, int word, int verb) =>
        PathUp(syntax, word, verb).Any(node => syntax.Words[node].Deprel == "nmod:poss");

    /// <summary>Matches steps in order (gaps allowed) over words' lemmas; <c>+</c> takes the next actor as target.</summary>
    private static bool MatchSteps(SentenceContext context, ImmutableArray<PatternStep> steps, List<int> words, out int? target, int verb = -1)
    {
        target = null;
        int position = 0;
        for (int index = 0; index < steps.Length; index++)
        {
            var step = steps[index];
            if (step.Kind == StepKind.Target)
            {
                // After a preposition the target is in that preposition's phrase ("went up to 64
                // pct compared to 19 pct for opposition leader John Howard" goes to no one).
                int phrase = position > 0 && context.Syntax.Words[words[position - 1]].Upos == "ADP" ? context.Syntax.Words[words[position - 1]].Head : -1;
                int found = -1;
                // First, right after the verb, it is the verb's object ("release +": "released the
                // prime minister", not "released tin to two firms").
                bool objectOnly = index == 0 && verb >= 0;
                for (int k = position; k < words.Count; k++)
                {
                    if (context.ActorsAt(words[k]).Count > 0 && (phrase < 0 || Dominates(context.Syntax, phrase, words[k]))
                        && (!objectOnly || context.Syntax.Children(verb).Any(o => (context.Syntax.Words[o].Deprel is "obj" or "iobj" || (context.Syntax.Words[o].Deprel == "xcomp" && context.Syntax.Words[o].Upos is "PROPN" or "NOUN" or "PRON"))
                            && WithoutPreposition(context.Syntax, o, words[k]))))
                    {
                        found = k;
                        break;
                    }
                }

                if (found < 0)
                {
                    return false;
                }

                target = words[found];
                position = found + 1;
                continue;
            }

            // A "to" that ends the pattern or comes before its target is a preposition ("welcome
            // X to Moscow"), never an infinitive's marker ("a settlement to be reached"); after
            // the target it is one ("wants Congress to act": "+ to").
            bool preposition = (index == steps.Length - 1 && (index == 0 || steps[index - 1].Kind != StepKind.Target))
                || (index + 1 < steps.Length && steps[index + 1].Kind == StepKind.Target);
            int next = FindStep(context, step, words, position, preposition);
            // A preposition that brings the target belongs to the verb or its object ("went to
            // Moscow", "sent warships to the Gulf"), not to a phrase deeper down ("going through
            // upheaval after the transition from military to civilian government").
            while (next > 0 && verb >= 0 && index + 1 < steps.Length && steps[index + 1].Kind == StepKind.Target
                && context.Syntax.Words[words[next - 1]].Upos == "ADP" && !BelongsToVerb(context.Syntax, words[next - 1], verb))
            {
                next = FindStep(context, step, words, next, preposition);
            }

            if (next < 0)
            {
                return false;
            }

            position = next;
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> lies under <paramref name="head"/> with no preposition's phrase or possessor between ("the prime minister", not "tonnes from British stores", "its guidelines").</summary>
    private static bool WithoutPreposition(SentenceSyntax syntax, int head, int word) =>
        Dominates(syntax, head, word) && !PathUp(syntax, word, head).Any(node => syntax.Children(node, "case").Any() || syntax.Words[node].Deprel == "nmod:poss");

    /// <summary>Whether <paramref name="word"/> lies in the subtree of <paramref name="head"/>.</summary>
    private static bool Dominates(SentenceSyntax syntax, int head, int word) => syntax.Dominates(head, word);

    /// <summary>
    /// The words from <paramref name="word"/> up its head links, stopping before <paramref name="stop"/>
    /// or the root (bounded by the sentence length, so a malformed tree cannot loop).
    /// </summary>
    private static IEnumerable<int> PathUp(SentenceSyntax syntax, int word, int stop)
    {
        for (int node = word, steps = 0; node >= 0 && node != stop && steps < syntax.Words.Length; node = syntax.Words[node].Head, steps++)
        {
            yield return node;
        }
    }

    /// <summary>Whether a preposition's phrase hangs on the verb, on a particle or object of it.</summary>
    private static bool BelongsToVerb(SentenceSyntax syntax, int preposition, int verb)
    {
        var words = syntax.Words;
        int phrase = words[preposition].Deprel == "case" ? words[preposition].Head : preposition;
        if (phrase < 0 || phrase == verb || words[phrase].Head == verb)
        {
            return true;
        }

        int parent = words[phrase].Head;
        // (Also on a conjunct of the object: "providing photographs and other intelligence to Macedonia".)
        if (parent >= 0 && words[parent].Deprel == "conj" && words[parent].Head >= 0)
        {
            parent = words[parent].Head;
        }

        return parent >= 0 && words[parent].Head == verb && words[parent].Deprel is "obj" or "iobj" or "compound:prt" or "advmod";
    }

    /// <summary>The position after the first match of a step at or after <paramref name="from"/>, or -1.</summary>
    private static int FindStep(SentenceContext context, PatternStep step, List<int> words, int from, bool preposition = false)
    {
        for (int k = from; k < words.Count; k++)
        {
            foreach (var alternative in step.Alternatives)
            {
                if (k + alternative.Length > words.Count)
                {
                    continue;
                }

                bool all = true;
                for (int a = 0; a < alternative.Length && all; a++)
                {
                    all = IsWord(context, words[k + a], alternative[a]);
                    // A pattern's "that" opens a content clause ("its call that Egypt release …"), not
                    // a relative one ("a call that lasted two hours").
                    all = all && !(alternative[a] == "that" && context.Syntax.Words[words[k + a]].Deprel != "mark")
                        && !(preposition && alternative[a] == "to" && context.Syntax.Words[words[k + a]].Upos == "PART");
                }

                // A preposition that brings a time ("a strike on Wednesday", "agreed on Monday to …")
                // is not the pattern's preposition.
                // (Nor is a noun the first half of a hyphenated modifier the pattern's noun: "a review
                // of money-losing industries", "dollar-denominated notes", "a cash-rich fund" promise
                // or offer no money.)
                // (Nor a word inside a name that goes on after it: "announced the acquisition of Home
                // Savings and Loan Association" announced no loan; "signed the Paris Agreement" signed one.)
                if (all && !(alternative.Length == 1 && context.Syntax.Words[words[k]].Upos == "ADP" && context.IntroducesTime(words[k]))
                    && !FirstHalfOfHyphenated(context.Syntax, words[k + alternative.Length - 1])
                    && !context.InsideNameBeforeItsEnd(words[k + alternative.Length - 1]))
                {
                    return k + alternative.Length;
                }
            }
        }

        return -1;
    }

    /// <summary>Words that open an indirect question ("whether they will seek", "how to proceed").</summary>
    private static bool IsQuestionWord(string lemma) => lemma is "whether" or "how" or "what" or "when" or "where" or "which";

    /// <summary>Whether a noun is joined by a hyphen to the word after it ("money" of "money-losing").</summary>
    private static bool FirstHalfOfHyphenated(SentenceSyntax syntax, int word) =>
        syntax.Words[word].Upos is "NOUN" or "PROPN" && word + 2 < syntax.Words.Length && syntax.Words[word + 1].Xpos == "HYPH"
        && syntax.Words[word + 1].Span.Start == syntax.Words[word].Span.End && syntax.Words[word + 2].Span.Start == syntax.Words[word + 1].Span.End;

    /// <summary>
    /// Whether a word is a pattern's word: by lemma or form, or as the plural of a noun the
    /// treebank lemmatises as itself ("troops" has the lemma "troops" in UD English). Not
    /// "according" of "according to", a preposition whose lemma is "accord" ("set aside 781.6 mln
    /// dlrs to service foreign debts in 1987/88, according to budget plans" set no accord).
    /// </summary>
    private static bool IsWord(SentenceContext context, int word, string item) =>
        (context.Lemma(word) == item && context.Form(word) != "according") || context.Form(word) == item
        || (context.Syntax.Words[word].Xpos == "NNS" && context.Form(word).Length == item.Length + 1 && context.Form(word).EndsWith('s') && context.Form(word).StartsWith(item, StringComparison.Ordinal));

    private static bool MatchModifiers(SentenceContext context, EventPattern pattern, List<int> modifiers)
    {
        foreach (var step in pattern.Steps.Where(s => s.Kind == StepKind.Modifier))
        {
            if (!modifiers.Any(m => step.Alternatives.Any(a => a.Length == 1 && IsWord(context, m, a[0]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What the coder needs of one sentence.</summary>
    private sealed class SentenceContext(Document document, int index, SentenceSyntax syntax, DocumentActors actors, List<TimeExpression> times, EventPatterns patterns)
    {
        // ("provide full disclosure for securities": the plural of "security" in finance is
        // stocks and bonds, no protection, so it keeps its own lemma for the patterns.)
        private readonly string[] forms = [.. syntax.Words.Select(w => document[w.Span].ToLowerInvariant())];
        private readonly string[] lemmas = [.. syntax.Words.Select(w => document[w.Span].Equals("securities", StringComparison.OrdinalIgnoreCase) ? "securities" : w.Lemma.ToLowerInvariant())];

        public Document Document { get; } = document;

        public int Index { get; } = index;

        public SentenceSyntax Syntax { get; } = syntax;

        public List<TimeExpression> Times { get; } = times;

        /// <summary>The code of a noun's first pattern ("attack" → 190), or null for a noun that names no event.</summary>
        public string? NounCode(int word) => patterns.ForNoun(lemmas[word]).FirstOrDefault()?.Code;

        /// <summary>Whether a preposition's phrase is a time expression ("on Wednesday", "in 1986").</summary>
        public bool IntroducesTime(int preposition)
        {
            var words = Syntax.Words;
            int phrase = words[preposition].Deprel == "case" ? words[preposition].Head : -1;
            return phrase >= 0 && Times.Any(t => t.Span.Contains(words[phrase].Span));
        }

        /// <summary>Whether a word is inside a time expression ("February" of "in late February").</summary>
        public bool IsTime(int word) => Times.Any(t => t.Span.Contains(Syntax.Words[word].Span)) || TimeExpressionFinder.NamesCalendarTime(Document[Syntax.Words[word].Span]);

        public string Lemma(int word) => lemmas[word];

        /// <summary>The mention whose phrase head is this word, if any.</summary>
        public ActorMention? MentionAt(int word) => actors.At(Index, word);

        /// <summary>The mention whose phrase covers this word, if any.</summary>
        public ActorMention? MentionCovering(int word) =>
            actors.BySentence[Index].Where(m => m.Span.Contains(Syntax.Words[word].Span)).MinBy(m => m.Span.Length);

        /// <summary>
        /// Whether a mention is an act named with its doer's role ("launch a new military offensive",
        /// "suspended a military aid program"): the act's object, not an actor it is aimed at.
        /// </summary>
        public bool IsRoleNamedAct(ActorMention mention) =>
            mention.ModifierOnly && (!patterns.ForNoun(lemmas[mention.Head]).IsEmpty || Syntax.Children(mention.Head).Any(c => !patterns.ForNoun(lemmas[c]).IsEmpty && Syntax.Words[c].Deprel == "compound"));

        /// <summary>
        /// The word as written, in lower case: patterns are written with lemmas, but a word the
        /// lemmatizer reduced too far ("arms" → "arm") still matches the form a pattern names.
        /// </summary>
        public string Form(int word) => forms[word];

        /// <summary>
        /// The actor at a phrase head; for an uncoded head, its possessor ("Russia's actions"), else
        /// the actors of its "of" or "for" complement: a quantity or part ("thousands of Nigerians",
        /// "members of the association"), or whom a thing belongs to or serves ("a camp for
        /// Congolese refugees", "the return of U.N. inspectors").
        /// </summary>
        public List<ActorMention> ActorsAt(int word) => ActorsAt(word, 0);

        private List<ActorMention> ActorsAt(int word, int depth)
        {
            if (actors.At(Index, word) is { } mention)
            {
                return [mention];
            }

            // "its partners", "Israel's neighbours", "China's critics" are others, not the possessor.
            foreach (int child in ActorResolver.IsRelationalPhrase(Syntax, word) ? [] : Syntax.Children(word))
            {
                // Inside an "of" complement a possessive pronoun is the actor's own
                // ("two of its nationals"), not whom the act is about.
                if (Syntax.Words[child].Deprel == "nmod:poss" && actors.At(Index, child) is { } owner && (depth == 0 || Syntax.Words[child].Upos != "PRON"))
                {
                    return [CountrysOwnName(owner, child, word)];
                }
            }


            // "the Islamic Jihad movement", "the Hezbollah militia": a body's generic noun after a
            // name compounded with it is that body (the name's capitalised run made it a phrase of
            // its own). "its European Community partners", "NATO allies": the partners named by the
            // body they belong to ("U.S. allies" are not the United States).
            // ("United Nations planes", "NATO jets", "Red Cross convoys": what a named body acts with
            // or owns stands for it.)
            bool body = BodyNouns.Contains(lemmas[word]) || IsMeansOfABody(lemmas[word]);
            bool relational = ActorResolver.IsRelationalPhrase(Syntax, word);
            if ((body || relational)
                && Syntax.Children(word).Where(c => Syntax.Words[c].Deprel == "compound").Select(c => actors.At(Index, c)).OfType<ActorMention>()
                    .FirstOrDefault(m => body ? m.Rule == MentionRule.Name : m.Code.StartsWith("IGO", StringComparison.Ordinal)) is { } named)
            {
                return [named];
            }

            // "<Ecolab Co> of the United States signed a contract", "<Wrought Copper Ltd> of Chile": a
            // firm no dictionary knows, named with the country it is of, is that country's business.
            if (Syntax.Words[word].Upos == "PROPN" && EndsFirmName(word)
                && Syntax.Children(word, "nmod").FirstOrDefault(n => Syntax.Children(n, "case").Any(c => lemmas[c] == "of")
                    && actors.At(Index, n) is { Rule: MentionRule.Country, Country: not null }, -1) is int homeWord and >= 0
                && actors.At(Index, homeWord) is { } home)
            {
                // ("The Bank of Spain said", "the Central Bank of Brazil": a country's own bank, so
                // named, is its central bank, a state body; "Bank of America" and "National Bank of
                // Greece" are firms.)
                var name = Syntax.Children(word).Where(n => n < word && Syntax.Words[n].Deprel is "compound" or "amod").Append(word)
                    .Concat(Syntax.Children(word).Where(n => n > word && Syntax.Words[n].Deprel == "flat")).Select(n => lemmas[n]).ToList();
                bool centralBank = home.Country != "USA" && name[^1] == "bank" && name.Count <= 2 && (name.Count == 1 || name[0] is "central" or "reserve");
                return [home with { Code = ActorCode.Combine(home.Country!, centralBank ? "GOV" : "BUS"), Rule = MentionRule.CountryAndAgent }];
            }

            // Only nominal heads, and not through long chains ("the withdrawal of the troops of the
            // army of …" stops after three steps).
            if (depth < 3 && Syntax.Words[word].Upos is "NOUN" or "NUM" or "PRON")
            {
                foreach (int child in Syntax.Children(word, "nmod"))
                {
                    if (Syntax.Children(child, "case").Any(c => lemmas[c] is "of" or "for") && ActorsAt(child, depth + 1) is { Count: > 0 } inner)
                    {
                        // "aid for Romania and Poland": the complement's conjuncts too.
                        return [.. inner, .. Syntax.Children(child, "conj").SelectMany(c => ActorsAt(c, depth + 1))];
                    }
                }
            }

            return [];
        }

        /// <summary>
        /// Whether a place is where a meeting was held, which says nothing of whose the people there
        /// are or whom they act on: hung on a meeting noun ("talks in Geneva"), or
        /// on a verb beside one held there ("the commitment reached in a meeting on February 22 in
        /// Paris") or whose object it is ("resume negotiations in Luxembourg"; not a meeting gone
        /// to, "arrived in Beijing for talks").
        /// </summary>
        private bool IsVenue(int place) => Syntax.Words[place].Head is int venue and >= 0
            && (MeetingNouns.Contains(lemmas[venue])
                || (Syntax.Words[venue].Upos == "VERB" && Syntax.Children(venue, "obl").Any(o => o != place && MeetingNouns.Contains(lemmas[o])
                    && Syntax.Children(o, "case").Any(c => lemmas[c] is "in" or "at" or "during")))
                // ("agreed to … resume negotiations in Luxembourg next month", "hold talks in Geneva".)
                || (Syntax.Words[venue].Upos == "VERB" && Syntax.Children(venue, "obj").Any(o => MeetingNouns.Contains(lemmas[o]))));

        /// <summary>
        /// The country where the sentence's action takes place: a country or capital mention in a
        /// locative phrase ("in Serbia", "throughout Indonesia", "in Kabul"); with
        /// <paramref name="outsideAttribution"/>, not one in the subject of a speech verb ("officials in
        /// Nairobi said"), which says where the news comes from.
        /// </summary>
        public string? LocationCountry(bool outsideAttribution = false) => LocationMention(outsideAttribution)?.Country;

        /// <summary>The mention of the place <see cref="LocationCountry"/> names (the evidence of a target taken from it).</summary>
        public ActorMention? LocationMention(bool outsideAttribution = false)
        {
            foreach (var mention in actors.BySentence[Index])
            {
                bool locative = InLocativePhrase(mention.Head, "in", "throughout", "across", "at", "inside") && !IsVenue(mention.Head);
                if (locative && mention.Country is not null && mention.Rule is MentionRule.Country or MentionRule.Capital && NamesPlace(mention)
                    && !(outsideAttribution && (InAttribution(mention.Head) || BeforeSubjectlessSpeechVerb(mention.Head) || OfSpeech(mention.Head))))
                {
                    return mention;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a country mention is a place: a name ("in southern Lebanon"; "Algiers" read as a
        /// common noun; "in south lebanon" in lower case; "in Bangladesh next month" hung on
        /// "month") or a place noun ("in Serbian cities", "in the Iraqi capital"); "in the current
        /// Palestinian uprising" says nothing of where.
        /// </summary>
        private bool NamesPlace(ActorMention mention) =>
            PlaceNouns.Contains(lemmas[mention.Head]) || char.IsUpper(Document.Text[Syntax.Words[mention.Head].Span.Start])
            || forms[mention.Head].Equals(mention.Name, StringComparison.OrdinalIgnoreCase)
            || Syntax.Words.Any(w => w.Upos == "PROPN" && mention.Span.Contains(w.Span));

        /// <summary>
        /// Whether a word heads a locative phrase with one of the prepositions ("in Algiers"), or
        /// names the place a locative place noun stands for ("in the capital city of Algiers", "in the
        /// town of Hebron").
        /// </summary>
        private bool InLocativePhrase(int word, params ReadOnlySpan<string> prepositions)
        {
            bool Locative(int w, ReadOnlySpan<string> cases)
            {
                if (Syntax.Words[w].Deprel is not ("obl" or "nmod"))
                {
                    return false;
                }

                foreach (int c in Syntax.Children(w, "case"))
                {
                    if (cases.Contains(lemmas[c]))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (Locative(word, prepositions))
            {
                return true;
            }

            // ("in the town of Samarra", and "in the capital Kabul", the name the settlement's apposition.)
            int head = Syntax.Words[word].Head;
            return head >= 0 && (Locative(word, ["of"]) || Syntax.Words[word].Deprel == "appos") && Gazetteer.NamesItsPlace(lemmas[head], head > 0 ? lemmas[head - 1] : null)
                && Syntax.Words[head].Upos == "NOUN" && Locative(head, prepositions);
        }

        /// <summary>
        /// The country of the first locative phrase ("in Iraq", "in Algiers") among some words of
        /// the sentence, as an actor at that phrase; null when there is none.
        /// </summary>
        public ActorMention? PlaceIn(IEnumerable<int> clause)
        {
            foreach (int w in clause)
            {
                if (actors.At(Index, w) is { Head: var head } mention && head == w && mention.Country is string country
                    && mention.Rule is MentionRule.Country or MentionRule.Capital && NamesPlace(mention) && !InAttribution(w) && !BeforeSubjectlessSpeechVerb(w) && !OfSpeech(w)
                    && InLocativePhrase(w, "in", "inside", "throughout", "across") && !IsVenue(w))
                {
                    return mention with { Code = country, Rule = MentionRule.Country };
                }
            }

            return null;
        }

        /// <summary>
        /// True when the phrase ending at <paramref name="last"/> is followed, after at most a
        /// locative tail the parse hung elsewhere ("in Nairobi"), by a speech verb without a subject.
        /// </summary>
        public bool BeforeSubjectlessSpeechVerb(int last) => EventCoder.BeforeSubjectlessSpeechVerb(Syntax, last);

        /// <summary>"In Washington, Weinberger said …": where something was said, not where it happened.</summary>
        private bool OfSpeech(int word) => Syntax.Words[word].Head is int head and >= 0 && SpeechVerbs.Contains(lemmas[head]);

        /// <summary>True when a word lies in the subject of a speech verb ("relief officials in Nairobi said"): where the news comes from, not where it happens.</summary>
        private bool InAttribution(int word)
        {
            for (int node = word, depth = 0; node >= 0 && depth < 12; depth++)
            {
                int parent = Syntax.Words[node].Head;
                if (parent >= 0 && SubjectRelations.Contains(Syntax.Words[node].Deprel) && SpeechVerbs.Contains(lemmas[parent]))
                {
                    return true;
                }

                node = parent;
            }

            return false;
        }

        /// <summary>
        /// True when a capitalised word stands next to capitalised words of a name ("London
        /// Interbank Offered Rate", "Star Wars", "Organization for Economic Cooperation and
        /// Development"), not after an abbreviation or acronym ("U.S. Attack", "the NATO Summit").
        /// </summary>
        public bool InsideName(int word)
        {
            var text = Document.Text;
            bool Capitalised(int w) => w >= 0 && w < Syntax.Words.Length && char.IsUpper(text[Syntax.Words[w].Span.Start]);
            bool NamePart(int w)
            {
                if (w <= 0 || w >= Syntax.Words.Length || !Capitalised(w))
                {
                    return false;
                }

                var form = Document[Syntax.Words[w].Span];
                return !form.EndsWith('.') && form.Any(char.IsLower);
            }

            // ("for", "and", "of" inside a name: "Organization for Economic Cooperation".)
            bool Linked(int w, int step) => NamePart(w) || (w >= 0 && w < Syntax.Words.Length && lemmas[w] is "for" or "and" or "of" && NamePart(w + step));
            return word > 0 && Capitalised(word) && (Linked(word - 1, -1) || Linked(word + 1, 1));
        }

        /// <summary>
        /// A proper name owned by a country ("Britain's …"): a state body's name is that country's
        /// government ("Britain's Department of Trade and Industry is investigating"), a firm's name no
        /// dictionary knows its business ("Singapore's United Industrial Corp Ltd has agreed",
        /// "Britain's &lt;Associated Newspapers Holdings Plc&gt;"); anything else, the owner itself.
        /// </summary>
        private ActorMention CountrysOwnName(ActorMention owner, int possessor, int word)
        {
            if (owner is not { Rule: MentionRule.Country or MentionRule.Capital, Country: string country } || owner.Code.Length != 3 || Syntax.Words[word].Upos != "PROPN")
            {
                return owner;
            }

            if (ActorResolver.StateBodyWords.Contains(Syntax.Words[word].Lemma))
            {
                return owner with { Code = ActorCode.Combine(country, "GOV") };
            }

            // (The firm's name runs from after the possessor's "'s", which a bad parse may put after it.)
            int marker = Syntax.Children(possessor, "case").FirstOrDefault(c => Syntax.Words[c].Xpos == "POS", -1);
            return EndsFirmName(word) && marker >= 0 && marker < word ? FirmOf(owner, country, marker, word) : owner;
        }

        /// <summary>
        /// The business of <paramref name="country"/> named by the firm's name after the possessor's
        /// "'s": its evidence is the name's run of proper nouns ("United Industrial Corp Ltd", not
        /// "Singapore's", nor "largest trading house" of "Japan's largest trading house Mitsubishi Corp").
        /// </summary>
        private ActorMention FirmOf(ActorMention owner, string country, int marker, int name)
        {
            int first = Enumerable.Range(marker + 1, name - marker).First(w => Syntax.Words[w].Upos == "PROPN" && Syntax.Dominates(name, w));
            var span = new TextSpan(Syntax.Words[first].Span.Start, Syntax.Words[LastNameWord(name)].Span.End);
            return owner with { Code = ActorCode.Combine(country, "BUS"), Rule = MentionRule.CountryAndAgent, Name = Document[span], Span = span };
        }

        /// <summary>The last word of a proper noun's name: it or the last word flat on it.</summary>
        private int LastNameWord(int word) => Syntax.Children(word, "flat").Append(word).Max();

        /// <summary>Whether a proper noun's name (it and the words flat on it) ends in a firm's word ("Corp", "Ltd", "Holdings Plc").</summary>
        private bool EndsFirmName(int word) => ActorResolver.EndsCompanyName(Document[Syntax.Words[LastNameWord(word)].Span]);

        /// <summary>
        /// Whether a word is inside a firm's capitalised name, before its last word ("Loan" of "Home
        /// Savings and Loan Association"; not "Minister" of "Prime Minister Bettino Craxi", which
        /// subject patterns read, nor "Carrier" of "the Aircraft Carrier Kitty Hawk").
        /// </summary>
        public bool InsideNameBeforeItsEnd(int word)
        {
            if (!InsideName(word))
            {
                return false;
            }

            int last = word;
            while (last + 1 < Syntax.Words.Length && (Syntax.Words[last + 1].Upos == "PROPN" || (lemmas[last + 1] is "and" or "of" or "&" && last + 2 < Syntax.Words.Length && Syntax.Words[last + 2].Upos == "PROPN")))
            {
                last += lemmas[last + 1] is "and" or "of" or "&" ? 2 : 1;
            }

            string end = Document[Syntax.Words[last].Span];
            return last > word && (ActorResolver.EndsCompanyName(end) || end is "Association" or "Company" or "Group");
        }

        /// <summary>True when the word is part of an actor's dictionary name ("Asia-Pacific Economic Cooperation").</summary>
        public bool InsideActorName(int word) =>
            actors.BySentence[Index].Any(m => m.Rule is MentionRule.Name or MentionRule.PersonRole && m.Span.Contains(Syntax.Words[word].Span) && char.IsUpper(Document.Text[Syntax.Words[word].Span.Start])
                // The phrase's head is an event of the named actor ("the NATO Summit") unless the
                // name itself ends in it ("Asia-Pacific Economic Cooperation").
                && (m.Head != word || m.Name.EndsWith(Document[Syntax.Words[word].Span], StringComparison.OrdinalIgnoreCase)));

        /// <summary>The last actor whose phrase ends before a word, not a possessor ("Haiti's").</summary>
        public ActorMention? ActorEndingBefore(int word)
        {
            int start = Syntax.Words[word].Span.Start;
            return actors.BySentence[Index].Where(m => m.Span.End <= start && Syntax.Words[m.Head].Deprel != "nmod:poss").OrderBy(m => m.Span.End).LastOrDefault();
        }

        /// <summary>The actor whose phrase starts right after a word, past determiners, adjectives and quotes.</summary>
        public ActorMention? ActorStartingAfter(int word)
        {
            int next = word + 1;
            while (next < Syntax.Words.Length && (Syntax.Words[next].Upos is "DET" or "ADJ" || Document[Syntax.Words[next].Span] is "“" or "\"" or "‘"))
            {
                next++;
            }

            if (next >= Syntax.Words.Length)
            {
                return null;
            }

            int start = Syntax.Words[next].Span.Start;
            return actors.BySentence[Index].FirstOrDefault(m => m.Span.Contains(start) && m.Span.Start >= Syntax.Words[word].Span.End);
        }

        /// <summary>True when a phrase's first word is a coordinating conjunction attached inside it.</summary>
        private bool OpensWithConjunction(int phrase) =>
            Enumerable.Range(0, phrase).Any(k => Syntax.Words[k].Deprel == "cc" && Syntax.Dominates(phrase, k));

        /// <summary>The actors of a phrase and of the phrases coordinated with it.</summary>
        public List<ActorMention> ActorsWithConjuncts(int word)
        {
            var found = ActorsAt(word);
            // An "apposition" that opens with a conjunction is a conjunct the parser mislabelled
            // ("Putin and Chinese President Xi spoke": Xi attached as appos with its own "and").
            // (Conjuncts the parser chained, each on the one before, count too: "Britain and China".)
            // (A word inside a name, "United" of "United States", takes its name's conjuncts.)
            int phrase = actors.At(Index, word) is { } own && own.Head != word ? own.Head : word;
            var conjuncts = Syntax.Children(phrase, "conj").Concat(Syntax.Children(phrase, "appos").Where(OpensWithConjunction)).ToList();
            for (int i = 0; i < conjuncts.Count && i < 32; i++)
            {
                found.AddRange(ActorsAt(conjuncts[i]));
                conjuncts.AddRange(Syntax.Children(conjuncts[i], "conj"));
            }

            // "asked at least four countries, including the U.S., the Soviet Union, Britain and
            // China": a group no dictionary names acts or is acted on through the members it lists.
            // (Only a plural or a body of members: "pressing for a tough trade bill, including
            // Congressman Richard Gephardt" lists the members of "House leaders", parsed as of "bill".)
            if (found.Count == 0 && Syntax.Words[word].Upos == "NOUN" && (Syntax.Words[word].Xpos == "NNS" || lemmas[word] is "group" or "coalition" or "bloc" or "alliance" or "consortium" or "delegation" or "team" or "club" or "community"))
            {
                // (The list may hang as nmod or appos, its conjuncts chained: "including the United
                // States, Britain and China".)
                var members = Syntax.Children(word).Where(n => Syntax.Words[n].Deprel is "nmod" or "appos" && Syntax.Children(n, "case").Any(c => lemmas[c] is "include" or "including")).ToList();
                for (int i = 0; i < members.Count && i < 32; i++)
                {
                    found.AddRange(ActorsAt(members[i]));
                    members.AddRange(Syntax.Children(members[i], "conj"));
                }
            }

            return found;
        }
    }
}
