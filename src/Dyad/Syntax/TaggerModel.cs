using Dyad.Learning;

namespace Dyad.Syntax;

/// <summary>The tagger with the lemmatizer and FEATS tables trained beside it, as one model file.</summary>
public sealed class TaggerModel
{
    /// <summary>The model kind written in the file.</summary>
    public const string Kind = "tagger";

    /// <summary>Creates the model from its parts.</summary>
    public TaggerModel(Tagger tagger, Morphology morphology, IReadOnlyDictionary<string, string> metadata)
    {
        Tagger = tagger;
        Morphology = morphology;
        Metadata = metadata;
    }

    /// <summary>The tagger.</summary>
    public Tagger Tagger { get; }

    /// <summary>Lemmas and FEATS.</summary>
    public Morphology Morphology { get; }

    /// <summary>Where the model came from (treebank, licence, settings).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Writes the model file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Metadata, writer =>
    {
        writer.Write(Tagger.Tags.Count);
        foreach (var (upos, xpos) in Tagger.Tags.Pairs)
        {
            writer.Write(upos);
            writer.Write(xpos);
        }

        Tagger.Model.Write(writer);
        writer.Write(Tagger.FirstPass is not null);
        Tagger.FirstPass?.Write(writer);
        WriteHashes(writer, Tagger.Ambiguity);
        writer.Write(Tagger.Unambiguous.Count);
        foreach (var (key, label) in Tagger.Unambiguous.OrderBy(pair => pair.Key))
        {
            writer.Write(key);
            writer.Write(label);
        }

        ModelFile.WriteTable(writer, Morphology.Exceptions);
        writer.Write(Morphology.Rules.Count);
        foreach (var (key, (strip, add)) in Morphology.Rules.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(strip);
            writer.Write(add);
        }

        ModelFile.WriteTable(writer, Morphology.WordFeats);
        ModelFile.WriteTable(writer, Morphology.DefaultFeats);
    });

    /// <summary>Reads a model file.</summary>
    public static TaggerModel Load(string path) => ModelFile.Read(path, Kind, (reader, metadata) =>
    {
        int tagCount = reader.ReadInt32();
        var pairs = new List<(string, string)>(tagCount);
        for (int i = 0; i < tagCount; i++)
        {
            pairs.Add((reader.ReadString(), reader.ReadString()));
        }

        var model = LinearModel.Read(reader);
        var firstPass = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        var ambiguity = ReadHashes(reader);
        int unambiguousCount = reader.ReadInt32();
        var unambiguous = new Dictionary<ulong, int>(unambiguousCount);
        for (int i = 0; i < unambiguousCount; i++)
        {
            unambiguous[reader.ReadUInt64()] = reader.ReadInt32();
        }

        var exceptions = ModelFile.ReadTable(reader);
        int ruleCount = reader.ReadInt32();
        var rules = new Dictionary<string, (int, string)>(ruleCount, StringComparer.Ordinal);
        for (int i = 0; i < ruleCount; i++)
        {
            rules[reader.ReadString()] = (reader.ReadInt32(), reader.ReadString());
        }

        var wordFeats = ModelFile.ReadTable(reader);
        var defaultFeats = ModelFile.ReadTable(reader);
        return new TaggerModel(new Tagger(new TagSet(pairs), model, ambiguity, unambiguous, firstPass), new Morphology(exceptions, rules, wordFeats, defaultFeats), metadata);
    });

    private static void WriteHashes(BinaryWriter writer, IReadOnlyDictionary<ulong, ulong> table)
    {
        writer.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(pair => pair.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static Dictionary<ulong, ulong> ReadHashes(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var table = new Dictionary<ulong, ulong>(count);
        for (int i = 0; i < count; i++)
        {
            table[reader.ReadUInt64()] = reader.ReadUInt64();
        }

        return table;
    }
}
