using Dyad.Actors;
using Dyad.Data;
using Dyad.Pipeline;
using Dyad.Syntax;

namespace Dyad.Cli;

/// <summary>Loads Dyad's models for a command, turning a missing or incompatible file into a clear message.</summary>
internal static class ModelLoading
{
    public static EventPipeline? Events(IEnumerable<string> actorFiles, CliContext context, bool shippedActors = true, IEnumerable<string>? patternFiles = null)
    {
        try
        {
            return EventPipeline.Load(DataDirectory.Default, actorFiles, shippedActors, patternFiles);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or DataFileException)
        {
            context.Error.WriteLine($"dyad: {exception.Message}");
            return null;
        }
    }

    public static SyntaxAnalyzer? Syntax(string? taggerPath, string? parserPath, CliContext context, int? beamWidth = null, float? beamMargin = null, (string Path, float DoubtsPerWord)? cascade = null)
    {
        var data = DataDirectory.Default;
        try
        {
            var parser = ParserModel.Load(parserPath ?? data.File(Path.Combine("models", SyntaxAnalyzer.ParserFile)));
            if (beamWidth is not null || beamMargin is not null)
            {
                parser = parser.WithDecoding(beamWidth ?? parser.Parser.BeamWidth, beamMargin ?? parser.Parser.BeamMargin);
            }

            return new SyntaxAnalyzer(
                TaggerModel.Load(taggerPath ?? data.File(Path.Combine("models", SyntaxAnalyzer.TaggerFile))).WithProperNames(ProperNames(data)).WithIrregularVerbs(data),
                parser,
                cascade is var (fallbackPath, limit) ? (SyntaxAnalyzer.CascadeFallback(ParserModel.Load(fallbackPath)), limit) : null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or DataFileException or ArgumentException)
        {
            context.Error.WriteLine($"dyad: {exception.Message}");
            return null;
        }
    }

    /// <summary>The names the tagger takes as proper nouns, from the countries, people and organisations dictionaries alone (the rest is not needed to parse).</summary>
    private static IEnumerable<string> ProperNames(DataDirectory data)
    {
        var names = ActorLexicon.Load(data, [data.File("actors/countries.jsonl"), data.File("actors/people.jsonl"), data.File("actors/people-phoenix.jsonl"), data.File("actors/organizations.jsonl")], shipped: false);
        return names.ProperNameWords;
    }
}
