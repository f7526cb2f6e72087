using System.Globalization;

namespace Dyad.Syntax;

/// <summary>Accuracies of a system's annotation against gold, in percent.</summary>
public sealed record SyntaxScores(int Words, double Upos, double Xpos, double UFeats, double Lemmas, double Uas, double Las)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"words {Words}, UPOS {Upos:F2}, XPOS {Xpos:F2}, UFeats {UFeats:F2}, Lemmas {Lemmas:F2}, UAS {Uas:F2}, LAS {Las:F2}");
}

/// <summary>
/// Scores with the CoNLL 2018 shared task's rules for gold tokenization: every syntactic word
/// counts once; LAS compares the universal part of DEPREL (subtypes ignored, "nsubj:pass" =
/// "nsubj"); FEATS compare as sets of universal features; lemmas compare exactly.
/// </summary>
public static class SyntaxScorer
{
    /// <summary>Scores sentence by sentence; the two lists must have the same words.</summary>
    public static SyntaxScores Score(IReadOnlyList<ConllSentence> gold, IReadOnlyList<ConllSentence> system)
    {
        if (gold.Count != system.Count)
        {
            throw new ArgumentException($"gold has {gold.Count} sentences, system {system.Count}");
        }

        int words = 0, upos = 0, xpos = 0, feats = 0, lemmas = 0, uas = 0, las = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            var g = gold[s].Words;
            var p = system[s].Words;
            if (g.Count != p.Count)
            {
                throw new ArgumentException($"sentence {s + 1}: gold has {g.Count} words, system {p.Count}");
            }

            for (int i = 0; i < g.Count; i++)
            {
                words++;
                upos += g[i].Upos == p[i].Upos ? 1 : 0;
                xpos += g[i].Xpos == p[i].Xpos ? 1 : 0;
                feats += SameFeats(g[i].Feats, p[i].Feats) ? 1 : 0;
                lemmas += g[i].Lemma == p[i].Lemma ? 1 : 0;
                if (g[i].Head == p[i].Head)
                {
                    uas++;
                    las += Universal(g[i].Deprel) == Universal(p[i].Deprel) ? 1 : 0;
                }
            }
        }

        double Percent(int n) => words == 0 ? 0 : 100.0 * n / words;
        return new SyntaxScores(words, Percent(upos), Percent(xpos), Percent(feats), Percent(lemmas), Percent(uas), Percent(las));
    }

    /// <summary>The universal part of a relation: "nsubj:pass" → "nsubj".</summary>
    public static string Universal(string deprel)
    {
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    private static bool SameFeats(string gold, string system)
    {
        static IEnumerable<string> Parts(string feats) => feats == "_" ? [] : feats.Split('|').Order(StringComparer.Ordinal);
        return Parts(gold).SequenceEqual(Parts(system), StringComparer.Ordinal);
    }
}
