using System.Globalization;
using Dyad.Learning;

namespace Dyad.Syntax;

/// <summary>The parser as a model file.</summary>
public sealed class ParserModel
{
    /// <summary>The model kind written in the file.</summary>
    public const string Kind = "parser";

    /// <summary>Metadata key present (value "yes") when the file carries a supertagger after the weights.</summary>
    public const string SupertaggerKey = "supertagger";

    /// <summary>Metadata key of the beam margin the parser decodes with (absent = no margin; see <see cref="Parser.BeamMargin"/>).</summary>
    public const string BeamMarginKey = "beam-margin";

    /// <summary>Creates the model.</summary>
    public ParserModel(Parser parser, IReadOnlyDictionary<string, string> metadata)
    {
        Parser = parser;
        Metadata = metadata;
    }

    /// <summary>The parser.</summary>
    public Parser Parser { get; }

    /// <summary>Where the model came from.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The same model decoding with another beam width and margin (see <see cref="Parser.WithDecoding"/>).</summary>
    public ParserModel WithDecoding(int beamWidth, float beamMargin)
    {
        var parser = Parser.WithDecoding(beamWidth, beamMargin);
        return new(parser, MetadataOf(parser, Metadata));
    }

    /// <summary>Writes the model file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, MetadataOf(Parser, Metadata), writer =>
    {
        writer.Write(Parser.BeamWidth);
        writer.Write(Parser.Labels.Count);
        foreach (string label in Parser.Labels)
        {
            writer.Write(label);
        }

        writer.Write(Parser.KnownWords.Count);
        foreach (ulong word in Parser.KnownWords.Order())
        {
            writer.Write(word);
        }

        Parser.Model.Write(writer);
        if (Parser.Supertagger is not null)
        {
            TaggerModel.WriteTagger(writer, Parser.Supertagger);
        }
    });

    /// <summary>The metadata, with <see cref="SupertaggerKey"/> set when there is a supertagger to read back.</summary>
    /// <summary>The metadata that describes <paramref name="parser"/>: the given pairs with its supertagger and margin as they are.</summary>
    private static Dictionary<string, string> MetadataOf(Parser parser, IReadOnlyDictionary<string, string> metadata)
    {
        var written = metadata.Where(pair => pair.Key is not SupertaggerKey and not BeamMarginKey).ToDictionary(StringComparer.Ordinal);
        if (parser.Supertagger is not null)
        {
            written[SupertaggerKey] = "yes";
        }

        if (float.IsFinite(parser.BeamMargin))
        {
            written[BeamMarginKey] = parser.BeamMargin.ToString("R", CultureInfo.InvariantCulture);
        }

        return written;
    }

    /// <summary>
    /// Reads a parser file's labels and weights with their feature keys, to be mixed into a new
    /// parser (see <c>ParserTrainingOptions.MixWith</c>); only files in Dyad's first model format keep the keys.
    /// </summary>
    public static KeyedParserWeights LoadKeyedWeights(string path) => ModelFile.Read(path, Kind, (reader, metadata) =>
    {
        var (beam, labels, _) = ReadHeader(reader);
        var (classCount, features) = LinearModel.ReadKeyed(reader);
        return new KeyedParserWeights(labels, features) { ClassCount = classCount, BeamWidth = beam, HasSupertagger = metadata.GetValueOrDefault(SupertaggerKey) == "yes" };
    });

    /// <summary>What a parser file holds before its weights: beam width, relation labels, known words (as <see cref="Save"/> writes them).</summary>
    private static (int Beam, List<string> Labels, ulong[] Words) ReadHeader(BinaryReader reader)
    {
        int beam = reader.ReadInt32();
        int count = reader.ReadInt32();
        var labels = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            labels.Add(reader.ReadString());
        }

        var words = new ulong[reader.ReadInt32()];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadUInt64();
        }

        return (beam, labels, words);
    }

    /// <summary>Reads a model file.</summary>
    public static ParserModel Load(string path) => ModelFile.Read(path, Kind, (reader, metadata) =>
    {
        var (beam, labels, words) = ReadHeader(reader);
        var weights = LinearModel.Read(reader);
        var supertagger = metadata.GetValueOrDefault(SupertaggerKey) == "yes" ? TaggerModel.ReadTagger(reader, classesAreTags: true) : null;
        float margin = float.PositiveInfinity;
        if (metadata.TryGetValue(BeamMarginKey, out string? written)
            && !(float.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out margin) && margin >= 0))
        {
            throw new InvalidDataException($"{path}: the beam margin '{written}' is not a number of 0 or more");
        }

        return new ParserModel(new Parser(labels, words, weights, beam, supertagger, margin), metadata);
    });
}

/// <summary>A parser's relation labels and its weights with their full feature keys (see <see cref="ParserModel.LoadKeyedWeights"/>).</summary>
public sealed record KeyedParserWeights(IReadOnlyList<string> Labels, IReadOnlyList<(ulong Key, ushort[] Classes, float[] Weights)> Features)
{
    /// <summary>Classes the weights score (the parser's actions); 0 when not known (weights built in memory).</summary>
    public int ClassCount { get; init; }

    /// <summary>The beam width the parser was trained for (1 = greedy).</summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Whether the parser read a supertagger's predictions (its weights include supertag features).</summary>
    public bool HasSupertagger { get; init; }
}
