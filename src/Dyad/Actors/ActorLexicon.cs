using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dyad.Data;
using Dyad.Diagnostics;
using Dyad.Segmentation;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>How a dictionary surface form relates to its entry.</summary>
public enum MatchKind : byte
{
    /// <summary>A name of the entity (Russia, the Kremlin, Vladimir Putin, authorities).</summary>
    Name,
    /// <summary>An adjective (Russian).</summary>
    Adjective,
    /// <summary>A plural people noun (Russians).</summary>
    Demonym,
    /// <summary>The capital city, standing for the government.</summary>
    Capital,
}

/// <summary>One dictionary surface form: the entry it names and how.</summary>
/// <param name="Entry">The entity.</param>
/// <param name="Kind">Name, adjective, demonym or capital.</param>
/// <param name="Priority">Higher wins between entries with the same form (user &gt; curated &gt; converted).</param>
/// <param name="CapitalisedEnd">
/// The dictionary writes the form as a proper name of several words ending in a capital ("Russia
/// Today", "White House"): it matches only where the text capitalises that last word too, so
/// "visited Russia today" is a country and a date, not the broadcaster.
/// </param>
/// <param name="NeedsArticle">
/// A region the dictionary names with its article ("the West", "the Mediterranean"): without the
/// article the word is part of a place name or an adjective ("West Darfur", "West Africans", "a
/// Mediterranean island"), so it matches only after "the".
/// </param>
public sealed record ActorForm(ActorEntry Entry, MatchKind Kind, int Priority, bool CapitalisedEnd = false, bool NeedsArticle = false);

/// <summary>
/// The actor dictionaries: Dyad's shipped files (<c>data/actors/*.jsonl</c>, format in
/// <c>data/actors/FORMAT.md</c>) and any user files in the same format, indexed as a trie over
/// tokens so one pass over a sentence finds every longest match. Case is ignored, except that
/// all-capital acronyms (UN, US, IS) match only in capitals and adjectives only when capitalised
/// ("Western" is the West, "western Ukraine" is a direction). Immutable once built.
/// </summary>
public sealed class ActorLexicon
{
    /// <summary>Shipped dictionary files, loaded in this order (later files win ties).</summary>
    public static readonly ImmutableArray<string> ShippedFiles =
    [
        "actors/people-phoenix.jsonl", "actors/agents.jsonl", "actors/regions.jsonl", "actors/countries.jsonl",
        "actors/organizations.jsonl", "actors/seats.jsonl", "actors/people.jsonl",
    ];

    private readonly TrieNode root;

    private readonly FrozenDictionary<string, ImmutableArray<ActorEntry>> surnames;

    private ActorLexicon(TrieNode root, ImmutableArray<ActorEntry> entries, ImmutableArray<Diagnostic> diagnostics, StateSuccession successions, FrozenDictionary<string, Gender> genders)
    {
        this.root = root;
        GivenNameGenders = genders;
        Successions = successions;
        Entries = entries;
        Diagnostics = diagnostics;
        surnames = entries.Where(e => e.Type == ActorType.Person)
            .SelectMany(e => e.Names.Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => (Surname: n[(n.LastIndexOf(' ') + 1)..], Entry: e)))
            .GroupBy(p => p.Surname, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Distinct().ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        Countries = entries.Where(e => e.Type == ActorType.Country && e.Code is not null)
            .GroupBy(e => e.Code!).ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        // (Not titles that open names: "King Hussein", "Sheikh Jaber".)
        GivenNames = CuratedPeople
            .SelectMany(e => e.Names.Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => n[..n.IndexOf(' ', StringComparison.Ordinal)]))
            .Where(n => n.Length >= 2 && char.IsUpper(n[0]) && n.All(char.IsLetter) && !NameTitles.Contains(n))
            .ToFrozenSet(StringComparer.Ordinal);
        // (Given names of two people at least, so that one entry's odd first word is not taken, and
        // not the first words of firms' names in news copy: "Morgan Stanley said", "Dean Witter said".)
        AnyGivenNames = entries.Where(e => e.Type == ActorType.Person)
            .SelectMany(e => e.Names.Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => n[..n.IndexOf(' ', StringComparison.Ordinal)]).Distinct())
            .Where(n => n.Length >= 3 && char.IsUpper(n[0]) && n.All(char.IsLetter) && !FirmOpenings.Contains(n) && !NameTitles.Contains(n))
            .GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The first words of people's names ("Michael", "Jaime"): given names, after which a country's
    /// name is a surname ("Michael Jordan"), not a company's branch in that country.
    /// </summary>
    public FrozenSet<string> GivenNames { get; }

    /// <summary>
    /// Given names borne in the news nearly always by women or by men (<c>data/actors/given-names.tsv</c>;
    /// empty for a lexicon built from lines), which tell "he" from "she".
    /// </summary>
    public FrozenDictionary<string, Gender> GivenNameGenders { get; }

    /// <summary>Words that open firms' names as often as people's ("Morgan Stanley", "Salomon Brothers", "Pan Am").</summary>
    private static readonly FrozenSet<string> FirmOpenings = FrozenSet.Create(StringComparer.Ordinal,
        "The", "First", "Air", "Pan", "Morgan", "Salomon", "Dean", "Merrill", "Smith", "Kidder", "King", "Van", "Carolina", "Mart", "New",
        "Saint", "San", "Santa", "Royal", "National", "American", "General", "Grand", "Chase", "Lehman", "Goldman", "Drexel", "Shearson");

    /// <summary>
    /// The first words of every person's name the dictionaries hold, curated or not ("Dan", "Walter"):
    /// a speaker written with one is a person, even one the dictionaries do not know.
    /// </summary>
    public FrozenSet<string> AnyGivenNames { get; }

    /// <summary>The one-word names and capitals of the countries ("Senegal", "Nepal", "Dakar"), which the tagger takes as proper nouns.</summary>
    public IEnumerable<string> CountryWords => Countries.Values
        .SelectMany(c => c.Capital is null ? c.Names : c.Names.Add(c.Capital))
        .Where(name => !name.Contains(' ', StringComparison.Ordinal));

    /// <summary>
    /// The words of the names of people curated or added by the user ("Xi", "Jinping", "Ongpin"),
    /// which the tagger takes as proper nouns where it never learned them otherwise (a name it has
    /// seen as another word, "Rice", "Bush", "May", is left to it: see
    /// <see cref="Syntax.Tagger.WithProperNames"/>).
    /// </summary>
    public IEnumerable<string> PersonNameWords => CuratedPeople
        .SelectMany(e => e.Names)
        .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The last words of the Phoenix list's people's names ("Reagan", "Nakasone"), mostly their
    /// surnames ("Sung" of "Kim Il Sung" is not), never the titles and common words that open some
    /// of them. "Reagan Administration officials have opposed …" read "Reagan" as an adjective,
    /// and the officials lost their government. Not
    /// a country's adjective or demonym ("Nguyen Danh Thai"), nor a word of fewer than four letters,
    /// which in that list are as often pieces of mangled names ("Chang Po Ya", "Rip") as surnames
    /// (the short surnames of the curated people, "Xi", "Li", are in <see cref="PersonNameWords"/>).
    /// </summary>
    public IEnumerable<string> SurnameWords
    {
        get
        {
            var countryWords = Countries.Values.SelectMany(c => c.Adjectives.Concat(c.Demonyms)).ToHashSet(StringComparer.Ordinal);
            return PhoenixPeople
                .SelectMany(e => e.Names)
                .Select(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words ? words[^1] : null)
                .OfType<string>()
                .Where(word => word.Length >= 4 && !countryWords.Contains(word))
                .Distinct(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The organisations' one-word names in capitals ("ADB", "IADB", "OPEC"), which the tagger
    /// took for a subordinator or a verb where it never saw them ("he expects ADB lending to the
    /// Philippines" had "ADB" an IN).
    /// </summary>
    public IEnumerable<string> AcronymWords => Entries.Where(e => e.Type == ActorType.Organization)
        .SelectMany(e => e.Names)
        .Where(name => name.Length >= 3 && name.All(char.IsUpper))
        .Distinct(StringComparer.Ordinal);

    /// <summary>The words the tagger keeps proper nouns: <see cref="CountryWords"/>, <see cref="PersonNameWords"/>, <see cref="SurnameWords"/> and <see cref="AcronymWords"/>.</summary>
    public IEnumerable<string> ProperNameWords => CountryWords.Concat(PersonNameWords).Concat(SurnameWords).Concat(AcronymWords);

    /// <summary>
    /// The people curated by the Dyad team or added by the user; not the Phoenix list's, whose
    /// names hold titles and common words ("In Charge of Maghreb And African Affairs Ben Salem Abed",
    /// "Air Chief Marshal …").
    /// </summary>
    private IEnumerable<ActorEntry> CuratedPeople => Entries.Where(e => e.Type == ActorType.Person && !IsPhoenix(e));

    /// <summary>The people of the Phoenix list (<see cref="SurnameWords"/>).</summary>
    private IEnumerable<ActorEntry> PhoenixPeople => Entries.Where(e => e.Type == ActorType.Person && IsPhoenix(e));

    private static bool IsPhoenix(ActorEntry entry) => entry.Source.StartsWith("phoenix", StringComparison.OrdinalIgnoreCase);

    /// <summary>Titles that open people's names in the dictionaries ("King Hussein", "Sheikh Jaber").</summary>
    private static readonly FrozenSet<string> NameTitles = FrozenSet.Create(StringComparer.Ordinal,
        "King", "Queen", "Prince", "Princess", "Crown", "Sheikh", "Sheik", "Sultan", "Emir", "Emperor", "Empress", "Ayatollah", "Grand",
        "Abu", "Al", "El", "Sir", "Lord", "Lady", "Dame", "Pope", "Cardinal", "Archbishop", "Bishop", "Mullah", "Imam", "General",
        "President", "Dr", "Mr", "Mrs", "Ms", "Marshal", "Admiral", "Colonel", "Major", "Captain");

    /// <summary>Every entry loaded.</summary>
    public ImmutableArray<ActorEntry> Entries { get; }

    /// <summary>The states actors belonged to before today's existed (shipped with the dictionaries; none otherwise).</summary>
    public StateSuccession Successions { get; }

    /// <summary>Problems found while loading (malformed lines are skipped, the rest is used).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Country entries by code.</summary>
    public FrozenDictionary<string, ActorEntry> Countries { get; }

    /// <summary>
    /// The person a bare surname means on a date ("Reagan said" in 1987): the one person with that
    /// surname who holds a government office that day, when no other person of that surname holds
    /// any role then; null otherwise.
    /// </summary>
    public ActorEntry? OfficialBySurname(ReadOnlySpan<char> surname, DateOnly date)
    {
        // (A span: the pipeline asks of every capitalised word of sentences it would not parse.)
        if (!surnames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var people))
        {
            return null;
        }

        var serving = people.Where(p => p.RoleOn(date) is { } role && ActorCode.RoleOf(role.Code) == "GOV").ToList();
        return serving.Count == 1 && people.Count(p => p.RoleOn(date) is not null) == 1 ? serving[0] : null;
    }

    /// <summary>
    /// The person a title and surname mean ("President Bush"): among people with that surname whose
    /// role on the date (or, without a date, any role) has the title's role code, the one person if
    /// there is one; curated entries are preferred to converted ones. When several fit, the given
    /// names written with the surname ("President Omar El Bashir": Omar) choose among them, and a
    /// name written right before the surname (<paramref name="precedingName"/>) must be the
    /// person's or its familiar form. Null when unknown or ambiguous.
    /// </summary>
    public ActorEntry? PersonBySurname(string surname, DateOnly? date, string role, IReadOnlyCollection<string>? givenNames = null, string? precedingName = null)
    {
        if (!surnames.TryGetValue(surname, out var people))
        {
            return null;
        }

        var fitting = people.Where(p => date is DateOnly day
            ? p.CodeOn(day) is string code && ActorCode.RoleOf(code) == role
            : p.Roles.Any(r => ActorCode.RoleOf(r.Code) == role)).ToList();
        var curated = fitting.Where(p => p.Source != "phoenix").ToList();
        var pool = curated.Count > 0 ? curated : fitting;
        if (precedingName is not null)
        {
            // A name written right before the surname must be one of the person's own, or its
            // familiar form ("Robert Dole" for "Bob Dole"): "President Leon Febres Cordero" is not
            // Jorge Antonio Giordani Cordero, "spokesman Geoffrey Kelly" not another Kelly.
            pool = [.. pool.Where(p => p.Names.Any(n => n.Split(' ', '-').Any(part => SameGivenName(part, precedingName))))];
        }

        if (pool.Count > 1 && givenNames is { Count: > 0 })
        {
            var named = pool.Where(p => p.Names.Any(n => n.Split(' ', '-').Any(part => givenNames.Contains(part, StringComparer.OrdinalIgnoreCase)))).ToList();
            if (named.Count > 0)
            {
                pool = named;
            }
        }

        return pool.Count == 1 || pool.Select(p => ActorCode.CountryOf(p.CodeOn(date) ?? string.Empty)).Distinct().Count() == 1 ? pool.FirstOrDefault() : null;
    }

    /// <summary>Whether two given names are the same name, or one is the other's familiar form.</summary>
    private static bool SameGivenName(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase)
        || (FamiliarNames.TryGetValue(a, out var formal) && formal.Contains(b, StringComparer.OrdinalIgnoreCase))
        || (FamiliarNames.TryGetValue(b, out formal) && formal.Contains(a, StringComparer.OrdinalIgnoreCase));

    /// <summary>English familiar forms of given names and the names they stand for (common usage).</summary>
    private static readonly FrozenDictionary<string, string[]> FamiliarNames = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Bob"] = ["Robert"], ["Bobby"] = ["Robert"], ["Bill"] = ["William"], ["Will"] = ["William"], ["Willy"] = ["William"],
        ["Dick"] = ["Richard"], ["Rick"] = ["Richard"], ["Jim"] = ["James"], ["Jimmy"] = ["James"], ["Tom"] = ["Thomas"],
        ["Ted"] = ["Edward", "Theodore"], ["Ed"] = ["Edward", "Edwin"], ["Ron"] = ["Ronald"], ["Mike"] = ["Michael"],
        ["Joe"] = ["Joseph"], ["Dan"] = ["Daniel"], ["Tony"] = ["Anthony", "Antonio"], ["Chuck"] = ["Charles"],
        ["Charlie"] = ["Charles"], ["Jack"] = ["John"], ["Fred"] = ["Frederick"], ["Andy"] = ["Andrew"],
        ["Steve"] = ["Stephen", "Steven"], ["Dave"] = ["David"], ["Pete"] = ["Peter"], ["Sam"] = ["Samuel"],
        ["Ben"] = ["Benjamin"], ["Nick"] = ["Nicholas"], ["Chris"] = ["Christopher"], ["Alex"] = ["Alexander"],
        ["Larry"] = ["Lawrence"], ["Jerry"] = ["Gerald", "Jerome"], ["Harry"] = ["Henry", "Harold"], ["Hank"] = ["Henry"],
        ["Liz"] = ["Elizabeth"], ["Kate"] = ["Katherine", "Catherine"], ["Maggie"] = ["Margaret"], ["Walt"] = ["Walter"],
        ["Al"] = ["Albert", "Alfred", "Alan"], ["Gene"] = ["Eugene"], ["Lou"] = ["Louis"], ["Matt"] = ["Matthew"],
        ["Pat"] = ["Patrick", "Patricia"], ["Tim"] = ["Timothy"], ["Vince"] = ["Vincent"], ["Newt"] = ["Newton"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads the shipped dictionaries (unless <paramref name="shipped"/> is false) and the user's files.</summary>
    public static ActorLexicon Load(DataDirectory data, IEnumerable<string>? userFiles = null, bool shipped = true)
    {
        var builder = new Builder(new Tokenizer(Abbreviations.Load(data)));
        foreach (string file in shipped ? ShippedFiles : [])
        {
            builder.AddFile(data.File(file), priority: file.EndsWith("people-phoenix.jsonl", StringComparison.Ordinal) ? 0 : 1);
        }

        foreach (string file in userFiles ?? [])
        {
            builder.AddFile(file, priority: 2);
        }

        return builder.Build(shipped ? StateSuccession.Load(data) : StateSuccession.None, ReadGenders(data));
    }

    /// <summary>Reads <c>actors/given-names.tsv</c> (name, f or m); a missing file gives none.</summary>
    private static FrozenDictionary<string, Gender> ReadGenders(DataDirectory data)
    {
        const string file = "actors/given-names.tsv";
        if (!File.Exists(data.File(file)))
        {
            return FrozenDictionary<string, Gender>.Empty;
        }

        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var (line, fields) in data.ReadTable(file).Skip(1))
        {
            genders[fields[0]] = fields.Length > 1 && fields[1] is "f" or "m" ? (fields[1] == "f" ? Gender.Female : Gender.Male)
                : throw new DataFileException(data.File(file), line, "expected: name, then f or m");
        }

        return genders.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Builds a dictionary from in-memory JSON lines (tests, tools).</summary>
    public static ActorLexicon FromLines(Tokenizer tokenizer, string origin, IEnumerable<string> lines)
    {
        var builder = new Builder(tokenizer);
        builder.AddLines(origin, lines, 2);
        return builder.Build();
    }

    /// <summary>
    /// Finds dictionary forms in a run of tokens: at each position the longest match, left to
    /// right, not overlapping. <paramref name="text"/> is the text the token spans index.
    /// </summary>
    public List<ActorMatch> Match(string text, ReadOnlySpan<Token> tokens)
    {
        var matches = new List<ActorMatch>();
        int i = 0;
        Span<char> lower = stackalloc char[64];
        while (i < tokens.Length)
        {
            var node = root;
            int bestEnd = -1;
            IReadOnlyList<ActorForm>? bestForms = null;
            for (int j = i; j < tokens.Length; j++)
            {
                var form = tokens[j].Span.In(text);
                var next = node.Next(form, lower);
                if (next is null)
                {
                    break;
                }

                node = next;
                if (node.Forms is { Count: > 0 } forms)
                {
                    bool capitalised = char.IsUpper(text[tokens[i].Span.Start]);
                    bool lowerEnd = char.IsLower(text[tokens[j].Span.Start]);
                    bool afterArticle = i > 0 && tokens[i - 1].Span.In(text).Equals("the", StringComparison.OrdinalIgnoreCase);
                    var usable = forms.Where(f => (f.Kind != MatchKind.Adjective || capitalised) && !(f.CapitalisedEnd && lowerEnd) && !(f.NeedsArticle && !afterArticle)).ToList();
                    if (usable.Count > 0)
                    {
                        bestEnd = j + 1;
                        bestForms = usable;
                    }
                }
            }

            if (bestForms is null)
            {
                i++;
                continue;
            }

            int top = bestForms.Max(f => f.Priority);
            matches.Add(new ActorMatch(i, bestEnd, [.. bestForms.Where(f => f.Priority == top)]));
            i = bestEnd;
        }

        return matches;
    }

    /// <summary>A trie node: children by token key, and the forms ending here.</summary>
    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Children { get; set; }

        public List<ActorForm>? Forms { get; set; }

        private Dictionary<string, TrieNode>.AlternateLookup<ReadOnlySpan<char>>? lookup;

        public void Freeze()
        {
            if (Children is not null)
            {
                lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
                foreach (var child in Children.Values)
                {
                    child.Freeze();
                }
            }
        }

        /// <summary>The child for a text token: its acronym key when it is in capitals, else its lower-case key.</summary>
        public TrieNode? Next(ReadOnlySpan<char> token, Span<char> scratch)
        {
            if (lookup is not { } children)
            {
                return null;
            }

            if (IsAcronym(token))
            {
                Span<char> key = stackalloc char[token.Length + 1];
                key[0] = '=';
                token.CopyTo(key[1..]);
                if (children.TryGetValue(key, out var exact))
                {
                    return exact;
                }
            }

            if (token.Length > scratch.Length)
            {
                return children.TryGetValue(token.ToString().ToLowerInvariant(), out var longNode) ? longNode : null;
            }

            int n = token.ToLowerInvariant(scratch);
            return children.TryGetValue(scratch[..n], out var node) ? node : null;
        }
    }

    /// <summary>Two to five capital letters, optionally dotted (UN, U.N., NATO): matched case-sensitively.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> token)
    {
        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 5;
    }

    private sealed class Builder(Tokenizer tokenizer)
    {
        private readonly TrieNode root = new();
        private readonly List<ActorEntry> entries = [];
        private readonly List<Diagnostic> diagnostics = [];
        private readonly HashSet<string> fullNames = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<ActorForm>> shortNames = new(StringComparer.OrdinalIgnoreCase);

        public void AddFile(string path, int priority)
        {
            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error(ActorCodes.FileMissing, path, "the actor dictionary file does not exist"));
                return;
            }

            AddLines(path, File.ReadLines(path), priority);
        }

        public void AddLines(string origin, IEnumerable<string> lines, int priority)
        {
            int number = 0;
            foreach (string line in lines)
            {
                number++;
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#')
                {
                    continue;
                }

                try
                {
                    var entry = Parse(trimmed, $"{origin}:{number}");
                    entries.Add(entry);
                    Index(entry, priority);
                }
                catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
                {
                    diagnostics.Add(Diagnostic.Error(ActorCodes.MalformedEntry, origin, exception.Message, number));
                }
            }
        }

        public ActorLexicon Build(StateSuccession? successions = null, FrozenDictionary<string, Gender>? genders = null)
        {
            // A shorter name is matched only when it is no one's full name and one person's alone
            // ("Jose Napoleon Duarte" is the father's name, not the son Jose Napoleon Duarte Duran's).
            foreach (var (shorter, producers) in shortNames)
            {
                if (!fullNames.Contains(shorter) && producers.Select(p => p.Entry.Id).Distinct().Count() == 1)
                {
                    Add(shorter, producers[0]);
                }
            }

            root.Freeze();
            return new ActorLexicon(root, [.. entries], [.. diagnostics], successions ?? StateSuccession.None, genders ?? FrozenDictionary<string, Gender>.Empty);
        }

        private void Index(ActorEntry entry, int priority)
        {
            foreach (string name in entry.Names)
            {
                Add(name, new ActorForm(entry, MatchKind.Name, priority));
                fullNames.Add(name);
                if (ShortFormalName(entry, name) is string shorter)
                {
                    if (!shortNames.TryGetValue(shorter, out var producers))
                    {
                        shortNames[shorter] = producers = [];
                    }

                    producers.Add(new ActorForm(entry, MatchKind.Name, priority));
                }
            }

            foreach (string adjective in entry.Adjectives)
            {
                Add(adjective, new ActorForm(entry, MatchKind.Adjective, priority));
            }

            foreach (string demonym in entry.Demonyms)
            {
                Add(demonym, new ActorForm(entry, MatchKind.Demonym, priority));
            }

            if (entry.Capital is { Length: > 0 } capital)
            {
                Add(capital, new ActorForm(entry, MatchKind.Capital, priority));
            }
        }

        /// <summary>
        /// A full name of four words or more converted from Phoenix, without its last: news writes
        /// "Leon Febres Cordero" for "Leon Febres Cordero Rivadeneira" (the mother's surname dropped);
        /// null when the shorter name would end in a particle or an initial.
        /// </summary>
        private static string? ShortFormalName(ActorEntry entry, string name)
        {
            if (entry.Type != ActorType.Person || !entry.Source.StartsWith("phoenix", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 4 && words[^2] is { Length: >= 3 } last && char.IsUpper(last[0]) && !last.EndsWith('.') && !Particles.Contains(last)
                ? string.Join(' ', words[..^1]) : null;
        }

        /// <summary>Words that join names and end no name ("Mohamed Ould Abdel Aziz", "Mohammad bin Abd al-Rahman").</summary>
        private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
            "abu", "abd", "abdul", "abdel", "abdal", "ould", "ben", "bin", "binti", "bint", "ibn", "van", "von", "del", "de", "da", "dos", "das", "do", "du", "el", "al", "ul", "der", "den", "la", "le", "y");

        private void Add(string surface, ActorForm form)
        {
            // English news often drops the accents: "Brasilia", "Bogota", "Cote d'Ivoire" match
            // too. (Letters that do not decompose, ø, ł, ß, stay as they are.)
            string folded = WithoutAccents(surface);
            if (!string.Equals(folded, surface, StringComparison.Ordinal))
            {
                AddSurface(folded, form);
            }

            AddSurface(surface, form);
        }

        private static string WithoutAccents(string surface)
        {
            var decomposed = surface.Normalize(System.Text.NormalizationForm.FormD);
            var kept = new System.Text.StringBuilder(decomposed.Length);
            foreach (char c in decomposed)
            {
                if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    kept.Append(c);
                }
            }

            return kept.ToString().Normalize(System.Text.NormalizationForm.FormC);
        }

        private void AddSurface(string surface, ActorForm form)
        {
            var tokens = tokenizer.Tokenize(surface);
            int start = tokens.Count > 1 && surface.AsSpan(tokens[0].Span.Start, tokens[0].Span.Length).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (tokens.Count - start == 0)
            {
                return;
            }

            // Only where the case was written on purpose: names converted from PETRARCH's
            // upper-case dictionaries were title-cased by a script ("Bush Administration") and
            // people are matched by their own rules.
            bool casedOnPurpose = form.Entry.Type != ActorType.Person && !form.Entry.Source.StartsWith("phoenix", StringComparison.OrdinalIgnoreCase);
            if (casedOnPurpose && form.Kind == MatchKind.Name && tokens.Count - start > 1 && char.IsUpper(surface[tokens[^1].Span.Start]))
            {
                form = form with { CapitalisedEnd = true };
            }

            if (start == 1 && form.Entry.Type == ActorType.Region && form.Kind == MatchKind.Name)
            {
                form = form with { NeedsArticle = true };
            }

            var node = root;
            for (int t = start; t < tokens.Count; t++)
            {
                var piece = surface.AsSpan(tokens[t].Span.Start, tokens[t].Span.Length);
                string key = IsAcronym(piece) && form.Kind != MatchKind.Adjective ? "=" + piece.ToString() : piece.ToString().ToLowerInvariant();
                node.Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    node.Children[key] = child = new TrieNode();
                }

                node = child;
            }

            node.Forms ??= [];
            int existing = node.Forms.FindIndex(f => ReferenceEquals(f.Entry, form.Entry) && f.Kind == form.Kind);
            if (existing < 0)
            {
                node.Forms.Add(form);
            }
            else if (node.Forms[existing].NeedsArticle && !form.NeedsArticle)
            {
                // The entry lists the bare form too ("the Middle East" and "Middle East"): no article needed.
                node.Forms[existing] = form;
            }
        }

        private static ActorEntry Parse(string line, string origin)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("an entry must be a JSON object");
            }

            string typeText = String(root, "type") ?? throw new FormatException("missing \"type\"");
            if (!Enum.TryParse<ActorType>(typeText, ignoreCase: true, out var type))
            {
                throw new FormatException($"unknown \"type\": \"{typeText}\" (expected country, region, seat, organization, agent, person or group)");
            }

            var names = Strings(root, "names");
            if (names.IsEmpty)
            {
                throw new FormatException("\"names\" must be a non-empty array of strings");
            }

            string? source = String(root, "source") ?? throw new FormatException("missing \"source\"");
            string? code = String(root, "code");
            var roles = ImmutableArray<ActorRole>.Empty;
            string id = String(root, "id") ?? names[0];
            if (type == ActorType.Person)
            {
                roles = Roles(root);
                string? otherwise = String(root, "otherwise");
                if (roles.IsEmpty && otherwise is null && code is null)
                {
                    throw new FormatException("a person needs \"roles\" or \"otherwise\"");
                }

                if (otherwise is not null && !ActorCode.IsValid(otherwise))
                {
                    throw new FormatException($"\"otherwise\" is not a CAMEO code: \"{otherwise}\"");
                }

                if (code is not null && roles.IsEmpty)
                {
                    roles = [new ActorRole(code, null, null, null)];
                }

                return new ActorEntry
                {
                    Type = type, Id = id, Names = names, Roles = roles, Otherwise = otherwise, Source = source, Origin = origin,
                };
            }

            if (!ActorCode.IsValid(code))
            {
                throw new FormatException(code is null ? "missing \"code\"" : $"\"code\" is not a CAMEO code (three-letter parts in capitals): \"{code}\"");
            }

            var sharedBy = Strings(root, "shared_by");
            if (sharedBy.FirstOrDefault(c => c.Length != 3 || !ActorCode.IsValid(c) || ActorCode.CountryOf(c) != c || c == ActorCode.CountryOf(code ?? string.Empty)) is string notCountry)
            {
                throw new FormatException($"\"shared_by\" holds \"{notCountry}\", which is no three-letter code of another country");
            }

            return new ActorEntry
            {
                Type = type,
                Code = code,
                SharedBy = sharedBy,
                Id = id,
                Names = names,
                Adjectives = Strings(root, "adjectives"),
                Demonyms = Strings(root, "demonyms"),
                Capital = String(root, "capital"),
                Iso2 = String(root, "iso2"),
                Fips = String(root, "fips"),
                Country = String(root, "country"),
                Source = source,
                Origin = origin,
            };
        }

        private static ImmutableArray<ActorRole> Roles(JsonElement root)
        {
            if (!root.TryGetProperty("roles", out var roles) || roles.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (roles.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("\"roles\" must be an array");
            }

            var result = ImmutableArray.CreateBuilder<ActorRole>();
            foreach (var role in roles.EnumerateArray())
            {
                string code = String(role, "code") ?? throw new FormatException("a role needs a \"code\"");
                if (!ActorCode.IsValid(code))
                {
                    throw new FormatException($"role code is not a CAMEO code: \"{code}\"");
                }

                result.Add(new ActorRole(code, Date(role, "from"), Date(role, "to"), String(role, "title")));
            }

            return result.ToImmutable();
        }

        private static DateOnly? Date(JsonElement element, string name)
        {
            string? text = String(element, name);
            if (text is null)
            {
                return null;
            }

            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new FormatException($"\"{name}\" is not a date (YYYY-MM-DD): \"{text}\"");
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static ImmutableArray<string> Strings(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                throw new FormatException($"\"{name}\" must be an array of strings");
            }

            return [.. value.EnumerateArray().Select(v => v.GetString()!).Where(s => s.Length > 0)];
        }
    }
}

/// <summary>A run of tokens matching dictionary forms.</summary>
/// <param name="Start">First token (index into the tokens given to <see cref="ActorLexicon.Match"/>).</param>
/// <param name="End">One past the last token.</param>
/// <param name="Forms">The forms matched (several when entries share a surface).</param>
public sealed record ActorMatch(int Start, int End, ImmutableArray<ActorForm> Forms);

/// <summary>Diagnostic codes of the actor dictionaries.</summary>
public static class ActorCodes
{
    /// <summary>A dictionary file does not exist.</summary>
    public const string FileMissing = "DY0201";

    /// <summary>A dictionary line is not a valid entry.</summary>
    public const string MalformedEntry = "DY0202";
}

/// <summary>Whether a person is a woman or a man, when the text or the given name tells.</summary>
public enum Gender
{
    /// <summary>Not told.</summary>
    Unknown,
    /// <summary>A woman.</summary>
    Female,
    /// <summary>A man.</summary>
    Male,
}
