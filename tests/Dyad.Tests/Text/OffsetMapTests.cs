using Dyad.Cleaning;
using Dyad.Text;

namespace Dyad.Tests.Text;

/// <summary>The normalised layer maps back to the raw text it came from.</summary>
public sealed class OffsetMapTests
{
    [Fact]
    public void CollapsedWhitespaceAndRemovedInvisiblesMapToTheirRawRange()
    {
        const string raw = "  Moscow\u00a0 and\tBei\u200bjing\r\n\r\n\r\nsigned  a deal.";
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Equal("Moscow and Beijing\n\nsigned a deal.", normalized.Text);
        Assert.Equal(2, normalized.Paragraphs.Count);

        var beijing = new TextSpan(11, 18);
        Assert.Equal("Beijing", beijing.Of(normalized.Text));
        Assert.Equal("Bei\u200bjing", normalized.Map.ToRaw(beijing).Of(raw));

        var signed = new TextSpan(20, 26);
        Assert.Equal("signed", normalized.Map.ToRaw(signed).Of(raw));
        var gap = new TextSpan(6, 7);
        Assert.Equal("\u00a0 ", normalized.Map.ToRaw(gap).Of(raw));
    }

    [Fact]
    public void DecomposedCharactersAreComposedToNfc()
    {
        const string raw = "Erdog\u0306an and Cafe\u0301 Ko\u0308ln";
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Equal("Erdoğan and Café Köln", normalized.Text);
        Assert.True(normalized.Text.IsNormalized());
        var cafe = new TextSpan(12, 16);
        Assert.Equal("Café", cafe.Of(normalized.Text));
        Assert.Equal("Cafe\u0301", normalized.Map.ToRaw(cafe).Of(raw));
    }

    [Fact]
    public void UnwrappedLinesAreParagraphs()
    {
        const string raw = "Headline without a period\nFirst paragraph is a single long line that goes on.\nSecond one.";
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Equal(3, normalized.Paragraphs.Count);
    }
}
