using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Dyad.Storage;

/// <summary>
/// Near-duplicate detection for stories: a MinHash signature over a document's word bigrams
/// (64 minima) estimates the Jaccard similarity of two documents' bigram sets; 16 bands of 4
/// minima hash to band keys, so documents above about 0.5 similarity share a band with high
/// probability and can be found by key lookups instead of comparing with every stored document.
/// Syndicated and reworded copies of one article (the founding sample is one) keep most bigrams.
/// </summary>
public static class StorySignature
{
    /// <summary>Number of minima.</summary>
    public const int Size = 64;

    /// <summary>Minima per band.</summary>
    public const int BandRows = 4;

    /// <summary>Estimated similarity at which two documents are one story.</summary>
    public const double SameStory = 0.5;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>The signature of a text: 64 minima of hashed word bigrams (lower-cased letters and digits).</summary>
    public static uint[] Of(string text)
    {
        var minima = new uint[Size];
        Array.Fill(minima, uint.MaxValue);
        string? previous = null;
        bool any = false;
        foreach (string word in Words(text))
        {
            if (previous is not null)
            {
                ulong shingle = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(previous + " " + word));
                for (int i = 0; i < Size; i++)
                {
                    uint h = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                    if (h < minima[i])
                    {
                        minima[i] = h;
                    }
                }

                any = true;
            }

            previous = word;
        }

        return any ? minima : [];
    }

    /// <summary>The estimated Jaccard similarity of two signatures (share of equal minima).</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        if (a.Length != Size || b.Length != Size)
        {
            return 0;
        }

        int equal = 0;
        for (int i = 0; i < Size; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return equal / (double)Size;
    }

    /// <summary>The band keys of a signature (band index mixed in, so equal keys mean the same band).</summary>
    public static long[] Bands(uint[] signature)
    {
        if (signature.Length != Size)
        {
            return [];
        }

        var bands = new long[Size / BandRows];
        for (int b = 0; b < bands.Length; b++)
        {
            var bytes = MemoryMarshal.AsBytes(signature.AsSpan(b * BandRows, BandRows));
            bands[b] = (long)(XxHash3.HashToUInt64(bytes, b) >> 1);
        }

        return bands;
    }

    /// <summary>Hex text of a signature, for storage.</summary>
    public static string ToText(uint[] signature) => string.Concat(signature.Select(v => v.ToString("x8", CultureInfo.InvariantCulture)));

    /// <summary>A signature back from its hex text (empty when malformed).</summary>
    public static uint[] FromText(string text)
    {
        if (text.Length != Size * 8)
        {
            return [];
        }

        var signature = new uint[Size];
        for (int i = 0; i < Size; i++)
        {
            if (!uint.TryParse(text.AsSpan(i * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out signature[i]))
            {
                return [];
            }
        }

        return signature;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        ulong state = 0x5DEECE66DUL;
        for (int i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
