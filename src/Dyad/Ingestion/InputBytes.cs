using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;

namespace Dyad.Ingestion;

/// <summary>Byte-level checks shared by every format: gzip, binary data, UTF-8.</summary>
internal static class InputBytes
{
    /// <summary>How many leading bytes are inspected to sniff the format and spot binary data.</summary>
    public const int SniffLength = 8192;

    public static bool IsGzipMagic(ReadOnlySpan<byte> prefix) => prefix.Length >= 2 && prefix[0] == 0x1f && prefix[1] == 0x8b;

    /// <summary>
    /// Text never contains NUL, and rarely other C0 controls besides tab, newline, carriage
    /// return and form feed; Reuters' SGML has a few (^C, ^E), so a handful are tolerated.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> prefix)
    {
        int controls = 0;
        foreach (byte b in prefix)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0c)
            {
                controls++;
            }
        }

        return prefix.Length > 0 && controls * 10 > prefix.Length;
    }

    /// <summary>Decodes strict UTF-8 (BOM skipped), or says at which byte it is invalid.</summary>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text, out long invalidAt)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
            invalidAt = -1;
            return true;
        }

        invalidAt = FirstInvalidByte(bytes);
        text = string.Empty;
        return false;
    }

    private static long FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        char[] scratch = new char[4096];
        long consumed = 0;
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return consumed;
            }

            bytes = bytes[read..];
        }

        return consumed;
    }

    /// <summary>The line (1-based) holding byte <paramref name="offset"/>.</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, long offset)
    {
        int end = (int)Math.Min(offset, bytes.Length);
        return bytes[..end].Count((byte)'\n') + 1;
    }
}

/// <summary>
/// A stream that serves a few already-read bytes before the rest of its inner stream, so the
/// format can be sniffed from a prefix without seeking (standard input cannot seek).
/// </summary>
internal sealed class PeekStream : Stream
{
    private readonly Stream inner;
    private readonly byte[] prefix;
    private int prefixPosition;

    private PeekStream(Stream inner, byte[] prefix)
    {
        this.inner = inner;
        this.prefix = prefix;
    }

    public ReadOnlySpan<byte> Prefix => prefix;

    public static PeekStream Open(Stream inner, int length)
    {
        byte[] buffer = new byte[length];
        int filled = 0;
        while (filled < length)
        {
            int read = inner.Read(buffer, filled, length - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return new PeekStream(inner, buffer[..filled]);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (prefixPosition < prefix.Length)
        {
            int n = Math.Min(buffer.Length, prefix.Length - prefixPosition);
            prefix.AsSpan(prefixPosition, n).CopyTo(buffer);
            prefixPosition += n;
            return n;
        }

        return inner.Read(buffer);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// Decompresses gzip and checks the member trailer (CRC-32 and size), because .NET's
/// <see cref="GZipStream"/> returns a truncated file's partial content without complaint.
/// Throws <see cref="InvalidDataException"/> at the end when the trailer does not match.
/// The trailer checked is the file's last eight bytes, so a multi-member gzip (several files
/// concatenated) is reported as corrupt: Dyad reads single-member gzip only.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private readonly TailStream compressed;
    private readonly GZipStream gzip;
    private readonly Crc32 crc = new();
    private long size;
    private bool verified;

    public CheckedGzipStream(Stream compressedInput)
    {
        compressed = new TailStream(compressedInput);
        gzip = new GZipStream(compressed, CompressionMode.Decompress);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = gzip.Read(buffer);
        if (read > 0)
        {
            crc.Append(buffer[..read]);
            size += read;
            return read;
        }

        if (!verified)
        {
            verified = true;
            Verify();
        }

        return 0;
    }

    private void Verify()
    {
        compressed.Drain();
        ReadOnlySpan<byte> tail = compressed.Tail;
        if (tail.Length < 8)
        {
            throw new InvalidDataException("the gzip data ends before its trailer (truncated file)");
        }

        uint expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(tail[..4]);
        uint expectedSize = BinaryPrimitives.ReadUInt32LittleEndian(tail[4..8]);
        if (expectedCrc != crc.GetCurrentHashAsUInt32() || expectedSize != (uint)size)
        {
            throw new InvalidDataException($"the gzip data is truncated or corrupt (decompressed {size:N0} bytes, the trailer says {expectedSize:N0})");
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Passes bytes through and remembers the last eight (the gzip trailer).</summary>
    private sealed class TailStream(Stream inner) : Stream
    {
        private readonly byte[] tail = new byte[8];
        private int tailLength;

        public ReadOnlySpan<byte> Tail => tail.AsSpan(0, tailLength);

        public void Drain()
        {
            Span<byte> scratch = stackalloc byte[4096];
            while (Read(scratch) > 0)
            {
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            if (read > 0)
            {
                Remember(buffer[..read]);
            }

            return read;
        }

        private void Remember(ReadOnlySpan<byte> chunk)
        {
            if (chunk.Length >= 8)
            {
                chunk[^8..].CopyTo(tail);
                tailLength = 8;
                return;
            }

            int keep = Math.Min(tailLength, 8 - chunk.Length);
            tail.AsSpan(tailLength - keep, keep).CopyTo(tail);
            chunk.CopyTo(tail.AsSpan(keep));
            tailLength = keep + chunk.Length;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
