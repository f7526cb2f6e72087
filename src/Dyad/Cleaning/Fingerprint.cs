namespace Dyad.Cleaning;

/// <summary>Hashes of a text's words (lower-cased letters and digits): whole, first words, last words.</summary>
internal readonly record struct Fingerprint(ulong Full, ulong Head, ulong Tail, int Count)
{
    /// <summary>Words compared to spot reworded copies: the first and last few.</summary>
    public const int AnchorWords = 5;

    // FNV-1a, 64-bit.
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Basis = 0xCBF29CE484222325UL;

    public static Fingerprint Of(ReadOnlySpan<char> text)
    {
        ulong full = Basis;
        ulong head = Basis;
        int count = 0;
        bool inWord = false;
        // Tail: hashes of the last AnchorWords words, kept in a ring.
        Span<ulong> ring = stackalloc ulong[AnchorWords];
        ulong word = Basis;
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || (c > 0x7f && char.IsLetterOrDigit(c)))
            {
                ulong lower = c <= 0x7f ? (ulong)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
                full = (full ^ lower) * Prime;
                word = (word ^ lower) * Prime;
                if (count < AnchorWords)
                {
                    head = (head ^ lower) * Prime;
                }

                inWord = true;
            }
            else if (inWord)
            {
                EndWord(ref full, ref head, ref word, ref count, ring);
                inWord = false;
            }
        }

        if (inWord)
        {
            EndWord(ref full, ref head, ref word, ref count, ring);
        }

        ulong tail = Basis;
        int tailWords = Math.Min(count, AnchorWords);
        for (int k = count - tailWords; k < count; k++)
        {
            tail = (tail ^ ring[k % AnchorWords]) * Prime;
        }

        return new Fingerprint(full, head, tail, count);
    }

    private static void EndWord(ref ulong full, ref ulong head, ref ulong word, ref int count, Span<ulong> ring)
    {
        full = (full ^ ' ') * Prime;
        if (count < AnchorWords)
        {
            head = (head ^ ' ') * Prime;
        }

        ring[count % AnchorWords] = word;
        word = Basis;
        count++;
    }

    /// <summary>
    /// Jaccard overlap of the two texts' word bigrams. Bigrams, not single words: two
    /// sentences about the same things share many words but few word pairs unless one is a
    /// copy of the other.
    /// </summary>
    public static double Overlap(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        int shared = 0;
        foreach (ulong bigram in left)
        {
            if (right.Contains(bigram))
            {
                shared++;
            }
        }

        int union = left.Count + right.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    /// <summary>Hashes of consecutive word pairs.</summary>
    private static HashSet<ulong> Bigrams(ReadOnlySpan<char> text)
    {
        var bigrams = new HashSet<ulong>();
        ulong previous = 0;
        ulong word = Basis;
        bool inWord = false;
        bool havePrevious = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word = (word ^ char.ToLowerInvariant(c)) * Prime;
                inWord = true;
            }
            else if (inWord)
            {
                Pair(ref previous, ref havePrevious, word, bigrams);
                word = Basis;
                inWord = false;
            }
        }

        if (inWord)
        {
            Pair(ref previous, ref havePrevious, word, bigrams);
        }

        return bigrams;
    }

    private static void Pair(ref ulong previous, ref bool havePrevious, ulong word, HashSet<ulong> bigrams)
    {
        if (havePrevious)
        {
            bigrams.Add((previous * Prime) ^ word);
        }

        previous = word;
        havePrevious = true;
    }
}
