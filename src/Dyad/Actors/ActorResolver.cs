using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Syntax;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Actors;

/// <summary>The actors of a document, sentence by sentence, found at the heads of their phrases.</summary>
public sealed class DocumentActors
{
    private readonly Dictionary<(int Sentence, int Word), ActorMention> byHead;

    /// <summary>Creates the result.</summary>
    public DocumentActors(ImmutableArray<ImmutableArray<ActorMention>> bySentence)
    {
        BySentence = bySentence;
        byHead = bySentence.SelectMany(m => m).GroupBy(m => (m.Sentence, m.Head)).ToDictionary(g => g.Key, g => g.First());
        foreach (var mention in bySentence.SelectMany(m => m))
        {
            foreach (int word in mention.Covers)
            {
                byHead.TryAdd((mention.Sentence, word), mention);
            }
        }
    }

    /// <summary>Mentions per sentence, in word order.</summary>
    public ImmutableArray<ImmutableArray<ActorMention>> BySentence { get; }

    /// <summary>The mention whose phrase is headed by (or, for a run of capitalised words, includes) word <paramref name="word"/> of sentence <paramref name="sentence"/>.</summary>
    public ActorMention? At(int sentence, int word) => byHead.GetValueOrDefault((sentence, word));
}

/// <summary>
/// Finds the actors of a document: dictionary matches grouped into noun phrases by the parse and
/// composed ("Russian" + "President" + "Vladimir Putin" → Putin's role on the document's date;
/// "Chinese" + "authorities" → CHNGOV; "Putin's" + "adviser" → RUSGOV), names described by
/// appositions or titles ("Yuri Ushakov, Putin's foreign policy adviser"), and references to
/// earlier actors: surnames already introduced, pronouns, "both men"-style pairs and repeated
/// definite descriptions ("the statement"). Immutable; one instance serves many documents.
/// </summary>
public sealed class ActorResolver
{
    private static readonly HashSet<string> PhraseRelations = ["compound", "amod", "flat", "flat:name", "flat:foreign", "nmod:desc"];
    private static readonly HashSet<string> PairNouns = ["man", "leader", "side", "party", "president", "couple", "pair", "head", "country", "nation", "partner", "counterpart", "government", "minister", "neighbor", "neighbour", "power", "capital"];
    private static readonly HashSet<string> Institutions =
    [
        "government", "ministry", "administration", "authority", "parliament", "army", "police", "military", "force", "media",
        "agency", "council", "committee", "court", "party", "embassy", "office", "department", "company", "bank", "state",
        "assembly", "legislature", "congress", "senate", "cabinet", "regime", "navy", "service", "commission", "union", "group",
        "association", "federation", "organization", "organisation", "lobby", "exchange", "bourse", "industry", "firm", "corporation",
        // (A newspaper or a station is "it", never "he" or "her": "the newspaper said there would be
        // pressure on her" bound "her" to the newspaper, not to Thatcher.)
        "newspaper", "paper", "daily", "weekly", "magazine", "journal", "newsletter", "radio", "television", "broadcaster",
        "network", "station", "university", "institute", "hospital", "church", "board", "fund",
    ];

    /// <summary>Nouns that, repeated with "the", mean the actor named before ("a Kremlin statement" … "the statement said").</summary>
    private static readonly HashSet<string> StandIns =
    [
        "statement", "report", "communique", "readout", "declaration", "ministry", "government", "president", "leader",
        "minister", "official", "spokesman", "spokeswoman", "spokesperson", "agency", "military", "army", "administration",
        "embassy", "foundation", "organization", "organisation", "company", "group", "alliance", "bloc", "union", "council",
    ];

    /// <summary>Titles any body has: their role is the body's ("police spokesman", "company president"), not government's.</summary>
    private static readonly HashSet<string> SharedTitles =
    [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "leader", "chief", "head", "aide", "adviser",
        "advisor", "representative", "president", "chairman", "chairwoman", "chair", "director", "executive", "source", "delegate",
    ];

    /// <summary>Role nouns for craft, not people: "the U.S. airliner" is never "he".</summary>
    private static readonly HashSet<string> Vehicles =
    [
        "airliner", "aircraft", "plane", "jet", "ship", "vessel", "tanker", "supertanker", "freighter", "boat", "ferry",
        "helicopter", "tank", "truck", "submarine", "warship", "drone", "satellite", "rocket", "missile", "convoy",
        "vehicle", "warplane", "gunboat", "gunship", "bomber", "destroyer", "frigate", "cruiser", "battleship", "artillery",
    ];

    /// <summary>
    /// Last words of a company's name that no state body's name ends in ("Kuwait Airways", "Trans
    /// World Airlines", "Toyota Motors"): a story naming one names a company, as a legal form would
    /// (not "Bank", "Fund", "Oil", "Lines", "Industries", "Securities", "Insurance": "Bank of Japan",
    /// "Oil Minister", "Ministry of Primary Industries", "Securities and Exchange Commission").
    /// </summary>
    private static readonly FrozenSet<string> CompanyNameEnds = FrozenSet.Create(StringComparer.Ordinal,
        "Airways", "Airlines", "Motors", "Holdings", "Telecom", "Bancorp", "Breweries");

    /// <summary>Last words of company names, as written ("Corp", "Airways", the "Bank" of "Bangkok Bank").</summary>
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "Corp", "Corporation", "Inc", "Ltd", "Co", "Plc", "PLC", "AG", "SA", "NV", "BV", "SpA", "Airways", "Airlines", "Motors",
        "Express", "Holdings", "Industries", "Petroleum", "Steel", "Telecom", "Telephone", "Railways", "Shipping", "Oil", "Bancorp",
        "Bank", "Power", "Electric", "Air", "Gas", "Motor", "Fund", "Trust", "Securities", "Insurance", "Interbank", "Chemical",
        "Chemicals", "Lines", "Finance", "Mining", "Textiles", "Cement", "Brewery", "Breweries", "Exchange", "Bourse",
    };

    /// <summary>The people of the market who trade ("Western bankers", "U.S. money managers").</summary>
    private static readonly FrozenSet<string> MarketPeople = FrozenSet.Create(StringComparer.Ordinal, "dealer", "trader", "broker", "investor", "manager", "banker");

    /// <summary>What makes houses and institutions firms ("trading houses", "financial institutions").</summary>
    private static readonly FrozenSet<string> TradeModifiers = FrozenSet.Create(StringComparer.Ordinal,
        "trading", "finance", "financial", "securities", "security", "brokerage", "banking", "credit", "lending", "investment", "export", "import",
        "commodity", "discount", "issuing", "publishing", "fashion", "insurance");

    /// <summary>Firms named by their trade ("Japanese banks", "Japanese crushers", "U.S. refiners"; exporters and automakers are agents of the dictionary already).</summary>
    private static readonly FrozenSet<string> BusinessNouns = FrozenSet.Create(StringComparer.Ordinal,
        "bank", "producer", "crusher", "maker", "refiner", "roaster", "miller", "buyer", "seller", "operator", "insurer", "lender", "shipper",
        "supplier", "processor", "distributor", "retailer", "wholesaler", "underwriter", "chipmaker", "brewer", "smelter", "shipbuilder");

    /// <summary>
    /// Nouns of the trade in money and goods: a capital naming them is its country's market, not its
    /// government ("Tokyo dealers said", "the London markets", "Tokyo bond managers").
    /// </summary>
    private static readonly FrozenSet<string> MarketNouns = FrozenSet.Create(StringComparer.Ordinal,
        [.. MarketPeople, "market", "exchange", "bourse", "trading", "analyst", "economist"]);

    /// <summary>Trades and traders that name business associations ("American Soybean Association", "Swiss Bankers Association"), beside <see cref="CompanyWords"/>.</summary>
    private static readonly FrozenSet<string> TradeWords = FrozenSet.Create(StringComparer.Ordinal,
        "Soybean", "Sugar", "Coffee", "Cocoa", "Rubber", "Rice", "Grain", "Wheat", "Meat", "Cattle", "Dairy", "Cotton", "Textile", "Electronic",
        "Electronics", "Trade", "Industry", "Exploration", "Mills", "Banking", "Mortgage", "Retail", "Tobacco", "Timber", "Lumber", "Fertilizer",
        "Automobile", "Aerospace", "Semiconductor", "Computer", "Pharmaceutical", "Futures",
        // (Its members, when they trade; not "Teachers", "Workers", "Farmers".)
        "Bankers", "Exporters", "Importers", "Producers", "Manufacturers", "Dealers", "Brokers", "Refiners", "Growers", "Millers", "Traders",
        "Retailers", "Wholesalers", "Shippers", "Packers", "Processors", "Insurers", "Lenders", "Distributors", "Builders");

    /// <summary>Last words of the names of structures and places ("Europe Bridge", "Kuwait Airport"), as written.</summary>
    private static readonly HashSet<string> StructureWords = new(StringComparer.Ordinal)
    {
        "Bridge", "Street", "Avenue", "Square", "Road", "Highway", "Airport", "Hotel", "Stadium", "Park", "Tower", "Museum", "Canal",
        "Gate", "Plaza", "Station", "Harbour", "Harbor", "Dam",
    };

    /// <summary>Words after a hyphen that make a country the backer of what is named ("U.S.-backed", "Syrian-brokered").</summary>
    private static readonly HashSet<string> BackingWords = new(StringComparer.Ordinal) { "backed", "sponsored", "supported", "funded", "financed", "armed", "trained", "installed", "allied", "aligned", "brokered", "mediated" };

    /// <summary>Words after a hyphen that make a country or city where a body sits ("Tokyo-based").</summary>
    private static readonly HashSet<string> BaseWords = new(StringComparer.Ordinal) { "based", "headquartered", "registered" };

    /// <summary>Words after a hyphen that make a country the place a product was made ("Chinese-made").</summary>
    private static readonly HashSet<string> MadeWords = new(StringComparer.Ordinal) { "made", "built", "manufactured", "produced", "designed", "assembled" };

    /// <summary>Currency names, lower case ("the Japanese yen", "U.S. Dlrs").</summary>
    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal)
    {
        "dollar", "dollars", "dlr", "dlrs", "franc", "francs", "yen", "pound", "pounds", "sterling", "lira", "lire", "peso", "pesos",
        "rupee", "rupees", "guilder", "guilders", "riyal", "riyals", "dinar", "dinars", "rand", "yuan", "renminbi", "rouble", "roubles",
        "ruble", "rubles", "schilling", "schillings", "drachma", "drachmas", "escudo", "escudos", "krona", "kronor", "krone", "kroner",
        "ringgit", "baht", "rupiah", "shekel", "shekels", "currency", "currencies", "euro", "euros", "cruzado", "cruzados", "austral", "australs",
    };

    /// <summary>Last words of newspaper names ("Washington Post", "Moscow Times"), as written.</summary>
    private static readonly HashSet<string> NewspaperWords = new(StringComparer.Ordinal)
    {
        "Post", "Times", "Herald", "Journal", "News", "Daily", "Tribune", "Telegraph", "Review", "Independent", "Gazette",
        "Standard", "Observer", "Chronicle", "Star", "Mail", "Globe", "Courier", "Monitor", "Examiner", "Inquirer", "Express",
    };

    /// <summary>
    /// Nouns that name an actor's others: "its partners", "Israel's neighbours", "Israel's militia
    /// ally"; and those who do violence to the possessor: "his captors", "their killers".
    /// </summary>
    private static readonly FrozenSet<string> RelationalNouns = FrozenSet.Create(
        "partner", "ally", "neighbor", "neighbour", "rival", "enemy", "foe", "adversary", "critic", "opponent", "counterpart", "creditor", "donor",
        "captor", "kidnapper", "abductor", "attacker", "assailant", "killer", "murderer", "assassin", "torturer", "jailer", "jailor", "executioner", "persecutor", "oppressor");

    /// <summary>Whether a lemma names craft or arms, not people ("jets", "warships", "a convoy").</summary>
    internal static bool IsCraft(string lemma) => Vehicles.Contains(lemma);

    /// <summary>Whether a word is a noun of an actor's others, whose possessor it is not ("its partners", "his captors").</summary>
    internal static bool IsRelational(SyntaxWord word) => RelationalNouns.Contains(word.Lemma.ToLowerInvariant());

    /// <summary>Whether a phrase's head, or a noun compounded with it, is relational ("Jamaica's creditor banks" are no Jamaican banks).</summary>
    internal static bool IsRelationalPhrase(SentenceSyntax syntax, int head) =>
        IsRelational(syntax.Words[head]) || syntax.Children(head, "compound").Any(c => IsRelational(syntax.Words[c]));

    /// <summary>What a name is said to be of a body before it ("NATO member Norway", "NATO ally Turkey").</summary>
    private static readonly HashSet<string> MembershipNouns = new(StringComparer.Ordinal) { "member", "ally", "partner", "neighbour", "neighbor", "founder" };

    /// <summary>Owners that are a state's own bodies: "the President of the Republic" is the state's.</summary>
    private static readonly HashSet<string> StateBodies =
    [
        "republic", "state", "nation", "federation", "kingdom", "country", "government", "council", "assembly", "parliament",
        "senate", "congress", "commission", "court", "ministry", "cabinet", "committee", "union", "confederation", "emirate",
        "department", "agency", "bureau", "office", "administration", "authority", "secretariat", "directorate", "embassy", "consulate",
        "treasury", "exchequer", "palace", "customs",
    ];

    /// <summary>Nouns for people or where news comes from, which a role adjective makes actors ("military sources", "military men").</summary>
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal) { "source", "man", "men", "people", "personnel", "woman", "women", "person" };

    /// <summary>
    /// Verbs that move or take people away, whose object's "from" phrase says where they were taken
    /// from, not where they come from ("Vietnam withdrew troops from Cambodia", "recalled its
    /// ambassador from Moscow", "expelled diplomats from the country").
    /// </summary>
    private static readonly FrozenSet<string> RemovingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "withdraw", "pull", "recall", "expel", "evacuate", "remove", "bring", "send", "move", "transfer", "deploy", "return",
        "repatriate", "deport", "oust", "release", "free", "rescue", "airlift", "fly", "ship", "drive", "chase", "take", "kick",
        "throw", "ban", "bar", "exclude", "redeploy", "relocate", "dispatch", "order", "force", "evict", "extradite", "smuggle", "lift");

    /// <summary>Whether the phrase headed by <paramref name="head"/> is the object of a verb that moves it (<see cref="RemovingVerbs"/>).</summary>
    private static bool MovedFrom(SentenceSyntax syntax, int head)
    {
        var words = syntax.Words;
        int verb = words[head].Head;
        return words[head].Deprel is "obj" or "nsubj:pass" && verb >= 0 && RemovingVerbs.Contains(words[verb].Lemma.ToLowerInvariant());
    }

    /// <summary>
    /// "the Uruguay Round", "the Uruguay trade round", "the Tokyo Round": a round of trade talks
    /// named after the place it opened in is no actor of that country. (The noun "Round" as written
    /// in the name, "round" after a country's name, or a "trade round": not "the latest Soviet round
    /// of nuclear tests", nor a headline's verb, "ISRAELIS ROUND UP ARABS".) So too a portfolio
    /// named after a region or country, "European Affairs".
    /// </summary>
    private static bool NamesRoundOrPortfolio(Document document, ImmutableArray<SyntaxWord> words, ActorMatch match)
    {
        if (!match.Forms.All(f => f.Entry.Type is ActorType.Country or ActorType.Region || f.Kind == MatchKind.Capital) || match.End >= words.Length)
        {
            return false;
        }

        string next = document[words[match.End].Span];
        // ("Turkey's European Affairs Minister Ali Bozer", "Assistant Secretary of State for African
        // Affairs": a portfolio named for a region or country is no actor of it.)
        return next == "Affairs"
            || (next == "Round" && words[match.End].Upos is "NOUN" or "PROPN")
            || (next == "round" && match.Forms.Any(f => f.Kind == MatchKind.Name))
            || (next.Equals("trade", StringComparison.OrdinalIgnoreCase) && match.End + 1 < words.Length
                && document[words[match.End + 1].Span].Equals("round", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "the Paris accord", "the February 22 Paris currency pact", "the Paris Club": an agreement or
    /// a club named after the capital it was made or meets in is no act of that government.
    /// </summary>
    private static bool NamesAgreement(Document document, ReadOnlySpan<Token> tokens, ImmutableArray<SyntaxWord> words, ActorMatch match)
    {
        if (!match.Forms.All(f => f.Kind == MatchKind.Capital))
        {
            return false;
        }

        // (Matches count tokens, the parse words: "Japan's" is one token and two words. A capital
        // that owns the agreement is a party to it: "Tokyo's pact with Washington".)
        int after = tokens[match.End - 1].Span.End;
        if (match.End < tokens.Length && document[tokens[match.End].Span] is "'s" or "\u2019s" || document[tokens[match.End - 1].Span].EndsWith("'s", StringComparison.Ordinal))
        {
            return false;
        }

        int first = 0;
        while (first < words.Length && words[first].Span.Start < after)
        {
            first++;
        }

        // ("Paris currency pact", "Paris monetary accord": a word or two of what it is about between.)
        for (int w = first; w < words.Length && w <= first + 2; w++)
        {
            string next = document[words[w].Span];
            if (AgreementNouns.Contains(next.ToLowerInvariant()))
            {
                // ("the Beijing agreement with Washington": named by a party, which acts in it; not
                // "the Paris pact between the U.S., Japan …", which names the parties.)
                return !(w + 1 < words.Length && document[words[w + 1].Span] == "with");
            }

            // ("the Beijing government accord": the capital's government is a party.)
            if (words[w].Upos is not ("NOUN" or "ADJ") || char.IsUpper(next[0]) || next is "government" or "administration" or "authorities")
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> AgreementNouns = FrozenSet.Create(StringComparer.Ordinal,
        "accord", "accords", "pact", "agreement", "agreements", "club", "declaration", "treaty", "protocol", "convention", "consensus", "summit", "talks", "conference", "negotiations");

    /// <summary>
    /// "Michael German of AGA agreed", "Michael Jordan": a one-word country name or adjective right
    /// after a given name of the dictionaries (a proper noun, not the sentence's first word, which
    /// may be a verb or a title: "Will China …") is that person's surname.
    /// </summary>
    private bool IsSurnameAfterGivenName(Document document, ImmutableArray<SyntaxWord> words, ActorMatch match) =>
        IsOneWordPlace(match) && words[match.Start - 1].Upos == "PROPN" && document[words[match.Start - 1].Span] is var given
        && (lexicon.GivenNames.Contains(given) || lexicon.GivenNameGenders.ContainsKey(given));

    /// <summary>
    /// "David M. Holland, president of US Sprint's division": a country's name after a given name
    /// and a middle initial is a surname (not after a compass point: "KOHL SAYS W. GERMANY").
    /// </summary>
    /// <summary>Whether a match, past the sentence's second word, is one word naming a country or a region only.</summary>
    private static bool IsOneWordPlace(ActorMatch match) =>
        match.Start >= 2 && match.End == match.Start + 1 && match.Forms.All(f => f.Entry.Type is ActorType.Country or ActorType.Region);

    private static bool IsSurnameAfterInitial(Document document, ImmutableArray<SyntaxWord> words, ActorMatch match) =>
        IsOneWordPlace(match)
        && document[words[match.Start - 1].Span] is { Length: 2 } initial && char.IsUpper(initial[0]) && initial[1] == '.' && initial[0] is not ('N' or 'S' or 'E' or 'W')
        && document[words[match.Start - 2].Span] is { Length: >= 2 } given && char.IsUpper(given[0]) && words[match.Start - 2].Upos == "PROPN";

    /// <summary>
    /// "the South China Sea", "the Mediterranean Sea", "the Sea of Japan", "the Gulf of Mexico": a
    /// sea named after a country or a region is water, neither the country nor the region (ships
    /// patrolling it do not act on China).
    /// </summary>
    private static bool NamesWater(Document document, ImmutableArray<SyntaxWord> words, ActorMatch match)
    {
        // (Only a place's name: "the Kuwaiti tanker Sea Isle City" is a ship of Kuwait.)
        string Form(int w) => w >= 0 && w < words.Length ? document[words[w].Span] : "";
        return match.Forms.All(f => f.Entry.Type is ActorType.Country or ActorType.Region)
            && (Form(match.End) is "Sea" or "Ocean" or "Sea's" or "Ocean's" || (Form(match.Start - 1) == "of" && Form(match.Start - 2) is "Sea" or "Gulf" or "Bay"));
    }

    /// <summary>
    /// Products, papers and accounts a role noun or a country may describe ("television sets",
    /// "government bonds", "government spending", "U.S. interest rates", "London Interbank Offered Rates",
    /// "European models rejected include the Lynx III"). Not commodities: "bought 2.4 mln tonnes of U.S.
    /// corn" is trade with the United States.
    /// </summary>
    private static readonly FrozenSet<string> Products = FrozenSet.Create(StringComparer.Ordinal,
        "set", "bond", "bonds", "note", "notes", "security", "securities", "spending", "budget", "contract", "debt", "borrowing", "loan",
        "program", "programme", "procurement", "surplus", "stock", "issue", "yield", "rate", "model");

    /// <summary>Words of offices written before a name ("Foreign Minister", "Deputy Secretary"): where a speaker's given name cannot be.</summary>
    private static readonly FrozenSet<string> OfficeWords = FrozenSet.Create(StringComparer.Ordinal,
        "minister", "secretary", "president", "premier", "chairman", "chairwoman", "director", "governor", "senator", "ambassador", "deputy", "vice",
        "general", "commissioner", "spokesman", "spokeswoman", "representative", "leader", "chief", "head", "mayor", "judge", "justice", "envoy", "prime",
        "foreign", "finance", "trade", "state", "undersecretary", "under", "sen", "rep", "gov", "dr", "prof");

    /// <summary>Titles of women and of men, before a name ("Mrs Thatcher", "Queen Elizabeth", "King Hussein").</summary>
    private static readonly FrozenSet<string> FemaleTitles = FrozenSet.Create(StringComparer.Ordinal,
        "Mrs", "Ms", "Miss", "Madame", "Mme", "Lady", "Dame", "Queen", "Princess", "Duchess", "Empress", "Baroness", "Frau", "Senora", "Señora", "Signora", "Sheikha", "Begum");

    private static readonly FrozenSet<string> MaleTitles = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Sir", "Lord", "King", "Prince", "Duke", "Emperor", "Herr", "Monsieur", "Senor", "Señor", "Signor", "Sheikh", "Emir", "Sultan", "Ayatollah", "Pope");

    /// <summary>Role words that say a woman or a man, in lower case ("spokeswoman", "congressman"; not the name parts "Man", "Son"); not "chairman", used of women too.</summary>
    private static readonly FrozenSet<string> FemaleRoleWords = FrozenSet.Create(StringComparer.Ordinal,
        "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "stateswoman", "policewoman", "anchorwoman", "woman", "actress", "widow", "wife", "mother", "daughter", "sister");

    private static readonly FrozenSet<string> MaleRoleWords = FrozenSet.Create(StringComparer.Ordinal,
        "spokesman", "congressman", "businessman", "councilman", "statesman", "policeman", "anchorman", "man", "widower", "husband", "father", "son", "brother");

    /// <summary>Honorifics that are no titles themselves: a title word after them is a surname ("Mr. King"; not "Lord Chancellor").</summary>
    private static readonly FrozenSet<string> CivilHonorifics = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Mr", "Mrs", "Ms", "Miss", "Madame", "Monsieur", "Herr", "Frau");

    /// <summary>Titles written before a surname, with or without a full stop ("Mrs Clinton", "Gen Zia").</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Gen", "Sen", "Rep", "Gov", "Col", "Sir", "Lord", "Lady", "Prof", "Rev", "Sheikh", "Capt",
        "Maj", "Lt", "Sgt", "Dame", "Madame", "Monsieur", "Herr", "Frau",
    };

    /// <summary>People whose post is abroad: where they are says nothing of whose they are (for whom a role acts on).</summary>
    private static readonly FrozenSet<string> PostedAbroad = FrozenSet.Create(StringComparer.Ordinal,
        "representative", "envoy", "ambassador", "correspondent", "diplomat", "economist", "analyst", "consul", "delegate",
        "delegation", "mission", "observer", "monitor", "peacekeeper", "journalist", "reporter", "expert", "adviser", "advisor");

    /// <summary>
    /// A state's envoys, posted abroad by their office: the place they are in gives them no country
    /// ("Diplomats in Bangkok said", "a western diplomat in Brasilia"). Narrower than
    /// <see cref="PostedAbroad"/>: "economists in Bangkok", "analysts in Tokyo" are mostly local.
    /// </summary>
    internal static readonly FrozenSet<string> Envoys = FrozenSet.Create(StringComparer.Ordinal,
        "diplomat", "ambassador", "envoy", "consul", "attache", "emissary", "embassy", "consulate", "correspondent");

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "du", "van", "von", "der", "la", "le" };

    private static readonly HashSet<string> SingularPronouns = ["he", "she", "him", "her", "his", "hers"];
    private static readonly HashSet<string> PluralPronouns = ["they", "them", "their", "theirs"];

    /// <summary>Nouns of those who study a country, whose compounded country name is their subject ("a China expert").</summary>
    private static readonly HashSet<string> StudentsOfACountry = ["expert", "specialist", "scholar", "watcher", "hand", "historian"];

    /// <summary>Nouns of one who speaks for a body ("a spokesman for the ministry").</summary>
    private static readonly HashSet<string> SpokesNouns = ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "spokespersons"];

    /// <summary>Nouns for the press a statement is made to ("told reporters", "told journalists"), shared with the event coder.</summary>
    internal static readonly FrozenSet<string> PressAudience = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "reporter", "journalist", "newsman", "newsmen", "correspondent", "press", "newspaper", "reporters", "journalists", "correspondents");

    /// <summary>Verbs of saying whose plural subject no dictionary knows is a speaking group ("the sources said", "analysts predict").</summary>
    private static readonly HashSet<string> SayingVerbs = ["say", "tell", "add", "note", "estimate", "predict", "forecast", "warn", "argue", "explain", "insist", "stress", "claim", "comment", "believe", "expect"];

    /// <summary>Plural nouns for the unnamed groups news quotes ("sources said", "traders said"), read in sentences not parsed.</summary>
    private static readonly HashSet<string> SpeakingGroups = ["sources", "traders", "analysts", "dealers", "economists", "brokers", "experts", "observers", "residents", "witnesses", "bankers", "delegates", "participants"];

    private readonly ActorLexicon lexicon;

    /// <summary>Creates a resolver over a lexicon.</summary>
    public ActorResolver(ActorLexicon lexicon) => this.lexicon = lexicon;

    /// <summary>The lexicon.</summary>
    public ActorLexicon Lexicon => lexicon;

    /// <summary>Resolves the actors of a document whose sentences have been parsed.</summary>
    public DocumentActors Resolve(Document document, ImmutableArray<SentenceSyntax> syntax) => Resolve(document, syntax, null);

    /// <summary>Resolves the actors of a document, with the dictionary matches of its sentences when already found.</summary>
    public DocumentActors Resolve(Document document, ImmutableArray<SentenceSyntax> syntax, IReadOnlyList<List<ActorMatch>>? matches)
    {
        var context = new DocumentContext(document.Metadata.Published, Facts.QuoteFinder.Spans(document))
        {
            GivenNames = lexicon.GivenNames, AnyGivenNames = lexicon.AnyGivenNames, Text = document.Text, Genders = lexicon.GivenNameGenders,
        };
        // The countries the document names anywhere: a bare surname is taken for an official of
        // one of them only ("Nakayama" in a story about Japan is no president of Micronesia); and
        // whether it names only the country of its dateline, and any company.
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var tokens = document.TokensOf(document.Sentences[s]);
            foreach (var match in matches?[s] ?? lexicon.Match(document.Text, tokens))
            {
                bool dateline = s == 0 && IsDateline(document, tokens, match);
                foreach (var form in match.Forms)
                {
                    // (A shared seat's name is no country of its own: "OTTAWA - … the House of Commons".)
                    if (form.Entry.Code is { Length: >= 3 } code && form.Entry.Type is not ActorType.Agent && form.Entry.SharedBy.IsEmpty)
                    {
                        context.Countries.Add(code[..3]);
                        context.NoteFiling(code, dateline, form.Entry.Origin);
                    }

                    if ((form.Entry.Type == ActorType.Person ? form.Entry.CodeOn(context.Date) : form.Entry.Code) is { Length: >= 3 } named
                        && form.Entry.Type is not ActorType.Agent && form.Entry.SharedBy.IsEmpty)
                    {
                        context.NoteNamedCountry(named[..3], form.Entry.Origin);
                    }
                }
            }

            for (int t = 1; t < tokens.Length && !context.NamesCompany; t++)
            {
                // (Not after an abbreviation: Reuters capitalises the word after "U.S.", "U.S. Airlines".)
                string word = document[tokens[t].Span];
                string before = document[tokens[t - 1].Span];
                context.NamesCompany = char.IsUpper(before[0]) && (LegalForms.Contains(word) || (CompanyNameEnds.Contains(word) && !before.Contains('.')));
            }
        }

        var result = ImmutableArray.CreateBuilder<ImmutableArray<ActorMention>>(syntax.Length);
        for (int s = 0; s < syntax.Length; s++)
        {
            var mentions = ResolveSentence(document, s, syntax[s], context, matches?[s]);
            // (A name that stood for no state that day is no actor: "Georgia Power Co" in 1987.)
            result.Add(document.Metadata.Published is DateOnly day ? [.. mentions.Where(m => lexicon.Successions.ExistsOn(m.Code, day)).Select(m => OfTheDay(m, day))] : mentions);
        }

        return new DocumentActors(result.MoveToImmutable());
    }

    /// <summary>
    /// A mention coded with the state of the document's day ("Moscow" in 1987 is SUNGOV), with the
    /// mentions it stands for.
    /// </summary>
    private ActorMention OfTheDay(ActorMention mention, DateOnly day)
    {
        string code = lexicon.Successions.CodeOn(mention.Code, day);
        var antecedents = mention.Antecedents.IsEmpty ? mention.Antecedents : [.. mention.Antecedents.Select(a => OfTheDay(a, day))];
        return code == mention.Code && antecedents == mention.Antecedents ? mention
            : mention with { Code = code, Antecedents = antecedents, CodeBeforeSuccession = code == mention.Code ? mention.CodeBeforeSuccession : mention.Code };
    }

    private ImmutableArray<ActorMention> ResolveSentence(Document document, int s, SentenceSyntax syntax, DocumentContext context, List<ActorMatch>? found)
    {
        var sentence = document.Sentences[s];
        var tokens = document.TokensOf(sentence);
        var words = syntax.Words;
        if (words.IsEmpty)
        {
            // Not analysed: nothing here can be an actor, but a person no dictionary knows may speak
            // here, whom a later "he" means.
            if (UnknownSpeakerInTokens(document, tokens, context) is int speaker)
            {
                context.NoteUnknownPerson(s, speaker, document[tokens[speaker].Span], tokens[speaker].Span);
            }

            // ("Traders said …": a later "they" means them.)
            for (int t = 0; t + 1 < tokens.Length; t++)
            {
                if (SpeakingGroups.Contains(document[tokens[t].Span].ToLowerInvariant()) && document[tokens[t + 1].Span] is "said" or "say" or "told" or "added" or "noted" or "estimated" or "reported")
                {
                    context.NoteUnknownGroup(s, t);
                }
            }

            return [];
        }

        // (A dateline, "NEW DELHI -", is where the story was filed: no actor, and no part of a phrase.)
        var matches = new List<ActorMatch>();
        foreach (var candidate in found ?? lexicon.Match(document.Text, tokens))
        {
            if (!IsDateline(document, tokens, candidate) && !NamesWater(document, words, candidate) && !NamesRoundOrPortfolio(document, words, candidate)
                && !NamesAgreement(document, tokens, words, candidate)
                && !IsSurnameAfterInitial(document, words, candidate) && !IsSurnameAfterGivenName(document, words, candidate))
            {
                matches.Add(candidate);
            }
        }

        // "the Iran-Iraq war", "U.S.-Japanese talks", "Franco-German relations": two countries
        // joined by a hyphen name what lies between them, not an actor of either.
        var joined = matches.Where(m => JoinsCountries(document, words, matches, m)).ToList();
        matches.RemoveAll(joined.Contains);

        // Dictionary matches attach to the head of the noun phrase they modify. A run of capitalised
        // words ("Defense Department Deputy Press Secretary Sabrina Singh") is one phrase headed by
        // its last word whatever the parse says: news titles are rare in the treebank.
        var runs = CapitalisedRuns(document, syntax);
        var members = new Dictionary<int, List<(ActorMatch Match, int Head)>>();
        foreach (var match in matches)
        {
            int head = MatchHead(syntax, match);
            // (An adjective joined to another that describes the noun describes it too: "a faithful
            // and firm adherence".)
            int adjective = words[match.End - 1].Deprel == "conj" && words[match.End - 1].Upos == "ADJ" && syntax.Children(match.End - 1, "cc").Any() && words[match.End - 1].Head is int first and >= 0
                && words[first].Deprel == "amod" && words[first].Upos == "ADJ" ? first : match.End - 1;
            if (match.Forms.All(f => f.Entry.Type == ActorType.Agent) && words[match.End - 1].Upos is "ADJ" or "VERB" && words[adjective].Deprel == "amod"
                && words[adjective].Head is int described and >= 0 && words[described].Upos != "PROPN" && !matches.Any(m => m.Start <= described && described < m.End)
                && !PeopleNouns.Contains(words[described].Lemma.ToLowerInvariant()))
            {
                // "an already firm tone", "the military readiness of our country", "a military aid
                // program": a role word describing a thing names no one ("military sources",
                // "civilian advisers", "official sources", "Agriculture Undersecretary Daniel Amstutz" do).
                continue;
            }

            if (match.Forms.All(f => f.Entry.Type == ActorType.Agent) && words[match.End - 1].Upos == "NOUN" && words[match.End - 1].Deprel == "compound"
                && words[match.End - 1].Head is int product and >= 0 && (Products.Contains(words[product].Lemma.ToLowerInvariant()) || words[product].Lemma.Equals("law", StringComparison.OrdinalIgnoreCase)))
            {
                // "sanctions on certain computers, television sets", "government bonds", "an army
                // contract": a role noun naming a kind of product or paper names no one; nor does
                // one naming what a law is about ("the special prosecutor law"; a country's law,
                // "U.S. trade law", is still its).
                continue;
            }

            var run = runs.FirstOrDefault(r => r.Start <= match.Start && match.End <= r.End);
            int phrase = run.End > run.Start ? RunHead(syntax, run) : PhraseHead(syntax, head);
            if (run.End > run.Start && TopicCountryEndingRun(syntax, matches, run) is int topical)
            {
                // "The Senate Iran committee", "the House Iran panel": a body's name, then a
                // country the body's common noun is about; the phrase is the noun's.
                phrase = PhraseHead(syntax, topical);
            }

            if (OwnedRole(syntax, matches, match) is { } role && words[MatchHead(syntax, role)].Upos == "NOUN")
            {
                // A name right before a role ("EU foreign ministers", "European Community
                // officials") owns it whatever the parse says: the parser, trained on few such
                // noun stacks, often makes the name a subject of its own.
                phrase = PhraseHead(syntax, MatchHead(syntax, role));
            }
            // A phrase head inside a run of capitalised words is that run's head.
            var around = runs.FirstOrDefault(r => r.Start <= phrase && phrase < r.End);
            if (around.End > around.Start)
            {
                phrase = RunHead(syntax, around);
            }

            if (!members.TryGetValue(phrase, out var list))
            {
                members[phrase] = list = [];
            }

            list.Add((match, head));
        }

        var codes = new Dictionary<int, ActorMention>();
        var matched = matches.SelectMany(m => Enumerable.Range(m.Start, m.End - m.Start)).ToHashSet();
        foreach (var (speaker, surname) in UnknownSpeakers(document, syntax, matched, context))
        {
            context.NoteUnknownPerson(s, speaker, surname, syntax.Words[speaker].Span);
        }

        // "The sources said the last six of 20 fighters ordered by Cairo were being held back. They
        // said …": a group no dictionary knows that speaks is whom a later "they" means, not an
        // actor named before it.
        for (int w = 0; w < words.Length; w++)
        {
            // (Not a group named with an actor: "Chairmen of the separate Senate and House select
            // Iran committees told a news conference they would accede".)
            // (A subject of saying only, or of a speech verb with what was said: "prices continued
            // to fall", "companies reported profits" name no speakers, "shipping sources reported an
            // Iranian warship had set the tanker on fire" do; "traders were told" are the hearers.)
            if (words[w].Deprel == "nsubj" && words[w].Upos == "NOUN" && words[w].Xpos == "NNS"
                && words[w].Head is int said and >= 0
                && (SayingVerbs.Contains(words[said].Lemma) || (Facts.QuoteFinder.SpeechVerbs.Contains(words[said].Lemma) && syntax.Children(said).Any(c => words[c].Deprel is "ccomp" or "parataxis")))
                && !matched.Any(m => syntax.Dominates(w, m)))
            {
                context.NoteUnknownGroup(s, w);
            }
        }

        // Bottom-up so possessors and appositions are known before the phrases that use them.
        foreach (int head in members.Keys.OrderByDescending(h => Depth(syntax, h)))
        {
            // "Roger King, chairman of King World Productions": a ruler's title closing a name after a
            // given name is that person's surname (a title goes before the name: "King Fahd"), and so
            // is the title alone later in the story.
            int? surnameTitle = members[head] is [var (title, _)] && title.End == title.Start + 1 && IsSurnameAfterGivenName(document, syntax, title.Start, runs, matched)
                ? title.Start : null;
            if (surnameTitle is int surname)
            {
                context.NoteTitleSurname(document[syntax.Words[surname].Span]);
            }

            // "both men", "the two leaders", "the heads of state" stand for an earlier pair, whatever their words match.
            var mention = IsPairDescription(document, syntax, head) || surnameTitle is not null ? null : Compose(document, syntax, s, head, members[head], codes, context, matched);
            if (mention is { Rule: MentionRule.AgentOnly } && head > 0 && CivilHonorifics.Contains(document[syntax.Words[head - 1].Span].TrimEnd('.')))
            {
                // "Mr. King attacked the driver": a title word after a civil honorific is a surname,
                // no role (it had found Papua New Guinea's minister Alois King by that surname).
                mention = null;
            }

            if (mention is { Rule: MentionRule.AgentOnly } && context.IsTitleSurname(document[syntax.Words[head].Span])
                && !syntax.Children(head).Any(c => syntax.Words[c].Deprel is "det" or "amod" or "nmod:poss" or "compound" or "flat"))
            {
                // ("police said King was arrested", after "Roger King" above.)
                mention = null;
            }

            if (mention is not null)
            {
                var run = runs.FirstOrDefault(r => r.Start <= head && head < r.End);
                var givenNames = run.End > run.Start
                    ? Enumerable.Range(run.Start, run.End - run.Start - 1).Select(w => document[syntax.Words[w].Span]).Where(n => n.Length >= 3 && !NameParticles.Contains(n)).ToList()
                    : [];
                // (A name no dictionary matched, written right before the surname, is a given name:
                // "President Leon Febres Cordero"; not an initial.)
                string? preceding = run.End - 2 >= run.Start && !matched.Contains(run.End - 2) && document[syntax.Words[run.End - 2].Span] is { Length: >= 3 } name
                    && !name.EndsWith('.') && !NameParticles.Contains(name) ? name : null;
                if (run.End > run.Start && mention.Rule == MentionRule.AgentOnly && lexicon.PersonBySurname(document[syntax.Words[run.End - 1].Span], context.Date, mention.Code, givenNames, preceding) is { } known)
                {
                    // "President Bush": a title and a surname the dictionaries know for that role.
                    mention = mention with { Code = known.CodeOn(context.Date) ?? mention.Code, Rule = MentionRule.PersonRole, Name = known.Names[0], Entity = known.Id, IsPerson = true, Entries = mention.Entries.Add(known.Origin) };
                }

                codes[head] = run.End > run.Start ? mention with { Covers = [.. Enumerable.Range(run.Start, run.End - run.Start)] } : mention;
            }
        }

        // A bare role whose owner sits on another word of its phrase or name run: "Niger's
        // ambassador Brah Mohamane", "Taiwan's Vice Foreign Minister" (the possessor hangs on
        // "ambassador" or "Vice", not on the phrase head), once every dictionary phrase is coded (before pronouns copy them).
        foreach (var (w, mention) in codes.ToList())
        {
            // "Bosnian Serbs said their forces …": a possessive pronoun is resolved once the
            // phrases before it are coded (phrases are coded deepest first, not in reading order).
            // "Estonia's Supreme Court" parsed with "Estonia's" hung elsewhere: a seat of another
            // country's institution, found once every phrase is coded.
            if (mention.IsSeat && ActorCode.RoleOf(mention.Code) is string seatRole
                && OwnerOfPhrase(document, syntax, w, mention, runs, codes) is { Country: string seatOwner, Rule: MentionRule.Country } && seatOwner != mention.Country)
            {
                codes[w] = mention with { Code = ActorCode.Combine(seatOwner, seatRole), Rule = MentionRule.CountryAndAgent, IsSeat = false };
                continue;
            }

            if (mention.Rule != MentionRule.AgentOnly)
            {
                continue;
            }

            if (SpokesNouns.Contains(words[w].Lemma.ToLowerInvariant())
                && syntax.Children(w, "nmod").Where(n => syntax.Children(n, "case").Any(c => document[words[c].Span].Equals("for", StringComparison.OrdinalIgnoreCase)))
                    .Select(n => codes.GetValueOrDefault(n)).FirstOrDefault(m => m is not null) is { } spokenFor)
            {
                // "a spokesman for the Japanese foreign ministry", "a spokesman for the World Bank":
                // whoever speaks for a body is its voice, coded as the body is (as "a World Bank
                // spokesman" is), not a government of no country. (A body of no country gives its
                // role only, and the dateline may still give the country: "ROTTERDAM - … a
                // spokeswoman for the Ministry of Agriculture said".)
                // ("a spokesman for Israel": a country's spokesman is its government's.)
                bool whole = spokenFor.Rule != MentionRule.AgentOnly;
                codes[w] = mention with
                {
                    // (Only a country's own name: "a spokesman for the Taiwan Sugar Corp", a body no
                    // dictionary knows, stays the country's, its role unknown.)
                    Code = spokenFor.Rule is MentionRule.Country or MentionRule.Capital && words[spokenFor.Head].Upos == "PROPN" && spokenFor.Span == words[spokenFor.Head].Span
                        ? OwnedRole(spokenFor, mention.Code, words[w]) : spokenFor.Code,
                    Rule = whole ? MentionRule.AgentOfActor : MentionRule.AgentOnly,
                    Entries = mention.Entries.AddRange(spokenFor.Entries).Distinct().ToImmutableArray(),
                };
                continue;
            }

            var ownerMention = OwnerOfPhrase(document, syntax, w, mention, runs, codes)
                ?? (IsRelationalPhrase(syntax, w) ? null : syntax.Children(w, "nmod:poss").Where(p => words[p].Upos == "PRON").Select(p => Reference(document, syntax, s, p, codes, context)).FirstOrDefault(m => m is not null))
                // "authorities in Croatia cracked down", "police in Nairobi", "traders in Singapore":
                // a role placed in a country or its capital is that country's ("Moslem forces in east
                // Bosnia"; foreign troops are named with their country); not anyone posted there
                // ("the bank's representative in the Philippines", "correspondents in Asian capitals").
                ?? (ActorCode.RoleOf(mention.Code) is "SPY" or "MED" || PostedAbroad.Contains(words[w].Lemma.ToLowerInvariant()) ? null
                    : syntax.Children(w, "nmod").Where(n => syntax.Children(n, "case").Any(c => document[words[c].Span].Equals("in", StringComparison.OrdinalIgnoreCase)))
                        .Select(n => codes.GetValueOrDefault(n)).FirstOrDefault(m => m is { Rule: MentionRule.Country or MentionRule.Capital, Country: not null }));
            if (ownerMention is { Country: string owner })
            {
                codes[w] = mention with
                {
                    Code = OwnedRole(ownerMention, mention.Code, words[w]),
                    Rule = MentionRule.AgentOfActor,
                    Entries = mention.Entries.AddRange(ownerMention.Entries).Distinct().ToImmutableArray(),
                };
            }
        }

        // "Israeli helicopters and tanks": a bare role coordinated with the same role of a country
        // shares its country ("US forces and rebels" do not: the rebels are no American rebels).
        foreach (var (w, mention) in codes.ToList())
        {
            if (mention.Rule == MentionRule.AgentOnly && words[w].Deprel == "conj" && words[w].Head >= 0
                && codes.GetValueOrDefault(words[w].Head) is { Rule: MentionRule.CountryAndAgent, Country: string shared } first
                && ActorCode.RoleOf(first.Code) == mention.Code)
            {
                codes[w] = mention with { Code = ActorCode.Combine(shared, mention.Code), Rule = MentionRule.CountryAndAgent };
            }
        }

        // "Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia": an
        // ethnic group is the civilians of the country the sentence names for it, wherever the
        // parse hung that place (CAMEO codes a minority under its country of residence).
        foreach (var (w, mention) in codes.ToList())
        {
            if (mention.Rule == MentionRule.Country && syntax.Children(w, "amod").Any(a => words[a].Lemma.Equals("ethnic", StringComparison.OrdinalIgnoreCase))
                && codes.Values.Where(o => o.Rule == MentionRule.Country && o.Code != mention.Code && words[o.Head].Upos == "PROPN")
                    .OrderBy(o => Math.Abs(o.Head - w)).FirstOrDefault() is { } home)
            {
                codes[w] = mention with { Code = ActorCode.Combine(home.Code, "CVL"), Rule = MentionRule.CountryAndAgent };
            }
        }

        // "NATO-member Norway", "OPEC member Nigeria", "NATO ally Turkey": a body named as what the
        // following name belongs to describes that name; it is no party of its own (the parse
        // often makes "member" a second subject).
        foreach (var (w, mention) in codes.ToList())
        {
            // The membership noun is the mention's head ("NATO-member") or right after it ("NATO ally", parsed apart).
            int noun = MembershipNouns.Contains(words[w].Lemma.ToLowerInvariant()) ? w
                : Enumerable.Range(0, words.Length).FirstOrDefault(x => words[x].Span.Start >= mention.Span.End, -1) is int after and >= 0
                    && MembershipNouns.Contains(document[words[after].Span].ToLowerInvariant()) ? after : -1;
            if (noun >= 0 && noun + 1 < words.Length && codes.Values.Any(o => o.Head != w && o.Span.Start == words[noun + 1].Span.Start))
            {
                codes.Remove(w);
            }
        }

        CompaniesByLegalForm(document, tokens, matches, words, codes);

        // "Gulf States Utilities Co said … Gulf States has appealed": a company the story has named
        // in full with its legal form goes by the first words of its name after, whatever a
        // dictionary knows by them (the Persian Gulf states; the U.S. for "American", Canada for
        // "Canadian Pacific"). Before the pronouns, so that its "its" is the company's too. Not a
        // country's own name: "Japan" after "Japan Livestock Industry Promotion Corp" is Japan.
        foreach (var (w, mention) in codes.ToList())
        {
            if (NameRun(document, words, mention) is string[] run && context.CompanyByShortName(run) is { } company && company.Code != mention.Code
                && !NamesCountry(matches, string.Join(' ', run)))
            {
                codes[w] = company with { Sentence = s, Head = w, Span = mention.Span, Rule = MentionRule.KnownName, Antecedents = [company], Covers = mention.Covers };
            }
        }

        // Phrases with no dictionary match: appositions, known names, pronouns, pairs, repeats.
        var covered = codes.Values.SelectMany(m => m.Covers).ToHashSet();
        for (int w = 0; w < words.Length; w++)
        {
            if (codes.ContainsKey(w) || covered.Contains(w) || PhraseRelations.Contains(words[w].Deprel))
            {
                continue;
            }

            // (A surname introduced with a title of no country, "President Reagan" coded GOV, gives way
            // to the official the surname names that day.)
            var mention = Reference(document, syntax, s, w, codes, context);
            if ((mention is null || (mention.Rule == MentionRule.KnownName && mention.Country is null)) && Official(document, syntax, s, w, runs, context) is { } official)
            {
                mention = official;
            }

            if (mention is not null)
            {
                codes[w] = mention;
            }
        }

        // "The report by the Institute of Economic Affairs (IEA) said": an acronym a story glosses
        // in brackets as a name no dictionary knows is that body, not the dictionary's body of the
        // same letters (the International Energy Agency), here and wherever the story uses it.
        foreach (var (w, mention) in codes.ToList())
        {
            if (mention.Rule == MentionRule.Name && UnknownBodyGlossed(document, syntax, w, KnownNames(mention)) is string unknownAcronym)
            {
                context.BlockAcronym(unknownAcronym);
            }

            if (context.IsBlockedAcronym(document[words[w].Span]) && mention.Rule is MentionRule.Name or MentionRule.KnownName)
            {
                codes.Remove(w);
            }
        }

        // Appositions give their code to an uncoded name they describe.
        foreach (var (w, mention) in codes.ToList())
        {
            // ("four countries, including the United States, …": a list after "including" names
            // members, not the group itself.)
            // ("A World Bank team led by senior economist Katrine Saito arrived", the parse taking
            // the leader for an apposition: a noun with an actor of its own before it, "World Bank",
            // is that actor's, not its leader's; "a group led by New York investor Michael
            // Steinhardt" is the investor's.)
            // (Only a name, or a noun of someone or some body: "Duffy is on a two-day visit to
            // Malaysia after talks in North and South America, the EC and Thailand" took the EC,
            // hung on "visit", for the visitor.)
            if (words[w].Deprel == "appos" && words[w].Head >= 0 && !codes.ContainsKey(words[w].Head) && !syntax.Children(w, "case").Any()
                && CanBeSomeone(document, syntax, words[w].Head)
                && !(syntax.Children(words[w].Head, "acl").Any(v => words[w].Head < v && v < w && words[v].Xpos is "VBN" or "VBG")
                    && syntax.Children(words[w].Head).Any(c => c < words[w].Head && codes.ContainsKey(c))))
            {
                int name = words[w].Head;
                // A dateline the parse took for a name the person's phrase describes ("ROME - Israeli
                // Foreign Minister Shimon Peres discussed …") stands for the person, under the person's
                // own name and span: it names no one ("ROME" is no person to meet again).
                codes[name] = OpensWithDateline(document, syntax, name) ? mention with { Head = name }
                    : Described(document, syntax, s, name, mention, context);
            }
        }

        // ("Solidarity leader Lech Walesa said": a person the dictionaries know, named right after a
        // bare title of no country with no comma between, is who the title's phrase names; the
        // title alone made him a government's leader of no country.)
        foreach (var (w, mention) in codes.ToList())
        {
            int head = words[w].Head;
            if (words[w].Deprel == "appos" && head >= 0 && head < w && mention is { IsPerson: true, Entity: not null }
                && codes.TryGetValue(head, out var title) && title is { Rule: MentionRule.AgentOnly, Country: null, Entity: null }
                && title.Span.End <= mention.Span.Start && string.IsNullOrWhiteSpace(document.Text[title.Span.End..mention.Span.Start]))
            {
                // (The title's role says more than the dictionaries' "elite": "Opposition leader John
                // Howard" is AUSOPP, "military leader Desi Bouterse" SURMIL.)
                string code = ActorCode.RoleOf(mention.Code) == "ELI" && ActorCode.RoleOf(title.Code) is string role and not ("GOV" or "ELI")
                    && ActorCode.CountryOf(mention.Code) is string country ? ActorCode.Combine(country, role) : mention.Code;
                codes[head] = mention with { Head = head, Code = code };
            }
        }

        // ("the Deputy U.S. Trade Representative, Michael Smith": a person the dictionaries know by
        // that name, of another country than the title beside it names, is someone else of that name,
        // and the title says who.)
        foreach (var (w, mention) in codes.ToList())
        {
            // (An apposition, or a conjunct with no "and" right after the title and its comma, as the
            // parse may take a name in a list of titled people.)
            int other = words[w].Deprel == "appos" || (words[w].Deprel == "conj" && !syntax.Children(w, "cc").Any() && mention.Span.Start > 0
                && words[w].Head >= 0 && codes.TryGetValue(words[w].Head, out var before) && before.Span.End <= mention.Span.Start
                && document.Text[before.Span.End..mention.Span.Start].Trim() == ",") ? words[w].Head : -1;
            if (other < 0 || !codes.TryGetValue(other, out var beside))
            {
                continue;
            }

            // (In a list the name follows its title: "Nabih Berri, Syria's military intelligence chief
            // in Lebanon Brigadier Ghazi Kanaan and …" names two people.)
            var pairs = words[w].Deprel == "appos" ? new[] { (w, mention, beside), (other, beside, mention) } : [(w, mention, beside)];
            foreach (var (personWord, person, title) in pairs)
            {
                // (Only a title that ends at a comma or the sentence's end: "Syria's military
                // intelligence chief in Lebanon Brigadier Ghazi Kanaan" goes on to another person.)
                if (person is { IsPerson: true, Entity: not null, Country: string personCountry } && !title.IsPerson
                    && title.Rule is MentionRule.CountryAndAgent or MentionRule.AgentOfActor or MentionRule.Name && title.Country is string titleCountry && titleCountry != personCountry
                    && Enumerable.Range(0, words.Length).FirstOrDefault(n => words[n].Span.Start >= title.Span.End, -1) is var after && (after < 0 || words[after].Upos == "PUNCT"))
                {
                    codes[personWord] = person with { Code = title.Code, Rule = MentionRule.Apposition, Entity = null, Entries = title.Entries };
                }
            }
        }

        // ("said John Williams of Bankers Trust Co": a person the dictionaries know by that name,
        // named as a firm's, is someone else of that name, the firm's man; Barbados's John
        // Williams said nothing of the Federal Reserve.)
        foreach (var (w, mention) in codes.ToList())
        {
            if (mention is { IsPerson: true, Entity: not null } && words[w].Upos == "PROPN" && FirmAfterOf(document, words, mention.Span.End) is int firm)
            {
                codes[w] = mention with { Code = codes.TryGetValue(firm, out var known) && ActorCode.RoleOf(known.Code) == "BUS" ? known.Code : "BUS", Rule = MentionRule.AgentOnly, Entity = null, Entries = [] };
            }
        }

        // "Diplomat Electronics Corp said", "A Volkswagen AG spokesman said", "MCI Communications
        // Corp President Bert Roberts said": a name ending in a company's legal form is a company,
        // whatever office or place its words name ("Diplomat", "Whitehall", "Washington Water Power
        // Co"), and a title after it is the company's officer; a country named inside the name is
        // the company's ("Industrial Bank of Japan Ltd"), a region is not ("Western Digital Corp"
        // was a Western business, "North American Philips Corp" a North American one).
        // (Once before the pronouns are resolved, so that "Western Digital Corp said it signed"
        // gives "it" the company, and once more here for the phrases coded since.)
        CompaniesByLegalForm(document, tokens, matches, words, codes);

        // "Toyota Motor Corp will cut output, a spokesman said": in a story that names a company, a
        // title companies have as often as states, given no country by any phrase, is a company
        // officer's (BUS), not a government's of no country.
        if (context.NamesCompany)
        {
            foreach (var (w, mention) in codes.ToList())
            {
                // (Only the bare title, perhaps "senior" or "top": "Ministry officials", "LDP
                // official", "government spokesman" name whose they are.)
                // ("Woodward and Lothrop Inc said president David Mullen resigned", "spokeswoman
                // Edith Herman said": nor a title in lower case before a name no dictionary knows.)
                if (mention.Rule == MentionRule.AgentOnly && mention.Country is null && mention.Code == "GOV"
                    && (mention.Name.Split(' ').All(part => TitleWords.Contains(part))
                        || (words[mention.Head].Upos == "PROPN" && LowerCaseTitleBeforeName(document, syntax, mention)))
                    // (Nor one whose phrase names a state body, a police force or a delegation: "a
                    // spokesman for the Federal Cartel Office in West Berlin", "the City of London
                    // police", "the official, a member of the Indian delegation".)
                    && !NamesStateBody(syntax, mention.Head))
                {
                    codes[w] = mention with { Code = "BUS" };
                }
            }
        }

        // "The company said its president resigned", "Fujitsu said its chairman would visit": a
        // title companies have as states do, owned by "its" or "their" after a company in the
        // sentence, is the company's officer (the nearest actor before the pronoun decides).
        foreach (var (w, mention) in codes.OrderBy(entry => entry.Key).ToList())
        {
            if (mention.Rule == MentionRule.AgentOnly && mention.Country is null && mention.Code == "GOV"
                && CompanyTitles.Contains(words[mention.Head].Lemma.ToLowerInvariant())
                && syntax.Children(mention.Head, "nmod:poss").FirstOrDefault(p => words[p].Upos == "PRON" && document[words[p].Span].ToLowerInvariant() is "its" or "their", -1) is int owner and >= 0
                && codes.Values.Where(m => m.Head < owner && m.Head != w).OrderBy(m => m.Head).LastOrDefault() is { } before
                && before.Code.EndsWith("BUS", StringComparison.Ordinal))
            {
                codes[w] = mention with { Code = before.Code, Rule = before.Country is null ? mention.Rule : MentionRule.AgentOfActor, Antecedents = [before], Entries = mention.Entries.AddRange(before.Entries) };
            }
        }

        // "TOKYO, March 3 - … a central bank official said": a state's role no phrase gave a country
        // is of the country the story was filed from, when the story names no other country and no
        // international body (a story from Brussels about the EC, or from Washington about Brazil's
        // debt, does not say whose officials these are).
        // (In a story that names a company, a spokesman, an official or a president may be the
        // company's: "TOKYO - Toyota Motor Corp will cut output, a spokesman said.")
        if (context.FiledFrom is var (filedFrom, filedEntry))
        {
            foreach (var (w, mention) in codes.ToList())
            {
                if (mention.Rule == MentionRule.AgentOnly && mention.Country is null && StateRoles.Contains(mention.Code)
                    && !(context.NamesCompany && CompanyTitles.Contains(words[mention.Head].Lemma.ToLowerInvariant())))
                {
                    codes[w] = mention with { Code = ActorCode.Combine(filedFrom, mention.Code), Rule = MentionRule.Dateline, Entries = mention.Entries.Add(filedEntry) };
                }
            }
        }

        // "WASHINGTON, June 1 - Federal law enforcement authorities said …", "For months, federal
        // authorities examined the conduct of the staffers": a state's role called federal is of the
        // federal country the story was filed from, or names alone, whatever other countries it names.
        if (context.FederalCountry is string federal)
        {
            foreach (var (w, mention) in codes.ToList())
            {
                if (mention.Rule == MentionRule.AgentOnly && mention.Country is null && StateRoles.Contains(mention.Code)
                    && document[mention.Span].Split(' ').Any(word => word.Equals("federal", StringComparison.OrdinalIgnoreCase)))
                {
                    codes[w] = mention with { Code = ActorCode.Combine(federal, mention.Code), Rule = MentionRule.Federal };
                }
            }
        }

        // "Royal Bank of Canada ended merger talks", "The Industrial Bank of Japan said": a name
        // before a central bank's "Bank of …" makes another bank, a company of that country (not
        // "Reserve Bank of India", "National Bank of …", "Export-Import Bank of Japan").
        foreach (var (w, mention) in codes.ToList())
        {
            if (mention.Rule == MentionRule.Name && mention.Name.StartsWith("Bank of ", StringComparison.Ordinal) && mention.Country is string country
                && document[mention.Span].Split(' ') is [var first, "Bank", ..] && first.Length > 1 && char.IsUpper(first[0]) && !CentralBankWords.Contains(first))
            {
                codes[w] = mention with { Code = ActorCode.Combine(country, "BUS"), Name = first + " " + mention.Name };
            }
        }

        // "the Forces for the Defence of Democracy (FDD) … The FDD also attacked": an acronym a story
        // glosses in brackets is that name wherever the story uses it, whatever else a dictionary
        // knows by it (the Foundation for Defense of Democracies).
        foreach (var (w, mention) in codes.OrderBy(p => p.Key).ToList())
        {
            // (Only a dictionary's name: a role or legal form, "the National Liberation Army (ELN)"
            // as bare rebels, "Federal Deposit Insurance Corp (FDIC)" as a company, says less than
            // the dictionary's entry for the acronym.)
            if (mention.Rule == MentionRule.Name && GlossedAcronymAfter(document, syntax, w) is string acronym)
            {
                context.GlossAcronym(acronym, mention, stated: true);
            }

            // "the Nuclear Regulatory Commission … the NRC issued an order": a story that names a
            // body in full uses its initials for it, whatever else a dictionary knows by them (the
            // Norwegian Refugee Council).
            if (mention.Rule == MentionRule.Name && Initials(document[mention.Span]) is string initials)
            {
                context.GlossAcronym(initials, mention);
            }
        }

        foreach (var (w, mention) in codes.ToList())
        {
            if (context.GlossedAcronym(document[words[w].Span]) is { } glossed && glossed.Code != mention.Code && !(glossed.Sentence == s && glossed.Head == w))
            {
                codes[w] = glossed with { Sentence = s, Head = w, Span = mention.Span, Rule = MentionRule.KnownName, Antecedents = [glossed], Covers = mention.Covers };
            }
        }

        var ordered = codes.Values.OrderBy(m => m.Head).ToImmutableArray();
        foreach (var mention in ordered)
        {
            context.NoteCompany(mention);

            // (Names were introduced before the passes above gave their mentions a company or a
            // dateline country: "ABHA, Saudi Arabia - Finance Minister Mohammed Ali Abal-Khail said
            // … Abal-Khail said" is the Saudi minister both times.)
            context.Refresh(mention);
            context.Add(mention, syntax);
        }

        context.RecordPairs(ordered, syntax);
        context.ForgetUnknownPeople(ordered);
        context.EndSentence();
        return ordered;
    }

    /// <summary>Nouns that describe a person in an apposition ("Rostenkowski, an Illinois Democrat").</summary>
    private static readonly FrozenSet<string> PersonDescriptions = FrozenSet.Create(StringComparer.Ordinal,
        "democrat", "republican", "analyst", "economist", "chairman", "chairwoman", "president", "spokesman", "spokeswoman", "official",
        "director", "executive", "lawyer", "attorney", "member", "senator", "representative", "leader", "head", "adviser", "advisor",
        "expert", "professor", "minister", "secretary", "governor", "manager", "trader", "dealer", "banker", "broker", "negotiator",
        "chief", "partner", "strategist", "aide", "commissioner", "ambassador", "envoy", "chancellor", "premier");

    /// <summary>
    /// The subjects of speech verbs (with their surnames) that are people no dictionary matched: a proper name written with
    /// a known given name ("Dan Rostenkowski said") or an honorific ("Mr Volcker said"), described as a
    /// person ("Rostenkowski, an Illinois Democrat, told"), or the surname of one such named before.
    /// </summary>
    private static IEnumerable<(int Head, string Surname)> UnknownSpeakers(Document document, SentenceSyntax syntax, HashSet<int> matched, DocumentContext context)
    {
        var words = syntax.Words;
        for (int w = 0; w < words.Length; w++)
        {
            int verb = words[w].Head;
            if (!words[w].Deprel.StartsWith("nsubj", StringComparison.Ordinal) || verb < 0 || !Facts.QuoteFinder.SpeechVerbs.Contains(words[verb].Lemma)
                || words[w].Upos != "PROPN" || !char.IsUpper(document.Text[words[w].Span.Start]) || matched.Contains(w))
            {
                continue;
            }

            var parts = syntax.Children(w).Where(c => words[c].Deprel is "flat" or "compound" or "flat:name" or "amod" or "nmod" or "nmod:poss").ToList();
            var name = parts.Where(c => words[c].Deprel is "flat" or "compound" or "flat:name" && words[c].Upos == "PROPN").Append(w).Order().ToList();
            string given = document[words[name[0]].Span], surname = document[words[name[^1]].Span];
            if (parts.Any(matched.Contains) || CompanyWords.Contains(surname) || LegalForms.Contains(surname) || parts.Any(c => LegalForms.Contains(document[words[c].Span])))
            {
                continue;
            }

            // (The treebank heads a name by its first word: "Dan" in "Dan Rostenkowski".)
            bool person = (name.Count >= 2 && context.AnyGivenNames.Contains(given))
                || (name[0] > 0 && Honorifics.Contains(document[words[name[0] - 1].Span].TrimEnd('.')))
                || syntax.Children(w).Any(a => !matched.Contains(a) && PersonDescriptions.Contains(words[a].Lemma.ToLowerInvariant())
                    && (words[a].Deprel == "appos" || (words[a].Deprel == "conj" && syntax.Children(a, "det").Any())))
                || (name.Count == 1 && parts.Count == 0 && context.IsUnknownPersonName(surname));
            if (person)
            {
                yield return (w, surname);
            }
        }
    }

    /// <summary>
    /// In a sentence not parsed (it names no actor), a person no dictionary knows who speaks, read from
    /// the words alone: a given name the dictionaries hold or an honorific and a capitalised surname next to a speech
    /// verb ("David Hale said", "said Mr Volcker"), a surname such a person was named by before
    /// ("Hale said"), or a name described between commas as a person ("Rostenkowski, an Illinois
    /// Democrat, told"). Returns the surname's token.
    /// </summary>
    private static int? UnknownSpeakerInTokens(Document document, ReadOnlySpan<Token> tokens, DocumentContext context)
    {
        // (Only sentences with a speech verb are read, and each word is cut from the text once.)
        int n = tokens.Length;
        bool speech = false;
        for (int i = 0; i < n && !speech; i++)
        {
            speech = char.IsLower(document.Text[tokens[i].Span.Start]) && Facts.QuoteFinder.IsSpeechForm(tokens[i].Span.In(document.Text));
        }

        if (!speech)
        {
            return null;
        }

        var forms = new string[n];
        for (int i = 0; i < n; i++)
        {
            forms[i] = document[tokens[i].Span];
        }

        string Form(int i) => i >= 0 && i < n ? forms[i] : string.Empty;
        bool Capitalised(int i) => Form(i) is [char first, _, ..] form && char.IsUpper(first) && form.All(c => char.IsLetter(c) || c == '-');
        bool Speaks(int i) => Facts.QuoteFinder.IsSpeechForm(Form(i));
        for (int i = 0; i < n; i++)
        {
            bool capitalised = Capitalised(i);
            bool named = (context.AnyGivenNames.Contains(forms[i]) || Honorifics.Contains(forms[i].TrimEnd('.'))) && Capitalised(i + 1);
            if (named && (Speaks(i + 2) || Speaks(i - 1)))
            {
                return i + 1;
            }

            if (capitalised && Speaks(i + 1) && context.IsUnknownPersonName(forms[i]))
            {
                return i;
            }

            // ("Rostenkowski, an Illinois Democrat, told reporters".)
            if (capitalised && Form(i + 1) == "," && Form(i + 2) is "a" or "an" or "the")
            {
                int close = Enumerable.Range(i + 3, Math.Max(0, Math.Min(6, n - i - 3))).FirstOrDefault(j => forms[j] == ",", -1);
                if (close > 0 && Speaks(close + 1) && Enumerable.Range(i + 3, close - i - 3).Any(j => PersonDescriptions.Contains(forms[j].ToLowerInvariant())))
                {
                    return i;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The code of a role its owner holds: the owner's country with the role, but a company's
    /// officer is the company's ("Kuwait Airways said its president", "Toyota's chairman": KWTBUS,
    /// not Kuwait's government).
    /// </summary>
    private static string OwnedRole(ActorMention owner, string role, SyntaxWord title) =>
        role == "GOV" && ActorCode.RoleOf(owner.Code) == "BUS" && CompanyTitles.Contains(title.Lemma.ToLowerInvariant())
            ? owner.Code
            : ActorCode.Combine(owner.Country!, role);

    /// <summary>
    /// The capitalised words of the name a mention stands in, with no possessive ("Gulf States" of
    /// "Gulf States has appealed", "Canadian Pacific" of "Canadian Pacific's"), or null when a word
    /// of it is not capitalised.
    /// </summary>
    private static string[]? NameRun(Document document, ImmutableArray<SyntaxWord> words, ActorMention mention)
    {
        int first = 0;
        while (first < words.Length && words[first].Span.Start < mention.Span.Start)
        {
            first++;
        }

        int last = first;
        while (last + 1 < words.Length && words[last + 1].Span.End <= mention.Span.End)
        {
            last++;
        }

        if (first >= words.Length)
        {
            return null;
        }

        while (first > 0 && words[first - 1].Upos == "PROPN")
        {
            first--;
        }

        while (last + 1 < words.Length && words[last + 1].Upos == "PROPN")
        {
            last++;
        }

        var run = new List<string>();
        for (int w = first; w <= last; w++)
        {
            string form = document[words[w].Span];
            if (form is "'s" or "'")
            {
                continue;
            }

            if (!char.IsUpper(form[0]))
            {
                return null;
            }

            run.Add(form);
        }

        return run.Count == 0 ? null : [.. run];
    }

    /// <summary>Whether a country's own name among the sentence's matches is <paramref name="name"/> ("Japan", "Hong Kong"; not "American").</summary>
    private static bool NamesCountry(List<ActorMatch> matches, string name) =>
        matches.Any(match => match.Forms.Any(form => form.Entry.Type == ActorType.Country && form.Entry.Names.Contains(name, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Whether a word, as written, ends a company's name: a legal form or a company word ("Corp", "Bank", "Airlines").</summary>
    internal static bool EndsCompanyName(string form) => LegalForms.Contains(form) || CompanyWords.Contains(form);

    /// <summary>Legal forms that end a company's name ("Exxon Corp", "Volkswagen AG", "Kidder, Peabody and Co").</summary>
    private static readonly FrozenSet<string> LegalForms = FrozenSet.Create(StringComparer.Ordinal,
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "PLC", "Plc", "plc", "AG", "NV", "N.V.", "SA", "S.A.", "SpA", "Bhd", "GmbH", "LLC", "Corporation");

    /// <summary>Gives a phrase whose name ends in a company's legal form the company's code (see where it is called).</summary>
    private static void CompaniesByLegalForm(Document document, ReadOnlySpan<Token> tokens, List<ActorMatch> matches, ImmutableArray<SyntaxWord> words, Dictionary<int, ActorMention> codes)
    {
        foreach (var (w, mention) in codes.ToList())
        {
            if (mention.Rule == MentionRule.PersonRole || ActorCode.RoleOf(mention.Code) is not string role)
            {
                continue;
            }

            var name = WithNameBefore(words, mention);
            if (LegalFormIn(document, words, name) is not int form
                // (A state body whose own name has the legal form: "the Federal Deposit Insurance Corp".)
                || SeatEndsAt(tokens, matches, words[form].Span.End))
            {
                continue;
            }

            var owner = NamedWithin(tokens, matches, name.Start, words[form].Span.Start, ActorType.Country);
            // (A sector's word in a company's name is the company's trade, not the sector: "Fisher
            // Foods Inc", "University Patents Inc", "Emerson Radio Corp", "Seaman Furniture Co Inc"
            // were farmers, a university, the media and labour. The media's own firms stay media:
            // "Media General Inc", "Infinity Broadcasting Corp".)
            if (StateRoles.Contains(role) || (role is not ("BUS" or "MED") && words[mention.Head].Upos == "PROPN")
                || (role == "BUS" && owner is null && NamedWithin(tokens, matches, name.Start, words[form].Span.Start, ActorType.Region) is not null))
            {
                codes[w] = mention with
                {
                    Code = owner is null ? "BUS" : ActorCode.Combine(owner.Value.Code, "BUS"),
                    Rule = owner is null ? MentionRule.AgentOnly : MentionRule.CountryAndAgent,
                    // (The company's name through its legal form, which is how LastThing knows it for
                    // one; not for its people: "Pennzoil Co lawyers", "Diagnostic Products Corp president Sigi Ziering".)
                    Name = form != mention.Head ? mention.Name : document[new TextSpan(name.Start, words[form].Span.End)],
                    // (So is its evidence span: "BP North America Inc said" showed "Inc".)
                    Span = form != mention.Head ? mention.Span : mention.Span.Union(new TextSpan(name.Start, words[form].Span.End)),
                    IsSeat = false,
                    // (A phrase headed by the legal form is the company, whatever person its words
                    // seemed to name: "Gulf States Utilities Co" was someone of the Gulf states.)
                    IsPerson = mention.IsPerson && form != mention.Head,
                    Entity = mention.IsPerson && form != mention.Head ? mention.Entity : null,
                    Entries = owner is null ? [] : [owner.Value.Entry],
                };
            }
        }
    }

    /// <summary>
    /// The legal form closing a firm's capitalised name right after "of" at <paramref name="end"/>
    /// ("John Williams of Bankers Trust Co"), as the words read whatever the parse made of them;
    /// null when no such name follows.
    /// </summary>
    private static int? FirmAfterOf(Document document, ImmutableArray<SyntaxWord> words, int end)
    {
        int of = 0;
        while (of < words.Length && words[of].Span.Start < end)
        {
            of++;
        }

        if (of + 1 >= words.Length || !document[words[of].Span].Equals("of", StringComparison.Ordinal))
        {
            return null;
        }

        // ("and" or "&" only right before the legal form, "Kidder, Peabody and Co": a list goes on
        // to another name, "Margaret Thatcher of Britain and Nissan Motor Co".)
        for (int w = of + 1; w < words.Length; w++)
        {
            string form = document[words[w].Span];
            if (LegalForms.Contains(form) && w > of + 1)
            {
                return w;
            }

            bool joinsLegalForm = form is "and" or "&" && w + 1 < words.Length && LegalForms.Contains(document[words[w + 1].Span]);
            if (!char.IsUpper(form[0]) && !joinsLegalForm)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The first word within <paramref name="span"/> that is a legal form closing a capitalised
    /// name ("Corp" after "Electronics"; "Co" after "Peabody and"), or null.
    /// </summary>
    private static int? LegalFormIn(Document document, ImmutableArray<SyntaxWord> words, TextSpan span)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (words[i].Span.Start < span.Start || words[i].Span.End > span.End || !LegalForms.Contains(document[words[i].Span]))
            {
                continue;
            }

            string before = document[words[i - 1].Span];
            if (char.IsUpper(before[0]) || (before is "and" or "&" && i >= 2 && char.IsUpper(document[words[i - 2].Span][0])))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// A mention's span widened to the run of names and compounds right before its head ("A
    /// Volkswagen AG spokesman": the mention may be the role noun alone).
    /// </summary>
    private static TextSpan WithNameBefore(ImmutableArray<SyntaxWord> words, ActorMention mention)
    {
        int first = mention.Head;
        while (first > 0 && (words[first - 1].Deprel is "compound" or "flat" || words[first - 1].Upos == "PROPN"))
        {
            first--;
        }

        int start = Math.Min(words[first].Span.Start, mention.Span.Start);
        return new TextSpan(start, Math.Max(mention.Span.End, words[mention.Head].Span.End));
    }

    /// <summary>Whether a state institution's own name ends at <paramref name="end"/> ("the Federal Deposit Insurance Corp").</summary>
    private static bool SeatEndsAt(ReadOnlySpan<Token> tokens, List<ActorMatch> matches, int end)
    {
        foreach (var match in matches)
        {
            if (tokens[match.End - 1].Span.End == end && match.Forms.Any(f => f.Entry.Type == ActorType.Seat))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The code and dictionary entry of the first name of a country (or region) matched within the characters [start, end), or null.</summary>
    private static (string Code, string Entry)? NamedWithin(ReadOnlySpan<Token> tokens, List<ActorMatch> matches, int start, int end, ActorType type)
    {
        foreach (var match in matches)
        {
            if (tokens[match.Start].Span.Start >= start && tokens[match.End - 1].Span.End <= end)
            {
                foreach (var form in match.Forms)
                {
                    if (form.Entry.Type == type && form.Entry.Code is string code && ActorCode.CountryOf(code) is string country)
                    {
                        return (country, form.Entry.Origin);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Titles written with "of" and their office before a name ("Secretary of State George Shultz").</summary>
    private static readonly FrozenSet<string> OfficeTitles = FrozenSet.Create(StringComparer.Ordinal,
        "Secretary", "Minister", "Chancellor", "President", "Governor", "Director", "Chairman", "Chief", "Commissioner", "Administrator", "Attorney");

    /// <summary>Titles a company's people hold as often as a state's ("a spokesman said", "the president").</summary>
    private static readonly FrozenSet<string> CompanyTitles = FrozenSet.Create(StringComparer.Ordinal,
        "spokesman", "spokeswoman", "spokesperson", "official", "president", "chairman", "chairwoman", "executive", "director",
        "officer", "source", "manager", "head", "chief", "adviser", "advisor", "aide", "lawyer", "attorney");

    /// <summary>
    /// Whether a role phrase's modifiers, complements or appositions name a state body, a police
    /// force, an army or a delegation ("a spokesman for the Federal Cartel Office", "the official,
    /// a member of the Indian delegation").
    /// </summary>
    private static bool NamesStateBody(SentenceSyntax syntax, int head)
    {
        var words = syntax.Words;
        var stack = new Stack<int>([head]);
        while (stack.Count > 0)
        {
            foreach (int child in syntax.Children(stack.Pop()))
            {
                if (words[child].Deprel is not ("nmod" or "appos" or "compound" or "amod" or "flat" or "acl"))
                {
                    continue;
                }

                string lemma = words[child].Lemma.ToLowerInvariant();
                if (StateBodies.Contains(lemma) || lemma is "police" or "delegation" or "army" or "military")
                {
                    return true;
                }

                stack.Push(child);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a person's phrase is a company title in lower case before a name ("president David
    /// Mullen", "General Motors spokesman Frank Cronin", "its executive vice president, Edgar
    /// Wachenheim"), where news writes a state's titles capitalised and no word before the name names
    /// a state's body or the presidency ("government spokesman Yannis Roubatis", "Presidential
    /// spokesman Teodoro Benigno", "Foreign Ministry spokesman Yalim Eralp").
    /// </summary>
    private static bool LowerCaseTitleBeforeName(Document document, SentenceSyntax syntax, ActorMention mention)
    {
        bool title = false;
        for (int t = 0; t < mention.Head; t++)
        {
            var word = syntax.Words[t];
            if (!mention.Span.Contains(word.Span))
            {
                continue;
            }

            string form = document[word.Span];
            string lower = form.ToLowerInvariant();
            // (A state body's word that goes on into a company's name is no state's: "Union Carbide
            // spokesman", "State Street Bank chairman"; "official" vetoes only as an adjective,
            // "official spokesman", not as the title itself.)
            bool bodyWord = StateBodies.Contains(word.Lemma.ToLowerInvariant()) && !NameGoesOn(t);
            if (bodyWord || lower is "presidential" or "foreign" or "federal" or "royal" || (lower == "official" && word.Upos == "ADJ"))
            {
                return false;
            }

            title |= CompanyTitles.Contains(form);
        }

        return title;

        bool NameGoesOn(int t) => t + 1 < mention.Head && document[syntax.Words[t + 1].Span] is { Length: > 0 } next && char.IsUpper(next[0])
            && !StateBodies.Contains(syntax.Words[t + 1].Lemma.ToLowerInvariant()) && !CompanyTitles.Contains(next.ToLowerInvariant());
    }

    /// <summary>
    /// Words of a bare title ("senior official", "top aides", "chief executive"), any case; not
    /// "president", which alone is a head of state as often ("The president vetoed the bill" in a
    /// story that also names General Motors Corp).
    /// </summary>
    private static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official", "officials", "chairman", "chairwoman",
        "executive", "executives", "director", "directors", "officer", "officers", "source", "sources", "manager", "managers", "head", "chief",
        "adviser", "advisers", "advisor", "advisors", "aide", "aides", "lawyer", "lawyers", "attorney", "attorneys", "senior", "top", "vice");

    /// <summary>The roles of a state's own bodies, which a story filed from a country gives that country.</summary>
    private static readonly FrozenSet<string> StateRoles = FrozenSet.Create(StringComparer.Ordinal, "GOV", "MIL", "COP", "LEG", "JUD", "SPY");

    /// <summary>
    /// Countries whose constitutions make them federations, whose state bodies news calls "federal"
    /// (a fact of public record; Yugoslavia for its years as one).
    /// </summary>
    private static readonly FrozenSet<string> FederalCountries = FrozenSet.Create(StringComparer.Ordinal,
        "USA", "CAN", "AUS", "DEU", "AUT", "CHE", "BEL", "BRA", "MEX", "ARG", "VEN", "RUS", "IND", "PAK", "MYS", "NGA", "ETH", "NPL", "SOM",
        "BIH", "YUG", "ARE", "IRQ", "SSD");

    /// <summary>
    /// "NEW DELHI - Hindus staged their biggest-ever rally", "TOKYO, March 3 - The Bank of Japan …":
    /// a place (country, region, capital or seat) in capitals opening the sentence before a dash or
    /// a comma and a month is where the story was filed, not an actor; so is a country after a town
    /// in capitals and a comma ("CHANDIGARH, India -").
    /// </summary>
    private static bool IsDateline(Document document, ReadOnlySpan<Token> tokens, ActorMatch match)
    {
        if (match.End >= tokens.Length || !match.Forms.Any(f => f.Kind == MatchKind.Capital || f.Entry.Type is ActorType.Country or ActorType.Region or ActorType.Seat))
        {
            return false; // only a place files a story ("NATO -- the Western alliance -- said" is NATO)
        }

        if (InParsedDateline(document, tokens, match))
        {
            return true;
        }

        // "CHANDIGARH, India - Sikh extremists killed …", "SAN SALVADOR, El Salvador -": a town in
        // capitals, a comma and its country.
        if (match.Start >= 2 && document[tokens[match.Start - 1].Span] == ",")
        {
            bool town = true;
            for (int t = 0; t < match.Start - 1 && town; t++)
            {
                var word = document.Text.AsSpan(tokens[t].Span.Start, tokens[t].Span.Length);
                town = word.ContainsAnyInRange('A', 'Z') && !word.ContainsAnyInRange('a', 'z');
            }

            return town && ClosesDatelineAt(document, tokens, match.End);
        }

        if (match.Start != 0)
        {
            return false;
        }

        for (int t = match.Start; t < match.End; t++)
        {
            var text = document.Text.AsSpan(tokens[t].Span.Start, tokens[t].Span.Length);
            if (text.ContainsAnyInRange('a', 'z') || !text.ContainsAnyInRange('A', 'Z'))
            {
                return false;
            }
        }

        if (ClosesDatelineAt(document, tokens, match.End))
        {
            return true;
        }

        // "SAN SALVADOR, El Salvador -": the capital, a comma, its country's name and a dash.
        if (document[tokens[match.End].Span] != ",")
        {
            return false;
        }

        for (int t = match.End + 1; t < tokens.Length && t <= match.End + 4; t++)
        {
            string word = document[tokens[t].Span];
            if (DatelineParsing.IsDash(word))
            {
                return t > match.End + 1;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="at"/> end a newspaper's name ("Post", "Morning Post");
    /// after a country's name "Post" is the mail ("Canada Post").
    /// </summary>
    private static bool NamesAPaper(Document document, ImmutableArray<SyntaxWord> words, int at, bool afterCountryName)
    {
        if (at >= words.Length)
        {
            return false;
        }

        string next = document[words[at].Span];
        return (NewspaperWords.Contains(next) && !(afterCountryName && next == "Post"))
            || (next is "Morning" or "Evening" or "Sunday" && at + 1 < words.Length && NewspaperWords.Contains(document[words[at + 1].Span]));
    }

    /// <summary>
    /// Whether a match lies in a dateline the parse sets apart (<see cref="DatelineParsing.PrefixLength"/>:
    /// "TAUPO, New Zealand, March 23 -", "WASHINGTON (Reuters) -", "Ottawa, April 21 -"), read
    /// from the sentence's first words.
    /// </summary>
    private static bool InParsedDateline(Document document, ReadOnlySpan<Token> tokens, ActorMatch match)
    {
        const int longest = 20; // a place, its country, a date and an agency, and three words after the dash
        int reach = Math.Min(tokens.Length, longest);
        if (match.Start > 6)
        {
            return false;
        }

        // (Most sentences have no dash near their start: no need to spell out their words.)
        bool dash = false;
        for (int t = 0; t < reach && !dash; t++)
        {
            dash = tokens[t].Span.Length <= 2 && DatelineParsing.IsDash(document[tokens[t].Span]);
        }

        if (!dash)
        {
            return false;
        }

        var forms = new string[reach];
        for (int t = 0; t < forms.Length; t++)
        {
            forms[t] = document[tokens[t].Span];
        }

        return match.End < DatelineParsing.PrefixLength(forms);
    }

    /// <summary>Whether the words after a dateline's place close it: a dash, or a comma and a month ("TOKYO, March 3 -").</summary>
    private static bool ClosesDateline(string next, string? afterNext) =>
        DatelineParsing.IsDash(next) || (next == "," && afterNext is not null && TimeExpressionFinder.IsMonth(afterNext));

    /// <summary>Whether the tokens from <paramref name="at"/> (a token of the sentence) close a dateline's place.</summary>
    private static bool ClosesDatelineAt(Document document, ReadOnlySpan<Token> tokens, int at) =>
        ClosesDateline(document[tokens[at].Span], at + 1 < tokens.Length ? document[tokens[at + 1].Span] : null);

    /// <summary>Whether <paramref name="word"/> is in a run of capitals opening the sentence before a dash or a comma and a month: a dateline ("NEW DELHI -", "TOKYO, March 3 -").</summary>
    private static bool OpensWithDateline(Document document, SentenceSyntax syntax, int word)
    {
        var words = syntax.Words;
        int end = 0;
        while (end < words.Length && document[words[end].Span] is var text && text.Any(char.IsLetter) && !text.Any(char.IsLower))
        {
            end++;
        }

        return word < end && end < words.Length && ClosesDateline(document[words[end].Span], end + 1 < words.Length ? document[words[end + 1].Span] : null);
    }

    /// <summary>
    /// "Texaco Canada", "Air Canada", "BP Australia", "Lloyds Bank Canada", "Chemical Bank Tokyo", "BP North America": a
    /// name of proper nouns no dictionary knows ending in a country's, capital's or region's name is a
    /// company's branch in that country (BUS), or one of Canada's departments named so ("Statistics
    /// Canada", "Investment Canada": GOV; and "Bank Indonesia", a central bank); "Bangkok Bank",
    /// "Moscow Narodny Bank": a name opening with one and ending in a company's word is the country's company. Not
    /// a place or the country itself ("West Germany", "Northern Iraq", "Western Australia", "Lake
    /// Chad"), a date or a wire's byline run into the name ("January Canada", "Reuters Taiwan"),
    /// nor a person ("Mr. Jordan", a curated given name before it). Returns the role, or null.
    /// </summary>
    private static string? NationalBranchRole(Document document, SentenceSyntax syntax, TextSpan span, ActorMatch match, FrozenSet<string> givenNames, HashSet<int> matched)
    {
        var words = syntax.Words;
        if (!match.Forms.Any(IsBranchPlaceName))
        {
            return null;
        }

        bool UnknownName(int w) => w >= 0 && w < words.Length && words[w].Span.Start >= span.Start && words[w].Span.End <= span.End && !matched.Contains(w)
            && words[w].Upos == "PROPN" && document[words[w].Span] is { Length: > 1 } form && char.IsUpper(form[0]) && !form.Any(char.IsDigit);
        int start = match.Start, end = match.End;
        while (UnknownName(start - 1))
        {
            start--;
        }

        while (UnknownName(end))
        {
            end++;
        }

        if (start < match.Start)
        {
            for (int w = start; w < match.Start; w++)
            {
                string form = document[words[w].Span];
                if (PlaceWords.Contains(form) || TimeExpressionFinder.IsMonth(form) || TimeExpressionFinder.IsWeekday(form) || form is "Reuters" or "Ltd" or "Inc"
                    || Honorifics.Contains(form.TrimEnd('.')) || (w == start && givenNames.Contains(form)))
                {
                    return null;
                }
            }

            // ("Bank Indonesia", "Bank Negara Malaysia": central banks are named so.)
            string opening = document[words[start].Span];
            bool department = match.Start - start == 1 && end == match.End && DepartmentWords.Contains(opening)
                && match.Forms.Any(f => f.Entry.Code == "CAN");
            bool centralBank = opening == "Bank" && words[start].Span.Start == span.Start; // (not "Chemical Bank Tokyo")
            return department || centralBank ? "GOV" : "BUS";
        }

        return end > match.End && CompanyWords.Contains(document[words[end - 1].Span]) ? "BUS" : null;
    }

    /// <summary>
    /// The role of a body whose proper name opens with a country's adjective and goes on with
    /// capitalised words no dictionary knows ("British Printing", "American Motors", "Canadian
    /// Pacific" are companies; "Philippine Coconut Authority", "Canadian Wheat Board" state
    /// bodies): the name is the body's, not the country's. Null for a name that may be a
    /// political or armed group ("Nicaraguan Democratic Force", "Lebanese Forces") or no body at
    /// all ("Chinese New Year"), which keep what the dictionaries say.
    /// </summary>
    private static string? NamedWithAdjective(Document document, SentenceSyntax syntax, int head, ActorMatch match, FrozenSet<string> givenNames, HashSet<int> matched)
    {
        var words = syntax.Words;
        bool NameWord(int w) => w >= 0 && w < words.Length && !matched.Contains(w) && words[w].Upos is "PROPN" or "NOUN"
            && document[words[w].Span] is { Length: > 1 } form && char.IsUpper(form[0]) && !form.Any(char.IsDigit) && form.Any(char.IsLower);
        int end = match.End;
        while (end <= head && NameWord(end))
        {
            end++;
        }

        // (The name must run from the adjective to the phrase's head, and open with it: "Anglo
        // American Corp of South Africa", "Royal American Foods" are named otherwise.)
        // (Nor a name that is one part of a longer one, "American Honda president Tetsuo Chino", or
        // one of two, "the Brazilian Geography and Statistics Institute".)
        if (end <= head || end == match.End || match.End - match.Start != 1 || (NameWord(match.Start - 1) && words[match.Start - 1].Head == head)
            || words[head].Deprel == "compound" || syntax.Children(head).Any(c => words[c].Deprel is "conj" or "cc"))
        {
            return null;
        }

        var name = Enumerable.Range(match.End, end - match.End).Select(w => document[words[w].Span]).ToList();
        // (Nor a person: "the Iranian Ali Akbar Velayati".)
        if (givenNames.Contains(name[0]) || name.Any(n => PlaceWords.Contains(n) || GroupNameWords.Contains(n) || TimeExpressionFinder.IsMonth(n) || TimeExpressionFinder.IsWeekday(n) || Honorifics.Contains(n.TrimEnd('.'))))
        {
            return null;
        }

        // ("Jamaican Information Service" is the government's; "Canadian Bond Rating Service" a firm's.)
        return StateBodyWords.Contains(name[^1]) || (name[^1] is "Service" or "Services" && name.Contains("Information")) ? "GOV"
            : CivicBodyWords.Contains(name[^1]) ? "NGO"
            : "BUS";
    }

    /// <summary>Places named with a country's adjective that are not that country ("British Columbia", "French Riviera").</summary>
    private static readonly FrozenSet<string> PlacesNamedWithAdjective = FrozenSet.Create(StringComparer.Ordinal,
        "Columbia", "Riviera", "Alps", "Isles", "Highlands", "Lowlands", "Plateau", "Basin", "Sahara", "Antarctic", "Territory", "Territories",
        "Ocean", "Sea", "Coast", "Desert", "Strait", "Straits", "Island", "Islands", "Kurdistan", "Kashmir", "Punjab", "Sahel");

    /// <summary>
    /// Last words of the names of a state's departments, boards and agencies ("the U.S. Agriculture
    /// Department", "Philippine Coconut Authority", "Britain's Department of Trade"), as written.
    /// </summary>
    internal static readonly FrozenSet<string> StateBodyWords = FrozenSet.Create(StringComparer.Ordinal,
        "Department", "Ministry", "Treasury", "Mint", "Exchequer", "Authority", "Board", "Commission", "Agency", "Office", "Directorate",
        "Inspectorate", "Secretariat");

    /// <summary>Last words of the names of campaigning and charitable bodies ("Canadian Coalition on Acid Rain").</summary>
    private static readonly FrozenSet<string> CivicBodyWords = FrozenSet.Create(StringComparer.Ordinal,
        "Coalition", "Foundation", "Society", "Campaign", "Network", "Organisation", "Organization");

    /// <summary>
    /// Words in the names of parties, movements, armed groups, churches, peoples and titles, which
    /// are no companies (words the agent dictionary knows, "Army", "Parliament", "Minister", stop a
    /// name before this list is read).
    /// </summary>
    private static readonly FrozenSet<string> GroupNameWords = FrozenSet.Create(StringComparer.Ordinal,
        "Democratic", "Revolutionary", "Liberation", "Front", "Force", "Party", "Guard", "Guards", "Movement", "Union", "League",
        "Federation", "Republic", "Council", "Assembly", "Resistance", "Alliance", "Brigade", "Brigades", "Command", "Committee",
        "Mujahideen", "Jihad", "Brotherhood", "Popular", "People", "Peoples", "Islamic", "Patriotic", "Unity", "Solidarity", "Church",
        "Conference", "Confederation", "Catholic", "Muslim", "Christian", "Jewish", "Baptist", "Churches", "Kurds", "Serbs", "Croats",
        "Shiites", "Shias", "Sunnis", "Tamils", "Sikhs", "Hindus", "Muslims", "Moslems", "Christians", "Jews", "Arabs", "Druze",
        "Albanians", "Turks", "Pashtuns", "Uighurs", "Uyghurs", "Tibetans", "Berbers", "Hutus", "Tutsis", "Maronites", "Copts", "Catholics",
        "Protestants", "Armenians", "Azeris", "Chechens", "Basques", "Catalans", "Blacks", "Whites", "Indians", "Moors", "Bedouins",
        "Cossacks", "Tatars", "Roma", "Gypsies", "Mujahedin", "Secretary", "Commissioner", "Chairman", "Director", "General", "Queen",
        "Prince", "Labour", "Labor", "Socialist", "Communist", "Conservative", "Liberal", "Green", "Greens");

    private static bool IsCountryOrCapitalName(ActorForm form) => form.Entry.Type == ActorType.Country && form.Kind is MatchKind.Name or MatchKind.Capital;

    /// <summary>A name a company's branch is named for: a country's, a capital's or a region's ("BP North America", "IBM Europe").</summary>
    private static bool IsBranchPlaceName(ActorForm form) => IsCountryOrCapitalName(form) || (form.Entry.Type == ActorType.Region && form.Kind == MatchKind.Name);

    /// <summary>Words that make a country's name a part of it or another place ("West Germany", "Northern Iraq", "Lake Chad", "River Jordan").</summary>
    private static readonly FrozenSet<string> PlaceWords = FrozenSet.Create(StringComparer.Ordinal,
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "New",
        "Lake", "Mount", "Mt", "River", "Cape", "Port", "Gulf", "Bay", "Fort", "Saint", "St", "San", "Santa", "Sao", "Lac", "Rio",
        "Peninsula", "Peninsular", "Mainland", "Inner", "Outer", "Lesser", "Old", "Soviet", "Nazi", "Communist", "Socialist", "Democratic",
        "Republican", "Federal", "Imperial", "Free", "Red", "Nationalist", "Weimar", "Tsarist", "Apartheid", "Francoist", "Modern", "Ancient");

    /// <summary>Canada's departments and agencies, named by their field and the country ("Statistics Canada"; only Canada's).</summary>
    private static readonly FrozenSet<string> DepartmentWords = FrozenSet.Create(StringComparer.Ordinal,
        "Statistics", "Investment", "Revenue", "Transport", "Environment", "Health", "Agriculture", "Industry", "Employment", "Fisheries", "Justice", "Immigration");

    /// <summary>
    /// Whether a region's one-word adjective ("Western") is part of a proper name: joined to
    /// a capitalised word mid-sentence ("Western Union", "Pacific Western"), or standing alone as a
    /// subject or object ("Western said", "Great Western said").
    /// </summary>
    private static bool RegionWordInName(Document document, SentenceSyntax syntax, int word)
    {
        var words = syntax.Words;
        // (A capital tells nothing at the start of a sentence or after punctuation.)
        bool CapitalisedName(int w) => w > 0 && w < words.Length && words[w].Upos is "PROPN" or "NOUN" or "ADJ" && words[w - 1].Upos != "PUNCT"
            && char.IsUpper(document.Text[words[w].Span.Start]);
        return (CapitalisedName(word - 1) && (words[word - 1].Head == word || words[word].Head == word - 1))
            || (CapitalisedName(word + 1) && (words[word].Head == word + 1 || words[word + 1].Head == word))
            || (words[word].Upos is "PROPN" or "ADJ" && words[word].Deprel is "nsubj" or "obj" && !syntax.Children(word).Any(c => words[c].Upos is "NOUN" or "PROPN"))
            // ("Delta and Western's request": a proper noun of its own, joined to a name or owning a thing.)
            // (Not one of two adjectives of a noun: "Soviet and Western diplomats".)
            || (words[word].Upos == "PROPN" && (words[word].Deprel == "nmod:poss" || (words[word].Deprel == "conj" && words[word].Head >= 0 && words[words[word].Head].Upos == "PROPN"
                    && words[words[word].Head].Deprel is not ("amod" or "compound")))
                && !syntax.Children(word).Any(c => words[c].Upos is "NOUN" or "PROPN"));
    }

    /// <summary>Composes the code of a phrase from its dictionary matches (person &gt; organisation &gt; country+role &gt; country &gt; role).</summary>
    private static ActorMention? Compose(Document document, SentenceSyntax syntax, int s, int head, List<(ActorMatch Match, int Head)> parts, Dictionary<int, ActorMention> codes, DocumentContext context, HashSet<int> matched)
    {
        var words = syntax.Words;
        ActorForm? Pick(Func<ActorForm, bool> test) =>
            parts.SelectMany(p => p.Match.Forms).LastOrDefault(test);

        var entries = parts.SelectMany(p => p.Match.Forms).Select(f => f.Entry.Origin).Distinct().ToImmutableArray();
        // ("Japanese government bonds", "U.S. government securities": a kind of paper or product
        // named with a country or a role is no actor; "an IMF program" is the IMF's.)
        if (IsOppositionAsStance(document, syntax, head) || IsJoinedForces(syntax, head) || IsForceAsMeans(document, syntax, head) || InReciprocalCompound(words, head)
            // ("Philippine Investment Notes (PINs), to be offered to commercial bank creditors": a
            // capitalised product's name too.)
            || (words[head].Upos is "NOUN" or "PROPN" && Products.Contains(words[head].Lemma.ToLowerInvariant()) && parts.All(p => p.Match.End <= head)
                && parts.All(p => p.Match.Forms.All(f => f.Entry.Type is ActorType.Country or ActorType.Region or ActorType.Agent)))
            // ("want to buy U.S. T-bonds": so too where the name's run ends in a compound of the
            // product noun, joined by a hyphen.)
            || (words[head].Deprel == "compound" && words[head].Head is int product and > 0 && product > head + 1
                && Products.Contains(words[product].Lemma.ToLowerInvariant()) && Enumerable.Range(head + 1, product - head - 1).All(w => words[w].Xpos == "HYPH")
                && parts.All(p => p.Match.End <= product && p.Match.Forms.All(f => f.Entry.Type is ActorType.Country or ActorType.Region or ActorType.Agent))))
        {
            return null;
        }

        // ("Western Union said", "Great Western said it will purchase branches", "Western Digital",
        // "Western said it will act as a 40 pct investor": a region's adjective inside a name of
        // capitalised words, or standing alone as a name, names a company, not the West.)
        if (parts.Count == 1 && parts[0].Match is { } regionMatch && regionMatch.End - regionMatch.Start == 1
            && regionMatch.Forms.All(f => f.Entry.Type == ActorType.Region && f.Kind == MatchKind.Adjective) && RegionWordInName(document, syntax, regionMatch.Start)
            // (A name with its company word, "Becor Western Inc", "Western Digital Corp", stays the business it names.)
            && !Enumerable.Range(0, words.Length).Any(w => syntax.Dominates(head, w) && (CompanyWords.Contains(document[words[w].Span]) || LegalForms.Contains(document[words[w].Span]))))
        {
            return null;
        }

        // A dictionary name the parse splits is shown whole: "the Bank of Japan" ("of Japan" a
        // modifier the phrase leaves out), "the Securities and Exchange Commission" (a conjunction),
        // "World Bank recommendations" ("World" hung on the noun after it) had "Bank" and
        // "Securities" for their evidence.
        var span = PhraseSpan(syntax, head);
        foreach (var (match, _) in parts)
        {
            if (match.Start <= head && head < match.End && match.End <= words.Length)
            {
                span = span.Union(new TextSpan(words[match.Start].Span.Start, words[match.End - 1].Span.End));
            }
        }

        if (parts.Count == 1 && NationalBranchRole(document, syntax, span, parts[0].Match, context.GivenNames, matched) is string branchRole)
        {
            // (Built here, not with Make below: the phrase is a company, no person and no plural.)
            var nation = parts[0].Match.Forms.First(IsBranchPlaceName).Entry;
            return new ActorMention
            {
                Sentence = s, Head = head, Span = span, Code = ActorCode.Combine(nation.Code!, branchRole), Rule = MentionRule.CountryAndAgent,
                Name = document[span], Entries = [.. parts[0].Match.Forms.Select(f => f.Entry.Origin).Distinct()],
            };
        }

        var person = Pick(f => f.Entry.Type == ActorType.Person);
        if (person is not null && parts.FirstOrDefault(p => p.Match.Forms.Contains(person)).Match is { } personMatch && personMatch.End - personMatch.Start == 1
            && IsNamesake(document, syntax, personMatch, person.Entry, context.Date, matched))
        {
            // "West German Finance Minister Gerhard Stoltenberg" in 1987 is not Jens Stoltenberg.
            person = null;
        }

        if (person is not null && person.Entry.Source.StartsWith("phoenix", StringComparison.OrdinalIgnoreCase)
            && ActorCode.CountryOf(person.Entry.CodeOn(context.Date) ?? string.Empty) is string personsCountry
            && syntax.Children(head, "appos").Any(a => a > head && syntax.Words[a].Upos == "NOUN" && syntax.Children(a, "det").Any()
                && syntax.Children(a, "nmod").Any(n => syntax.Children(n, "case").Any(c => syntax.Words[c].Lemma is "of" or "at"))
                && codes.TryGetValue(a, out var described) && described.Country is string said && said != personsCountry))
        {
            // "John Williams, the president of the Federal Reserve Bank of New York": a person of
            // the Phoenix list described by an apposition as another country's office holder (a
            // determiner, a noun and its "of" or "at" body) is a namesake (Phoenix knows a Barbadian
            // politician of that name); the apposition tells who it is. (Not "a Georgia Republican".)
            person = null;
        }

        var organization = Pick(f => f.Entry.Type is ActorType.Organization or ActorType.Seat or ActorType.Group);
        var country = Pick(f => f.Entry.Type is ActorType.Country or ActorType.Region);
        var agent = Pick(f => f.Entry.Type == ActorType.Agent);
        if (country is not null && IsRelationalPhrase(syntax, head)
            && parts.Any(p => p.Match.Forms.Contains(country) && words[p.Head].Head == head
                && (words[p.Head].Deprel == "nmod:poss"
                    || (words[p.Head].Deprel == "compound" && words[p.Head].Upos == "PROPN" && IsRelational(words[head]) && !words[head].Lemma.Equals("counterpart", StringComparison.OrdinalIgnoreCase)))))
        {
            // "Israel's militia ally" is a militia allied with Israel, not Israel's militia; so are
            // "U.S. trading partners" the United States' partners ("Japanese partners" are Japanese,
            // "their U.S. counterparts" American, and "U.S. creditor banks" American banks: a name
            // before a noun compound is the compound's, "Jamaica's creditor banks" the creditors').
            country = null;
        }
        // "army spokesman", "company officials", "union leaders": a title every body has takes the
        // role of the body named before it (the dictionaries code the title alone as government).
        // ("president Tom Clausen": the title is not the phrase head.)
        if (agent is not null && SharedTitleMatch(syntax, parts, agent) is { } title
            && parts.Where(p => p.Match.End <= title.Start).SelectMany(p => p.Match.Forms).LastOrDefault(f => f.Entry.Type == ActorType.Agent && f.Entry.Code != agent.Entry.Code) is { } body)
        {
            agent = body;
        }

        _ = organization;
        // Demonyms are plural people nouns even where the tagger gave a proper noun no number ("Bosnian Serbs").
        bool plural = words[head].Has("Number=Plur") || words[head].Xpos is "NNS" or "NNPS"
            || parts.Any(p => p.Match.Start <= head && head < p.Match.End && p.Match.Forms.Any(f => f.Kind == MatchKind.Demonym));
        // A singular role noun that names a person ("the longtime Russian president") can be "he" later.
        bool agentIsHead = parts.Any(p => p.Match.Forms.Any(f => f.Entry.Type == ActorType.Agent) && p.Match.Start <= head && head < p.Match.End);
        // (So is a trader of the market, coded by its country and not by a dictionary agent: "the Canadian banker said he …".)
        bool personNoun = !plural && words[head].Upos == "NOUN" && (agentIsHead || MarketPeople.Contains(words[head].Lemma.ToLowerInvariant()))
            && !Institutions.Contains(words[head].Lemma) && !Vehicles.Contains(words[head].Lemma.ToLowerInvariant());

        ActorMention Make(string code, MentionRule rule, string name, string? entity = null, bool isPerson = false) => new()
        {
            Sentence = s, Head = head, Span = span, Code = code, Rule = rule, Name = name, Entries = entries,
            Entity = entity, Plural = plural, IsPerson = isPerson || personNoun,
        };

        string phrase = document[span];
        // The phrase's own head word names an entity ("NATO-member Norway" is Norway): it wins over modifiers.
        var atHead = parts.Where(p => p.Match.Start <= head && head < p.Match.End).SelectMany(p => p.Match.Forms)
            .FirstOrDefault(f => f.Kind == MatchKind.Name && f.Entry.Type is ActorType.Country or ActorType.Region or ActorType.Organization or ActorType.Seat or ActorType.Group);
        if (atHead is not null && person is null)
        {
            organization = atHead.Entry.Type is ActorType.Country or ActorType.Region ? null : atHead;
            country = atHead.Entry.Type is ActorType.Country or ActorType.Region ? atHead : country;
            if (organization is null)
            {
                return Make(atHead.Entry.Code!, MentionRule.Country, atHead.Entry.Names[0], atHead.Entry.Id);
            }
        }

        // A country and a group or body coordinated in one phrase ("Israeli and Hamas negotiators",
        // "U.S. and NATO troops"): each acts, the country with the phrase's role, the group as itself.
        var bodies = parts.Where(p => p.Match.Forms.Any(f => f.Entry.Type is ActorType.Organization or ActorType.Group)).ToList();
        var nations = parts.Where(p => p.Match.Forms.Any(f => f.Entry.Type is ActorType.Country)).ToList();
        bool Joined(int a, int b) => words[a].Deprel == "conj" && words[a].Head == b;
        if (person is null && bodies.Count >= 1 && nations.Count >= 1 && parts.Count == bodies.Count + nations.Count + (agent is null ? 0 : 1)
            && bodies.Any(b => nations.Any(n => Joined(b.Head, n.Head) || Joined(n.Head, b.Head)))
            && bodies.Concat(nations).All(c => c.Head != head))
        {
            string role = agent?.Entry.Code ?? string.Empty;
            var members = bodies.Concat(nations).OrderBy(c => c.Match.Start)
                .Select(c => c.Match.Forms.First(f => f.Entry.Type is ActorType.Country or ActorType.Organization or ActorType.Group).Entry)
                .DistinctBy(e => e.Code)
                .Select(e => e.Type == ActorType.Country
                    ? Make(e.Code + role, role.Length > 0 ? MentionRule.CountryAndAgent : MentionRule.Country, e.Names[0], e.Id)
                    : Make(e.Code!, MentionRule.Name, e.Names[0], e.Id))
                .ToImmutableArray();
            if (members.Length >= 2)
            {
                return members[0] with { Rule = MentionRule.Pair, Plural = true, Antecedents = members, Name = phrase };
            }
        }

        // Coordinated countries in one phrase ("the Turkish and Greek sides", "Russian and Chinese officials"): both act.
        var countries = parts.Where(p => p.Match.Forms.Any(f => f.Entry.Type is ActorType.Country or ActorType.Region)).ToList();
        if (person is null && organization is null && countries.Count >= 2 && countries.Any(c => words[c.Head].Deprel == "conj"))
        {
            string role = agent?.Entry.Code ?? string.Empty;
            var members = countries.Select(c => c.Match.Forms.First(f => f.Entry.Type is ActorType.Country or ActorType.Region).Entry)
                .DistinctBy(e => e.Code)
                .Select(e => Make(e.Code + role, role.Length > 0 ? MentionRule.CountryAndAgent : MentionRule.Country, e.Names[0], e.Id))
                .ToImmutableArray();
            return members[0] with { Rule = MentionRule.Pair, Plural = true, Antecedents = members, Name = phrase };
        }

        // Without a date, a title written with the name chooses among the person's roles
        // ("Defence Secretary Tom King": the GOV role, not the latest one).
        string? titledCode = context.Date is null && person is not null && agent is not null
            ? person.Entry.Roles.LastOrDefault(r => ActorCode.RoleOf(r.Code) == agent.Entry.Code)?.Code
            : null;
        // (A seat of a state's own body titles a person too: "U.S. Treasury Secretary James Baker".)
        var titleBody = organization is { Entry.Type: not ActorType.Seat } || (organization is { Entry.Type: ActorType.Seat, Entry.Code: string seat } && ActorCode.RoleOf(seat) is "GOV" or "LEG" or "JUD" or "MIL")
            ? organization : null;
        // (An elite standing is no office: "Treasury Secretary James Baker" in 1987, whom Phoenix
        // knows as USAELI between his terms, is of his own country's government; so is "Prime
        // Minister Jacques Chirac" in 1987, whom the dictionary knows in no role that year: a title
        // without a country is of the person's own.)
        var roleThatDay = context.Date is DateOnly day ? person?.Entry.RoleOn(day) : null;
        // (Nor does an international body's role outrank a country's title written with the name:
        // "Belgian Foreign Minister Leo Tindemans" in 1987, when Phoenix codes him IGOEUREEC for
        // Belgium's presidency of the EC Council, speaks as Belgium's minister.)
        bool elite = roleThatDay is not null && (ActorCode.RoleOf(roleThatDay.Code) == "ELI"
            || (ActorCode.CountryOf(roleThatDay.Code) is null && country?.Entry.Code is not null && agent is not null && titleBody is null));
        string? ownCountry = person is null ? null : ActorCode.CountryOf(person.Entry.CodeOn(context.Date) ?? string.Empty);
        string? titleCountry = country?.Entry.Code ?? ownCountry;
        if (person is not null && titledCode is null && (roleThatDay is null || elite)
            && (titleBody is not null || (titleCountry is not null && agent is not null && agent.Entry.Code != "ELI"))
            && !FormerTitle(document, syntax, head, parts.Min(p => p.Match.Start)))
        {
            // "Israeli Foreign Minister Shimon Peres" in 1987, "U.N. mediator Diego Cordovez" in a
            // text without a date: a person the dictionaries know in no role at that date is what
            // the title written with the name says (not "former ..."), here and when named again.
            // ("Pakistani Supreme Court Justice X": a seat's role in the country named with it.)
            string? bodyCode = titleBody is { Entry.Type: ActorType.Seat, Entry.Code: string seatCode } && country?.Entry.Code is string named
                && named != ActorCode.CountryOf(seatCode) && ActorCode.RoleOf(seatCode) is string bodyRole
                ? ActorCode.Combine(named, bodyRole) : titleBody?.Entry.Code;
            var titled = titleBody is not null
                ? Make(bodyCode!, MentionRule.Name, person.Entry.Names[0], person.Entry.Id, isPerson: true)
                : Make(ActorCode.Combine(titleCountry!, agent!.Entry.Code!), MentionRule.CountryAndAgent, person.Entry.Names[0], person.Entry.Id, isPerson: true);
            context.Introduce(titled, person.Entry.Names[0]);
            return titled;
        }

        if (person is not null && (titledCode ?? person.Entry.CodeOn(context.Date)) is string personCode)
        {
            var mention = Make(personCode, MentionRule.PersonRole, person.Entry.Names[0], person.Entry.Id, isPerson: true);
            context.Introduce(mention, person.Entry.Names[0]);
            return mention;
        }

        // A seat of power named for another country's institution ("the Ivory Coast's Supreme
        // Court", "Nigeria's Supreme Court"): that country's body of the same role, not the seat
        // the dictionary means by default (USAJUD).
        if (organization is not null && organization.Entry.Type == ActorType.Seat && ActorCode.RoleOf(organization.Entry.Code!) is string seatRole)
        {
            string? seatCountry = ActorCode.CountryOf(organization.Entry.Code!);
            // (A country named after the seat is what the body's noun is about: "the Senate Iran committee".)
            var seatStart = parts.First(p => p.Match.Forms.Contains(organization)).Match.Start;
            bool countryBefore = country is not null && parts.Any(p => p.Match.Forms.Contains(country) && p.Match.Start < seatStart);
            string? named = (countryBefore ? country!.Entry.Code : null) ?? OwnerCountry(document, syntax, head, codes);
            if (named is not null && named != seatCountry)
            {
                var owned = Make(ActorCode.Combine(named, seatRole), MentionRule.CountryAndAgent, phrase);
                return NameUnknownPerson(document, syntax, head, parts, owned, context);
            }

            // "OTTAWA - … told the House of Commons", "QUITO - … Congress voted": a bare name that
            // other countries' bodies bear too is the body of the country the story is about, when
            // the story names the dictionary's own country nowhere (see DocumentContext.SharedSeatCountry).
            if (named is null && !organization.Entry.SharedBy.IsEmpty && context.SharedSeatCountry(organization.Entry) is var (sharer, sharerEntry))
            {
                // (Still the seat's name, whose evidence adds the entry of the country.)
                var owned = Make(ActorCode.Combine(sharer, seatRole), MentionRule.Name, NameAsWritten(document, syntax.Words, parts, organization), organization.Entry.Id)
                    with { Entries = entries.Add(sharerEntry), IsSeat = true };
                return NameUnknownPerson(document, syntax, head, parts, owned, context);
            }
        }

        if (organization is not null)
        {
            string name = organization.Entry.Type == ActorType.Seat ? NameAsWritten(document, syntax.Words, parts, organization) : organization.Entry.Names[0];
            var mention = Make(organization.Entry.Code!, MentionRule.Name, name, organization.Entry.Id) with { IsSeat = organization.Entry.Type == ActorType.Seat };
            return NameUnknownPerson(document, syntax, head, parts, mention, context);
        }

        // The word after the country's name in the phrase (-1 without a country), and the word
        // joined to it by a hyphen, if any ("U.S.-backed", "Tokyo-based", "Chinese-made").
        int afterCountry = country is null ? -1 : parts.LastOrDefault(p => p.Match.Forms.Contains(country)).Match?.End ?? -1;
        string? hyphened = afterCountry >= 0 && IsJoiningHyphen(words, afterCountry)
            ? document[words[afterCountry + 1].Span].ToLowerInvariant() : null;

        // "the U.S.-backed government", "Cuban-backed troops", "the U.N.-sponsored talks": whom a
        // country backs is not that country's; its own is told by other words, if at all.
        if (hyphened is not null && BackingWords.Contains(hyphened))
        {
            return agent is null ? null : Make(agent.Entry.Code!, MentionRule.AgentOnly, phrase);
        }

        // "Tokyo-based dealers", "a Cyprus-based newsletter", "London-based Salomon Brothers": where
        // a body sits names its country when its kind is known ("Bahrain-based banks"), never a
        // state or its government; nor does a currency ("a 6-mln-U.S.-dlr aircraft").
        if (hyphened is not null && (BaseWords.Contains(hyphened) || Currencies.Contains(hyphened)))
        {
            return agent is null || Currencies.Contains(hyphened) || agent.Entry.Code is "GOV" or "MIL" ? null
                : Make(ActorCode.Combine(country!.Entry.Code!, agent.Entry.Code!), MentionRule.CountryAndAgent, phrase);
        }

        if (country is not null && agent is not null)
        {
            var mention = Make(ActorCode.Combine(country.Entry.Code!, agent.Entry.Code!), MentionRule.CountryAndAgent, phrase);
            return NameUnknownPerson(document, syntax, head, parts, mention, context);
        }

        // "Ethnic Albanians in south Serbia", "the Albanians of southern Serbia": a people named
        // where they live are that country's civilians (CAMEO codes an ethnic minority under its
        // country of residence).
        if (country is not null && country.Kind == MatchKind.Demonym && ResidenceCountry(document, syntax, head, codes) is string residence && residence != country.Entry.Code)
        {
            return Make(ActorCode.Combine(residence, "CVL"), MentionRule.CountryAndAgent, phrase);
        }

        // "the Russian language" is no actor: Russia did not act when a court restricted its use.
        if (country is not null && country.Kind == MatchKind.Adjective && words[head].Lemma.Equals("language", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Nor is where a product was made: "the Chinese-made missiles" Iran installed, "American-made
        // supercomputers", "Japanese-made products" name no act of China, the United States or Japan.
        if (hyphened is not null && MadeWords.Contains(hyphened))
        {
            return null;
        }

        // Nor is an opinion poll or a survey: "the latest British opinion poll gave Margaret
        // Thatcher's Conservative party a 17 point lead" is no act of Britain; what a poll shows is
        // the public's view, no state's.
        if (country is not null && country.Kind == MatchKind.Adjective && agent is null
            && words[head].Lemma.ToLowerInvariant() is "poll" or "survey" or "census")
        {
            return null;
        }

        // Nor is a currency: "a 69.7 mln French franc loan", "fell against the Japanese yen", "13.6
        // billion U.S. Dlrs" name money, not France, Japan or the United States ("Swiss francs": a
        // word both adjective and people noun may be read as either).
        if (country is not null && country.Kind is MatchKind.Adjective or MatchKind.Name or MatchKind.Demonym && agent is null
            && (Currencies.Contains(document[words[head].Span].ToLowerInvariant()) || document[words[head].Span] is "mark" or "marks"
                // ("a 330 European Currency Unit a tonne tax", "400 billion European Currency Units worth of contracts": the ECU.)
                || (document[words[head].Span] is var unit && (unit.Equals("Unit", StringComparison.OrdinalIgnoreCase) || unit.Equals("Units", StringComparison.OrdinalIgnoreCase))
                    && syntax.Children(head, "compound").Any(c => document[words[c].Span].Equals("Currency", StringComparison.OrdinalIgnoreCase)))))
        {
            return null;
        }

        // "American Express", "British Airways", "Japan Air Lines Co": a company named with a
        // country is that country's business, not the country; "the U.S. Agriculture Department"
        // is its government.
        // (After a country's adjective a capitalised common noun is a name too, whatever the
        // tagger says: "American Motors broke off talks", "British Printing filed a lawsuit".)
        // ("Iraqi Kurds" are people: a plural only where it is a company's word, "American Motors".)
        bool adjectival = country?.Kind is MatchKind.Adjective or MatchKind.Demonym;
        bool capitalisedAfterAdjective = words[head].Upos == "NOUN" && adjectival && head > 0 && words[head].Deprel != "compound"
            && (!words[head].Has("Number=Plur") || CompanyWords.Contains(document[words[head].Span]))
            && char.IsUpper(document.Text[words[head].Span.Start]) && parts.Any(p => p.Match.End <= head && p.Match.Forms.Contains(country!));
        if (country is not null && agent is null && (words[head].Upos == "PROPN" || capitalisedAfterAdjective) && parts.All(p => p.Match.End <= head || p.Match.Start > head))
        {
            // (The name's last word, which the parse may hang flat on the head: "American Cyanamid Co".)
            int end = syntax.Children(head).Where(c => c > head && words[c].Deprel is "flat" or "flat:name" && words[c].Upos == "PROPN").DefaultIfEmpty(head).Max();
            string last = document[words[head].Span].TrimEnd('.'), written = document[words[end].Span].TrimEnd('.');
            // (An association named by a trade or by its members is business: "American Soybean
            // Association", "Swiss Bankers Association"; not "Montenegro Municipality Association".)
            bool tradeAssociation = written == "Association" && end > 0 && document[words[end - 1].Span] is string trade
                && (CompanyWords.Contains(trade) || TradeWords.Contains(trade));
            if (CompanyWords.Contains(last) || CompanyWords.Contains(written) || tradeAssociation)
            {
                // ("Anglo American Corp of South Africa Ltd": a company "of" a country is that country's,
                // whatever country its name has.)
                string home = syntax.Children(head, "nmod").Where(c => syntax.Children(c, "case").Any(k => document[words[k].Span] == "of"))
                    .Select(c => codes.GetValueOrDefault(c)?.Country).FirstOrDefault(c => c is not null) ?? country.Entry.Code!;
                return Make(ActorCode.Combine(home, "BUS"), MentionRule.CountryAndAgent, phrase);
            }

            if (StateBodyWords.Contains(last))
            {
                return Make(ActorCode.Combine(country.Entry.Code!, "GOV"), MentionRule.CountryAndAgent, phrase);
            }

            // "the Europe Bridge", "Kuwait Airport", "the Israel Museum": a structure named after a
            // country or region is a place, no actor.
            if (StructureWords.Contains(last))
            {
                return null;
            }

            // ("Vancouver, British Columbia": a place named with a country's adjective is no actor.)
            if (adjectival && PlacesNamedWithAdjective.Contains(last))
            {
                return null;
            }

            if (adjectival && country.Entry.Type == ActorType.Country && parts.FirstOrDefault(p => p.Match.Forms.Contains(country)).Match is { } adjective
                && NamedWithAdjective(document, syntax, head, adjective, context.GivenNames, matched) is string bodyRole)
            {
                return Make(ActorCode.Combine(country.Entry.Code!, bodyRole), MentionRule.CountryAndAgent, phrase);
            }
        }

        // "the Washington Post", "the Jerusalem Post", "the Moscow Times": a paper named after a
        // city is that country's press, not its government; so is one named after a country ("the
        // South China Morning Post", "the Kenya Times"; "Canada Post" is the mail).
        if (country is not null && country.Kind is MatchKind.Capital or MatchKind.Name && afterCountry >= 0
            && NamesAPaper(document, words, afterCountry, afterCountryName: country.Kind == MatchKind.Name))
        {
            return Make(ActorCode.Combine(country.Entry.Code!, "MED"), MentionRule.CountryAndAgent, phrase);
        }

        // (A country names its traders so too, "Japanese fund managers", "U.S. investors"; its market
        // stays the country, "opened the Japanese market".)
        if (country is not null && agent is null && words[head].Upos == "NOUN" && MarketNouns.Contains(words[head].Lemma.ToLowerInvariant())
            && (country.Kind == MatchKind.Capital || MarketPeople.Contains(words[head].Lemma.ToLowerInvariant())))
        {
            return Make(ActorCode.Combine(country.Entry.Code!, "BUS"), MentionRule.CountryAndAgent, phrase);
        }

        // "Japanese banks", "U.S. refiners", "Japanese trading houses", "U.S. exchanges": the
        // firms of a trade named with their country are its business, not the country itself.
        // (Bare "bank" stays out of the dictionaries: "the Bank" is as often a central bank's.)
        string headLemma = words[head].Lemma.ToLowerInvariant();
        if (country is not null && agent is null && words[head].Upos == "NOUN" && country.Kind is MatchKind.Adjective or MatchKind.Name or MatchKind.Demonym
            // (Not a country that owns the noun: "Israel's main arms supplier", "Brazil's lenders"
            // are its counterparties; nor "U.S. policy makers", who govern.)
            && parts.Any(p => p.Match.Forms.Contains(country) && words[p.Head].Deprel is "amod" or "compound")
            && !syntax.Children(head).Any(c => words[c].Deprel == "compound" && words[c].Lemma.ToLowerInvariant() is "policy" or "decision" or "law")
            && (BusinessNouns.Contains(headLemma)
                || (headLemma is "exchange" or "bourse" && words[head].Has("Number=Plur"))
                // ("Japanese trading houses", "Japanese financial institutions"; not "two Palestinian
                // houses" demolished, nor "European institutions", the Community's bodies.)
                || (headLemma is "house" or "institution" && words[head].Has("Number=Plur")
                    && syntax.Children(head).Any(c => words[c].Deprel is "amod" or "compound" && TradeModifiers.Contains(words[c].Lemma.ToLowerInvariant()))))
            // (A region's producers and buyers are as often its countries: "France backed the Ivory
            // Coast and other African producers", of a commodity pact.)
            && !(country.Entry.Type == ActorType.Region && headLemma is "producer" or "supplier" or "buyer" or "seller"))
        {
            return Make(ActorCode.Combine(country.Entry.Code!, "BUS"), MentionRule.CountryAndAgent, phrase);
        }

        // "a China expert", "Alexander Vindman, a Ukraine specialist on the National Security
        // Council": a country's name (not its adjective) compounded on one who studies it names what
        // is studied, not the person's country ("a Chinese expert" stays Chinese).
        // (Not an abbreviation, which news writes for the adjective: "two U.S. experts on the Soviet
        // Union", "a U.K. analyst" are American and British.)
        if (country is not null && agent is null && country.Kind == MatchKind.Name && words[head].Upos == "NOUN" && StudentsOfACountry.Contains(headLemma)
            && parts.Any(p => p.Match.Forms.Contains(country) && words[p.Head].Deprel == "compound"
                && document[words[p.Head].Span] is var written && !written.Contains('.') && !written.All(char.IsUpper)))
        {
            return null;
        }

        if (country is not null)
        {
            return country.Kind == MatchKind.Capital
                ? Make(ActorCode.Combine(country.Entry.Code!, "GOV"), MentionRule.Capital, country.Entry.Capital ?? phrase, country.Entry.Id)
                : Make(country.Entry.Code!, MentionRule.Country, country.Entry.Names[0], country.Entry.Id);
        }

        if (agent is not null)
        {
            // The role's country from its possessor ("Putin's adviser") or "of" complement ("president
            // of Russia"), or where people come from ("officials from Israel", "negotiators from
            // Syria"); not "Israel's militia ally", allied with Israel.
            bool relational = IsRelationalPhrase(syntax, head);
            foreach (int child in syntax.Children(head))
            {
                bool from = words[child].Deprel == "nmod" && syntax.Children(child, "case").Any(c => document[words[c].Span].Equals("from", StringComparison.OrdinalIgnoreCase));
                // ("Reagan Administration officials": the government a person's name stands for
                // owns its officials, as "Reagan administration officials" has it.)
                bool administration = words[child].Deprel == "compound" && words[child].Lemma.ToLowerInvariant() is "administration" or "government"
                    && codes.GetValueOrDefault(child) is { IsPerson: true, Country: not null };
                if ((OwnsTitle(document, syntax, child, relational) || from || administration)
                    && (codes.GetValueOrDefault(child) ?? Reference(document, syntax, s, child, codes, context)) is { Country: string owner } ownerMention
                    // ("a spokesman from Drexel's London branch" is the company's: only a country named
                    // after "from" says where people come from.)
                    && (!from || (ownerMention.Rule is MentionRule.Country or MentionRule.Capital && words[child].Upos == "PROPN" && !MovedFrom(syntax, head))))
                {
                    var composed = Make(OwnedRole(ownerMention, agent.Entry.Code!, words[head]), MentionRule.AgentOfActor, phrase) with
                    {
                        Entries = entries.AddRange(ownerMention.Entries).Distinct().ToImmutableArray(),
                    };
                    // "officials of Israel and Syria", "negotiators from Iran and Iraq": each country's.
                    var others = syntax.Children(child, "conj").Select(c => codes.GetValueOrDefault(c)).OfType<ActorMention>()
                        .Where(m => m.Country is not null && m.Country != owner).Select(m => m.Country!).Distinct().ToList();
                    if (others.Count > 0 && words[child].Deprel == "nmod")
                    {
                        ImmutableArray<ActorMention> members = [composed, .. others.Select(o => composed with { Code = ActorCode.Combine(o, agent.Entry.Code!) })];
                        return composed with { Rule = MentionRule.Pair, Plural = true, Antecedents = members };
                    }

                    return NameUnknownPerson(document, syntax, head, parts, composed, context);
                }
            }

            // "militants loyal to Iraq's Al-Qaeda frontman", "troops loyal to the Kabul government":
            // armed men are of the side they are loyal to (its country, named by the phrase or its possessor).
            foreach (int loyal in syntax.Children(head).Where(c => words[c].Deprel == "amod" && document[words[c].Span].Equals("loyal", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (int side in syntax.Children(loyal).Where(c => words[c].Deprel == "obl" && syntax.Children(c, "case").Any(k => document[words[k].Span].Equals("to", StringComparison.OrdinalIgnoreCase))))
                {
                    if (new[] { side }.Concat(syntax.Children(side, "nmod:poss")).Select(w => codes.GetValueOrDefault(w)).FirstOrDefault(m => m?.Country is not null) is { Country: string sideCountry } sideMention)
                    {
                        return Make(ActorCode.Combine(sideCountry, agent.Entry.Code!), MentionRule.AgentOfActor, phrase) with
                        {
                            Entries = entries.AddRange(sideMention.Entries).Distinct().ToImmutableArray(),
                        };
                    }
                }
            }

            // "OPEC's president", "NATO's spokesman", "the secretary general of the Arab League": a
            // title of an international or non-governmental body is that body's, as CAMEO codes its
            // officials (not a government of no country).
            // ("One of the top executives of the International Monetary Fund": a body's executives
            // are its officers, not business.)
            if ((agent.Entry.Code is "GOV" or "ELI" || (agent.Entry.Code == "BUS" && headLemma is "executive" or "ceo"))
                && syntax.Children(head).Where(c => OwnsTitle(document, syntax, c, relational))
                    .Select(c => codes.GetValueOrDefault(c)).FirstOrDefault(m => m is not null && ActorCode.GroupOf(m.Code) is not null && ActorCode.TypeOf(m.Code) is "IGO" or "NGO") is { } organisation)
            {
                var composed = Make(organisation.Code, MentionRule.AgentOfActor, phrase) with
                {
                    Entries = entries.AddRange(organisation.Entries).Distinct().ToImmutableArray(),
                };
                return NameUnknownPerson(document, syntax, head, parts, composed, context);
            }

            // "president of GM Overseas Distribution Corporation", "an official of the Law Debenture
            // Trust": a shared title of a company no dictionary knows (coded business by its
            // company words, or ending in one) is a business officer's.
            if (agent.Entry.Code is "GOV" or "ELI" && SharedTitleMatch(syntax, parts, agent) is not null
                && syntax.Children(head).FirstOrDefault(c => OwnsTitle(document, syntax, c, relational)
                    // (A company word alone may be the IMF or the World Bank, "an official of the Fund":
                    // it needs a capitalised word with it, "Bank of Montreal", "Prudential Securities",
                    // "Chemicals and Plastics".)
                    && (codes.GetValueOrDefault(c) is { Code: "BUS", Country: null }
                        || (!codes.ContainsKey(c) && !matched.Contains(c) && CompanyWords.Contains(document[words[c].Span])
                            && syntax.Children(c).Any(d => words[d].Deprel is not ("det" or "case" or "punct") && char.IsUpper(document.Text[words[d].Span.Start]))))
                    // (Not a firm a government owns: "president of the government's state holding firm".)
                    && !syntax.Children(c, "nmod:poss").Any(p => codes.GetValueOrDefault(p) is { } possessor && (possessor.Country is not null || possessor.Code == "GOV")), -1) is >= 0 and int company)
            {
                var composed = Make("BUS", MentionRule.AgentOfActor, phrase);
                if (codes.GetValueOrDefault(company) is { } known)
                {
                    composed = composed with { Entries = entries.AddRange(known.Entries).Distinct().ToImmutableArray() };
                }

                return NameUnknownPerson(document, syntax, head, parts, composed, context);
            }

            // "Arthur Miller, BankAmerica's vice president", "president of Chrysler Corp": the title
            // of a body the dictionaries do not know (a company, mostly) is no state's office.
            if (SharedTitleMatch(syntax, parts, agent) is not null && OwnedByUnknownName(document, syntax, head, span, matched))
            {
                return null;
            }

            var bare = Make(agent.Entry.Code!, MentionRule.AgentOnly, phrase) with { ModifierOnly = !agentIsHead && words[head].Upos == "NOUN" };
            return NameUnknownPerson(document, syntax, head, parts, bare, context);
        }

        return null;
    }

    /// <summary>
    /// Whether a title's dependent names whose title it is: its possessor ("Putin's adviser", not
    /// of a relational noun: "Israel's militia ally") or its "of" complement ("president of Russia").
    /// </summary>
    private static bool OwnsTitle(Document document, SentenceSyntax syntax, int child, bool relational) =>
        (syntax.Words[child].Deprel == "nmod:poss" && !relational)
        || (syntax.Words[child].Deprel == "nmod" && syntax.Children(child, "case").Any(c => document[syntax.Words[c].Span].Equals("of", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether word <paramref name="w"/> is a personal pronoun in an object's place (him, her, them, it).</summary>
    private static bool ObjectPronoun(SentenceSyntax syntax, int w) =>
        syntax.Words[w].Lemma.ToLowerInvariant() is "he" or "she" or "they" or "it" && syntax.Words[w].Deprel is "obj" or "iobj" or "obl" or "nmod"
        && !syntax.Words[w].Has("Reflex=Yes");

    /// <summary>
    /// The subjects (and their conjuncts) of the verbs above a word, up to and including the first
    /// verb that has a subject of its own: "them" in "police fired tear gas to disperse them" is
    /// in the clause of "disperse", whose subject is the police of "fired".
    /// </summary>
    private static HashSet<int> ClauseSubjects(SentenceSyntax syntax, int word)
    {
        var words = syntax.Words;
        var subjects = new HashSet<int>();
        for (int node = words[word].Head, steps = 0; node >= 0 && steps < words.Length; node = words[node].Head, steps++)
        {
            if (words[node].Upos is not ("VERB" or "AUX") && !syntax.Children(node).Any(c => words[c].Deprel is "nsubj" or "nsubj:pass" or "cop"))
            {
                continue;
            }

            foreach (int subject in syntax.Children(node).Where(c => words[c].Deprel is "nsubj" or "nsubj:pass"))
            {
                subjects.Add(subject);
                subjects.UnionWith(syntax.Children(subject, "conj"));
            }

            // (A clause of its own, "protesters said police fired at them", ends the search.)
            if (subjects.Count > 0 || words[node].Deprel is not ("xcomp" or "advcl" or "conj" or "acl"))
            {
                break;
            }
        }

        return subjects;
    }

    /// <summary>The main clause's subject when <paramref name="word"/> sits in an adverbial clause before it.</summary>
    private static int? FrontedClauseSubject(SentenceSyntax syntax, int word)
    {
        var words = syntax.Words;
        int node = word;
        while (words[node].Head >= 0 && words[node].Head != syntax.Root)
        {
            node = words[node].Head;
        }

        if (words[node].Head != syntax.Root || words[node].Deprel != "advcl")
        {
            return null;
        }

        int subject = syntax.Children(syntax.Root).FirstOrDefault(c => words[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal), -1);
        return subject > word ? subject : null;
    }

    /// <summary>Whether a name's title says the role is past: "former", "ex-", "late", "onetime".</summary>
    private static bool FormerTitle(Document document, SentenceSyntax syntax, int head, int matchStart)
    {
        var span = PhraseSpan(syntax, head);
        // (Also the word right before the phrase or the dictionary match, whichever starts first:
        // the parse may hang "Former" on the verb, as in "Former Treasury Secretary James Baker met …".)
        int first = Math.Min(matchStart, Enumerable.Range(0, head + 1).FirstOrDefault(w => span.Contains(syntax.Words[w].Span), head));
        for (int w = Math.Max(0, first - 1); w < head; w++)
        {
            if (!span.Contains(syntax.Words[w].Span) && w != first - 1)
            {
                continue;
            }

            string form = document[syntax.Words[w].Span].ToLowerInvariant();
            if (form is "former" or "ex" or "late" or "onetime" or "one-time" or "erstwhile" || form.StartsWith("ex-", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject a possessive pronoun is likely bound to: the last nominal subject before it,
    /// agreeing in number, of the nearest verb above it.
    /// </summary>
    private static int? BindingSubject(SentenceSyntax syntax, int pronoun, bool plural)
    {
        var words = syntax.Words;
        if (words[pronoun].Deprel != "nmod:poss")
        {
            return null;
        }

        // (Not a possessive inside the subject itself: "the leaders of their party".)
        var path = new List<int>();
        int node = words[pronoun].Head;
        for (int depth = 0; node >= 0 && depth < 6 && words[node].Upos != "VERB"; depth++)
        {
            path.Add(node);
            node = words[node].Head;
        }

        if (node < 0 || words[node].Upos != "VERB")
        {
            return null;
        }

        int subject = syntax.Children(node).LastOrDefault(c => words[c].Deprel is "nsubj" or "nsubj:pass" && c < pronoun, -1);
        if (subject < 0 || path.Contains(subject) || words[subject].Upos is not ("NOUN" or "PROPN"))
        {
            return null;
        }

        bool subjectPlural = words[subject].Has("Number=Plur") || words[subject].Xpos is "NNS" or "NNPS" || syntax.Children(subject, "conj").Any();
        return subjectPlural == plural ? subject : null;
    }

    /// <summary>
    /// The name that says what the pronoun, as subject, does: "Salomon Brothers announced it would
    /// trim its staff", "Firestone said it had closed". (A bare name only: a common noun speaking,
    /// "the statement said it would", may carry someone else's words, and "The Bank also said it"
    /// names an institution by a word of its name.)
    /// </summary>
    private static int? NamedSpeaker(SentenceSyntax syntax, int pronoun) =>
        ReportingSubject(syntax, pronoun) is var (subject, _) && syntax.Words[subject].Upos == "PROPN"
            && !syntax.Children(subject, "conj").Any() && !syntax.Children(subject, "det").Any() ? subject : null;

    /// <summary>
    /// The subject, before the pronoun, of the speech verb whose reported clause has the pronoun as
    /// its subject, and that verb ("Salomon Brothers announced it would …", "The G-7 said they …").
    /// </summary>
    private static (int Subject, int Verb)? ReportingSubject(SentenceSyntax syntax, int pronoun)
    {
        var words = syntax.Words;
        int clause = words[pronoun].Head;
        if (words[pronoun].Deprel is not ("nsubj" or "nsubj:pass") || clause < 0 || words[clause].Deprel != "ccomp" || words[clause].Head < 0)
        {
            return null;
        }

        int verb = words[clause].Head;
        int subject = syntax.Children(verb).LastOrDefault(c => words[c].Deprel == "nsubj" && c < pronoun, -1);
        return Facts.QuoteFinder.SpeechVerbs.Contains(words[verb].Lemma) && subject >= 0 ? (subject, verb) : null;
    }

    /// <summary>
    /// "Iran criticized Iraq for its attacks", "praised Japan for its decision": the object of a
    /// verb of blame or praise whose "for" phrase holds the possessive, agreeing in number.
    /// </summary>
    private static int? BlamedFor(SentenceSyntax syntax, int pronoun, bool plural)
    {
        var words = syntax.Words;
        if (words[pronoun].Deprel != "nmod:poss" || words[pronoun].Head < 0)
        {
            return null;
        }

        int phrase = words[pronoun].Head, verb = words[phrase].Head;
        if (verb < 0 || words[phrase].Deprel != "obl" || !ForWhatVerbs.Contains(words[verb].Lemma.ToLowerInvariant())
            || !syntax.Children(phrase, "case").Any(c => words[c].Lemma.Equals("for", StringComparison.OrdinalIgnoreCase))
            || syntax.Children(verb, "obj").FirstOrDefault(o => o < pronoun && words[o].Upos is "NOUN" or "PROPN", -1) is not (int blamed and >= 0))
        {
            return null;
        }

        bool blamedPlural = words[blamed].Has("Number=Plur") || words[blamed].Xpos is "NNS" or "NNPS" || syntax.Children(blamed, "conj").Any();
        return blamedPlural == plural ? blamed : null;
    }

    /// <summary>
    /// Verbs whose object is blamed, praised or thanked for what a "for" phrase names: the phrase
    /// is the reason (a possessive in it is the object's; the coder takes no target from it).
    /// </summary>
    internal static readonly FrozenSet<string> ForWhatVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "criticize", "criticise", "condemn", "denounce", "blame", "fault", "accuse", "praise", "commend", "thank", "congratulate",
        "punish", "reward", "sanction", "rebuke", "reprimand", "attack", "slam", "censure", "fine", "sue");

    /// <summary>
    /// A phrase headed by a proper name the dictionaries do not know, with a title that gave the
    /// code ("Defense Department Deputy Press Secretary Sabrina Singh"): the person takes the code,
    /// and their surname is remembered for later mentions.
    /// </summary>
    private static ActorMention NameUnknownPerson(Document document, SentenceSyntax syntax, int head, List<(ActorMatch Match, int Head)> parts, ActorMention mention, DocumentContext context)
    {
        var word = syntax.Words[head];
        bool headMatched = parts.Any(p => p.Head == head || (p.Match.Start <= head && head < p.Match.End));
        int named = head;
        if (headMatched && !mention.IsPerson && NameAfterTitle(document, syntax, head, parts) is int nameWord)
        {
            named = nameWord;
        }
        else if (word.Upos != "PROPN" || headMatched)
        {
            return mention;
        }

        string name = NameOf(document, syntax, named);
        var person = mention with { Name = name, IsPerson = true, Rule = mention.Rule == MentionRule.AgentOnly ? MentionRule.AgentOnly : MentionRule.Apposition };
        context.Introduce(person, name);
        return person;
    }

    /// <summary>
    /// "Iranian Prime Minister Mir-Hossein Mousavi is in Damascus" parsed with the title as the
    /// phrase's head and the name hung on it: the last of two or more capitalised names no
    /// dictionary matched, written right after the title's last word and inside its phrase.
    /// </summary>
    private static int? NameAfterTitle(Document document, SentenceSyntax syntax, int head, List<(ActorMatch Match, int Head)> parts)
    {
        var words = syntax.Words;
        // (Only after a title people hold: "the Soviet freighter Nikolay Kuznetsov" is a ship.)
        string title = words[head].Lemma.ToLowerInvariant();
        if (!parts.Any(p => p.Match.End == head + 1) || !(IsTitle(title) || CompanyTitles.Contains(title) || OfficeTitles.Contains(document[words[head].Span])
            || PersonDescriptions.Contains(title) || title is "commander" or "judge"))
        {
            return null;
        }

        int last = -1, names = 0;
        for (int w = head + 1; w < words.Length; w++)
        {
            bool inside = words[w].Head == head || (words[w].Head >= 0 && words[words[w].Head].Head == head);
            if (inside && words[w].Upos == "PROPN" && char.IsUpper(document.Text[words[w].Span.Start]) && !parts.Any(p => p.Match.Start <= w && w < p.Match.End))
            {
                last = w;
                names++;
            }
            else if (!(w > head + 1 && IsNameHyphen(document, words, w)))
            {
                break;
            }
        }

        return names >= 2 ? last : null;
    }

    /// <summary>An uncoded name described by an apposition takes the apposition's code.</summary>
    /// <summary>Agentive endings of nouns of people ("manager", "investigator", "economist", "consultant", "chairman", "nominee").</summary>
    private static readonly string[] PersonNounEndings = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "ant", "ants", "ent", "ents", "ee", "ees", "person", "people"];

    /// <summary>Nouns with an agentive ending that name things ("plant", "grant", "agreement", "number").</summary>
    private static readonly FrozenSet<string> ThingsWithPersonEndings = FrozenSet.Create(StringComparer.Ordinal,
        "plant", "grant", "agreement", "statement", "settlement", "payment", "investment", "development", "announcement",
        "commitment", "element", "instrument", "shipment", "percent", "event", "extent", "content", "order", "offer", "number", "quarter", "letter",
        "matter", "border", "center", "centre", "transfer", "summer", "winter", "water", "paper", "sector", "factor", "floor", "error", "door",
        "favor", "favour", "fee", "degree", "guarantee", "amendment", "contingent", "segment");

    /// <summary>Nouns of bodies and groups, which an apposition may name ("the group, Amnesty", "a unit, Foo Corp").</summary>
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.Create(StringComparer.Ordinal,
        "group", "unit", "venture", "nation", "country", "state", "associate", "member", "head", "chief", "body", "council", "board", "committee", "firm",
        "company", "agency", "government", "ministry", "department", "party", "team", "side", "delegation", "mission", "panel", "union", "bank",
        "subsidiary", "affiliate", "ally", "official", "staff", "family", "consortium", "syndicate", "coalition", "alliance", "organisation",
        "organization", "association", "federation", "authority", "force", "army", "navy", "police", "court", "regime", "administration", "cabinet",
        "parliament", "assembly", "senate", "congress", "leadership", "faction", "movement", "newspaper", "daily", "weekly", "network", "station",
        "magazine", "journal", "paper", "institute", "institution", "foundation", "fund", "exchange", "house", "office", "bureau", "commission",
        "corporation", "concern", "giant", "parent", "owner", "people", "public", "neighbour", "neighbor", "counterpart", "colleague", "friend",
        "successor", "predecessor", "deputy", "envoy", "aide", "spokesman", "spokeswoman", "ruler", "king", "queen", "prince", "sheikh", "minister",
        "secretary", "general", "commander", "club", "church", "university", "school", "college", "rebel", "guerrilla", "militia");

    /// <summary>
    /// Whether a word an apposition describes can be someone or some body: a name, or a noun of
    /// people or of a body; not an event, a measure or a thing ("a visit", "mln", "the situation"),
    /// nor a place, which the name after it is ("bombs in the capital Kabul" fell on Kabul, where
    /// the name keeps its own code as a place).
    /// </summary>
    private static bool CanBeSomeone(Document document, SentenceSyntax syntax, int w)
    {
        // (A capitalised noun inside the sentence is a name the tagger took for a common noun:
        // "the Organisation for Economic Cooperation and Development (OECD)", "Powerine, a
        // privately-held company".)
        // (A subject is kept: the parse hangs a closing speaker on the noun before it as its
        // apposition, "… from 131.50 mln the previous week, the American Petroleum Institute (API)
        // said", and the speaker's code is the subject's.)
        var word = syntax.Words[w];
        if (word.Upos != "NOUN" || (w > 0 && char.IsUpper(document.Text[word.Span.Start])) || word.Deprel == "nsubj")
        {
            return true;
        }

        string lemma = word.Lemma.ToLowerInvariant();
        return GroupNouns.Contains(lemma)
            || (!ThingsWithPersonEndings.Contains(lemma) && PersonNounEndings.Any(ending => lemma.EndsWith(ending, StringComparison.Ordinal) && lemma.Length > ending.Length + 2));
    }

    private static ActorMention Described(Document document, SentenceSyntax syntax, int s, int name, ActorMention description, DocumentContext context)
    {
        string text = NameOf(document, syntax, name);
        var mention = description with
        {
            Sentence = s,
            Head = name,
            Span = PhraseSpan(syntax, name),
            Name = text,
            Rule = MentionRule.Apposition,
            IsPerson = syntax.Words[name].Upos == "PROPN",
        };
        if (mention.IsPerson)
        {
            context.Introduce(mention, text);
        }

        return mention;
    }

    /// <summary>
    /// A bare surname of the one person in government that day ("Reagan said", "Kohl met
    /// Mitterrand" in 1987): the dictionaries name such people in full ("Ronald Reagan"), and news
    /// often uses the surname alone from the first mention. Only a capitalised name standing alone
    /// (no other capitalised word beside it) in a dated document.
    /// </summary>
    private ActorMention? Official(Document document, SentenceSyntax syntax, int s, int w, List<(int Start, int End)> runs, DocumentContext context)
    {
        var word = syntax.Words[w];
        string form = document[word.Span];
        if (word.Upos != "PROPN" || context.Date is not DateOnly day || form.Length < 3 || !char.IsUpper(form[0]) || form.Any(c => !char.IsLetter(c) && c != '-')
            || runs.Any(r => r.Start <= w && w < r.End && r.End - r.Start > 1) || lexicon.OfficialBySurname(form, day) is not { } person
            || person.RoleOn(day) is not { } role || ActorCode.CountryOf(role.Code) is not string country || !context.Countries.Contains(country))
        {
            return null;
        }

        var mention = new ActorMention
        {
            Sentence = s,
            Head = w,
            Span = word.Span,
            Code = role.Code,
            Name = person.Names[0],
            Rule = MentionRule.PersonRole,
            Entity = person.Id,
            IsPerson = true,
            Entries = [person.Origin],
        };
        context.Introduce(mention, form);
        return mention;
    }

    /// <summary>
    /// The seat's name the text matched, when it is one of its names: a seat entity groups the
    /// institutions of one code ("U.S. Treasury", "Commerce Department" and "Department of Homeland
    /// Security" are all USAGOV; "Congress" and "the Senate" under "Capitol Hill"), and its first
    /// name would misname them in the evidence; else its first name.
    /// </summary>
    private static string NameAsWritten(Document document, ImmutableArray<SyntaxWord> words, List<(ActorMatch Match, int Head)> parts, ActorForm form)
    {
        foreach (var (match, _) in parts)
        {
            if (match.Forms.Contains(form) && match.End > match.Start)
            {
                string text = document.Text[words[match.Start].Span.Start..words[match.End - 1].Span.End];
                if (form.Entry.Names.FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase) || n.Equals("the " + text, StringComparison.OrdinalIgnoreCase)) is string name)
                {
                    return name;
                }
            }
        }

        return form.Entry.Names[0];
    }

    /// <summary>
    /// The initials of a name of three capitalised words or more ("Nuclear Regulatory Commission" →
    /// "NRC"), leaving out "the", "of", "and", "for", "on", "de" and words that are not all letters
    /// ("U.S. Nuclear Regulatory Commission" is "NRC" too).
    /// </summary>
    private static string? Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !word.Equals("the", StringComparison.OrdinalIgnoreCase) && word is not ("of" or "and" or "for" or "on" or "de") && word.All(char.IsLetter)).ToList();
        return words.Count >= 3 && words.All(word => char.IsUpper(word[0])) ? string.Concat(words.Select(word => word[0])) : null;
    }

    /// <summary>Every name of the dictionary entries a mention was coded from.</summary>
    private IEnumerable<string> KnownNames(ActorMention mention) =>
        lexicon.Entries.Where(e => mention.Entries.Contains(e.Origin)).SelectMany(e => e.Names).Append(mention.Name);

    /// <summary>
    /// The acronym a mention is written as, when it stands in brackets right after a name of
    /// capitalised words whose initials spell it and that shares no word with the name of the body
    /// the dictionary knows by those letters ("Institute of Economic Affairs (IEA)", not the
    /// International Energy Agency); null otherwise ("Organisation of Petroleum Exporting
    /// Countries (OPEC)", however spelt, shares its words).
    /// </summary>
    private static string? UnknownBodyGlossed(Document document, SentenceSyntax syntax, int word, IEnumerable<string> knownNames)
    {
        var words = syntax.Words;
        string acronym = document[words[word].Span];
        if (word < 2 || word + 1 >= words.Length || document[words[word - 1].Span] != "(" || document[words[word + 1].Span] != ")"
            || acronym.Length is < 2 or > 8 || !acronym.All(char.IsUpper))
        {
            return null;
        }

        int start = word - 1;
        while (start > 0 && document[words[start - 1].Span] is var form && (char.IsUpper(form[0]) || form is "of" or "for" or "and" or "on" or "de") && form.All(char.IsLetter))
        {
            start--;
        }

        if (start >= word - 1)
        {
            return null;
        }

        string glossed = document.Text[words[start].Span.Start..words[word - 2].Span.End];
        static HashSet<string> Content(string name) => [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()[..4])];
        return Initials(glossed) == acronym && !knownNames.Any(known => Content(glossed).Overlaps(Content(known))) ? acronym : null;
    }

    /// <summary>
    /// The acronym in brackets after a name's head, past the rest of the name: "Forces for the
    /// Defence of Democracy (FDD)", "the Nicaraguan Democratic Force (FDN)".
    /// </summary>
    private static string? GlossedAcronymAfter(Document document, SentenceSyntax syntax, int head)
    {
        var words = syntax.Words;
        for (int x = head + 1; x < words.Length && x <= head + 8; x++)
        {
            string form = document[words[x].Span];
            if (form == "(")
            {
                return x + 2 < words.Length && document[words[x + 2].Span] == ")" && document[words[x + 1].Span] is { Length: >= 2 and <= 10 } acronym
                    && acronym.All(c => char.IsUpper(c) || c == '-') ? acronym : null;
            }

            // (Only through the rest of the name: "for the Defence of Democracy".)
            // ("China and the European Community (EC)" glosses the Community only.)
            if (!(char.IsUpper(form[0]) || form is "for" or "of" or "the" or "de" or "du" or "des" or "la" or "el"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Words before "Bank of …" that still name a state's bank ("Reserve Bank of India", "Export-Import Bank of Japan").</summary>
    private static readonly FrozenSet<string> CentralBankWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "The", "Reserve", "National", "Central", "State", "Federal", "People's", "Peoples", "Import", "Export-Import", "Development", "Mortgage", "Investment", "Agricultural");

    /// <summary>The brackets right after a word, closed within eight words: "They (the Kuwaitis)".</summary>
    private static (int Open, int Close)? GlossAfter(Document document, SentenceSyntax syntax, int w)
    {
        var words = syntax.Words;
        if (w + 2 >= words.Length || document[words[w + 1].Span] != "(")
        {
            return null;
        }

        for (int x = w + 2; x < words.Length && x <= w + 9; x++)
        {
            if (document[words[x].Span] == ")")
            {
                return x > w + 2 ? (w + 1, x) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The actors of the last coordination of named actors before <paramref name="pronoun"/> in its
    /// sentence ("Europe, Japan, Canada and Mexico"), each with its own code; an empty list when
    /// there is none, or when the pronoun may mean another plural: an actor named in the plural
    /// anywhere before it ("They said offers had come from Saudi Arabia and the World Bank, but
    /// they gave no details"), a plural noun between ("regulators are asking them") or a plural
    /// subject before ("Fund managers … settled on Australia and Canada as they diversify"), or actors
    /// named as places ("deflect the clouds away from Australia and Indonesia into the Pacific,
    /// where they …"). Not actors inside the pronoun's own clause ("Especially sought were East
    /// African and Brazils, they said").
    /// </summary>
    private static List<ActorMention> JoinedBefore(SentenceSyntax syntax, List<ActorMention> before, int pronoun)
    {
        var words = syntax.Words;
        // (A country's name plural in form, "the United States", is one actor.)
        if (before.Any(m => m.Plural && m.Rule != MentionRule.Country))
        {
            return [];
        }

        // (Not an owner: "between President Ronald Reagan and Indonesia's President Suharto".)
        var byHead = before.Where(m => m.Head >= 0 && m.Head < pronoun && !m.ModifierOnly && words[m.Head].Upos is "PROPN" or "NOUN"
                && !syntax.Children(m.Head, "case").Any(c => words[c].Xpos == "POS"))
            .GroupBy(m => m.Head).ToDictionary(g => g.Key, g => g.First());
        List<ActorMention> last = [];
        int end = -1;
        foreach (var (head, first) in byHead.OrderBy(p => p.Key))
        {
            if (words[head].Deprel == "conj")
            {
                continue;
            }

            var members = new List<ActorMention> { first };
            members.AddRange(syntax.Children(head, "conj").Where(byHead.ContainsKey).Select(c => byHead[c]));
            if (members.Count >= 2 && members.Max(m => m.Head) > end)
            {
                last = members;
                end = members.Max(m => m.Head);
            }
        }

        if (last.Count < 2 || last.Select(m => m.Code).Distinct().Count() < 2)
        {
            return [];
        }

        int lead = last[0].Head;
        bool placed = syntax.Children(lead, "case").Any(c => words[c].Lemma.ToLowerInvariant() is "from" or "into" or "off" or "across" or "in" or "at" or "near");
        // ("Fund managers … have settled on Australia, Britain and Canada as they diversify": a
        // plural subject before them, named or not, may be meant as well.)
        bool otherPlural = Enumerable.Range(0, pronoun).Any(x => words[x].Xpos is "NNS" or "NNPS" && !last.Any(m => m.Head == x)
            && (x > end || words[x].Deprel.StartsWith("nsubj", StringComparison.Ordinal)));
        bool inOwnClause = words[pronoun].Head is int clause and >= 0 && last.Any(m => syntax.Dominates(clause, m.Head));
        // (Nor the speakers of a report after it, "Canada, France, Italy and Sweden are also
        // involved, they said", whom the story has not named.)
        bool reporting = words[pronoun].Deprel.StartsWith("nsubj", StringComparison.Ordinal) && words[pronoun].Head is int verb and >= 0
            && Facts.QuoteFinder.SpeechVerbs.Contains(words[verb].Lemma);
        return placed || otherPlural || inOwnClause || reporting ? [] : last;
    }

    /// <summary>References to earlier actors: known surnames, pronouns, pairs, repeated descriptions.</summary>
    private static ActorMention? Reference(Document document, SentenceSyntax syntax, int s, int w, Dictionary<int, ActorMention> codes, DocumentContext context)
    {
        var word = syntax.Words[w];
        string form = document[word.Span];
        string lower = form.ToLowerInvariant();
        ActorMention? From(ActorMention antecedent, MentionRule rule) => antecedent with
        {
            Sentence = s, Head = w, Span = PhraseSpan(syntax, w), Rule = rule, Antecedents = [antecedent],
            Entries = antecedent.Entries,
        };
        // (A mention standing for several earlier ones, a pair or a group: "both men", "them".)
        ActorMention Group(IReadOnlyList<ActorMention> members) => new()
        {
            Sentence = s, Head = w, Span = PhraseSpan(syntax, w), Code = members[0].Code, Name = document[PhraseSpan(syntax, w)],
            Rule = MentionRule.Pair, Plural = true, Antecedents = [.. members], Entries = [.. members.SelectMany(m => m.Entries).Distinct()],
        };

        // (A hyphen joins two names as often as it makes one: "the Reagan-Gorbachev summit" names Gorbachev.)
        if (word.Upos == "PROPN" && (context.KnownName(NameOf(document, syntax, w)) ?? context.KnownName(NameOf(document, syntax, w, acrossHyphens: false))) is { } known)
        {
            return From(known, MentionRule.KnownName);
        }

        if (word.Upos == "PRON" && GlossAfter(document, syntax, w) is (int open, int close))
        {
            // "They (the Kuwaitis) have also asked Britain", "He (Ongpin) said": the writer's own
            // gloss says who the pronoun is; one that names no actor ("It (the debt problem) will
            // not go away", "they (banks)") makes it none.
            for (int x = open + 1; x < close; x++)
            {
                if ((codes.GetValueOrDefault(x) ?? (syntax.Words[x].Upos == "PROPN" ? Reference(document, syntax, s, x, codes, context) : null)) is { } glossed)
                {
                    return From(glossed, MentionRule.Pronoun);
                }
            }

            return null;
        }

        if (word.Upos == "PRON")
        {
            // Only actors named before the pronoun ("Palestinian leaders said they would boycott
            // the United States": they are the leaders, not the United States), except in a clause
            // put before the main clause's subject, which the pronoun may anticipate ("Speaking to
            // his troops, Putin said …").
            if (lower is "their" or "its" && BlamedFor(syntax, w, plural: lower == "their") is int blamed && codes.GetValueOrDefault(blamed) is { } bound)
            {
                // "Iran criticized Iraq for its attacks": what someone is blamed or praised for is theirs.
                return From(bound, MentionRule.Pronoun);
            }

            if (lower is "their" or "its" && BindingSubject(syntax, w, plural: lower == "their") is int binder && !codes.ContainsKey(binder))
            {
                // "Hindus staged their biggest-ever rally", "The company provided no details on its
                // program": a possessive in the object of a clause whose subject agrees with it and
                // is no actor is that subject's, not an actor of an earlier sentence.
                return null;
            }

            if (lower == "it" && NamedSpeaker(syntax, w) is int speaker && !codes.ContainsKey(speaker))
            {
                // "Salomon Brothers announced it would trim its staff": "it" is the name that said so,
                // which no dictionary knows, not a country of an earlier sentence.
                return null;
            }

            // ("Kenyan police fired tear gas to disperse them": an object pronoun is never the
            // subject of its own clause, nor of the clause that controls it; that would take
            // "himself" or "themselves".)
            var clauseSubjects = ObjectPronoun(syntax, w) ? ClauseSubjects(syntax, w) : [];
            var before = codes.Values.Where(m => m.Head < w && !clauseSubjects.Contains(m.Head)).ToList();
            if (before.Count == 0 && FrontedClauseSubject(syntax, w) is int subject && !clauseSubjects.Contains(subject) && codes.GetValueOrDefault(subject) is { } anticipated)
            {
                before = [anticipated];
            }

            if (SingularPronouns.Contains(lower) && context.LastPerson(before, syntax, s, w, clauseSubjects, lower is "she" or "her" or "hers" ? Gender.Female : Gender.Male) is { } person)
            {
                return From(person, MentionRule.Pronoun);
            }

            if (lower == "it" && syntax.Words[w].Deprel.StartsWith("nsubj", StringComparison.Ordinal)
                && syntax.Words[w].Head is int itsVerb and >= 0 && syntax.Words[itsVerb].Deprel is "advcl" or "conj"
                && !Facts.QuoteFinder.SpeechVerbs.Contains(syntax.Words[itsVerb].Lemma)
                && Enumerable.Range(0, w).LastOrDefault(p => syntax.Words[p].Deprel is "nsubj" or "nsubj:pass" && syntax.Words[p].Xpos == "NN" && !codes.ContainsKey(p)
                    && syntax.Words[p].Head != syntax.Words[w].Head, -1) is int thingSubject and >= 0
                && !codes.Values.Any(m => m.Head > thingSubject && m.Head < w && syntax.Words[m.Head].Deprel.StartsWith("nsubj", StringComparison.Ordinal)))
            {
                // ("threatened retaliation if the tax is approved, as it would limit U.S. soybean
                // exports": a subject "it" of an adverbial or joined clause right after a clause
                // whose subject is a thing no dictionary names is that thing, not the last actor;
                // not the speaker of "…, it said".)
                return null;
            }

            if (lower is "it" or "its" && context.LastThing(before, syntax) is { } thing)
            {
                return From(thing, MentionRule.Pronoun);
            }

            if (lower == "they" && ReportingSubject(syntax, w) is var (speakingBody, speech)
                && codes.GetValueOrDefault(speakingBody) is { IsPerson: false } collective && !syntax.Children(speakingBody, "conj").Any()
                && !before.Any(m => m.Plural && m.Head != speakingBody && !PressAudience.Contains(syntax.Words[m.Head].Lemma))
                && !syntax.Children(speech).Any(c => syntax.Words[c].Deprel is "obj" or "iobj" && !PressAudience.Contains(syntax.Words[c].Lemma)))
            {
                // "The G-7 … said in the statement they welcomed proposals", "Japan can't just say they
                // will comply": the subject "they" of what a body, a country or a group said is that
                // speaker, however its name counts. (Not when the speech has an addressee beside the
                // press, who may be meant, "Cuba told operators they would not receive March
                // shipments", nor when a plural is named before, "Iraqi forces captured 20 Iranian
                // soldiers and Baghdad said they had crossed the border"; a coordinated speaker is
                // left to the search for plurals.)
                return collective.Rule == MentionRule.Pair ? collective with { Sentence = s, Head = w, Span = word.Span, Rule = MentionRule.Pair } : From(collective, MentionRule.Pronoun);
            }

            if (lower is "they" or "them" && JoinedBefore(syntax, before, w) is { Count: >= 2 } joined)
            {
                // "trade talks with other partners, including Europe, Japan, Canada and Mexico,
                // publicly threatening them", "only France and Italy had indicated they would
                // support": a plural pronoun after actors joined by "and" in its own sentence means
                // them all (see JoinedBefore for when it does not).
                return Group(joined);
            }

            if (PluralPronouns.Contains(lower) && context.LastPlural(before, s, w) is { } group)
            {
                return group.Rule == MentionRule.Pair ? group with { Sentence = s, Head = w, Span = word.Span, Rule = MentionRule.Pair } : From(group, MentionRule.Pronoun);
            }

            return null;
        }

        if (lower is "north" or "south" && syntax.Children(w, "det").Any(d => syntax.Words[d].Lemma.Equals("the", StringComparison.OrdinalIgnoreCase))
            && char.IsUpper(form[0]) && context.LastCountryNamed(codes.Values.Where(m => m.Head < w), form) is { } country)
        {
            return From(country, MentionRule.Pronoun);
        }

        // ("The European Commission proposed a tax … The Commission said …", "the World Bank … the
        // Bank": a body named again by its last word, capitalised after "the" and alone, is the body
        // named before, as the news writes it.)
        if (word.Upos is "NOUN" or "PROPN" && char.IsUpper(form[0]) && syntax.Children(w).All(c => syntax.Words[c].Deprel is "det" or "case" or "punct")
            && syntax.Children(w, "det").Any(d => syntax.Words[d].Lemma.Equals("the", StringComparison.OrdinalIgnoreCase))
            && context.LastWithHead(word.Lemma) is { Rule: MentionRule.Name } body && body.Head >= 0 && body.Code.StartsWith("IGO", StringComparison.Ordinal))
        {
            return From(body, MentionRule.Repeated);
        }

        if (word.Upos != "NOUN")
        {
            return null;
        }

        // "Serbia lodged a protest with Albania, charging its neighbour with supporting dissidents":
        // a country's one neighbour is the other country the story has just named.
        // (Only a country's: "a Pakistani farmer said his neighbour had been arrested" is a person's.)
        if (word.Lemma is "neighbor" or "neighbour" && !word.Has("Number=Plur")
            && syntax.Children(w, "nmod:poss").Where(p => syntax.Words[p].Upos == "PRON" && document[syntax.Words[p].Span].ToLowerInvariant() is "its" or "their")
                .Select(p => (int?)p).FirstOrDefault() is int possessive
            && Reference(document, syntax, s, possessive, codes, context) is { Country: string own } possessor
            && possessor.Antecedents.All(a => a.Rule is MentionRule.Country or MentionRule.Capital)
            && context.LastOtherCountry(codes.Values.Where(m => m.Head < w), own) is { } neighbour)
        {
            return From(neighbour, MentionRule.Pronoun);
        }

        // "both men", "the two leaders", "the couple", "the heads of state".
        if (IsPairDescription(document, syntax, w))
        {
            bool people = word.Lemma is "man" or "leader" or "president" or "couple" or "pair" or "head" or "minister" or "counterpart" or "partner";
            return context.LastPair(people) is { } pair ? Group(pair) : null;
        }

        // A definite description repeating an earlier coded phrase's head ("the statement").
        // (Not one its own phrase sets apart, with no comma before it: "the group behind the
        // attack" is no earlier "London-based rights group"; "the group in London", "the report of
        // the committee" and "the group, which owns 13 pct" may be.)
        bool setApart = syntax.Children(w).Any(c => c > w && syntax.Words[c].Deprel == "nmod"
            && !syntax.Children(c, "case").Any(k => syntax.Words[k].Lemma.ToLowerInvariant() is "in" or "at" or "of")
            && Enumerable.Range(0, c + 1).First(x => syntax.Dominates(c, x)) is int start && start > 0
            && document[syntax.Words[start].Span] != "," && document[syntax.Words[start - 1].Span] != ",");
        bool definite = syntax.Children(w, "det").Any(c => syntax.Words[c].Lemma is "the" or "this" or "that");
        if (definite && !setApart && StandIns.Contains(word.Lemma) && context.LastWithHead(word.Lemma) is { } repeated)
        {
            return From(repeated, MentionRule.Repeated);
        }

        return null;
    }

    private static bool IsPairDescription(Document document, SentenceSyntax syntax, int w)
    {
        var word = syntax.Words[w];
        if (word.Upos != "NOUN")
        {
            return false;
        }

        // ("leaders of both parties in Congress": parties something belongs to are political parties.)
        bool pairWord = PairNouns.Contains(word.Lemma) && (word.Has("Number=Plur") || word.Lemma is "couple" or "pair")
            && !(word.Lemma == "party" && word.Deprel == "nmod");
        // ("two men smashing their way into the home" are two more people: "two" counts a pair
        // named before only after a definite word or owner, "the two leaders", "these two countries",
        // or between whom something is.)
        // ("the world's two biggest trading partners", "war between two Islamic countries".)
        bool definite = syntax.Children(w).Any(c => document[syntax.Words[c].Span].ToLowerInvariant() is "the" or "these" or "those" or "their" or "between"
            || syntax.Words[c].Deprel == "nmod:poss");
        bool counted = syntax.Children(w).Any(c => document[syntax.Words[c].Span].ToLowerInvariant() is var counter && (counter == "both" || (counter == "two" && definite)))
            || word.Lemma is "couple" or "pair";
        bool headsOfState = word.Lemma == "head" && syntax.Children(w, "nmod").Any(c => syntax.Words[c].Lemma == "state");
        return (pairWord && counted) || headsOfState;
    }

    /// <summary>The country of a phrase's coded possessor ("Nigeria's"), if any.</summary>
    private static string? OwnerCountry(Document document, SentenceSyntax syntax, int head, Dictionary<int, ActorMention> codes) =>
        syntax.Children(head, "nmod:poss").Select(c => codes.GetValueOrDefault(c)?.Country).FirstOrDefault(c => c is not null);

    /// <summary>The country of a place complement of a people ("the Albanians of Serbia", "ethnic Albanians in Serbia"), if any.</summary>
    private static string? ResidenceCountry(Document document, SentenceSyntax syntax, int head, Dictionary<int, ActorMention> codes)
    {
        // "in" only for a people called ethnic: "Americans in Iraq" are usually Americans abroad.
        bool ethnic = syntax.Children(head).Any(c => syntax.Words[c].Deprel == "amod" && document[syntax.Words[c].Span].Equals("ethnic", StringComparison.OrdinalIgnoreCase));
        foreach (int child in syntax.Children(head, "nmod"))
        {
            bool place = syntax.Children(child, "case").Any(c => document[syntax.Words[c].Span].ToLowerInvariant() is var preposition && (preposition == "of" || (ethnic && preposition == "in")));
            if (place && codes.GetValueOrDefault(child) is { Rule: MentionRule.Country, Country: string country } && country.Length == 3)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>
    /// The owner of a role phrase: a coded possessor ("Niger's") or "of" complement ("of Russia")
    /// of any word of the phrase or of the capitalised run it heads, not only of its head.
    /// </summary>
    private static ActorMention? OwnerOfPhrase(Document document, SentenceSyntax syntax, int head, ActorMention mention, List<(int Start, int End)> runs, Dictionary<int, ActorMention> codes)
    {
        var words = syntax.Words;
        var run = runs.FirstOrDefault(r => r.Start <= head && head < r.End);
        var anchors = Enumerable.Range(0, words.Length)
            .Where(w => w == head || mention.Span.Contains(words[w].Span) || (run.End > run.Start && run.Start <= w && w < run.End));
        foreach (int anchor in anchors)
        {
            foreach (int child in syntax.Children(anchor))
            {
                bool owner = (words[child].Deprel == "nmod:poss" && !IsRelationalPhrase(syntax, anchor))
                    || (words[child].Deprel == "nmod" && syntax.Children(child, "case").Any(c => document[words[c].Span].Equals("of", StringComparison.OrdinalIgnoreCase)));
                // A country name of several words modifying the role ("Ivory Coast rebels"): its
                // own capitalised run made it a phrase apart.
                bool countryModifier = words[child].Deprel is "compound" or "amod" && codes.GetValueOrDefault(child) is { Rule: MentionRule.Country };
                if ((owner || countryModifier) && child != head && codes.GetValueOrDefault(child) is { Country: not null } found && found.Head != head)
                {
                    return found;
                }
            }
        }

        // A possessive right before the phrase or its name run is its owner wherever the parse
        // hung it ("Taiwan's Vice Foreign Minister" with "Taiwan" made a subject of the verb):
        // a Saxon genitive directly before a noun phrase determines that phrase.
        int first = Enumerable.Range(0, words.Length).FirstOrDefault(w => mention.Span.Contains(words[w].Span) || (run.End > run.Start && w == run.Start), -1);
        if (run.End > run.Start && run.Start < first)
        {
            first = run.Start;
        }

        if (first > 0 && words[first - 1].Xpos == "POS" && words[first - 1].Deprel == "case" && words[first - 1].Head == first - 2
            && first - 2 != head && !IsRelationalPhrase(syntax, head) && codes.GetValueOrDefault(first - 2) is { Country: not null } possessor && possessor.Head != head)
        {
            return possessor;
        }

        return null;
    }

    /// <summary>
    /// Whether a person matched by a surname alone is someone else of that name: another given name
    /// stands before it ("Gerhard Stoltenberg" for Jens Stoltenberg), or the text is dated more than
    /// ten years before any office the dictionary knows for the person (the people dictionaries
    /// cover office holders since 2000: a 1987 "Stoltenberg" is not the NATO secretary-general).
    /// </summary>
    private static bool IsNamesake(Document document, SentenceSyntax syntax, ActorMatch match, ActorEntry person, DateOnly? date, HashSet<int> matched)
    {
        var words = syntax.Words;
        // (A title before the name is a dictionary match of its own: "President Putin".)
        if (match.Start > 0 && words[match.Start - 1].Upos == "PROPN" && char.IsUpper(document.Text[words[match.Start - 1].Span.Start]) && !matched.Contains(match.Start - 1))
        {
            string given = document[words[match.Start - 1].Span];
            if (given.Length >= 3 && !given.EndsWith('.') && !Honorifics.Contains(given) && !person.Names.Any(n => n.Split(' ', '-').Contains(given, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        var starts = person.Roles.Select(r => r.From).OfType<DateOnly>().ToList();
        return date is DateOnly day && starts.Count > 0 && person.Roles.All(r => r.From is not null) && day.AddYears(10) < starts.Min();
    }

    /// <summary>
    /// "Baldrige and Weinberger had joined forces to fight the sale": bare "forces" joined or
    /// combined is the idiom for acting together, no armed forces ("joined forces with the
    /// rebels" names the rebels; "joined Syrian forces" has its country).
    /// </summary>
    private static bool IsJoinedForces(SentenceSyntax syntax, int head)
    {
        var words = syntax.Words;
        return words[head].Lemma.ToLowerInvariant() is "force" or "forces" && words[head].Deprel == "obj" && words[head].Head >= 0
            && words[words[head].Head].Lemma.ToLowerInvariant() is "join" or "combine" or "unite" or "pool"
            && !syntax.Children(head).Any(c => words[c].Deprel is "det" or "amod" or "compound" or "nmod:poss" or "nummod");
    }

    /// <summary>
    /// "is ready to use military force to protect Kuwait tankers", "the use of force", "resort to
    /// force": force used is a means, no armed body (whose force it is stays an actor: "the
    /// threat of Iranian force", "use U.S. force" keep their country through the modifier).
    /// </summary>
    private static bool IsForceAsMeans(Document document, SentenceSyntax syntax, int head)
    {
        // (Bare singular "force" only: "threatened government forces", "authorized naval forces to
        // escort tankers" name armed bodies; a capitalised modifier names whose force it is.)
        var words = syntax.Words;
        if (!words[head].Lemma.Equals("force", StringComparison.OrdinalIgnoreCase) || words[head].Head < 0 || words[head].Has("Number=Plur")
            || syntax.Children(head).Any(c => words[c].Deprel is "det" or "nmod:poss" or "nummod" || (words[c].Deprel is "amod" or "compound" && char.IsUpper(document.Text[words[c].Span.Start]))))
        {
            return false;
        }

        string governor = words[words[head].Head].Lemma.ToLowerInvariant();
        return (words[head].Deprel == "obj" && governor is "use" or "employ" or "authorize" or "authorise" or "renounce" or "threaten")
            || (words[head].Deprel is "nmod" or "obl" && syntax.Children(head).Any(c => words[c].Deprel == "case" && words[c].Lemma is "of" or "to")
                && governor is "use" or "threat" or "resort" or "recourse" or "renunciation");
    }

    /// <summary>
    /// "expressed opposition to the merger", "strong Latin American opposition to U.S. proposals",
    /// "faces stiff opposition": opposition as a stance someone takes, not the political opposition
    /// ("the opposition would boycott parliament", "Egypt's opposition charged …").
    /// </summary>
    private static bool IsOppositionAsStance(Document document, SentenceSyntax syntax, int head)
    {
        var words = syntax.Words;
        if (!words[head].Lemma.Equals("opposition", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // ("The opposition to Mugabe called a strike", "met the opposition": the political
        // opposition; "Opposition to the proposal came from …", "stiff opposition has forced him" are stances.)
        // ("the Reagan Administration's opposition to a tax increase" is a stance whatever its place.)
        bool the = syntax.Children(head, "det").Any(c => words[c].Lemma.Equals("the", StringComparison.OrdinalIgnoreCase));
        if (the && words[head].Deprel.StartsWith("nsubj", StringComparison.Ordinal))
        {
            return false;
        }

        bool againstSomething = syntax.Children(head, "nmod").Any(n => syntax.Children(n, "case").Any(c => document[words[c].Span].Equals("to", StringComparison.OrdinalIgnoreCase)));
        bool graded = syntax.Children(head).Any(c => words[c].Deprel is "amod" or "det" or "compound" && StanceModifiers.Contains(words[c].Lemma.ToLowerInvariant()));
        bool taken = !the && words[head].Deprel == "obj" && words[head].Head >= 0 && StanceVerbs.Contains(words[words[head].Head].Lemma.ToLowerInvariant());
        return againstSomething || graded || taken;
    }

    private static readonly HashSet<string> StanceModifiers = new(StringComparer.Ordinal)
    {
        "strong", "stiff", "fierce", "widespread", "growing", "such", "strenuous", "vocal", "firm", "determined", "considerable",
        "little", "much", "some", "any", "no", "broad", "wide", "voter", "public", "popular", "fresh", "renewed", "mounting", "bitter",
    };

    private static readonly HashSet<string> StanceVerbs = new(StringComparer.Ordinal)
    {
        "express", "voice", "arouse", "face", "meet", "encounter", "regret", "provoke", "spark", "overcome", "drop", "withdraw",
        "signal", "register", "reiterate", "state", "stir", "fuel", "draw", "cite",
    };

    /// <summary>The dictionary match that gave the agent, when it ends in a title every body has ("spokesman", "president").</summary>
    private static ActorMatch? SharedTitleMatch(SentenceSyntax syntax, List<(ActorMatch Match, int Head)> parts, ActorForm agent) =>
        parts.LastOrDefault(p => p.Match.Forms.Contains(agent)).Match is { } match && SharedTitles.Contains(syntax.Words[match.End - 1].Lemma.ToLowerInvariant())
            ? match
            : null;

    /// <summary>
    /// Whether a role phrase's owner (a possessor or "of" complement, or a possessive right before
    /// it) is a proper name that no dictionary matched and no state body.
    /// </summary>
    private static bool OwnedByUnknownName(Document document, SentenceSyntax syntax, int head, TextSpan span, HashSet<int> matched)
    {
        var words = syntax.Words;
        // (A company's last word may be tagged a common noun: "president of GM Overseas Distribution Corporation".)
        bool Unknown(int owner) => (words[owner].Upos == "PROPN" || CompanyWords.Contains(document[words[owner].Span])) && !matched.Contains(owner)
            && !StateBodies.Contains(words[owner].Lemma.ToLowerInvariant());
        foreach (int anchor in Enumerable.Range(0, words.Length).Where(w => w == head || span.Contains(words[w].Span)))
        {
            foreach (int child in syntax.Children(anchor))
            {
                // ("Robert Dole of Kansas": "of" on a name says where the person is from.)
                // ("an Oki spokesman", "a Texaco official": a name the dictionaries do not know right
                // before the title owns it as a possessor would.)
                bool owner = words[child].Deprel == "nmod:poss"
                    || (words[child].Deprel == "nmod" && words[anchor].Upos == "NOUN" && syntax.Children(child, "case").Any(c => document[words[c].Span].Equals("of", StringComparison.OrdinalIgnoreCase)))
                    || (words[child].Deprel == "compound" && anchor == head && child == head - 1 && words[head].Upos == "NOUN");
                if (owner && Unknown(child))
                {
                    return true;
                }
            }
        }

        int first = Enumerable.Range(0, words.Length).FirstOrDefault(w => span.Contains(words[w].Span), -1);
        return first > 1 && words[first - 1].Xpos == "POS" && words[first - 1].Head == first - 2 && Unknown(first - 2);
    }

    /// <summary>
    /// The common noun right after a run of capitalised words that holds a body (a seat or an
    /// organisation) and ends with a country's name compounded onto that noun ("Senate Iran
    /// committee"), or null: the country names what the body's committee is about.
    /// </summary>
    private static int? TopicCountryEndingRun(SentenceSyntax syntax, List<ActorMatch> matches, (int Start, int End) run)
    {
        var words = syntax.Words;
        int last = run.End - 1;
        if (run.End >= words.Length || words[run.End].Upos != "NOUN" || words[last].Deprel != "compound" || words[last].Head != run.End)
        {
            return null;
        }

        bool countryEnds = matches.Any(m => m.End == run.End && m.Forms.Any(f => f.Entry.Type == ActorType.Country));
        bool bodyBefore = matches.Any(m => m.Start >= run.Start && m.End < run.End && m.Forms.Any(f => f.Entry.Type is ActorType.Seat or ActorType.Organization));
        return countryEnds && bodyBefore ? run.End : null;
    }

    /// <summary>The run's syntactic head: the last of its words whose parse head lies outside it.</summary>
    private static int RunHead(SentenceSyntax syntax, (int Start, int End) run)
    {
        for (int w = run.End - 1; w >= run.Start; w--)
        {
            int parent = syntax.Words[w].Head;
            if (parent < run.Start || parent >= run.End)
            {
                return w;
            }
        }

        return run.End - 1;
    }

    /// <summary>
    /// Whether a title word (of <see cref="MaleTitles"/> or <see cref="FemaleTitles"/>; the role
    /// dictionaries match the rulers' among them, "King", "Prince", "Sultan") ends a name run right
    /// after a capitalised word no dictionary matched and that is no title itself: a given name
    /// before a surname ("Roger King", "Hal Prince"), where "King Fahd", "Saudi King" and "Crown
    /// Prince" are titles.
    /// </summary>
    private static bool IsSurnameAfterGivenName(Document document, SentenceSyntax syntax, int title, List<(int Start, int End)> runs, HashSet<int> matched)
    {
        var run = runs.FirstOrDefault(r => r.Start <= title && title < r.End);
        if (run.End != title + 1 || title - 1 < run.Start || matched.Contains(title - 1)
            || !(MaleTitles.Contains(document[syntax.Words[title].Span]) || FemaleTitles.Contains(document[syntax.Words[title].Span])))
        {
            return false;
        }

        var given = syntax.Words[title - 1];
        string name = document[given.Span];
        return given.Upos == "PROPN" && name.Length >= 3 && name.All(char.IsLetter) && !Honorifics.Contains(name)
            && !MaleTitles.Contains(name) && !FemaleTitles.Contains(name) && !OfficeWords.Contains(name.ToLowerInvariant()) && !IsTitle(given.Lemma);
    }

    /// <summary>Maximal runs of capitalised nominal words not broken by punctuation: [start, end) word ranges.</summary>
    private static List<(int Start, int End)> CapitalisedRuns(Document document, SentenceSyntax syntax)
    {
        var runs = new List<(int, int)>();
        int start = -1;
        for (int w = 0; w <= syntax.Words.Length; w++)
        {
            bool inRun = w < syntax.Words.Length && syntax.Words[w].Upos is "PROPN" or "NOUN" or "ADJ"
                && char.IsUpper(document.Text[syntax.Words[w].Span.Start]);
            // Name particles inside a name ("Omar Hassan al-Bashir", "Ibn Saud", "Charles de Gaulle")
            // continue a run when a capitalised word follows.
            // (A hyphen only after a particle: "al-Bashir", but "Itar-Tass news agency" stays apart.)
            bool particle = w < syntax.Words.Length && (NameParticles.Contains(document[syntax.Words[w].Span])
                || (document[syntax.Words[w].Span] == "-" && w > 0 && NameParticles.Contains(document[syntax.Words[w - 1].Span])));
            inRun = inRun || (start >= 0 && particle
                && Enumerable.Range(w + 1, 2).Any(n => n < syntax.Words.Length && char.IsUpper(document.Text[syntax.Words[n].Span.Start])));
            // ("Iranian Prime Minister Mir-Hossein Mousavi", "Minister Sheikh Abdul-Aziz bin Khalifa":
            // a hyphen written inside a given name after a title continues the run; a name that starts
            // with one, "Itar-Tass", and a hyphenated surname, "Robin Leigh-Pemberton", are left.)
            inRun = inRun || (start >= 0 && w - start >= 2 && w + 2 < syntax.Words.Length && IsNameHyphen(document, syntax.Words, w)
                && Enumerable.Range(start, w - start - 1).Any(t => IsTitle(syntax.Words[t].Lemma) || OfficeTitles.Contains(document[syntax.Words[t].Span])
                    || PersonDescriptions.Contains(syntax.Words[t].Lemma.ToLowerInvariant()))
                && char.IsUpper(document.Text[syntax.Words[w + 1].Span.Start])
                && ((syntax.Words[w + 2].Upos == "PROPN" && char.IsUpper(document.Text[syntax.Words[w + 2].Span.Start])) || NameParticles.Contains(document[syntax.Words[w + 2].Span])));
            // "Secretary of State George Shultz", "Minister of Finance Dilson Funaro": a title's "of"
            // and the office after it belong to the name that follows (three capitalised words or
            // more after "of", the office and a name of two words; "King Hussein of Jordan" has no
            // title before "of").
            inRun = inRun || (start >= 0 && w + 3 < syntax.Words.Length && document[syntax.Words[w].Span] == "of"
                && OfficeTitles.Contains(document[syntax.Words[w - 1].Span])
                && Enumerable.Range(w + 1, 3).All(n => char.IsUpper(document.Text[syntax.Words[n].Span.Start]) && syntax.Words[n].Upos is "PROPN" or "NOUN" or "ADJ"));
            // "President Reagan Friday announced …": a weekday after a name is when, not part of it
            // (one that starts a run stays: "Sunday Times").
            inRun = inRun && !(start >= 0 && Weekdays.Contains(document[syntax.Words[w].Span]));
            if (inRun && start < 0)
            {
                start = w;
            }
            else if (!inRun && start >= 0)
            {
                // A run is a name phrase only when it is headed by a noun ("Senior Hungarian …" is not).
                if (w - start >= 2 && syntax.Words[RunHead(syntax, (start, w))].Upos is "PROPN" or "NOUN")
                {
                    runs.Add((start, w));
                }

                start = -1;
            }
        }

        return runs;
    }

    /// <summary>
    /// The role-only match that directly follows a country, region or organisation match, or
    /// follows the adjectives coordinated with it ("Hungarian and Romanian officials"), if any.
    /// Only adjectives chain: in "talks between the EU and Russian officials" or "In Iraq, US
    /// officials said" the first name is an actor of its own.
    /// </summary>
    private static ActorMatch? OwnedRole(SentenceSyntax syntax, List<ActorMatch> matches, ActorMatch match)
    {
        static bool IsOwner(ActorMatch m) => m.Forms.Any(f => f.Entry.Type is ActorType.Country or ActorType.Region or ActorType.Organization or ActorType.Group or ActorType.Seat);
        bool IsAdjective(ActorMatch m) => syntax.Words[m.End - 1].Upos == "ADJ"
            || m.Forms.Any(f => f.Kind == MatchKind.Adjective && f.Entry.Type is ActorType.Country or ActorType.Region);
        for (var owner = match; IsOwner(owner);)
        {
            if (matches.FirstOrDefault(m => m.Start == owner.End && m.Forms.Length > 0 && m.Forms.All(f => f.Entry.Type == ActorType.Agent)) is { } role)
            {
                return role;
            }

            if (owner.End >= syntax.Words.Length || syntax.Words[owner.End].Upos is not ("CCONJ" or "PUNCT") || !IsAdjective(owner)
                || matches.FirstOrDefault(m => m.Start == owner.End + 1) is not { } next || !IsAdjective(next))
            {
                return null;
            }

            owner = next;
        }

        return null;
    }

    /// <summary>The word of a match whose head lies outside it (the match's own head).</summary>
    private static int MatchHead(SentenceSyntax syntax, ActorMatch match)
    {
        int head = match.End - 1;
        for (int w = match.End - 1; w >= match.Start; w--)
        {
            int parent = syntax.Words[w].Head;
            if (parent < match.Start || parent >= match.End)
            {
                head = w;
                break;
            }
        }

        return head;
    }

    /// <summary>Climbs through modifier relations to the head of the noun phrase.</summary>
    private static int PhraseHead(SentenceSyntax syntax, int word)
    {
        int steps = 0;
        while (syntax.Words[word].Head >= 0 && steps++ < 32)
        {
            var current = syntax.Words[word];
            // Coordinated modifiers belong to the same phrase: "the Turkish and Greek sides".
            bool coordinatedModifier = current.Deprel == "conj" && PhraseRelations.Contains(syntax.Words[current.Head].Deprel);
            if (!PhraseRelations.Contains(current.Deprel) && !coordinatedModifier && !IsHyphenedName(syntax, word))
            {
                break;
            }

            word = current.Head;
        }

        return word;
    }

    /// <summary>
    /// "the U.S.-led coalition", "U.N.-backed forces": the treebank hangs a name joined by a hyphen
    /// to a participle on the participle as a bare oblique; it belongs to the phrase the
    /// participle describes.
    /// </summary>
    private static bool IsHyphenedName(SentenceSyntax syntax, int word)
    {
        var words = syntax.Words;
        return word + 2 < words.Length && words[word].Head == word + 2 && IsJoiningHyphen(words, word + 1)
            && words[word].Upos == "PROPN" && words[word].Deprel is "obl:unmarked" or "obl:npmod" or "nmod:npmod" or "nmod:unmarked" && words[word + 2].Deprel == "amod";
    }

    /// <summary>Whether word <paramref name="hyphen"/> is a hyphen written between two words with no space ("U.S.-led"), not a spaced dash.</summary>
    private static bool IsJoiningHyphen(ImmutableArray<SyntaxWord> words, int hyphen) =>
        hyphen > 0 && hyphen + 1 < words.Length && words[hyphen].Lemma == "-"
        && words[hyphen - 1].Span.End == words[hyphen].Span.Start && words[hyphen].Span.End == words[hyphen + 1].Span.Start;

    /// <summary>
    /// Whether a word is one side of a reciprocal compound, "government-to-government debt",
    /// "state-to-state talks", "people-to-people ties": a kind of thing, no actor (the first
    /// "government" had taken "its" and been coded the debtor's government, the target of a grant).
    /// </summary>
    private static bool InReciprocalCompound(ImmutableArray<SyntaxWord> words, int word) =>
        (word + 3 < words.Length && IsJoiningHyphen(words, word + 1) && words[word + 2].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase) && IsJoiningHyphen(words, word + 3))
        || (word >= 3 && IsJoiningHyphen(words, word - 1) && words[word - 2].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase) && IsJoiningHyphen(words, word - 3));

    /// <summary>Combining forms of country names, written before a hyphen ("Sino-Soviet", "Anglo-Irish").</summary>
    private static readonly HashSet<string> CombiningForms = new(StringComparer.OrdinalIgnoreCase) { "Franco", "Anglo", "Sino", "Indo", "Russo", "Italo", "Greco", "Turco", "Austro", "Hispano", "Luso", "Dano", "Germano", "Nippo", "Serbo", "Polono" };

    /// <summary>Whether a country's match is joined by a hyphen to another country's name or combining form.</summary>
    private static bool JoinsCountries(Document document, ImmutableArray<SyntaxWord> words, List<ActorMatch> matches, ActorMatch match)
    {
        static bool IsCountry(ActorMatch m) => m.Forms.Any(f => f.Entry.Type is ActorType.Country or ActorType.Region);
        if (!IsCountry(match))
        {
            return false;
        }

        bool before = match.Start >= 2 && IsJoiningHyphen(words, match.Start - 1)
            && (CombiningForms.Contains(document[words[match.Start - 2].Span]) || matches.Any(m => m.End == match.Start - 1 && IsCountry(m)));
        // ("the Iran-contra scandal", "Congressional investigators of the Iran-contra affair": the
        // affair named after the arms sales to Iran and the aid to the contras is no act of Iran.)
        bool after = match.End + 1 < words.Length && IsJoiningHyphen(words, match.End)
            && (matches.Any(m => m.Start == match.End + 1 && IsCountry(m)) || document[words[match.End + 1].Span] is "contra" or "Contra");
        return before || after;
    }

    private static int Depth(SentenceSyntax syntax, int word)
    {
        int depth = 0;
        while (syntax.Words[word].Head >= 0 && depth < 256)
        {
            word = syntax.Words[word].Head;
            depth++;
        }

        return depth;
    }

    /// <summary>The phrase of a head: it and its modifiers (not clauses or prepositional phrases).</summary>
    private static TextSpan PhraseSpan(SentenceSyntax syntax, int head)
    {
        var span = syntax.Words[head].Span;
        var stack = new Stack<int>([head]);
        while (stack.Count > 0)
        {
            int w = stack.Pop();
            foreach (int child in syntax.Children(w))
            {
                string rel = syntax.Words[child].Deprel;
                if (PhraseRelations.Contains(rel) || rel is "det" or "nummod" or "nmod:poss" or "case" && syntax.Words[child].Xpos == "POS" || IsHyphenedName(syntax, child))
                {
                    span = span.Union(syntax.Words[child].Span);
                    stack.Push(child);
                }
            }
        }

        return span;
    }

    /// <summary>
    /// A hyphen written inside a name, between two proper nouns and touching both: "Buchanan-Smith",
    /// "Mir-Hossein" (the treebank splits words at their hyphens).
    /// </summary>
    private static bool IsNameHyphen(Document document, ImmutableArray<SyntaxWord> words, int hyphen) =>
        hyphen > 0 && hyphen + 1 < words.Length && document[words[hyphen].Span] == "-"
        && words[hyphen - 1].Upos == "PROPN" && words[hyphen + 1].Upos == "PROPN"
        && words[hyphen - 1].Span.End == words[hyphen].Span.Start && words[hyphen].Span.End == words[hyphen + 1].Span.Start;

    /// <summary>A name: the proper nouns of the phrase around a head ("Sabrina Singh").</summary>
    private static string NameOf(Document document, SentenceSyntax syntax, int head, bool acrossHyphens = true)
    {
        // The proper nouns written next to the head, up to two before and two after ("Sabrina Singh", "Yuri Ushakov").
        // (A hyphenated name is one: "Buchanan-Smith", split at its hyphen as the treebank splits words.)
        var words = syntax.Words;
        bool Hyphened(int left) => acrossHyphens && IsNameHyphen(document, words, left + 1);
        int first = head, last = head;
        while (first > 0 && head - first < 2)
        {
            if (words[first - 1].Upos == "PROPN" && words[first - 1].Span.End + 1 == words[first].Span.Start && !IsTitle(words[first - 1].Lemma))
            {
                first--;
            }
            else if (first > 1 && Hyphened(first - 2))
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        while (last + 1 < words.Length)
        {
            if (last - head < 2 && words[last + 1].Upos == "PROPN" && words[last].Span.End + 1 == words[last + 1].Span.Start)
            {
                last++;
            }
            else if (Hyphened(last))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return document.Text[syntax.Words[first].Span.Start..syntax.Words[last].Span.End];
    }

    private static bool IsTitle(string lemma) => lemma.ToLowerInvariant() is "secretary" or "president" or "minister" or "general" or "press" or "deputy" or "spokesman" or "spokeswoman" or "chief" or "director" or "ambassador" or "senator" or "governor" or "mayor" or "prime" or "foreign" or "defense" or "defence" or "department" or "ministry" or "mr." or "mrs." or "ms." or "dr.";

    /// <summary>What the document has said so far: names introduced, recent mentions, pairs.</summary>
    private sealed class DocumentContext(DateOnly? date, List<TextSpan> quotes)
    {
        private readonly Dictionary<string, ActorMention> names = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<ActorMention> recent = [];
        private readonly HashSet<ActorMention> subjects = [];
        private readonly HashSet<ActorMention> mainSubjects = [];
        private readonly List<(ActorMention Mention, string Lemma)> heads = [];
        private ActorMention[]? lastPair;

        public DateOnly? Date { get; } = date;

        /// <summary>The dictionary's given names (<see cref="ActorLexicon.GivenNames"/>).</summary>
        public FrozenSet<string> GivenNames { get; init; } = FrozenSet<string>.Empty;

        /// <summary>Every person's given name the dictionaries hold (<see cref="ActorLexicon.AnyGivenNames"/>), for unknown speakers.</summary>
        public FrozenSet<string> AnyGivenNames { get; init; } = FrozenSet<string>.Empty;

        /// <summary>Country codes of the dictionary names anywhere in the document.</summary>
        public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

        private string? datelineCountry;
        private string datelineEntry = string.Empty;
        private readonly HashSet<string> namedElsewhere = new(StringComparer.Ordinal);

        /// <summary>Whether the story names a company by its legal form ("Toyota Motor Corp").</summary>
        public bool NamesCompany { get; set; }

        /// <summary>
        /// The country the story was filed from and the dictionary entry of its dateline's place, when
        /// the dateline names one and the story names no other country and no international body,
        /// region or other body of no country; else null.
        /// </summary>
        public (string Country, string Entry)? FiledFrom => datelineCountry is string filed && namedElsewhere.All(code => code == filed) ? (filed, datelineEntry) : null;

        /// <summary>
        /// The federal country ("federal authorities") the story was filed from, or, with no dateline
        /// place, the one federal country it names; else null.
        /// </summary>
        public string? FederalCountry => datelineCountry is string filed
            ? (FederalCountries.Contains(filed) ? filed : null)
            : namedElsewhere.Where(FederalCountries.Contains).ToList() is [string only] ? only : null;

        /// <summary>Notes the code of a dictionary name: the dateline's place, or a name elsewhere in the story.</summary>
        public void NoteFiling(string code, bool inDateline, string entry)
        {
            if (inDateline && datelineCountry is null && ActorCode.CountryOf(code) is string country)
            {
                datelineCountry = country;
                datelineEntry = entry;
            }
            else if (!inDateline)
            {
                namedElsewhere.Add(ActorCode.CountryOf(code) ?? code);
            }
        }

        /// <summary>Countries the story names by any dictionary name but a shared seat's (people by their role's country), with the entry of the first name of each.</summary>
        private readonly Dictionary<string, string> namedCountries = new(StringComparer.Ordinal);

        public void NoteNamedCountry(string country, string entry) => namedCountries.TryAdd(country, entry);

        /// <summary>
        /// The country whose body a seat's shared name means, and the entry that says so: the
        /// dateline's country when the seat is shared by it ("OTTAWA - … the House of Commons" is
        /// Canada's), else, in a story with no dateline place, the one sharing country it names;
        /// never when the story names the seat's own country anywhere (a Tokyo story on the U.S.
        /// Congress, "a Senate committee" in a Paris story about James Baker).
        /// </summary>
        public (string Country, string Entry)? SharedSeatCountry(ActorEntry seat)
        {
            if (ActorCode.CountryOf(seat.Code ?? string.Empty) is not string own || namedCountries.ContainsKey(own))
            {
                return null;
            }

            if (datelineCountry is string filed)
            {
                return seat.SharedBy.Contains(filed) ? (filed, datelineEntry) : null;
            }

            var sharers = seat.SharedBy.Where(namedCountries.ContainsKey).Take(2).ToList();
            return sharers is [var only] ? (only, namedCountries[only]) : null;
        }

        /// <summary>Remembers a person's full name and surname for later mentions.</summary>
        public void Introduce(ActorMention mention, string name)
        {
            names[name] = mention;
            introduced.Add(name);
            string[] parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts[^1].Length >= 3 && char.IsUpper(parts[^1][0]))
            {
                names[parts[^1]] = mention;
                introduced.Add(parts[^1]);
            }

            // ("Dutch salvage firm Smit-Tak … Smit is still preparing", "Mohammed Ali Abal-Khail …
            // Abal said": a hyphenated last name is also known by its first half.)
            if (parts.Length > 0 && parts[^1].IndexOf('-', StringComparison.Ordinal) is >= 3 and int hyphen && char.IsUpper(parts[^1][0]))
            {
                if (names.TryAdd(parts[^1][..hyphen], mention))
                {
                    introduced.Add(parts[^1][..hyphen]);
                }
            }
        }

        public ActorMention? KnownName(string name) => names.GetValueOrDefault(name);

        private readonly Dictionary<string, ActorMention> acronyms = new(StringComparer.Ordinal);
        private readonly HashSet<string> statedAcronyms = new(StringComparer.Ordinal);

        /// <summary>Notes what an acronym stands for in the story: a gloss the story states in brackets replaces one guessed from initials.</summary>
        public void GlossAcronym(string acronym, ActorMention mention, bool stated = false)
        {
            if (stated ? statedAcronyms.Add(acronym) : !acronyms.ContainsKey(acronym))
            {
                acronyms[acronym] = mention;
            }
        }

        public ActorMention? GlossedAcronym(string form) => acronyms.GetValueOrDefault(form);

        private readonly List<(string[] Words, ActorMention Company)> companies = [];

        /// <summary>
        /// Notes a company the story names in full with its legal form ("Gulf States Utilities Co",
        /// the name <see cref="CompaniesByLegalForm"/> gives it), by the words before that form.
        /// </summary>
        public void NoteCompany(ActorMention mention)
        {
            if (mention.Rule == MentionRule.KnownName || mention.IsPerson || ActorCode.RoleOf(mention.Code) != "BUS")
            {
                return;
            }

            var name = mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int end = name.Length;
            while (end > 0 && LegalForms.Contains(name[end - 1]))
            {
                end--;
            }

            if (end > 0 && end < name.Length)
            {
                companies.Add((name[..end], mention));
            }
        }

        /// <summary>The company noted under a name <paramref name="run"/> begins ("Gulf States" for "Gulf States Utilities Co"), or null.</summary>
        public ActorMention? CompanyByShortName(string[] run) =>
            companies.LastOrDefault(company => run.Length <= company.Words.Length && run.AsSpan().SequenceEqual(company.Words.AsSpan(0, run.Length))).Company;

        private readonly HashSet<string> titleSurnames = new(StringComparer.Ordinal);

        /// <summary>Notes a ruler's title the story uses as someone's surname ("Roger King").</summary>
        public void NoteTitleSurname(string word) => titleSurnames.Add(word);

        /// <summary>Whether the story has used this title as someone's surname.</summary>
        public bool IsTitleSurname(string word) => titleSurnames.Contains(word);

        private readonly HashSet<string> blockedAcronyms = new(StringComparer.Ordinal);

        /// <summary>Notes an acronym the story glosses as a body no dictionary knows: no actor wherever the story uses it.</summary>
        public void BlockAcronym(string acronym) => blockedAcronyms.Add(acronym);

        public bool IsBlockedAcronym(string form) => blockedAcronyms.Contains(form);

        /// <summary>Points the names introduced with an earlier version of a mention (same sentence and head) at it.</summary>
        public void Refresh(ActorMention mention)
        {
            foreach (string name in introduced)
            {
                if (names.TryGetValue(name, out var known) && known.Sentence == mention.Sentence && known.Head == mention.Head && known.Code != mention.Code)
                {
                    names[name] = mention;
                }
            }
        }

        /// <summary>Names introduced in the sentence being resolved (only their mentions can be recoded after).</summary>
        private readonly List<string> introduced = [];

        /// <summary>Ends a sentence: its names are no longer refreshed.</summary>
        public void EndSentence() => introduced.Clear();

        public void Add(ActorMention mention, SentenceSyntax syntax)
        {
            recent.Add(mention);
            heads.Add((mention, syntax.Words[mention.Head].Lemma));
            if (syntax.Words[mention.Head].Deprel.StartsWith("nsubj", StringComparison.Ordinal))
            {
                subjects.Add(mention);
                int verb = syntax.Words[mention.Head].Head;
                if (verb >= 0 && (syntax.Words[verb].IsRoot || Facts.QuoteFinder.SpeechVerbs.Contains(syntax.Words[verb].Lemma)))
                {
                    mainSubjects.Add(mention);
                }
            }
        }

        /// <summary>
        /// The person "he" or "she" means: one named earlier in this sentence, else the latest person
        /// who was the subject of a main clause or of a speech verb in the last sentences, else the
        /// latest person. People named inside quotation marks are what the speaker talks about, not
        /// who the narration follows, so they are passed over while any other person is in view.
        /// </summary>
        public ActorMention? LastPerson(IEnumerable<ActorMention> current, SentenceSyntax syntax, int sentence, int pronoun, HashSet<int> clauseSubjects, Gender pronounGender)
        {
            // ("Thatcher said … He added": a person the text or the given name says is a woman is
            // never "he", nor a man "she"; one of unknown gender may be either.)
            bool Fits(Gender gender) => gender == Gender.Unknown || gender == pronounGender;
            // ("Rostenkowski, an Illinois Democrat, also told the Futures Industry Association that he
            // …": a person no dictionary knows, speaking after every person it knows, is whom "he"
            // means, and so it names no actor. In the pronoun's own sentence that speaker, a subject,
            // is likelier than a known person who is none, "Dan Rostenkowski told Treasury Secretary
            // James Baker that he …"; never the subject of an object pronoun's own clause, "Huckaby told him".)
            // (A person who fits is sought no further back than two sentences before the one who
            // does not: "he" after a passage about a woman is not any man named far above.)
            var latest = LastKnownPerson(current, syntax, _ => true);
            var candidate = latest is null || Fits(GenderOf(latest)) ? latest
                : LastKnownPerson(current, syntax, m => Fits(GenderOf(m))) is { } fitting && fitting.Sentence >= latest.Sentence - 2 ? fitting : null;
            var unknown = unknownPeople.LastOrDefault(u => (u.Sentence < sentence || (u.Sentence == sentence && u.Head < pronoun && !clauseSubjects.Contains(u.Head)))
                && !current.Any(m => Codes(m, u)) && Fits(u.Gender));
            bool candidateIsSubject = candidate is not null && candidate.Sentence == sentence && syntax.Words[candidate.Head].Deprel.StartsWith("nsubj", StringComparison.Ordinal);
            bool unknownFirst = unknown.Name is not null && (candidate is null || (unknown.Sentence, unknown.Head).CompareTo((candidate.Sentence, candidate.Head)) > 0
                || (unknown.Sentence == sentence && candidate.Sentence == sentence && !candidateIsSubject));
            return unknownFirst ? null : candidate;
        }

        /// <summary>Whether a coded mention is the person an unknown-speaker entry stands for.</summary>
        private static bool Codes(ActorMention mention, (int Sentence, int Head, string Name, Gender Gender) unknown) =>
            mention.Sentence == unknown.Sentence && (mention.Head == unknown.Head || mention.Covers.Contains(unknown.Head));

        /// <summary>People the story names and no dictionary knows, seen as speakers: sentence, head word, surname, and gender when told.</summary>
        private readonly List<(int Sentence, int Head, string Name, Gender Gender)> unknownPeople = [];

        /// <summary>
        /// Notes a speaker no dictionary knows; the name before the surname may tell the gender: its
        /// first word ("Phyllis E. Oakley", not the father's or second name of "Halima Ahmed Ali",
        /// "Jose Maria Sison"), or a title or a role word before it ("Mrs Oakley", "spokeswoman Oakley").
        /// </summary>
        public void NoteUnknownPerson(int sentence, int head, string surname, TextSpan span)
        {
            var gender = Gender.Unknown;
            string? first = null;
            int end = span.Start;
            for (int i = 0; i < 5 && PreviousWord(end) is var (start, word); i++, end = start)
            {
                if (TitleGender(word) is not Gender.Unknown and var titled)
                {
                    gender = titled;
                    break;
                }

                if (!char.IsUpper(word[0]))
                {
                    gender = RoleWordGender(word);
                    break;
                }

                if (OfficeWords.Contains(word.ToLowerInvariant()))
                {
                    break; // ("Foreign Minister Phyllis Oakley": the name starts after the office)
                }

                first = word;
            }

            if (gender == Gender.Unknown && first is not null)
            {
                gender = Genders.GetValueOrDefault(first, Gender.Unknown);
            }

            unknownPeople.Add((sentence, head, surname, gender));
        }

        /// <summary>The document's text (for the words around a mention).</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>Given names that tell a woman from a man (<see cref="ActorLexicon.GivenNameGenders"/>).</summary>
        public FrozenDictionary<string, Gender> Genders { get; init; } = FrozenDictionary<string, Gender>.Empty;

        /// <summary>
        /// A person's gender when the text tells it: a title right before the mention or opening it
        /// ("Mrs Thatcher", "Queen Elizabeth"; not the surname of "Coretta Scott King"), a role word in
        /// or right before it ("State Department spokeswoman Phyllis Oakley", "a company spokesman"),
        /// else the given name the dictionary's name or the mention opens with.
        /// </summary>
        public Gender GenderOf(ActorMention mention)
        {
            if (mention.Span.End > Text.Length)
            {
                return Gender.Unknown;
            }

            var words = Text[mention.Span.Start..mention.Span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (PreviousWord(mention.Span.Start) is var (_, before))
            {
                var told = TitleGender(before);
                told = told == Gender.Unknown ? RoleWordGender(before) : told;
                if (told != Gender.Unknown)
                {
                    return told;
                }
            }

            foreach (string word in words)
            {
                if (TitleGender(word) is not Gender.Unknown and var titled)
                {
                    return titled;
                }

                if (!Honorifics.Contains(word.TrimEnd('.')) && char.IsUpper(word[0]))
                {
                    break; // (titles only open a name)
                }
            }

            if (words.Select(RoleWordGender).FirstOrDefault(g => g != Gender.Unknown) is var role and not Gender.Unknown)
            {
                return role;
            }

            string name = mention.Name.Contains(' ', StringComparison.Ordinal) ? mention.Name : words.FirstOrDefault() ?? string.Empty;
            return Genders.GetValueOrDefault(name.Split(' ')[0], Gender.Unknown);
        }

        /// <summary>The gender a title tells ("Mrs.", "Queen", "Sir").</summary>
        private static Gender TitleGender(string word)
        {
            string bare = word.TrimEnd('.');
            return FemaleTitles.Contains(bare) ? Gender.Female : MaleTitles.Contains(bare) ? Gender.Male : Gender.Unknown;
        }

        /// <summary>The gender a role word tells, written in lower case ("spokeswoman", "spokesman's"; not the name part "Man").</summary>
        private static Gender RoleWordGender(string word)
        {
            string bare = word.TrimEnd('.', ',');
            bare = bare.EndsWith("'s", StringComparison.Ordinal) ? bare[..^2] : bare;
            return FemaleRoleWords.Contains(bare) ? Gender.Female : MaleRoleWords.Contains(bare) ? Gender.Male : Gender.Unknown;
        }

        /// <summary>
        /// The word that ends before <paramref name="end"/> (past spaces), and where it starts; none
        /// across a sentence's end: a word ending in a full stop is a title ("Mr.") or an initial
        /// ("E."), else the previous sentence's last word.
        /// </summary>
        private (int Start, string Word)? PreviousWord(int end)
        {
            int stop = end;
            while (stop > 0 && Text[stop - 1] == ' ')
            {
                stop--;
            }

            int start = stop;
            while (start > 0 && (char.IsLetter(Text[start - 1]) || Text[start - 1] is '.' or '-' or '\''))
            {
                start--;
            }

            string word = Text[start..stop].TrimStart('-', '.', '\'');
            if (word.Length == 0)
            {
                return null;
            }

            bool initial = word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
            return word.EndsWith('.') && !initial && TitleGender(word) == Gender.Unknown && !Honorifics.Contains(word.TrimEnd('.')) ? null : (stop - word.Length, word);
        }

        /// <summary>Whether a surname is one of an unknown person already named ("Rostenkowski said" after "Dan Rostenkowski").</summary>
        public bool IsUnknownPersonName(string surname) => unknownPeople.Any(u => u.Name.Equals(surname, StringComparison.Ordinal));

        /// <summary>Ends a sentence's unknown people: those its resolution gave a code are known after all.</summary>
        public void ForgetUnknownPeople(IReadOnlyCollection<ActorMention> coded) => unknownPeople.RemoveAll(u => coded.Any(m => Codes(m, u)));

        private ActorMention? LastKnownPerson(IEnumerable<ActorMention> current, SentenceSyntax syntax, Func<ActorMention, bool> fits)
        {
            bool Person(ActorMention m) => m.IsPerson && !m.Plural && m.Rule != MentionRule.Pair && fits(m);
            bool Narrated(ActorMention m) => !quotes.Any(q => q.Contains(m.Span));
            // In the same sentence a subject is the likelier antecedent ("A British minister said
            // Libya must hand over the bombers of the airliner as he embarked on a trip").
            var people = current.Where(m => Person(m) && Narrated(m)).OrderBy(m => m.Head).ToList();
            var here = people.LastOrDefault(m => syntax.Words[m.Head].Deprel.StartsWith("nsubj", StringComparison.Ordinal)) ?? people.LastOrDefault();
            if (here is not null)
            {
                return here;
            }

            int latest = recent.Count == 0 ? 0 : recent[^1].Sentence;
            return recent.LastOrDefault(m => Person(m) && Narrated(m) && mainSubjects.Contains(m) && m.Sentence >= latest - 2)
                ?? recent.LastOrDefault(m => Person(m) && Narrated(m))
                ?? current.Where(Person).OrderBy(m => m.Head).LastOrDefault()
                ?? recent.LastOrDefault(Person);
        }

        /// <summary>"It": the latest country or organisation that was a subject, here before the pronoun or in the previous sentence.</summary>
        public ActorMention? LastThing(IEnumerable<ActorMention> current, SentenceSyntax syntax)
        {
            // ("The United States said it would …": a country's name may be plural in form; "Iraq's
            // interim government announced that it is prepared": so is a state's body.)
            // (And a company named with its legal form, "Western Digital Corp said it signed", or
            // by the first words of that name after, "Great American has revised … It said".)
            bool Thing(ActorMention m) => !m.IsPerson && (!m.Plural || m.Rule == MentionRule.Country)
                && (m.Rule is MentionRule.Country or MentionRule.Name or MentionRule.Capital or MentionRule.AgentOfActor or MentionRule.CountryAndAgent
                    || (m.Rule is MentionRule.AgentOnly or MentionRule.KnownName && ActorCode.RoleOf(m.Code) == "BUS" && LegalForms.Contains(m.Name.Split(' ')[^1])));
            var here = current.Where(m => Thing(m) && syntax.Words[m.Head].Deprel.StartsWith("nsubj", StringComparison.Ordinal)).OrderBy(m => m.Head).LastOrDefault();
            return here ?? recent.LastOrDefault(m => Thing(m) && m.Sentence >= (recent.Count == 0 ? 0 : recent[^1].Sentence) && subjects.Contains(m));
        }

        /// <summary>
        /// "the North", "the South": the last country named before whose name starts so ("North
        /// Korea expelled inspectors after U.S. officials alleged that the North admitted …").
        /// </summary>
        public ActorMention? LastCountryNamed(IEnumerable<ActorMention> current, string firstWord)
        {
            bool Named(ActorMention m) => m.Rule == MentionRule.Country && m.Name.StartsWith(firstWord + " ", StringComparison.OrdinalIgnoreCase);
            return current.Where(Named).OrderBy(m => m.Head).LastOrDefault() ?? recent.LastOrDefault(Named);
        }

        /// <summary>The latest country named, here before the phrase or in the last sentences, other than <paramref name="own"/>.</summary>
        public ActorMention? LastOtherCountry(IEnumerable<ActorMention> current, string own)
        {
            bool Other(ActorMention m) => m.Rule == MentionRule.Country && m.Country is string country && country.Length == 3 && country != own;
            int latest = recent.Count == 0 ? 0 : recent[^1].Sentence;
            return current.Where(Other).OrderBy(m => m.Head).LastOrDefault() ?? recent.LastOrDefault(m => Other(m) && m.Sentence >= latest - 1);
        }

        /// <summary>
        /// The last plural actor before the pronoun at <paramref name="pronoun"/> in sentence
        /// <paramref name="sentence"/>; null when a group no dictionary knows spoke after it and
        /// before the pronoun, in this sentence or the one before.
        /// </summary>
        public ActorMention? LastPlural(IEnumerable<ActorMention> current, int sentence, int pronoun)
        {
            var group = current.Where(m => m.Plural).OrderBy(m => m.Head).LastOrDefault() ?? recent.LastOrDefault(m => m.Plural);
            bool spokeSince = group is not null && unknownGroups.Any(u => u.Sentence >= sentence - 1 && u.CompareTo((sentence, pronoun)) < 0 && u.CompareTo((group.Sentence, group.Head)) > 0);
            if (spokeSince)
            {
                // (The pronoun stands for the group now, so "They said … They added …" keeps to it.)
                unknownGroups.Add((sentence, pronoun));
                return null;
            }

            return group;
        }

        /// <summary>Groups no dictionary knows that spoke ("the sources said"), as (sentence, word).</summary>
        private readonly List<(int Sentence, int Head)> unknownGroups = [];

        /// <summary>Notes a group no dictionary knows speaking (a plural noun subject of a speech verb), whom a later "they" means.</summary>
        public void NoteUnknownGroup(int sentence, int head) => unknownGroups.Add((sentence, head));

        /// <summary>
        /// The pair a description means: for people ("both men") the last two persons with different
        /// codes; otherwise ("the two sides") the last coordination of two actors, else that pair of persons.
        /// </summary>
        public ActorMention[]? LastPair(bool people)
        {
            var persons = recent.Where(m => m.IsPerson && !m.Plural && m.Rule != MentionRule.Pair).Reverse().DistinctBy(m => m.Code).Take(2).Reverse().ToArray();
            ActorMention[]? personPair = persons.Length == 2 ? persons : null;
            return people ? personPair ?? lastPair : lastPair ?? personPair;
        }

        public ActorMention? LastWithHead(string lemma) => heads.LastOrDefault(h => h.Lemma == lemma).Mention;

        /// <summary>Coordinated actors ("Putin and Xi", "Moscow and Beijing") become the latest pair.</summary>
        public void RecordPairs(ImmutableArray<ActorMention> mentions, SentenceSyntax syntax)
        {
            foreach (var mention in mentions)
            {
                foreach (int conj in syntax.Children(mention.Head, "conj"))
                {
                    var other = mentions.FirstOrDefault(m => m.Head == conj);
                    if (other is not null && other.Code != mention.Code)
                    {
                        lastPair = [mention, other];
                    }
                }

                if (mention.Rule == MentionRule.Pair && mention.Antecedents.Length == 2)
                {
                    lastPair = [.. mention.Antecedents];
                }
            }
        }
    }
}
