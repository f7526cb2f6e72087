using Dyad.Learning;

namespace Dyad.Syntax;

/// <summary>The parser as a model file.</summary>
public sealed class ParserModel
{
    /// <summary>The model kind written in the file.</summary>
    public const string Kind = "parser";

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

    /// <summary>Writes the model file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Metadata, writer =>
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
    });

    /// <summary>Reads a model file.</summary>
    public static ParserModel Load(string path) => ModelFile.Read(path, Kind, (reader, metadata) =>
    {
        int beam = reader.ReadInt32();
        int count = reader.ReadInt32();
        var labels = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            labels.Add(reader.ReadString());
        }

        int known = reader.ReadInt32();
        var words = new ulong[known];
        for (int i = 0; i < known; i++)
        {
            words[i] = reader.ReadUInt64();
        }

        return new ParserModel(new Parser(labels, words, LinearModel.Read(reader), beam), metadata);
    });
}
