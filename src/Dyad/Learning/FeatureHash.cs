using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dyad.Learning;

/// <summary>
/// Stable 64-bit hashes for features. Strings hash with XXH3 over their UTF-16 bytes, so a
/// feature has the same key on every machine and run (string.GetHashCode is randomised), and
/// a trained model needs no vocabulary table: it stores only the keys it learned.
/// </summary>
public static class FeatureHash
{
    /// <summary>The hash of a string's characters.</summary>
    public static ulong Of(ReadOnlySpan<char> text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text));

    /// <summary>A feature key from a template number and up to three atoms.</summary>
    public static ulong Key(int template, ulong a) => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    /// <summary>A feature key from a template number and up to three atoms.</summary>
    public static ulong Key(int template, ulong a, ulong b) => Mix(Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>A feature key from a template number and up to three atoms.</summary>
    public static ulong Key(int template, ulong a, ulong b, ulong c) =>
        Mix(Mix(Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) ^ (b * 0xC2B2AE3D27D4EB4FUL)) ^ (c * 0x165667B19E3779F9UL));

    /// <summary>SplitMix64's finaliser: spreads every input bit over the whole key.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
