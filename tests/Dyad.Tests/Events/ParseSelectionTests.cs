using Dyad.Ingestion;
using Dyad.Pipeline;
using Dyad.Tests.Support;
using Dyad.Text;

namespace Dyad.Tests.Events;

/// <summary>
/// Which sentences the event pipeline parses: those naming an actor, and those referring back
/// ("he", "both men") once an actor or role has been matched in the document. The others cannot
/// give an event a source or a quote a speaker, so parsing them would only cost time.
/// </summary>
public sealed class ParseSelectionTests
{
    private static AnalyzedDocument Analyze(string text)
    {
        var metadata = new DocumentMetadata("test", "test", null, null, new DateOnly(2024, 2, 8), "en");
        return EventPipelines.Default.Process(new SourceDocument(metadata, text, null, InputFormat.Text));
    }

    private static bool[] Parsed(AnalyzedDocument analyzed) => [.. analyzed.Syntax.Select(s => s.Words.Length > 0)];

    [Fact]
    public void APronounAfterANamedActorIsParsedAndCodedForThatActor()
    {
        var analyzed = Analyze("Vladimir Putin met Xi Jinping in Beijing on Monday. He praised the talks with China.");

        Assert.Equal([true, true], Parsed(analyzed));
        Assert.Contains(analyzed.Events, e => e.Sentence == 1 && e.Source.Code == "RUSGOV");
    }

    [Fact]
    public void PronounsInADocumentWithoutActorsOrRolesAreNotParsed()
    {
        var analyzed = Analyze("Shares rose sharply on Monday and it was the best day in a month. Its gains came late.");

        Assert.Equal([false, false], Parsed(analyzed));
        Assert.Empty(analyzed.Events);
    }

    [Fact]
    public void APronounBeforeTheFirstNamedActorIsNotParsedButTheNamingSentenceIs()
    {
        var analyzed = Analyze("It was a quiet week for the markets. Russia criticized the United States on Tuesday.");

        Assert.Equal([false, true], Parsed(analyzed));
    }
}
