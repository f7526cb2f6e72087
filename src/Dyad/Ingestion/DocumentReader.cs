using System.Text;
using Dyad.Diagnostics;

namespace Dyad.Ingestion;

/// <summary>
/// Reads documents from files, directories and standard input, choosing the format by
/// extension or, failing that, by sniffing the content; <c>.gz</c> is read transparently.
/// Documents are produced lazily, one at a time, so memory does not grow with their number.
/// Problems come back as diagnostics naming the input; reading goes on with the next input.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInputName = "-";

    private static readonly Dictionary<string, InputFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".text"] = InputFormat.Text,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".xml"] = InputFormat.Feed,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
    };

    private readonly IngestionOptions options;

    /// <summary>Creates a reader with the given options.</summary>
    public DocumentReader(IngestionOptions? options = null) => this.options = options ?? new IngestionOptions();

    /// <summary>
    /// Reads every input in order. <paramref name="openStandardInput"/> is called for <c>-</c>; the
    /// library itself never touches the console.
    /// </summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> inputs, Func<Stream>? openStandardInput = null, CancellationToken cancellation = default)
    {
        foreach (string input in inputs)
        {
            IEnumerable<IngestItem> items = input == StandardInputName
                ? ReadStandardInput(openStandardInput)
                : ReadPath(input, cancellation);
            foreach (var item in items)
            {
                yield return item;
            }
        }

        IEnumerable<IngestItem> ReadStandardInput(Func<Stream>? open) =>
            open is null
                ? [IngestItem.Of(Diagnostic.Error(IngestionCodes.Unreadable, StandardInputName, "standard input is not available here"))]
                : ReadStream(open(), StandardInputName, formatHint: null, cancellation);
    }

    /// <summary>
    /// The inputs with directories expanded to the files they hold, in the order
    /// <see cref="Read"/> visits them (for progress reporting).
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            if (input != StandardInputName && Directory.Exists(input))
            {
                foreach (string file in FilesUnder(input))
                {
                    yield return file;
                }
            }
            else
            {
                yield return input;
            }
        }
    }

    /// <summary>Reads a file, or every readable file under a directory in ordinal path order.</summary>
    public IEnumerable<IngestItem> ReadPath(string path, CancellationToken cancellation = default)
    {
        if (Directory.Exists(path))
        {
            return ReadDirectory(path, cancellation);
        }

        if (!File.Exists(path))
        {
            return [IngestItem.Of(Diagnostic.Error(IngestionCodes.NotFound, path, "no such file or directory"))];
        }

        return ReadFile(path, cancellation);
    }

    private IEnumerable<IngestItem> ReadDirectory(string directory, CancellationToken cancellation) =>
        FilesUnder(directory).SelectMany(file => ReadFile(file, cancellation));

    /// <summary>
    /// Depth-first, each level sorted ordinally, so every machine visits files in one order; only
    /// files with a known extension are taken (a directory also holds READMEs, images…), hidden
    /// files and folders are skipped.
    /// </summary>
    private static IEnumerable<string> FilesUnder(string directory)
    {
        var files = Directory.EnumerateFiles(directory).Where(file => FormatOf(file) is not null && !Path.GetFileName(file).StartsWith('.'));
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (string child in Directory.EnumerateDirectories(directory).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            foreach (string file in FilesUnder(child))
            {
                yield return file;
            }
        }
    }

    private IEnumerable<IngestItem> ReadFile(string path, CancellationToken cancellation)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Of(Diagnostic.Error(IngestionCodes.Unreadable, path, exception.Message))];
        }

        return ReadStream(stream, path, FormatOf(path), cancellation);
    }

    /// <summary>The format an extension names (after an optional <c>.gz</c>), or null.</summary>
    public static InputFormat? FormatOf(string path)
    {
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Extensions.TryGetValue(Path.GetExtension(name), out var format) ? format : null;
    }

    /// <summary>Reads one stream (it is disposed when reading ends).</summary>
    public IEnumerable<IngestItem> ReadStream(Stream stream, string input, InputFormat? formatHint, CancellationToken cancellation = default)
    {
        using var owned = stream;
        PeekStream peek;
        Diagnostic? openProblem = null;
        try
        {
            peek = PeekStream.Open(stream, InputBytes.SniffLength);
            if (InputBytes.IsGzipMagic(peek.Prefix))
            {
                peek = PeekStream.Open(new CheckedGzipStream(peek), InputBytes.SniffLength);
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            peek = null!;
            openProblem = ReadProblem(exception, input);
        }

        if (openProblem is not null)
        {
            yield return IngestItem.Of(openProblem);
            yield break;
        }

        using (peek)
        {
            var prefix = peek.Prefix;
            if (prefix.Length == 0 || IsBlank(prefix))
            {
                yield return IngestItem.Of(Diagnostic.Error(IngestionCodes.Empty, input, "the input is empty"));
                yield break;
            }

            if (InputBytes.LooksBinary(prefix))
            {
                yield return IngestItem.Of(Diagnostic.Error(IngestionCodes.Binary, input, "the input is binary data, not text"));
                yield break;
            }

            var format = formatHint ?? Sniff(prefix);
            var items = format switch
            {
                InputFormat.Feed => ReadStreamed(peek, input, format, cancellation),
                InputFormat.JsonLines => ReadStreamed(peek, input, format, cancellation),
                _ => ReadWhole(peek, input, format),
            };
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private IEnumerable<IngestItem> ReadStreamed(Stream stream, string input, InputFormat format, CancellationToken cancellation)
    {
        var items = format == InputFormat.Feed
            ? FeedFormat.Read(stream, input, options, cancellation)
            : JsonLinesFormat.Read(stream, input, options, cancellation);
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            IngestItem item;
            Diagnostic? problem = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                item = enumerator.Current;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                // A read error (truncated gzip, I/O) ends this input; what was read before stands.
                item = default;
                problem = ReadProblem(exception, input);
            }

            if (problem is not null)
            {
                yield return IngestItem.Of(problem);
                yield break;
            }

            yield return item;
        }
    }

    private IEnumerable<IngestItem> ReadWhole(Stream stream, string input, InputFormat format)
    {
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return [IngestItem.Of(ReadProblem(exception, input))];
        }

        string text;
        long invalidAt;
        bool decoded = format == InputFormat.Html
            ? HtmlFormat.TryDecode(bytes, out text, out invalidAt)
            : InputBytes.TryDecodeUtf8(bytes, out text, out invalidAt);
        if (!decoded)
        {
            return [IngestItem.Of(Diagnostic.Error(IngestionCodes.InvalidUtf8, input, $"the input is not valid UTF-8 (first bad byte at offset {invalidAt:N0})", InputBytes.LineOf(bytes, invalidAt)))];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [IngestItem.Of(Diagnostic.Error(IngestionCodes.Empty, input, "the input holds only whitespace"))];
        }

        return format == InputFormat.Html
            ? [HtmlFormat.Read(text, input, url: null, options)]
            : [IngestItem.Of(PlainTextFormat.Read(text, input, options))];
    }

    private static Diagnostic ReadProblem(Exception exception, string input) => exception switch
    {
        InvalidDataException => Diagnostic.Error(IngestionCodes.BadGzip, input, exception.Message),
        _ => Diagnostic.Error(IngestionCodes.Unreadable, input, exception.Message),
    };

    private static bool IsBlank(ReadOnlySpan<byte> prefix)
    {
        foreach (byte b in prefix)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return false;
            }
        }

        // Only whitespace in the prefix; a longer input may still hold text after it.
        return prefix.Length < InputBytes.SniffLength;
    }

    /// <summary>Guesses the format of an input without a telling extension from its first bytes.</summary>
    internal static InputFormat Sniff(ReadOnlySpan<byte> prefix)
    {
        string head = Encoding.UTF8.GetString(prefix.Length > 1024 ? prefix[..1024] : prefix).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('{'))
        {
            return InputFormat.JsonLines;
        }

        if (!head.StartsWith('<'))
        {
            return InputFormat.Text;
        }

        string lower = head.ToLowerInvariant();
        if (lower.Contains("<rss", StringComparison.Ordinal) || lower.Contains("<feed", StringComparison.Ordinal) || lower.Contains("<rdf:rdf", StringComparison.Ordinal))
        {
            return InputFormat.Feed;
        }

        return InputFormat.Html;
    }
}
