namespace Dyad.Syntax;

/// <summary>
/// Decodes sentences with a parser: greedily, or with a beam when the parser was trained for one,
/// and, given a <see cref="Fallback"/>, as a cascade: the greedy parser parses every sentence,
/// and the sentences where it doubted more than <see cref="DoubtsPerWord"/> of its decisions per
/// word (a best action within <see cref="Parser.DoubtMargin"/> of the runner-up) are parsed again
/// by the fallback, a beam-search parser. The two parsers err on different sentences, so the
/// cascade is more accurate than the greedy parser at a fraction of the beam's cost (the figures
/// are in <c>data/models/README.md</c>). Holds scratch state: one instance per thread.
/// </summary>
public sealed class ParseDecoder
{
    private readonly ParseState state = new();
    private readonly BeamSearch? beam;
    private readonly BeamSearch? fallbackBeam;
    private long words;
    private long reparsed;

    /// <summary>Creates a decoder for <paramref name="parser"/> alone.</summary>
    public ParseDecoder(Parser parser)
        : this(parser, null, 0)
    {
    }

    /// <summary>
    /// Creates a cascade: <paramref name="parser"/> (greedy) first, then <paramref name="fallback"/>
    /// for the sentences with more than <paramref name="doubtsPerWord"/> doubted decisions per word.
    /// </summary>
    public ParseDecoder(Parser parser, Parser? fallback, float doubtsPerWord)
    {
        if (fallback is not null)
        {
            ThrowIfNoCascade(parser, fallback, doubtsPerWord);
        }

        Parser = parser;
        Fallback = fallback;
        DoubtsPerWord = doubtsPerWord;
        beam = parser.BeamWidth > 1 ? new BeamSearch(parser, parser.BeamWidth) : null;
        fallbackBeam = fallback is null ? null : new BeamSearch(fallback, fallback.BeamWidth);
    }

    /// <summary>Refuses a cascade that cannot work: a first parser that is no greedy one, a fallback that reads other relations or no supertags, a limit that is no number of 0 or more.</summary>
    public static void ThrowIfNoCascade(Parser parser, Parser fallback, float doubtsPerWord)
    {
        if (!(doubtsPerWord >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(doubtsPerWord), doubtsPerWord, "the doubts per word must be a number of 0 or more");
        }

        if (parser.BeamWidth > 1)
        {
            throw new ArgumentException("a cascade starts with a greedy parser", nameof(parser));
        }

        // (A fallback trained without supertags would read the first parser's, which it never saw.)
        if (fallback.Supertagger is null && parser.Supertagger is not null)
        {
            throw new ArgumentException("the fallback parser reads no supertags, where the first parser's input carries them", nameof(fallback));
        }

        if (!fallback.Labels.SequenceEqual(parser.Labels))
        {
            throw new ArgumentException("the fallback parser must predict the same relations as the first", nameof(fallback));
        }
    }

    /// <summary>The parser that parses every sentence.</summary>
    public Parser Parser { get; }

    /// <summary>The parser that parses again the sentences <see cref="Parser"/> doubted (null = none).</summary>
    public Parser? Fallback { get; }

    /// <summary>Doubted decisions per word above which a sentence goes to <see cref="Fallback"/>.</summary>
    public float DoubtsPerWord { get; }

    /// <summary>
    /// Words in the parses made, and of those, words parsed again by the fallback (for reports; a
    /// sentence that the news repairs parse twice, shortened and whole, counts twice).
    /// </summary>
    public (long Words, long Reparsed) Counts => (words, reparsed);

    /// <summary>
    /// Parses <paramref name="input"/> (built with <see cref="Parser"/>'s supertagger): fills heads
    /// (0 = root) and label ids for words 1…n. Returns true when the fallback parsed it.
    /// </summary>
    public bool Parse(ParserInput input, Span<int> heads, Span<int> labels)
    {
        words += input.Length;
        if (beam is not null)
        {
            beam.Parse(input, heads, labels);
            return false;
        }

        if (Fallback is null)
        {
            Parser.Parse(input, state, heads, labels);
            return false;
        }

        // Doubts are whole: more than DoubtsPerWord × n of them is more than its floor, and the
        // greedy parse stops as soon as that many are doubted, its parse no longer wanted.
        int allowed = (int)MathF.Floor(DoubtsPerWord * input.Length);
        if (Parser.Parse(input, state, heads, labels, allowed) <= allowed)
        {
            return false;
        }

        if (Fallback.Supertagger is { } supertagger && !ReferenceEquals(supertagger, Parser.Supertagger))
        {
            if (input.Atoms is not { } atoms)
            {
                throw new ArgumentException("the input keeps no word atoms to supertag again (build it with SyntaxAnnotator.ParserInputOf)", nameof(input));
            }

            input.AddSupertags(supertagger, atoms);
        }

        fallbackBeam!.Parse(input, heads, labels);
        reparsed += input.Length;
        return true;
    }
}
