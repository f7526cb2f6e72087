using Dyad.Syntax;

namespace Dyad.Cli;

/// <summary>Loads the tagger (and parser) for a command, reporting a missing or bad model file clearly.</summary>
internal sealed class SyntaxModels(TaggerModel tagger)
{
    public TaggerModel Tagger { get; } = tagger;

    public ConllSentence Annotate(ConllSentence sentence) => SyntaxAnnotator.TagOnly(Tagger, sentence);

    public static SyntaxModels? Load(string? taggerPath, string? parserPath, CliContext context)
    {
        _ = parserPath;
        string path = taggerPath ?? Path.Combine(Data.DataDirectory.Default.Path, "models", "en-ewt-tagger.dyad");
        try
        {
            return new SyntaxModels(TaggerModel.Load(path));
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            context.Error.WriteLine($"dyad: {exception.Message}");
            return null;
        }
    }
}
