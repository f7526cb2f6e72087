using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Text;

namespace Dyad.Facts;

/// <summary>Who said something: the phrase in the text and, when the dictionaries know it, the actor.</summary>
/// <param name="Name">The actor's name, or the phrase ("a company spokesman").</param>
/// <param name="Span">The speaker's phrase in the text.</param>
/// <param name="Actors">The actors it stands for (two for "both men"); empty when unknown.</param>
public sealed record Speaker(string Name, TextSpan Span, ImmutableArray<ActorMention> Actors)
{
    /// <summary>The actor codes ("RUSGOV"; two for a pair).</summary>
    public IEnumerable<string> Codes => Actors.Select(a => a.Code).Distinct();
}

/// <summary>A direct quotation with its speaker.</summary>
/// <param name="Index">Position among the document's quotes.</param>
/// <param name="Span">The quoted words, inside the quotation marks.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="FirstSentence">Sentence holding the opening mark.</param>
/// <param name="LastSentence">Sentence holding the closing mark.</param>
/// <param name="Speaker">Who said it, when found.</param>
/// <param name="Verb">The speech verb as written ("said", "told"), when there is one.</param>
/// <param name="Via">The attribution chain: whose report carries it ("according to … Tass").</param>
/// <param name="Rule">How the speaker was found (speech-verb, clause-subject, according-to, continuation).</param>
public sealed record Quote(int Index, TextSpan Span, string Text, int FirstSentence, int LastSentence, Speaker? Speaker, string? Verb, ImmutableArray<Speaker> Via, string Rule);

/// <summary>Indirect speech: "Ushakov told reporters that …" is a statement by Ushakov.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Verb">The speech verb as written.</param>
/// <param name="Span">The reported content (the clause after the verb).</param>
/// <param name="Text">Its words.</param>
/// <param name="Via">The attribution chain.</param>
public sealed record Statement(int Sentence, Speaker Speaker, string Verb, TextSpan Span, string Text, ImmutableArray<Speaker> Via);
