using Dyad.Data;
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

    /// <summary>This model with proper names its tagger did not learn (see <see cref="Tagger.WithProperNames"/>).</summary>
    public TaggerModel WithProperNames(IEnumerable<string> names)
    {
        var tagger = Tagger.WithProperNames(names);
        return ReferenceEquals(tagger, Tagger) ? this : new TaggerModel(tagger, Morphology, Metadata);
    }

    /// <summary>The file of irregular verbs beside the shipped models (base, past, participle; see <see cref="WithIrregularVerbs"/>).</summary>
    public const string IrregularVerbsFile = "irregular-verbs.tsv";

    /// <summary>
    /// This model lemmatizing the irregular verbs of <paramref name="data"/>'s
    /// <c>models/irregular-verbs.tsv</c> where its treebank never showed them (see
    /// <see cref="Morphology.WithIrregularVerbs"/>). A malformed line is a <see cref="DataFileException"/>.
    /// </summary>
    public TaggerModel WithIrregularVerbs(DataDirectory data)
    {
        string relative = Path.Combine("models", IrregularVerbsFile);
        var forms = new List<(string, string, string)>();
        foreach (var (line, fields) in data.ReadTable(relative))
        {
            if (fields is ["base", "past", "participle"])
            {
                continue;
            }

            if (fields.Length != 3 || fields[0].Contains('|') || fields.Any(f => f.Length == 0 || f.Split('|').Any(form => form.Length == 0 || !form.All(char.IsAsciiLetterLower))))
            {
                throw new DataFileException(data.File(relative), line, "expected three columns of lower-case words (base, past, participle; alternative past and participle forms separated by |)");
            }

            forms.AddRange(fields[1].Split('|').Select(form => (form, "VBD", fields[0])));
            forms.AddRange(fields[2].Split('|').Select(form => (form, "VBN", fields[0])));
        }

        var morphology = Morphology.WithIrregularVerbs(forms);
        return ReferenceEquals(morphology, Morphology) ? this : new TaggerModel(Tagger, morphology, Metadata);
    }

    /// <summary>Writes the model file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Metadata, writer =>
    {
        WriteTagger(writer, Tagger);
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
        var tagger = ReadTagger(reader);
        var exceptions = ModelFile.ReadTable(reader);
        int ruleCount = reader.ReadInt32();
        var rules = new Dictionary<string, (int, string)>(ruleCount, StringComparer.Ordinal);
        for (int i = 0; i < ruleCount; i++)
        {
            rules[reader.ReadString()] = (reader.ReadInt32(), reader.ReadString());
        }

        var wordFeats = ModelFile.ReadTable(reader);
        var defaultFeats = ModelFile.ReadTable(reader);
        return new TaggerModel(tagger, new Morphology(exceptions, rules, wordFeats, defaultFeats), metadata);
    });

    /// <summary>Writes a tagger's tag set and weights (also used for the parser's supertagger).</summary>
    internal static void WriteTagger(BinaryWriter writer, Tagger tagger)
    {
        writer.Write(tagger.Tags.Count);
        foreach (var (upos, xpos) in tagger.Tags.Pairs)
        {
            writer.Write(upos);
            writer.Write(xpos);
        }

        tagger.Model.Write(writer);
        writer.Write(tagger.FirstPass is not null);
        tagger.FirstPass?.Write(writer);
        WriteHashes(writer, tagger.Ambiguity);
        writer.Write(tagger.Unambiguous.Count);
        foreach (var (key, label) in tagger.Unambiguous.OrderBy(pair => pair.Key))
        {
            writer.Write(key);
            writer.Write(label);
        }
    }

    /// <summary>Reads what <see cref="WriteTagger"/> wrote.</summary>
    internal static Tagger ReadTagger(BinaryReader reader, bool classesAreTags = false)
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

        return new Tagger(new TagSet(pairs), model, ambiguity, unambiguous, firstPass, classesAreTags);
    }

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
