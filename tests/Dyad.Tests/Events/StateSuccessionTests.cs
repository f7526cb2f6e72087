using Dyad.Actors;
using Dyad.Data;

namespace Dyad.Tests.Events;

/// <summary>The shipped table of states that did not exist yet (data/actors/successions.tsv).</summary>
public sealed class StateSuccessionTests
{
    private static readonly Lazy<StateSuccession> Shipped = new(() => StateSuccession.Load(DataDirectory.Default));

    [Theory]
    [InlineData("RUSGOV", "1991-12-25", "SUNGOV")]
    [InlineData("RUSGOV", "1991-12-26", "RUSGOV")]
    [InlineData("KSV", "2007-01-01", "SRB")]
    [InlineData("KSVGOV", "2004-01-01", "SCGGOV")]
    [InlineData("KSVGOV", "1995-01-01", "YUGGOV")]
    [InlineData("SSDREB", "1987-05-01", "SDNREB")]
    [InlineData("SSDREB", "2012-05-01", "SSDREB")]
    [InlineData("USAGOV", "1987-05-01", "USAGOV")]
    [InlineData("IGOUNO", "1950-05-01", "IGOUNO")]
    public void ACodeTakesTheStateOfItsDayThroughTheChain(string code, string day, string expected) =>
        Assert.Equal(expected, Shipped.Value.CodeOn(code, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void WithoutADateTheCodeIsKept() => Assert.Equal("RUSGOV", Shipped.Value.CodeOn("RUSGOV", null));

    [Theory]
    [InlineData("GEOBUS", "1987-05-01", false)]
    [InlineData("GEOGOV", "1991-04-09", true)]
    [InlineData("GEO", null, true)]
    [InlineData("USAGOV", "1987-05-01", true)]
    public void GeorgiaIsNoStateActorBeforeItsIndependence(string code, string? day, bool exists)
    {
        // ("Georgia Power Co", "the governor of Georgia" in 1987 news are the US state's.)
        var date = day is null ? (DateOnly?)null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(exists, Shipped.Value.ExistsOn(code, date));
        // (No code is made of the table's "---".)
        Assert.Equal(code, Shipped.Value.CodeOn(code, date));
    }

    [Fact]
    public void AMalformedLineNamesTheFileAndLine()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dyad-succession-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "actors"));
        try
        {
            File.WriteAllLines(Path.Combine(folder, StateSuccession.FileName), ["# comment", "code\tbefore\tsince\tnote", "RUS\tSUN\t26 December 1991\tbad date"]);
            var error = Assert.Throws<DataFileException>(() => StateSuccession.Load(new DataDirectory(folder)));
            Assert.Equal(3, error.Line);
            Assert.EndsWith("successions.tsv", error.FilePath, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
