using System.Security.Cryptography;
using System.Text;

namespace Dyad.Ingestion;

/// <summary>Stable identifiers for documents that come without one.</summary>
public static class ContentId
{
    /// <summary>
    /// The first 16 hex digits of the SHA-256 of the text's UTF-8 bytes: the same text gets the
    /// same id on every machine and every run, so storage can skip what it already holds.
    /// </summary>
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
