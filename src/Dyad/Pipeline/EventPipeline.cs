using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Data;
using Dyad.Events;
using Dyad.Facts;
using Dyad.Syntax;
using Dyad.Text;

namespace Dyad.Pipeline;

/// <summary>A document through every stage: cleaned text, syntax, actors and events.</summary>
/// <param name="Document">The cleaned, segmented document.</param>
/// <param name="Syntax">Tags and parse per sentence.</param>
/// <param name="Actors">Actor mentions per sentence.</param>
/// <param name="Events">Coded events, in sentence order, with their locations and quotes.</param>
/// <param name="Facts">Quotes, amounts, dates, places, names and tone.</param>
public sealed record AnalyzedDocument(Document Document, ImmutableArray<SentenceSyntax> Syntax, DocumentActors Actors, IReadOnlyList<EventMention> Events, DocumentFacts Facts);

/// <summary>
/// Dyad's main pipeline: text (clean, segment) → syntax (tag, lemmatize, parse) → actors
/// (dictionaries, composition, coreference) → events (CAMEO/PLOVER with evidence) → facts (quotes,
/// amounts, dates, places, tone), which give the events their locations and quotes. Built once from
/// the shipped data (and the user's actor files), immutable, shared across threads.
/// </summary>
public sealed class EventPipeline : IDisposable
{
    /// <summary>Creates the pipeline from its stages.</summary>
    public EventPipeline(TextPipeline text, SyntaxAnalyzer syntax, ActorResolver actors, EventCoder events, FactFinder facts)
    {
        Text = text;
        Syntax = syntax;
        Actors = actors;
        Events = events;
        Facts = facts;
    }

    /// <summary>The text stage.</summary>
    public TextPipeline Text { get; }

    /// <summary>The syntax stage.</summary>
    public SyntaxAnalyzer Syntax { get; }

    /// <summary>The actor stage.</summary>
    public ActorResolver Actors { get; }

    /// <summary>The event stage.</summary>
    public EventCoder Events { get; }

    /// <summary>The facts stage.</summary>
    public FactFinder Facts { get; }

    /// <summary>
    /// Loads every stage from a data folder; <paramref name="userActorFiles"/> extend the actor
    /// dictionaries, or replace them when <paramref name="shippedActors"/> is false, and
    /// <paramref name="userPatternFiles"/> extend (and override) the event patterns.
    /// </summary>
    public static EventPipeline Load(DataDirectory data, IEnumerable<string>? userActorFiles = null, bool shippedActors = true, IEnumerable<string>? userPatternFiles = null)
    {
        var lexicon = ActorLexicon.Load(data, userActorFiles, shippedActors);
        var syntax = SyntaxAnalyzer.Load(data, lexicon.ProperNameWords);
        var ontology = CameoOntology.Load(data);
        return new(
            TextPipeline.Load(data),
            syntax,
            new ActorResolver(lexicon),
            new EventCoder(ontology, EventPatterns.Load(data, userPatternFiles, code => ontology.Find(code) is not null)),
            FactFinder.Load(data, lexicon, syntax));
    }

    /// <summary>Problems found in the user's actor and pattern files (each skipped; the rest is used).</summary>
    public IEnumerable<Diagnostics.Diagnostic> DictionaryDiagnostics => Actors.Lexicon.Diagnostics.Concat(Events.Patterns.Diagnostics);

    /// <summary>Runs a document through every stage.</summary>
    public AnalyzedDocument Process(SourceDocument source, CancellationToken cancellation = default) => Analyze(Text.Process(source, cancellation), cancellation);

    /// <summary>Runs an already cleaned document through syntax, actors, events and facts.</summary>
    public AnalyzedDocument Analyze(Document document, CancellationToken cancellation = default) => Analyze(document, withFacts: true, cancellation);

    /// <summary>
    /// Runs an already cleaned document through syntax, actors and events, and the facts stage when
    /// <paramref name="withFacts"/> (without it the facts are empty and quote sentences are not
    /// parsed: what the events alone cost).
    /// </summary>
    public AnalyzedDocument Analyze(Document document, bool withFacts, CancellationToken cancellation = default)
    {
        // Dictionary matches are found once per sentence and shared by the stages that read them.
        var matches = new List<ActorMatch>[document.Sentences.Length];
        for (int s = 0; s < matches.Length; s++)
        {
            matches[s] = Actors.Lexicon.Match(document.Text, document.TokensOf(document.Sentences[s]));
        }

        var syntax = Syntax.Analyze(document, (d, s) => MayHoldEvent(matches, d, s) || NamesOfficial(d, s) || (withFacts && HasQuote(d, s)), cancellation);
        var actors = Actors.Resolve(document, syntax, matches);
        var events = Events.Code(document, syntax, actors);
        if (!withFacts)
        {
            // (Without places, unidentified attackers take no country: the events the full run drops.)
            return new AnalyzedDocument(document, syntax, actors, [.. events.Where(SaysWhoDidWhat).Select(e => OfTheDay(e, document))], DocumentFacts.Empty(document.Sentences.Length));
        }

        var facts = Facts.Find(document, syntax, actors, matches);
        var located = events.Select(e => WithOwnPlaces(e, document, facts, syntax))
        .Select(e => Located(e, FactFinder.ActionLocation(document, facts, e.Sentence, e.Trigger, placeActedOn: IsArmedAttack(e.Event)), syntax[e.Sentence]) with
        {
            Quotes = [.. facts.Quotes.Where(q => q.FirstSentence <= e.Sentence && e.Sentence <= q.LastSentence).Select(q => q.Index)],
        })
        .Where(SaysWhoDidWhat)
        .Where(e => document.Metadata.Published is not DateOnly day
            || (Actors.Lexicon.Successions.ExistsOn(e.Source.Code, day) && (e.Target is null || Actors.Lexicon.Successions.ExistsOn(e.Target.Code, day))))
        .Select(e => OfTheDay(e, document))
        .ToList();
        return new AnalyzedDocument(document, syntax, actors, located, facts);
    }

    /// <summary>
    /// An event whose actors are coded with the states of the document's day: the gazetteer places
    /// roles and targets in today's countries ("police in Zagreb"), an actor of 1987 is Yugoslav.
    /// </summary>
    private EventMention OfTheDay(EventMention e, Document document)
    {
        var successions = Actors.Lexicon.Successions;
        if (document.Metadata.Published is not DateOnly day)
        {
            return e;
        }

        string source = successions.CodeOn(e.Source.Code, day);
        string? target = e.Target is null ? null : successions.CodeOn(e.Target.Code, day);
        return source == e.Source.Code && target == e.Target?.Code ? e
            : e with { Source = e.Source with { Code = source }, Target = e.Target is null ? null : e.Target with { Code = target! } };
    }

    /// <summary>
    /// An event with where it happened. Coercion or force and threats of them (see FallsOnPlace; as the coder's own
    /// fallback to a named country) with no stated victim ("Israeli tanks fired four
    /// shells at targets in Jericho", "a US air strike near Kandahar") falls on the country of the
    /// town or region the gazetteer places it in, as the coder does for named countries and capitals
    /// (rule "+location-target"). A doer of the place's own country acts on it when the doer is one of
    /// its parts ("Sudanese rebels shelled Juba", "Gbagbo will extend the curfew in Abidjan"); the
    /// country itself would act on itself. Then the place must not be in the doer's own phrase:
    /// "a panel of the U.S. Court of Appeals in San Francisco blocked the merger" says where the
    /// court sits, and a court acts on the parties before it, not on its country.
    /// </summary>
    private static EventMention Located(EventMention e, PlaceMention? location, SentenceSyntax syntax)
    {
        if (IsUnattributed(e) && e.Source is { Code: EventCoder.UnidentifiedAttackers } unidentified && location is { Entry.Iso3: { Length: 3 } whereAttacked } && InClauseOf(syntax, e.Trigger, location.Span))
        {
            // "A roadside bombing near Samarra killed …": unidentified attackers of the place's country.
            e = e with { Source = unidentified with { Code = ActorCode.Combine(whereAttacked, unidentified.Code), Rule = MentionRule.AgentOfActor } };
        }

        if (e.Target is null && location is { Entry.Iso3: { Length: 3 } country } && country != e.Source.Code && FallsOnPlace(e.Event)
            && InClauseOf(syntax, e.Trigger, location.Span, throughSubject: country != e.Source.Country))
        {
            int placeWord = Enumerable.Range(0, syntax.Words.Length).FirstOrDefault(w => location.Span.Contains(syntax.Words[w].Span), e.Source.Head);
            var scene = e.Source with
            {
                Code = country, Name = location.Entry.CountryName, Span = location.Span, Head = placeWord, Covers = [], Rule = MentionRule.Country,
                IsPerson = false, Plural = false, ModifierOnly = false, IsSeat = false, Antecedents = [], Entries = [], Entity = null,
            };
            return e with { Location = location, Target = scene, Rule = e.Rule + "+location-target" };
        }

        if (e.Target is { Country: null } bare && ActorCode.RoleOf(bare.Code) == bare.Code && location is { Entry.Iso3: { Length: 3 } home }
            && ActorCode.Combine(home, bare.Code) != e.Source.Code && FallsOnPlace(e.Event) && InClauseOf(syntax, e.Trigger, location.Span))
        {
            // "A US air strike killed 10 civilians in Kandahar": the victims are of the place.
            return e with { Location = location, Target = bare with { Code = ActorCode.Combine(home, bare.Code), Rule = MentionRule.AgentOfActor }, Rule = e.Rule + "+location-target" };
        }

        return e with { Location = location };
    }

    /// <summary>
    /// "Kandahar police", "the Shanghai authorities", "police in Kandahar": a role with no country
    /// of its own (or only one the coder guessed from whom it acts on) is of the town or region
    /// its own phrase names, which only the gazetteer knows ("British firms contacted the Shanghai
    /// authorities" were British authorities). The place must come right before the role word
    /// or right after it with "in"; a diplomat, envoy or ambassador is posted abroad ("a western
    /// diplomat in Brasilia"), and the members of a meeting come to it ("a meeting of ministers in Brussels").
    /// </summary>
    private static EventMention WithOwnPlaces(EventMention e, Document document, DocumentFacts facts, ImmutableArray<SentenceSyntax> syntax)
    {
        ActorMention Placed(ActorMention actor)
        {
            if (ActorCode.RoleOf(actor.Code) is not string role || actor.Sentence < 0 || actor.Sentence >= syntax.Length
                || actor.Head < 0 || actor.Head >= syntax[actor.Sentence].Words.Length)
            {
                return actor;
            }

            var words = syntax[actor.Sentence].Words;
            var head = words[actor.Head];
            bool bare = actor.Country is null && actor.Code == role;
            if (!(bare || actor.Rule == MentionRule.AgentOfActor) || head.Upos != "NOUN" || ActorResolver.Envoys.Contains(head.Lemma.ToLowerInvariant())
                || (head.Head >= 0 && EventCoder.MeetingNouns.Contains(words[head.Head].Lemma.ToLowerInvariant())))
            {
                return actor;
            }

            // A country the coder guessed (from whom the role acts on) gives way; one the phrase
            // names ("Taiwan's ambassador in Montevideo", "its forces in Lebanon", "the president of
            // Iraq") does not: no possessor, no "of" complement, no capitalised word but the place's
            // (and a determiner's: "The Shanghai authorities").
            var phrase = syntax[actor.Sentence];
            if (!bare && phrase.Children(actor.Head).Any(c => words[c].Deprel == "nmod:poss"
                || (words[c].Deprel == "nmod" && phrase.Children(c, "case").Any(k => words[k].Lemma.Equals("of", StringComparison.OrdinalIgnoreCase)))))
            {
                return actor;
            }

            foreach (var place in facts.Places)
            {
                if (place.Sentence != actor.Sentence || place.Entry.Iso3 is not { Length: 3 } country || place.Entry.Kind == PlaceKind.Region
                    || (!bare && words.Any(w => actor.Span.Contains(w.Span) && !place.Span.Contains(w.Span) && w.Upos != "DET" && char.IsUpper(document.Text[w.Span.Start]) && w.Span.Start != head.Span.Start)))
                {
                    continue;
                }

                // (A town must be of some size: "the regional Bell company" is no company of Bell, California.)
                if (place.Entry.Kind == PlaceKind.City && place.Entry.Population < OwnPlacePopulation)
                {
                    continue;
                }

                bool placeBefore = place.Span.End <= head.Span.Start, placeAfter = place.Span.Start >= head.Span.End;
                var between = placeBefore ? document.Text.AsSpan(place.Span.End, head.Span.Start - place.Span.End).Trim()
                    : placeAfter ? document.Text.AsSpan(head.Span.End, place.Span.Start - head.Span.End).Trim() : [];
                if ((placeBefore && ((actor.Span.Contains(place.Span) && between.Length == 0) || between is "-based"))
                    || (placeAfter && between.Equals("in", StringComparison.OrdinalIgnoreCase)))
                {
                    return actor with { Code = ActorCode.Combine(country, role), Rule = MentionRule.AgentOfActor };
                }
            }

            return actor;
        }

        var placed = e with { Source = Placed(e.Source), Target = e.Target is null ? null : Placed(e.Target) };
        // (Not when that would make an actor act on itself.)
        return placed.Target is not null && placed.Target.Code == placed.Source.Code ? e : placed;
    }

    /// <summary>The least population of a town that places a role of its phrase.</summary>
    private const long OwnPlacePopulation = 100_000;

    /// <summary>An attack the coder gave to unidentified attackers (a bomb with no one named behind it).</summary>
    private static bool IsUnattributed(EventMention e) => e.Rule.Contains(EventCoder.UnattributedRule, StringComparison.Ordinal);

    /// <summary>
    /// False for unidentified attackers with no place and no one of any country hit ("The bomb
    /// exploded during rehearsals", "40 were injured in the blast"): they say nothing of who did
    /// what to whom.
    /// </summary>
    private static bool SaysWhoDidWhat(EventMention e) => !(IsUnattributed(e) && e.Source.Country is null && e.Target?.Country is null);

    /// <summary>Armed attacks (CAMEO 18–20): what they are done to may be a place ("shelled Mombasa").</summary>
    private static bool IsArmedAttack(CameoEvent e) => e.Root is "18" or "19" or "20";

    /// <summary>
    /// Coercion and force (CAMEO 17–20), and threats of them (132 administrative sanctions such as
    /// a curfew, 137 repression, 138 force): acts that fall on the place where they are done.
    /// </summary>
    private static bool FallsOnPlace(CameoEvent e) =>
        e.Root is "17" or "18" or "19" or "20" || (e.Code.Length >= 3 && e.Code[..3] is "132" or "137" or "138");

    /// <summary>
    /// Whether a place lies in the phrase the trigger heads ("fired … at targets in Jericho"), not
    /// elsewhere in the sentence ("IRNA, monitored by the BBC in London, said Iran had seized …");
    /// without <paramref name="throughSubject"/>, not in the trigger's subject either.
    /// </summary>
    private static bool InClauseOf(SentenceSyntax syntax, TextSpan trigger, TextSpan place, bool throughSubject = true)
    {
        var words = syntax.Words;
        int head = Enumerable.Range(0, words.Length).FirstOrDefault(w => words[w].Span.Start == trigger.Start, -1);
        int at = Enumerable.Range(0, words.Length).FirstOrDefault(w => place.Contains(words[w].Span), -1);
        // ("…, killing 20 people, relief officials in Nairobi said": a place just before a speech
        // verb with no subject is where the reporters are, whatever the parse hung it on.)
        if (EventCoder.BeforeSubjectlessSpeechVerb(syntax, at))
        {
            return false;
        }

        for (int w = at, steps = 0; w >= 0 && steps < words.Length; w = words[w].Head, steps++)
        {
            if (w == head)
            {
                return true;
            }

            // (A place inside a clause of its own, or in what someone said, is not where this act is;
            // but a participle describing a noun of the act, "prevented the demonstration staged by
            // students … in Sivas", or a clause saying when it happened, "killed 23 people when they
            // blew themselves up in Tel Aviv", places it.)
            if ((w != at && words[w].Upos == "VERB" && !DescribesOrTimesTheAct(syntax, w))
                || (!throughSubject && words[w].Deprel.StartsWith("nsubj", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A participle with no subject of its own modifying a noun ("the demonstration staged by
    /// students"), or a "when" clause ("when they blew themselves up"; not "while", often a contrast).
    /// </summary>
    private static bool DescribesOrTimesTheAct(SentenceSyntax syntax, int verb)
    {
        var words = syntax.Words;
        // (Not a participle inside the doer's phrase: "US warships stationed in Bahrain fired
        // missiles" were not aimed at Bahrain.)
        return (words[verb].Deprel == "acl" && words[verb].Xpos is "VBN" or "VBG" && !syntax.Children(verb).Any(c => words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal))
                && words[verb].Head >= 0 && words[words[verb].Head].Deprel is "obj" or "iobj" or "obl" or "nmod")
            || (words[verb].Deprel == "advcl" && syntax.Children(verb).Any(m => words[m].Deprel is "mark" or "advmod" && words[m].Lemma.ToLowerInvariant() is "when"));
    }

    /// <summary>Sentences with a quotation mark are parsed too: the parse finds the speaker.</summary>
    private static bool HasQuote(Document document, int sentence) =>
        document[document.Sentences[sentence].Span].AsSpan().IndexOfAny('"', '“', '”') >= 0;

    /// <summary>
    /// Whether a sentence names by surname alone someone in government that day ("Kohl met
    /// Mitterrand" in 1987), whom the dictionaries know only by full name: such a sentence is
    /// parsed too, so the resolver can find them.
    /// </summary>
    private bool NamesOfficial(Document document, int sentence)
    {
        if (document.Metadata.Published is not DateOnly day)
        {
            return false;
        }

        foreach (var token in document.TokensOf(document.Sentences[sentence]))
        {
            var form = token.Span.In(document.Text);
            if (form.Length >= 3 && char.IsUpper(form[0]) && Actors.Lexicon.OfficialBySurname(form, day) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Only sentences that name an actor, or refer to one (a pronoun, "both men") after some actor
    /// or role has been matched in the document, can hold an event with a source or a speaker; the
    /// others are not parsed. Role words count as antecedents because the resolver introduces
    /// people by their titles ("Michael Miles, chairman of …") for later "he said".
    /// </summary>
    public static bool MayHoldEvent(IReadOnlyList<List<ActorMatch>> matches, Document document, int sentence)
    {
        if (NamesActor(matches[sentence]))
        {
            return true;
        }

        if (!matches.Take(sentence + 1).Any(m => m.Count > 0))
        {
            return false;
        }

        foreach (var token in document.TokensOf(document.Sentences[sentence]))
        {
            var form = token.Span.In(document.Text);
            if (form.Length <= 6 && ReferringWord(form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A named actor, not just a role noun: "analysts" and "the company" alone start no coded event
    /// (a source needs a country, organisation or person).
    /// </summary>
    private static bool NamesActor(List<ActorMatch> matches) => matches.Any(match => match.Forms.Any(form => form.Entry.Type != ActorType.Agent));

    private static bool ReferringWord(ReadOnlySpan<char> form)
    {
        Span<char> lower = stackalloc char[form.Length];
        form.ToLowerInvariant(lower);
        return lower is "he" or "she" or "him" or "his" or "her" or "they" or "them" or "their" or "it" or "its" or "men" or "sides" or "couple" or "pair" or "both";
    }

    /// <inheritdoc/>
    public void Dispose() => Syntax.Dispose();
}
