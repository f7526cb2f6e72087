using Dyad.Events;
using Dyad.Ingestion;
using Dyad.Tests.Support;
using Dyad.Text;

namespace Dyad.Tests.Events;

/// <summary>How <see cref="Evaluation"/> compares coded events with gold events.</summary>
public sealed class EvaluationTests
{
    private static RecordOutcome Score(string sentence, params (string Source, string? Target, string Code)[] gold)
    {
        var record = new GoldRecord("case", sentence, null, null, gold, NoEvents: false);
        var metadata = new DocumentMetadata("case", "case", null, null, null, "en");
        var events = EventPipelines.Default.Process(new SourceDocument(metadata, sentence, null, InputFormat.Text)).Events;
        return Evaluation.Compare(record, events, EvaluationLevel.Plover, EventPipelines.Default.Events.Ontology);
    }

    [Fact]
    public void ADyadWithinOneCountryIsScoredLikeAnyOther()
    {
        // PEROPP → PERGOV is (PER, PER) at country level, as gold sets code domestic demands.
        var outcome = Score("Opposition leaders in Peru said the prime minister must resign.", ("PER", "PER", "DEMAND"));
        Assert.Contains(new EventKey("PER", "PER", "REQUEST"), outcome.Matched);
        Assert.Empty(outcome.Missed);
    }

    [Fact]
    public void PloverHalfLabelsAreReadAsPloverTwo()
    {
        Assert.Equal("REQUEST", Evaluation.GoldLabel("DEMAND", EvaluationLevel.Plover, EventPipelines.Default.Events.Ontology));
        Assert.Equal("ACCUSE", Evaluation.GoldLabel("DISAPPROVE", EvaluationLevel.Plover, EventPipelines.Default.Events.Ontology));
        Assert.Equal("ACCUSE", Evaluation.GoldLabel("INVESTIGATE", EvaluationLevel.Plover, EventPipelines.Default.Events.Ontology));
        Assert.Equal("ASSAULT", Evaluation.GoldLabel("FIGHT", EvaluationLevel.Plover, EventPipelines.Default.Events.Ontology));
    }

    [Fact]
    public void AnEventWithoutTargetDoesNotMatchAGoldEventWithOne()
    {
        // "Syria said …" codes a statement only; the gold's SYR → ISR demand is missed, not matched loosely.
        var outcome = Score("Syria said on Monday it was ready.", ("SYR", "ISR", "DEMAND"));
        Assert.Contains(new EventKey("SYR", "ISR", "REQUEST"), outcome.Missed);
    }

    [Fact]
    public void TheGoldSetsOwnCodesForJapanItalyAndVietnamCountAsTheirIsoCodes()
    {
        // PLOVER-GSR01-SANCTION-0006 writes Japan JAP; Dyad codes it JPN.
        var outcome = Score("Japan said on Tuesday it had halted economic aid to Serbia.", ("JAP", "SRB", "SANCTION"));
        Assert.Contains(new EventKey("JPN", "SRB", "SANCTION"), outcome.Matched);
        Assert.Equal("ITA", Evaluation.Party("ITL"));
        Assert.Equal("VNM", Evaluation.Party("VTN"));
    }

    [Fact]
    public void ANamedInternationalNgoIsComparedAsTheGoldSetsIgo()
    {
        // PLOVER-GSR01-DEMAND-0025 writes Amnesty International IGO; Dyad codes it NGOAMN. A bare NGO
        // ("a human rights group") stays NGO, as the gold writes it.
        var outcome = Score("Amnesty International demanded that the Sudanese government end curbs on press freedom.", ("IGO", "SDN", "DEMAND"));
        Assert.Contains(new EventKey("IGO", "SDN", "REQUEST"), outcome.Matched);
        Assert.Equal("NGO", Evaluation.Party("NGO"));
        Assert.Equal("IGO", Evaluation.Party("NGOIRC"));
        Assert.Equal("IGO", Evaluation.Party("NGOHLHIRC"));
        Assert.Equal("NGO", Evaluation.Party("NGOHRI"));
        Assert.Equal("IGO", Evaluation.Party("IGOUNO"));
    }
}
