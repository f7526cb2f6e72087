using Dyad.Cleaning;
using Dyad.Corpora;
using Dyad.Tests.Support;

namespace Dyad.Tests.Text;

/// <summary>
/// Line-wrapped newswire is joined back into paragraphs; a lead line cut short by the dateline it
/// was filed under (the Reuters-21578 bodies start after "SALVADOR, Feb 26 -") still belongs to
/// its sentence, while a short title line stays apart.
/// </summary>
public sealed class WrappedParagraphTests
{
    private const string Body =
        "    Officials from both countries met throughout the week in\n" +
        "the capital, discussing the border dispute that began early last\n" +
        "year and the prospects for a settlement before the rainy season,\n" +
        "a government spokesman said in a statement issued on Friday.\n" +
        "    The talks will resume next month in the northern town of Kara\n" +
        "after the two delegations have reported to their governments.\n";

    [Theory]
    [InlineData("Officials met throughout the week in", "the capital, discussing the border dispute that began early last")] // a lower-case word: mid-sentence
    [InlineData("Officials met, as planned,", "in the capital, discussing the border dispute that began early last")] // a comma
    [InlineData("Treasury Secretary James Baker said the", "United States would discuss the border dispute that began early last")] // the next line starts with a capital
    public void ALeadLineCutShortContinuesIntoTheNextLine(string lead, string second)
    {
        string raw = lead + "\n" + second + "\n" + Body[Body.IndexOf("year and", StringComparison.Ordinal)..];
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Equal(2, normalized.Paragraphs.Count);
        string first = normalized.Paragraphs[0].Of(normalized.Text);
        Assert.StartsWith(lead + " " + second + " year and", first, StringComparison.Ordinal);
        Assert.EndsWith("issued on Friday.", first, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleLineEndingInACapitalisedWordStaysApart()
    {
        string raw = "Border Talks Resume In Kara\n" +
            "Officials from both countries met on Friday in the capital to\n" +
            Body[Body.IndexOf("the capital, ", StringComparison.Ordinal)..].Replace("the capital, discussing", "discuss", StringComparison.Ordinal);
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Equal(3, normalized.Paragraphs.Count);
        Assert.Equal("Border Talks Resume In Kara", normalized.Paragraphs[0].Of(normalized.Text));
        Assert.StartsWith("Officials from both countries met on Friday in the capital to discuss the border", normalized.Paragraphs[1].Of(normalized.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AShortLineClosingASentenceEndsItsParagraphInUnindentedText()
    {
        // Paragraphs neither indented nor separated by blank lines: a line that stops short after
        // a full stop ends one; the line after it starts the next.
        const string raw =
            "Officials from both countries met on Friday in the capital to\n" +
            "discuss the border dispute that began early last year, a\n" +
            "government spokesman said.\n" +
            "The talks will resume next month in the northern town of Kara\n" +
            "after the two delegations have reported to their governments.\n";
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Equal(2, normalized.Paragraphs.Count);
        Assert.EndsWith("a government spokesman said.", normalized.Paragraphs[0].Of(normalized.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AShortStoryStartingMidSentenceOnEachLineIsOneParagraph()
    {
        // Too few full lines to be recognised as wrapped text.
        const string raw = "There were seven grain ships loading and\nsix ships were waiting to load at the port, according to the\nport's merchants exchange.\n";
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Single(normalized.Paragraphs);
    }

    /// <summary>
    /// A Reuters-21578 body whose first line stops mid-sentence (its dateline was cut off) keeps
    /// that line in the paragraph of the line after it: 13,743 bodies open so, and all but 37 are
    /// joined (before, 13,707 of them opened with a fragment that became a sentence of its own).
    /// The 37 are stories of two or three lines, too short to be recognised as wrapped, whose first
    /// line ends in a content word before a capital ("Wal-Mart Stores Inc said" / "It …"), which
    /// a sentence-case title line would also do, or in a closing quotation mark.
    /// </summary>
    [Fact]
    public void NoReutersLeadIsCutAtItsFirstLineEnd()
    {
        string corpus = Paths.Shared("data/corpora/reuters-21578");
        int checkedBodies = 0;
        var cut = new List<string>();
        foreach (var article in ReutersCorpus.Read(corpus))
        {
            string[] lines = article.Body.Split('\n');
            string lead = string.Join(' ', lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            string lastWord = lead.Split(' ')[^1];
            bool closed = lead.EndsWith('.') || lead.EndsWith('?') || lead.EndsWith('!') || lead.EndsWith(':') || lead.EndsWith('"');
            bool open = lead.EndsWith(',') || (lastWord.Length > 0 && char.IsLower(lastWord[0]));
            if (lines.Length < 3 || lines[1].StartsWith(' ') || lead.Length == 0
                || !(open || (!closed && lines[1].TrimStart() is [char next, ..] && char.IsLower(next))))
            {
                continue;
            }

            checkedBodies++;
            var normalized = TextNormalizer.Normalize(article.Body);
            string first = normalized.Paragraphs[0].Of(normalized.Text);
            string secondLineStart = string.Join(' ', lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
            if (!first.Contains(lead + " " + secondLineStart, StringComparison.Ordinal))
            {
                cut.Add($"{article.Id}: {first}");
            }
        }

        Assert.True(checkedBodies >= 13_000, $"only {checkedBodies} bodies open mid-sentence");
        Assert.True(cut.Count <= 37, $"{cut.Count} of {checkedBodies} leads cut, e.g. {string.Join(" | ", cut.Take(3))}");
    }
}
