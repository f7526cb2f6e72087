using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Events;

/// <summary>
/// One coded event as one sentence states it, with the evidence for every part: who (source),
/// to whom (target), what (CAMEO code, its PLOVER type), when, the trigger word, the pattern or
/// rule that coded it, the dictionary entries behind its actors, and how sure the coder is.
/// </summary>
public sealed record EventMention
{
    /// <summary>The document's id.</summary>
    public required string Document { get; init; }

    /// <summary>Sentence index in the document.</summary>
    public required int Sentence { get; init; }

    /// <summary>The sentence's text.</summary>
    public required string SentenceText { get; init; }

    /// <summary>The sentence's span in the cleaned text.</summary>
    public required TextSpan SentenceSpan { get; init; }

    /// <summary>Who acted.</summary>
    public required ActorMention Source { get; init; }

    /// <summary>Whom it was directed at, when stated.</summary>
    public ActorMention? Target { get; init; }

    /// <summary>The CAMEO event.</summary>
    public required CameoEvent Event { get; init; }

    /// <summary>When: the sentence's own date expression, else the publication date.</summary>
    public ResolvedDate? Date { get; init; }

    /// <summary>The date expression used, or null when the publication date was taken.</summary>
    public TimeExpression? DateExpression { get; init; }

    /// <summary>The word that triggered the event.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>The trigger's text.</summary>
    public required string TriggerText { get; init; }

    /// <summary>The pattern id or named rule that coded it.</summary>
    public required string Rule { get; init; }

    /// <summary>True when the sentence says it did not happen ("did not meet").</summary>
    public bool Negated { get; init; }

    /// <summary>True for conditional, future or modal statements ("could lead to").</summary>
    public bool Hypothetical { get; init; }

    /// <summary>True when it was attempted or failed rather than done.</summary>
    public bool Attempted { get; init; }

    /// <summary>Who reported it, when it comes from reported speech ("…, Ushakov said").</summary>
    public ActorMention? ReportedBy { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public required double Confidence { get; init; }

    /// <summary>Where it happened, when the sentence says ("in Moscow").</summary>
    public Facts.PlaceMention? Location { get; init; }

    /// <summary>Indexes of the document's quotes in the event's sentence (the words it came from).</summary>
    public ImmutableArray<int> Quotes { get; init; } = [];

    /// <summary>True when the event happened as far as the text says: not negated, hypothetical or merely attempted.</summary>
    public bool IsRealized => !Negated && !Hypothetical && !Attempted;

    /// <summary>Dictionary entries behind the actors.</summary>
    public ImmutableArray<string> Entries => [.. Source.Entries.Concat(Target?.Entries ?? []).Distinct()];
}
