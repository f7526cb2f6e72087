using Dyad.Data;
using Dyad.Segmentation;
using Dyad.Tests.Support;
using Dyad.Text;

namespace Dyad.Tests.Segmentation;

/// <summary>The cases in Data/tokenization.txt and Data/sentences.txt, each a test.</summary>
public sealed class SegmentationSpecTests
{
    private static readonly Abbreviations Lists = Abbreviations.Load(DataDirectory.Default);

    public static TheoryData<string, string> TokenizationCases()
    {
        var data = new TheoryData<string, string>();
        string? input = null;
        foreach (string line in File.ReadLines(Paths.TestData("tokenization.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("=> ", StringComparison.Ordinal))
            {
                data.Add(input!, line[3..]);
                input = null;
            }
            else
            {
                input = line;
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TokenizationCases))]
    public void TokenizesLikeUdEnglish(string input, string expected)
    {
        var tokens = new Tokenizer(Lists).Tokenize(input);
        Assert.Equal(expected, string.Join(" | ", tokens.Select(t => t.Span.Of(input))));
    }

    public static TheoryData<string, string, string[]> SentenceCases()
    {
        var data = new TheoryData<string, string, string[]>();
        string? name = null;
        string? paragraph = null;
        var expected = new List<string>();
        foreach (string line in File.ReadLines(Paths.TestData("sentences.txt")).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (paragraph is not null)
                {
                    data.Add(name!, paragraph, [.. expected]);
                }

                name = line[3..];
                paragraph = null;
                expected.Clear();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                expected.Add(line[2..]);
            }
            else if (!line.StartsWith('#') && line.Length > 0)
            {
                paragraph = line;
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SentenceCases))]
    public void SplitsSentencesLikeAReader(string convention, string paragraph, string[] expected)
    {
        _ = convention;
        var tokens = new Tokenizer(Lists).Tokenize(paragraph);
        var sentences = new List<Sentence>();
        new SentenceSplitter(Lists).Split(paragraph, tokens, 0, tokens.Count, 0, sentences);
        Assert.Equal(expected, sentences.Select(s => s.Span.Of(paragraph)));
    }
}
