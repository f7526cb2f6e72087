using System.Collections.Frozen;
using Dyad.Data;
using Dyad.Text;

namespace Dyad.Facts;

/// <summary>
/// Tone as GDELT defines it (GKG V1.5TONE): <see cref="Positive"/> and <see cref="Negative"/> are the
/// percentages of words with a positive or negative valence in the lexicon, <see cref="Value"/> is
/// their difference, <see cref="Polarity"/> their sum; <see cref="ActivityDensity"/> is the
/// percentage of words that are verbs (UPOS VERB) and <see cref="SelfGroupDensity"/> the percentage
/// that are personal pronouns; <see cref="WordCount"/> counts words (no punctuation or symbols).
/// </summary>
/// <param name="Value">Positive minus negative (−100…100; news is usually within ±10).</param>
/// <param name="Positive">Percentage of words with positive valence.</param>
/// <param name="Negative">Percentage of words with negative valence.</param>
/// <param name="Polarity">Positive plus negative.</param>
/// <param name="ActivityDensity">Percentage of words that are verbs.</param>
/// <param name="SelfGroupDensity">Percentage of words that are personal pronouns.</param>
/// <param name="WordCount">Number of words.</param>
public sealed record ToneScores(double Value, double Positive, double Negative, double Polarity, double ActivityDensity, double SelfGroupDensity, int WordCount)
{
    /// <summary>The seven comma-separated values of a GKG V1.5TONE field.</summary>
    public string ToGkg() => string.Join(',', new[] { Value, Positive, Negative, Polarity, ActivityDensity, SelfGroupDensity }
        .Select(v => v.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture))
        .Append(WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>Word counts behind a tone, which add up across sentences.</summary>
public readonly record struct ToneCounts(int Words, int Positive, int Negative, int Verbs, int Pronouns)
{
    /// <summary>The sum of two counts.</summary>
    public static ToneCounts operator +(ToneCounts a, ToneCounts b) =>
        new(a.Words + b.Words, a.Positive + b.Positive, a.Negative + b.Negative, a.Verbs + b.Verbs, a.Pronouns + b.Pronouns);

    /// <summary>The percentages.</summary>
    public ToneScores Scores()
    {
        if (Words == 0)
        {
            return new ToneScores(0, 0, 0, 0, 0, 0, 0);
        }

        double positive = 100.0 * Positive / Words;
        double negative = 100.0 * Negative / Words;
        return new ToneScores(positive - negative, positive, negative, positive + negative, 100.0 * Verbs / Words, 100.0 * Pronouns / Words, Words);
    }
}

/// <summary>
/// The tone lexicon: VADER's word valences (data/tone/vader.tsv, MIT) and the personal pronouns
/// (data/tone/pronouns.tsv). Immutable, shared.
/// </summary>
public sealed class ToneLexicon
{
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> valences;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> pronouns;

    /// <summary>Creates the lexicon from word valences and pronouns.</summary>
    public ToneLexicon(IReadOnlyDictionary<string, double> valences, IEnumerable<string> pronouns)
    {
        this.valences = valences.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.pronouns = pronouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Loads the shipped lexicon.</summary>
    public static ToneLexicon Load(DataDirectory data)
    {
        var valences = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in data.ReadTable("tone/vader.tsv"))
        {
            if (fields.Length < 2 || fields[0] == "word")
            {
                continue;
            }

            // VADER loads the file into a dictionary, so of the 14 tokens listed twice the later line wins.
            valences[fields[0]] = double.TryParse(fields[1], System.Globalization.CultureInfo.InvariantCulture, out double v)
                ? v
                : throw new DataFileException(data.File("tone/vader.tsv"), line, $"valence '{fields[1]}' is not a number");
        }

        var pronouns = data.ReadTable("tone/pronouns.tsv").Select(row => row.Fields[0]).Where(p => p != "pronoun").ToList();
        return new ToneLexicon(valences, pronouns);
    }

    /// <summary>The counts of one sentence's words; <paramref name="upos"/> marks the verbs.</summary>
    public ToneCounts Count(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> upos)
    {
        int words = 0, positive = 0, negative = 0, verbs = 0, pronounCount = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            words++;
            var form = token.Span.In(text);
            if (valences.TryGetValue(form, out double valence))
            {
                if (valence > 0)
                {
                    positive++;
                }
                else if (valence < 0)
                {
                    negative++;
                }
            }

            // All-capital "US" is the country, not the pronoun.
            if (pronouns.Contains(form) && !form.SequenceEqual("US"))
            {
                pronounCount++;
            }

            if (upos[i] == "VERB")
            {
                verbs++;
            }
        }

        return new ToneCounts(words, positive, negative, verbs, pronounCount);
    }
}
