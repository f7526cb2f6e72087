using System.Collections.Immutable;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>How a mention got its code: the rule users read as evidence.</summary>
public enum MentionRule : byte
{
    /// <summary>A dictionary name (Russia, NATO, Vladimir Putin, the Kremlin).</summary>
    Name,
    /// <summary>A person's role at the document's date.</summary>
    PersonRole,
    /// <summary>A country or region with a role noun ("Chinese authorities").</summary>
    CountryAndAgent,
    /// <summary>A country adjective, name or demonym alone.</summary>
    Country,
    /// <summary>A capital standing for its government ("Moscow said").</summary>
    Capital,
    /// <summary>A role noun whose country comes from its possessor or complement ("Putin's adviser", "president of Russia").</summary>
    AgentOfActor,
    /// <summary>A role noun with no country found.</summary>
    AgentOnly,
    /// <summary>A name described by an apposition or title ("Yuri Ushakov, Putin's adviser").</summary>
    Apposition,
    /// <summary>A name already introduced in the document: a surname ("Ushakov said"), an acronym the story glossed, a company's shortened name ("Gulf States" after "Gulf States Utilities Co").</summary>
    KnownName,
    /// <summary>A pronoun resolved to an earlier actor ("he").</summary>
    Pronoun,
    /// <summary>A description of two earlier actors ("both men", "the two leaders").</summary>
    Pair,
    /// <summary>A definite description repeating an earlier phrase ("the statement").</summary>
    Repeated,
    /// <summary>
    /// A state's role with no country found, in a story filed from one country that names no other
    /// country and no international body ("TOKYO, March 3 - … officials said" → JPNGOV).
    /// </summary>
    Dateline,
    /// <summary>
    /// A state's role called federal, with no country found, in a story filed from a federal country
    /// or, with no dateline, naming one federal country only ("WASHINGTON - Federal regulators said",
    /// though the story names Brazil too → USAGOV).
    /// </summary>
    Federal,
}

/// <summary>
/// An actor mentioned in a sentence: the phrase's head word, its CAMEO code, and the evidence
/// (dictionary entries used, the rule that combined them).
/// </summary>
public sealed record ActorMention
{
    /// <summary>Sentence index in the document.</summary>
    public required int Sentence { get; init; }

    /// <summary>Index of the phrase's head word in the sentence.</summary>
    public required int Head { get; init; }

    /// <summary>The actor phrase in the cleaned text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>CAMEO code (RUSGOV, IGONAT, USA; a bare role such as GOV when no country was found).</summary>
    public required string Code { get; init; }

    /// <summary>The name to show: the entity's name, or the phrase.</summary>
    public required string Name { get; init; }

    /// <summary>How the code was found.</summary>
    public required MentionRule Rule { get; init; }

    /// <summary>Dictionary entries used, as "file:line" origins.</summary>
    public ImmutableArray<string> Entries { get; init; } = [];

    /// <summary>The person or entity id, when the mention names one (for coreference).</summary>
    public string? Entity { get; init; }

    /// <summary>True for plural mentions (Russians, officials, both men).</summary>
    public bool Plural { get; init; }

    /// <summary>True when the mention stands for a person.</summary>
    public bool IsPerson { get; init; }

    /// <summary>
    /// True when only a modifier matched a role and the phrase's head is no role ("a government
    /// offensive", "military aid"): the phrase may be a thing the role does or owns, not the role itself.
    /// </summary>
    public bool ModifierOnly { get; init; }

    /// <summary>
    /// True for a seat of power coded with its dictionary country ("the Supreme Court" → USAJUD):
    /// a country named as its owner makes it that country's body of the same role.
    /// </summary>
    public bool IsSeat { get; init; }

    /// <summary>
    /// The code the dictionary gave before the document's day made it an earlier state's ("Russian
    /// positions" in 1990 is SUN, first RUS), or null when the day changed nothing.
    /// </summary>
    public string? CodeBeforeSuccession { get; init; }

    /// <summary>Other words of the sentence that stand for this actor (a title and name written as one run of capitalised words).</summary>
    public ImmutableArray<int> Covers { get; init; } = [];

    /// <summary>For pairs and pronouns: the earlier mentions it stands for.</summary>
    public ImmutableArray<ActorMention> Antecedents { get; init; } = [];

    /// <summary>The country part of the code, if any.</summary>
    public string? Country => ActorCode.CountryOf(Code);

    /// <summary>The codes this mention contributes as an event participant (a pair stands for two).</summary>
    public IEnumerable<ActorMention> Members => Rule == MentionRule.Pair && !Antecedents.IsEmpty ? Antecedents : [this];
}
