using Dyad.Learning;

namespace Dyad.Syntax;

/// <summary>
/// The hashed pieces of one word that tagger and parser features are made of: form, lower case,
/// prefixes, suffixes, shape. Computed once per word per sentence.
/// </summary>
public readonly struct WordAtoms
{
    /// <summary>Hash standing for "no word here" (before the start or after the end).</summary>
    public const ulong None = 0x5EED_0000_0000_0001UL;

    /// <summary>Computes the atoms of a word.</summary>
    public WordAtoms(ReadOnlySpan<char> form)
    {
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        Form = FeatureHash.Of(form);
        Lower = FeatureHash.Of(lower);
        Prefix1 = FeatureHash.Of(lower[..Math.Min(1, lower.Length)]);
        Prefix2 = FeatureHash.Of(lower[..Math.Min(2, lower.Length)]);
        Prefix3 = FeatureHash.Of(lower[..Math.Min(3, lower.Length)]);
        Suffix1 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 1)..]);
        Suffix2 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 2)..]);
        Suffix3 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 3)..]);
        Suffix4 = FeatureHash.Of(lower[Math.Max(0, lower.Length - 4)..]);
        Shape = ShapeOf(form);
        Length = (ulong)Math.Min(form.Length, 12);
    }

    /// <summary>The exact form.</summary>
    public ulong Form { get; }

    /// <summary>The lower-cased form.</summary>
    public ulong Lower { get; }

    /// <summary>First letter.</summary>
    public ulong Prefix1 { get; }

    /// <summary>First two letters.</summary>
    public ulong Prefix2 { get; }

    /// <summary>First three letters.</summary>
    public ulong Prefix3 { get; }

    /// <summary>Last letter.</summary>
    public ulong Suffix1 { get; }

    /// <summary>Last two letters.</summary>
    public ulong Suffix2 { get; }

    /// <summary>Last three letters.</summary>
    public ulong Suffix3 { get; }

    /// <summary>Last four letters.</summary>
    public ulong Suffix4 { get; }

    /// <summary>Word shape: character classes with runs collapsed (Xx, dd.d, X.X., x-x).</summary>
    public ulong Shape { get; }

    /// <summary>Length, capped at 12.</summary>
    public ulong Length { get; }

    /// <summary>
    /// The shape of a word: X for upper, x for lower, d for digit, other characters as they are,
    /// runs of the same class longer than two collapsed ("Putin" → Xxx, "2.5%" → d.d%, "U.S." → X.X.).
    /// </summary>
    public static ulong ShapeOf(ReadOnlySpan<char> form)
    {
        Span<char> shape = stackalloc char[Math.Min(form.Length, 24)];
        int n = 0;
        char last = '\0';
        int run = 0;
        foreach (char c in form)
        {
            char kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = kind == last ? run + 1 : 1;
            last = kind;
            if (run <= 2 && n < shape.Length)
            {
                shape[n++] = kind;
            }
        }

        return FeatureHash.Of(shape[..n]);
    }
}
