using System.Collections.Immutable;

namespace Dyad.Actors;

/// <summary>The kinds of dictionary entries.</summary>
public enum ActorType
{
    /// <summary>A country or territory (RUS).</summary>
    Country,
    /// <summary>A region or bloc (WST).</summary>
    Region,
    /// <summary>A building or metonym standing for an actor (the Kremlin → RUSGOV).</summary>
    Seat,
    /// <summary>An organisation (NATO → IGONAT, Tass → RUSMED).</summary>
    Organization,
    /// <summary>A role noun combining with a country (authorities → GOV).</summary>
    Agent,
    /// <summary>A person with date-bounded roles.</summary>
    Person,
    /// <summary>A named group (Hamas).</summary>
    Group,
}

/// <summary>A person's role over a period (end exclusive; open when null).</summary>
/// <param name="Code">The code the person has in that period.</param>
/// <param name="From">First day, or null for "always before".</param>
/// <param name="To">Day the role ended, or null while it lasts.</param>
/// <param name="Title">The office, for people reading the evidence.</param>
public sealed record ActorRole(string Code, DateOnly? From, DateOnly? To, string? Title)
{
    /// <summary>True when the role holds on <paramref name="date"/>.</summary>
    public bool HoldsOn(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}

/// <summary>One entity of an actor dictionary, with where it was read from.</summary>
public sealed record ActorEntry
{
    /// <summary>The kind of entity.</summary>
    public required ActorType Type { get; init; }

    /// <summary>The code (for people: null; they code by role).</summary>
    public string? Code { get; init; }

    /// <summary>Stable id: the person's id, else the first name.</summary>
    public required string Id { get; init; }

    /// <summary>Surface names.</summary>
    public ImmutableArray<string> Names { get; init; } = [];

    /// <summary>Adjectives (Russian, Chinese, Western).</summary>
    public ImmutableArray<string> Adjectives { get; init; } = [];

    /// <summary>Plural people nouns (Russians).</summary>
    public ImmutableArray<string> Demonyms { get; init; } = [];

    /// <summary>The capital city, which as an actor stands for the government.</summary>
    public string? Capital { get; init; }

    /// <summary>ISO 3166 alpha-2 (countries).</summary>
    public string? Iso2 { get; init; }

    /// <summary>FIPS 10-4 (countries).</summary>
    public string? Fips { get; init; }

    /// <summary>Country of a national body (organisations).</summary>
    public string? Country { get; init; }

    /// <summary>
    /// Countries whose own body bears a seat's names too ("House of Commons": Canada's as well as
    /// Britain's): the bare name in a story about one of them is that country's body.
    /// </summary>
    public ImmutableArray<string> SharedBy { get; init; } = [];

    /// <summary>Roles of a person.</summary>
    public ImmutableArray<ActorRole> Roles { get; init; } = [];

    /// <summary>A person's code outside every role.</summary>
    public string? Otherwise { get; init; }

    /// <summary>Where the fact comes from.</summary>
    public required string Source { get; init; }

    /// <summary>The dictionary file and line, for evidence and error messages.</summary>
    public required string Origin { get; init; }

    /// <summary>The code at a date: a person's role then, else the entry's code.</summary>
    public string? CodeOn(DateOnly? date)
    {
        if (Type != ActorType.Person)
        {
            return Code;
        }

        if (date is DateOnly day)
        {
            return RoleOn(day)?.Code ?? Otherwise ?? LatestRole()?.Code;
        }

        // No date: the person's most recent role is the best guess.
        return LatestRole()?.Code ?? Otherwise;
    }

    /// <summary>The title of the role held on <paramref name="date"/>, if any.</summary>
    public string? TitleOn(DateOnly? date) =>
        date is DateOnly day ? RoleOn(day)?.Title : LatestRole()?.Title;

    /// <summary>
    /// The role held on a day; an office before a standing as an elite: Phoenix gives James Baker
    /// an open-ended USAELI from 1948 beside his terms in government, and in 1982 he was USAGOV.
    /// </summary>
    public ActorRole? RoleOn(DateOnly day) =>
        Roles.FirstOrDefault(r => r.HoldsOn(day) && ActorCode.RoleOf(r.Code) != "ELI") ?? Roles.FirstOrDefault(r => r.HoldsOn(day));

    private ActorRole? LatestRole() => Roles.OrderByDescending(r => r.From ?? DateOnly.MinValue).FirstOrDefault();
}
