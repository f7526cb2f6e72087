using Dyad.Data;
using Dyad.Events;
using Dyad.Tests.Support;

namespace Dyad.Tests.Events;

/// <summary>The user's event pattern files (<c>--patterns</c>): rows of verbs.tsv or nouns.tsv that add to and override the shipped ones.</summary>
public sealed class UserPatternTests
{
    private const string VerbHeader = "id\tverb\tsubject\tpattern\tcode\tsource\tnote\n";

    private static readonly CameoOntology Ontology = CameoOntology.Load(DataDirectory.Default);

    private static EventPatterns Load(params string[] files) =>
        EventPatterns.Load(DataDirectory.Default, files, code => Ontology.Find(code) is not null);

    [Fact]
    public void AUserRowGoesBeforeTheShippedRowsAsSpecificAsIt()
    {
        using var folder = new TempFolder();
        string file = folder.File("mine.tsv", "# an analyst's rows\n" + VerbHeader
            + "snub.mine\tsnub\t\t\t125\tanalyst\tsnubbing an offer to talk is rejecting it\n"
            + "snub.mine.2\tsnub\t\toffer\t---\tanalyst\tnot an event\n");

        var shipped = Load().ForVerb("snub");
        var extended = Load(file).ForVerb("snub");

        Assert.DoesNotContain(shipped, p => p.Id.StartsWith("snub.mine", StringComparison.Ordinal));
        Assert.Equal(shipped.Length + 2, extended.Length);
        // The verb alone: the user's default row comes before the shipped default row, so it wins.
        var defaults = extended.Where(p => p.Steps.IsEmpty && p.Subject.IsEmpty).ToList();
        Assert.Equal("snub.mine", defaults[0].Id);
        Assert.Equal("125", defaults[0].Code);
        Assert.Contains(defaults, p => p.Source != "analyst");
        var blocking = Assert.Single(extended, p => p.Id == "snub.mine.2");
        Assert.Null(blocking.Code);
        Assert.Empty(Load(file).Diagnostics);
    }

    [Fact]
    public void AMalformedRowIsReportedWithItsFileAndLineAndTheOtherRowsAreUsed()
    {
        using var folder = new TempFolder();
        string file = folder.File("mine.tsv", VerbHeader
            + "snub.mine\tsnub\t\t\t125\tanalyst\tkept\n"
            + "bad.code\trebuff\t\t\t12x\tanalyst\tnot a code\n"
            + "bad.synset\trebuff\t\t@nosuchset\t120\tanalyst\tunknown word set\n"
            + "visit.1\tvisit\t\t\t042\tanalyst\tthe id of a shipped row\n"
            + "bad.unknown\trebuff\t\t\t999\tanalyst\tno such CAMEO code\n"
            + "\n"
            + "short.row\trebuff\n"
            + "rebuff.mine\trebuff\t\t\t125\tanalyst\tkept\n");

        var patterns = Load(file);

        Assert.Equal([3, 4, 5, 6, 8], patterns.Diagnostics.Select(d => d.Line ?? 0));
        Assert.All(patterns.Diagnostics, d => Assert.Equal(file, d.Input));
        Assert.All(patterns.Diagnostics, d => Assert.Equal(PatternCodes.MalformedRow, d.Code));
        Assert.Contains("12x", patterns.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("@nosuchset", patterns.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("visit.1", patterns.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("999", patterns.Diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Contains(patterns.ForVerb("snub"), p => p.Id == "snub.mine");
        Assert.Contains(patterns.ForVerb("rebuff"), p => p.Id == "rebuff.mine");
        Assert.DoesNotContain(patterns.ForVerb("rebuff"), p => p.Source == "analyst" && p.Id != "rebuff.mine");
        // The shipped row whose id was taken again is still the shipped one.
        Assert.Equal("042", Assert.Single(patterns.ForVerb("visit"), p => p.Id == "visit.1").Code);
    }

    [Fact]
    public void ARowRejectedForItsCodeLeavesItsIdFreeAndAFileGivenTwiceIsReadOnce()
    {
        using var folder = new TempFolder();
        string file = folder.File("mine.tsv", VerbHeader
            + "snub.mine\tsnub\t\t\t999\tanalyst\tno such code\n"
            + "snub.mine\tSnub\t\t\t125\tanalyst\tcorrected, the verb written with a capital\n");
        string empty = folder.File("empty.tsv", "# nothing yet\n");

        var patterns = Load(file, file, empty);

        Assert.Equal([(file, 2), (empty, 0)], patterns.Diagnostics.Select(d => (d.Input, d.Line ?? 0)));
        Assert.Equal("125", Assert.Single(patterns.ForVerb("snub"), p => p.Id == "snub.mine").Code);
    }

    [Fact]
    public void ANounFileIsToldApartByItsHeader()
    {
        using var folder = new TempFolder();
        string file = folder.File("nouns.tsv", "id\tnoun\tpattern\tcode\tsource\tnote\n"
            + "airlift.mine\tairlift\t\t073\tanalyst\tthe noun: 'the airlift of food to Berlin'\n"
            + "blockade.mine\tblockade\t^naval\t191\tanalyst\tmodifier row\n");

        var patterns = Load(file);

        Assert.Empty(patterns.Diagnostics);
        // (Dyad has verb rows for "airlift", no noun row: the user's row is a noun row only.)
        Assert.Equal("073", Assert.Single(patterns.ForNoun("airlift")).Code);
        Assert.DoesNotContain(patterns.ForVerb("airlift"), p => p.Id == "airlift.mine");
        Assert.NotEmpty(patterns.ForVerb("airlift"));
        Assert.Equal("blockade.mine", patterns.ForNoun("blockade")[0].Id);
    }

    [Fact]
    public void AFileWithoutAKnownHeaderOrMissingIsReportedWhole()
    {
        using var folder = new TempFolder();
        string headless = folder.File("headless.tsv", "snub.mine\tsnub\t\t\t125\tanalyst\tno header\n");
        string missing = Path.Combine(folder.Path, "absent.tsv");

        var patterns = Load(headless, missing);

        Assert.Equal(2, patterns.Diagnostics.Length);
        Assert.Equal((PatternCodes.MalformedRow, headless, 1), (patterns.Diagnostics[0].Code, patterns.Diagnostics[0].Input, patterns.Diagnostics[0].Line ?? 0));
        Assert.Equal((PatternCodes.FileNotRead, missing), (patterns.Diagnostics[1].Code, patterns.Diagnostics[1].Input));
        Assert.DoesNotContain(patterns.ForVerb("snub"), p => p.Id == "snub.mine");
        Assert.Equal(Load().Count, patterns.Count);
    }
}
