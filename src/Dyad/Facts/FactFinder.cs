using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Data;
using Dyad.Syntax;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Facts;

/// <summary>A time expression with its sentence.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Expression">The expression and its resolved date.</param>
public sealed record DateMention(int Sentence, TimeExpression Expression);

/// <summary>What a proper name names, as far as Dyad can tell.</summary>
public enum NameKind : byte
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation, institution or body.</summary>
    Organization,
    /// <summary>Another proper name (an event, a product, an unknown name).</summary>
    Other,
}

/// <summary>A proper name in the text (GKG's AllNames, Persons and Organizations).</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Span">The name as written.</param>
/// <param name="Name">The name (the dictionary's, when it knows it).</param>
/// <param name="Kind">Person, organisation or other.</param>
/// <param name="Code">The actor code, when the dictionaries know it.</param>
public sealed record NameMention(int Sentence, TextSpan Span, string Name, NameKind Kind, string? Code);

/// <summary>The facts of one document around its events.</summary>
/// <param name="Quotes">Direct quotations with their speakers.</param>
/// <param name="Statements">Indirect speech in parsed sentences.</param>
/// <param name="Amounts">Amounts.</param>
/// <param name="Dates">Time expressions resolved against the publication date.</param>
/// <param name="Places">Places with coordinates and codes.</param>
/// <param name="Names">Proper names of people, organisations and others.</param>
/// <param name="Tone">Tone of the whole document.</param>
/// <param name="SentenceTones">Tone of each sentence.</param>
public sealed record DocumentFacts(
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Amount> Amounts,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<NameMention> Names,
    ToneScores Tone,
    ImmutableArray<ToneScores> SentenceTones)
{
    /// <summary>No facts (for a run of the events alone).</summary>
    public static DocumentFacts Empty(int sentences) =>
        new([], [], [], [], [], [], new ToneScores(0, 0, 0, 0, 0, 0, 0), [.. Enumerable.Repeat(new ToneScores(0, 0, 0, 0, 0, 0, 0), sentences)]);
}

/// <summary>
/// Finds the facts around a document's events: quotes and statements with speakers, amounts,
/// dates, places, names and tone. Sentences the event stage did not parse are tagged here (tags are
/// cheap; parses are not). Immutable, shared across threads.
/// </summary>
public sealed class FactFinder(ToneLexicon tone, PlaceFinder places, ActorLexicon lexicon, SyntaxAnalyzer analyzer)
{
    private static readonly string[] OrganizationWords =
    [
        "Foundation", "Organization", "Organisation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Co", "Co.", "Bank", "Ministry", "Department",
        "Party", "Council", "Agency", "Union", "Association", "Committee", "University", "Institute", "Company", "Group",
        "Commission", "Fund", "Office", "Board", "Court", "Parliament", "Congress", "Senate", "Assembly", "Army", "Navy",
        "Exchange", "Reserve", "Federation", "Authority", "Service", "Times", "Post", "News", "Journal", "Press",
    ];

    /// <summary>Loads the shipped tone lexicon and gazetteer.</summary>
    public static FactFinder Load(DataDirectory data, ActorLexicon lexicon, SyntaxAnalyzer analyzer) =>
        new(ToneLexicon.Load(data), new PlaceFinder(Gazetteer.Load(data)), lexicon, analyzer);

    /// <summary>The place finder (and its gazetteer).</summary>
    public PlaceFinder Places { get; } = places;

    /// <summary>The facts of a document analysed by the event pipeline.</summary>
    public DocumentFacts Find(Document document, IReadOnlyList<SentenceSyntax> syntax, DocumentActors actors) => Find(document, syntax, actors, null);

    /// <summary>The facts of a document, with the dictionary matches of its sentences when already found.</summary>
    public DocumentFacts Find(Document document, IReadOnlyList<SentenceSyntax> syntax, DocumentActors actors, IReadOnlyList<List<ActorMatch>>? knownMatches)
    {
        string text = document.Text;
        int count = document.Sentences.Length;
        var upos = new string[count][];
        var matches = new List<ActorMatch>[count];
        var dates = new List<DateMention>();
        var times = new List<TimeExpression>[count];
        var documentCountries = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < count; s++)
        {
            var tokens = document.TokensOf(document.Sentences[s]);
            upos[s] = syntax[s].Words.IsEmpty ? analyzer.Tags(document, s, onePass: true) : [.. syntax[s].Words.Select(w => w.Upos)];
            matches[s] = knownMatches?[s] ?? lexicon.Match(text, tokens);
            times[s] = TimeExpressionFinder.Find(text, tokens, document.Metadata.Published);
            dates.AddRange(times[s].Select(t => new DateMention(s, t)));
            foreach (var form in matches[s].SelectMany(m => m.Forms).Where(f => f.Entry.Type == ActorType.Country && f.Entry.Iso2 is not null))
            {
                documentCountries.Add(form.Entry.Iso2!);
            }

            foreach (var mention in actors.BySentence[s])
            {
                if (mention.Country is string iso3 && Places.Gazetteer.CountriesByIso3.TryGetValue(iso3, out var country))
                {
                    documentCountries.Add(country.Iso2);
                }
            }
        }

        var amounts = new List<Amount>();
        var placeMentions = new List<PlaceMention>();
        var names = new List<NameMention>();
        var sentenceTones = ImmutableArray.CreateBuilder<ToneScores>(count);
        var total = default(ToneCounts);
        for (int s = 0; s < count; s++)
        {
            var tokens = document.TokensOf(document.Sentences[s]);
            var inTime = new bool[tokens.Length];
            foreach (var time in times[s])
            {
                for (int k = time.FirstToken; k < time.EndToken; k++)
                {
                    inTime[k] = true;
                }
            }

            amounts.AddRange(AmountFinder.Find(text, s, tokens, upos[s], inTime));

            // People and organisations are not places ("Vladimir Putin", "Heritage Foundation").
            var blocked = (bool[])inTime.Clone();
            foreach (var mention in actors.BySentence[s].Where(m => m.IsPerson).DistinctBy(m => m.Span))
            {
                Block(blocked, tokens, mention.Span);
            }

            foreach (var match in matches[s].Where(m => m.Forms.All(f => f.Entry.Type is ActorType.Person or ActorType.Organization or ActorType.Seat or ActorType.Group)))
            {
                for (int k = match.Start; k < match.End; k++)
                {
                    blocked[k] = true;
                }
            }

            var sentencePlaces = Places.Find(text, new PlaceFinder.SentenceInput(s, tokens, upos[s], blocked, matches[s]), documentCountries);
            placeMentions.AddRange(sentencePlaces);
            names.AddRange(Names(document, s, tokens, upos[s], actors, matches[s], sentencePlaces, inTime));

            var counts = tone.Count(text, tokens, upos[s]);
            sentenceTones.Add(counts.Scores());
            total += counts;
        }

        var spans = QuoteFinder.Spans(document);
        var statements = QuoteFinder.Statements(document, syntax, actors, spans, upos);
        var quotes = QuoteFinder.Find(document, syntax, actors, spans, statements);
        return new DocumentFacts(quotes, statements, amounts, dates, placeMentions, names, total.Scores(), sentenceTones.MoveToImmutable());
    }

    /// <summary>
    /// The place where an event happened: a place in a locative phrase of its sentence ("in Moscow"),
    /// nearest the trigger, or, with <paramref name="placeActedOn"/>, the place the trigger acts on
    /// right after it ("shelled Mombasa", "occupy Basra"; not for every act: "prosecuting Newport
    /// News", "force Gillette to accept" name companies).
    /// </summary>
    public static PlaceMention? ActionLocation(Document document, DocumentFacts facts, int sentence, TextSpan trigger, bool placeActedOn = false)
    {
        PlaceMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var place in facts.Places.Where(p => p.Sentence == sentence && p.Entry.Kind != PlaceKind.Region))
        {
            string text = document.Text;
            int end = place.Span.Start;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            int start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            string preposition = text[start..end].ToLowerInvariant();
            bool actedOn = placeActedOn && end == trigger.End;
            if (!actedOn && !IsLocative(preposition) && !(preposition == "of" && AfterLocativePlaceNoun(text, document.Sentences[sentence].Span.Start, start)))
            {
                continue;
            }

            int distance = Math.Abs(place.Span.Start - trigger.Start);
            if (distance < bestDistance)
            {
                best = place;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool IsLocative(string preposition) => preposition is "in" or "at" or "near" or "outside" or "inside" or "throughout" or "across";

    /// <summary>
    /// Whether the "of" ending at <paramref name="ofStart"/> follows a place noun in a locative phrase of
    /// the sentence starting at <paramref name="sentenceStart"/>
    /// ("near the town of Samarra", "outside of the Iraqi city of Basra", "in the West Bank city of
    /// Hebron"): up to four words between the preposition and the noun.
    /// </summary>
    private static bool AfterLocativePlaceNoun(string text, int sentenceStart, int ofStart)
    {
        var words = new List<string>();
        int at = ofStart;
        while (words.Count < 7)
        {
            while (at > sentenceStart && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }

            int wordEnd = at;
            while (at > sentenceStart && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '-' or '.' or '\''))
            {
                at--;
            }

            if (at == wordEnd)
            {
                break;
            }

            words.Add(text[at..wordEnd]);
        }

        if (words.Count < 2 || !Gazetteer.NamesItsPlace(words[0], words[1]))
        {
            return false;
        }

        // The preposition before the noun's phrase (an "of" after it too: "outside of the city of").
        for (int k = 1; k < words.Count && k <= 5; k++)
        {
            string word = words[k].ToLowerInvariant();
            if (IsLocative(word))
            {
                return true;
            }

            if (word == "of" && k + 1 < words.Count && IsLocative(words[k + 1].ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static void Block(bool[] blocked, ReadOnlySpan<Token> tokens, TextSpan span)
    {
        for (int k = 0; k < tokens.Length; k++)
        {
            if (span.Contains(tokens[k].Span))
            {
                blocked[k] = true;
            }
        }
    }

    /// <summary>
    /// Proper names: the actors the dictionaries and the resolver found (people and organisations),
    /// then the other runs of capitalised proper nouns that are not places or dates.
    /// </summary>
    private static List<NameMention> Names(Document document, int s, ReadOnlySpan<Token> tokens, string[] upos, DocumentActors actors, List<ActorMatch> matches, List<PlaceMention> places, bool[] inTime)
    {
        string text = document.Text;
        var found = new List<NameMention>();
        var taken = new bool[tokens.Length];
        foreach (var place in places)
        {
            Block(taken, tokens, place.Span);
        }

        for (int k = 0; k < tokens.Length; k++)
        {
            taken[k] |= inTime[k];
        }

        foreach (var mention in actors.BySentence[s].Where(m => m.IsPerson && m.Rule is not (MentionRule.Pronoun or MentionRule.Pair)).DistinctBy(m => m.Span))
        {
            int first = FirstProperNoun(text, tokens, upos, mention.Span);
            if (first < 0)
            {
                continue;
            }

            var span = new TextSpan(tokens[first].Span.Start, mention.Span.End);
            found.Add(new NameMention(s, span, mention.Name, NameKind.Person, mention.Code));
            Block(taken, tokens, mention.Span);
        }

        foreach (var match in matches.Where(m => m.Forms.Any(f => f.Entry.Type is ActorType.Organization or ActorType.Group)))
        {
            if (taken[match.Start] || !char.IsUpper(text[tokens[match.Start].Span.Start]))
            {
                continue;
            }

            var entry = match.Forms.First(f => f.Entry.Type is ActorType.Organization or ActorType.Group).Entry;
            var span = new TextSpan(tokens[match.Start].Span.Start, tokens[match.End - 1].Span.End);
            found.Add(new NameMention(s, span, entry.Names.FirstOrDefault() ?? document[span], NameKind.Organization, entry.Code));
            for (int k = match.Start; k < match.End; k++)
            {
                taken[k] = true;
            }
        }

        // Other runs of capitalised proper nouns ("Lunar New Year", "Heritage Foundation", "Sabrina Singh").
        for (int k = 0; k < tokens.Length; k++)
        {
            if (taken[k] || upos[k] != "PROPN" || !char.IsUpper(text[tokens[k].Span.Start]))
            {
                continue;
            }

            int end = k + 1;
            while (end < tokens.Length && !taken[end] && ((upos[end] == "PROPN" && char.IsUpper(text[tokens[end].Span.Start]))
                || (end + 1 < tokens.Length && document[tokens[end].Span] is "of" or "for" or "and" && upos[end + 1] == "PROPN" && !taken[end + 1])))
            {
                end++;
            }

            // A title run ends in a person's name ("Deputy Press Secretary Sabrina Singh"): the name after the last title is a person.
            int runEnd = end;
            int lastTitle = -1;
            for (int t = k; t < end; t++)
            {
                if (IsTitle(text, tokens[t]))
                {
                    lastTitle = t;
                }
            }

            if (lastTitle >= 0 && lastTitle < end - 1)
            {
                var personSpan = new TextSpan(tokens[lastTitle + 1].Span.Start, tokens[end - 1].Span.End);
                var holder = Enumerable.Range(k, end - k).Select(t => actors.At(s, t)).OfType<ActorMention>().FirstOrDefault();
                found.Add(new NameMention(s, personSpan, document[personSpan], NameKind.Person, holder?.Code));
                end = FirstTitle(text, tokens, k, end);
                if (end == k)
                {
                    k = runEnd - 1;
                    continue;
                }
            }
            else if (lastTitle >= 0)
            {
                k = end - 1;
                continue;
            }

            var span = new TextSpan(tokens[k].Span.Start, tokens[end - 1].Span.End);
            string name = document[span];
            var mention = actors.At(s, k);
            bool organization = OrganizationWords.Any(w => name.EndsWith(" " + w, StringComparison.Ordinal)) || (mention is not null && !mention.IsPerson);
            bool person = mention?.IsPerson == true;
            if (end - k >= 2 || organization || person)
            {
                found.Add(new NameMention(s, span, name, person ? NameKind.Person : organization ? NameKind.Organization : NameKind.Other, mention?.Code));
            }

            k = runEnd - 1;
        }

        return [.. found.OrderBy(n => n.Span.Start)];
    }

    private static int FirstTitle(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (IsTitle(text, tokens[t]))
            {
                return t;
            }
        }

        return end;
    }

    private static int FirstProperNoun(string text, ReadOnlySpan<Token> tokens, string[] upos, TextSpan span)
    {
        // A person's mention may start with a title ("Russian President Vladimir Putin"): the name is its last proper nouns.
        int last = -1;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (span.Contains(tokens[k].Span))
            {
                last = k;
            }
        }

        if (last < 0 || upos[last] != "PROPN" || IsTitle(text, tokens[last]))
        {
            return -1;
        }

        int first = last;
        while (first > 0 && span.Contains(tokens[first - 1].Span) && upos[first - 1] == "PROPN" && !IsTitle(text, tokens[first - 1]))
        {
            first--;
        }

        return first;
    }

    private static bool IsTitle(string text, Token token) => IsTitle(token.Span.In(text));

    /// <summary>True for a title word written before a name ("President", "Secretary", "Gen.").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) =>
        word is "President" or "Minister" or "Secretary" or "General" or "Chancellor" or "King" or "Prince" or "Premier"
            or "Spokesman" or "Spokeswoman" or "Governor" or "Senator" or "Sen." or "Rep." or "Gen." or "Adviser" or "Advisor" or "Director"
            or "Chairman" or "Chief" or "Deputy" or "Press" or "Foreign" or "Defense" or "Defence" or "Prime" or "Mr." or "Mrs." or "Ms." or "Dr.";
}
