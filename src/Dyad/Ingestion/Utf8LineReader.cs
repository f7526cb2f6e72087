using System.Text;
using System.Text.Unicode;

namespace Dyad.Ingestion;

/// <summary>
/// Reads a stream line by line as bytes and decodes each line as strict UTF-8 on its own, so an
/// invalid byte is reported on its own line and the lines before it are still used (a
/// <see cref="StreamReader"/> decodes whole buffers and fails before yielding them).
/// </summary>
internal sealed class Utf8LineReader(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool endOfStream;
    private bool first = true;

    /// <summary>The 1-based number of the last line read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line; false at the end. <paramref name="line"/> is null when the line is not valid UTF-8.</summary>
    public bool TryReadLine(out string? line)
    {
        while (true)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Decode(buffer.AsSpan(start, newline));
                start += newline + 1;
                return true;
            }

            if (endOfStream)
            {
                if (start == end)
                {
                    line = null;
                    return false;
                }

                line = Decode(buffer.AsSpan(start, end - start));
                start = end;
                return true;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2); // a long line: grow, as it must be held whole
        }

        int read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
    }

    private string? Decode(ReadOnlySpan<byte> bytes)
    {
        LineNumber++;
        if (first)
        {
            first = false;
            if (bytes.StartsWith("\xEF\xBB\xBF"u8))
            {
                bytes = bytes[3..];
            }
        }

        if (!bytes.IsEmpty && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
    }
}
