using System.IO.Compression;
using System.Text;

namespace Dyad.Syntax;

/// <summary>
/// The container of Dyad's model files: gzip around a binary stream that starts with a magic
/// word, the format version, the model kind and metadata (treebank, licence, training settings),
/// then the model's own payload. A file of another kind or a newer version is refused with a
/// message saying so.
/// </summary>
public static class ModelFile
{
    /// <summary>
    /// Version of the container and payload layout; bumped on any incompatible change. Version 2
    /// stores weights compactly (16-bit weights, 32-bit key checks); version 1 files are still read.
    /// </summary>
    public const int FormatVersion = 2;

    /// <summary>The oldest version this Dyad reads.</summary>
    public const int OldestReadableVersion = 1;

    private const string Magic = "DYADMODEL";

    /// <summary>Writes a model file.</summary>
    public static void Write(string path, string kind, IReadOnlyDictionary<string, string> metadata, Action<BinaryWriter> payload)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(kind);
        writer.Write(metadata.Count);
        foreach (var (key, value) in metadata.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }

        payload(writer);
    }

    /// <summary>Reads a model file of the given kind.</summary>
    public static T Read<T>(string path, string kind, Func<BinaryReader, IReadOnlyDictionary<string, string>, T> payload)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"model file not found: {path}", path);
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        string magic;
        try
        {
            magic = reader.ReadString();
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"{path}: not a Dyad model file ({exception.Message})", exception);
        }

        if (magic != Magic)
        {
            throw new InvalidDataException($"{path}: not a Dyad model file");
        }

        int version = reader.ReadInt32();
        if (version is < OldestReadableVersion or > FormatVersion)
        {
            throw new InvalidDataException($"{path}: model format version {version}; this Dyad reads versions {OldestReadableVersion} to {FormatVersion} (retrain or use a matching Dyad)");
        }

        string actual = reader.ReadString();
        if (actual != kind)
        {
            throw new InvalidDataException($"{path}: a {actual} model, not a {kind} model");
        }

        int count = reader.ReadInt32();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            metadata[reader.ReadString()] = reader.ReadString();
        }

        return payload(reader, metadata);
    }

    /// <summary>Writes a string dictionary.</summary>
    public static void WriteTable(BinaryWriter writer, IReadOnlyDictionary<string, string> table)
    {
        writer.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    /// <summary>Reads a string dictionary.</summary>
    public static Dictionary<string, string> ReadTable(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var table = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            table[reader.ReadString()] = reader.ReadString();
        }

        return table;
    }
}
