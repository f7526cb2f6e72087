using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Data;
using Dyad.Events;
using Dyad.Syntax;
using Dyad.Text;

namespace Dyad.Pipeline;

/// <summary>A document through every stage: cleaned text, syntax, actors and events.</summary>
/// <param name="Document">The cleaned, segmented document.</param>
/// <param name="Syntax">Tags and parse per sentence.</param>
/// <param name="Actors">Actor mentions per sentence.</param>
/// <param name="Events">Coded events, in sentence order.</param>
public sealed record AnalyzedDocument(Document Document, ImmutableArray<SentenceSyntax> Syntax, DocumentActors Actors, IReadOnlyList<EventMention> Events);

/// <summary>
/// Dyad's main pipeline: text (clean, segment) → syntax (tag, lemmatize, parse) → actors
/// (dictionaries, composition, coreference) → events (CAMEO/PLOVER with evidence). Built once from
/// the shipped data (and the user's actor files), immutable, shared across threads.
/// </summary>
public sealed class EventPipeline : IDisposable
{
    /// <summary>Creates the pipeline from its stages.</summary>
    public EventPipeline(TextPipeline text, SyntaxAnalyzer syntax, ActorResolver actors, EventCoder events)
    {
        Text = text;
        Syntax = syntax;
        Actors = actors;
        Events = events;
    }

    /// <summary>The text stage.</summary>
    public TextPipeline Text { get; }

    /// <summary>The syntax stage.</summary>
    public SyntaxAnalyzer Syntax { get; }

    /// <summary>The actor stage.</summary>
    public ActorResolver Actors { get; }

    /// <summary>The event stage.</summary>
    public EventCoder Events { get; }

    /// <summary>
    /// Loads every stage from a data folder; <paramref name="userActorFiles"/> extend the actor
    /// dictionaries, or replace them when <paramref name="shippedActors"/> is false.
    /// </summary>
    public static EventPipeline Load(DataDirectory data, IEnumerable<string>? userActorFiles = null, bool shippedActors = true) => new(
        TextPipeline.Load(data),
        SyntaxAnalyzer.Load(data),
        new ActorResolver(ActorLexicon.Load(data, userActorFiles, shippedActors)),
        new EventCoder(CameoOntology.Load(data), EventPatterns.Load(data)));

    /// <summary>Runs a document through every stage.</summary>
    public AnalyzedDocument Process(SourceDocument source, CancellationToken cancellation = default) => Analyze(Text.Process(source, cancellation), cancellation);

    /// <summary>Runs an already cleaned document through syntax, actors and events.</summary>
    public AnalyzedDocument Analyze(Document document, CancellationToken cancellation = default)
    {
        var syntax = Syntax.Analyze(document, cancellation);
        var actors = Actors.Resolve(document, syntax);
        var events = Events.Code(document, syntax, actors);
        return new AnalyzedDocument(document, syntax, actors, events);
    }

    /// <inheritdoc/>
    public void Dispose() => Syntax.Dispose();
}
