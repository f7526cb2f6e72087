using System.Text.Json;
using Dyad.Diagnostics;
using Dyad.Text;

namespace Dyad.Ingestion;

/// <summary>
/// JSON Lines: one document per line, <c>{"id","date","url","title","text"}</c> or <c>"html"</c>
/// in place of <c>"text"</c> (optional <c>"lang"</c>). A bad line is reported with its number and
/// the other lines are still read.
/// </summary>
internal static class JsonLinesFormat
{
    public static IEnumerable<IngestItem> Read(Stream stream, string input, IngestionOptions options, CancellationToken cancellation)
    {
        var lines = new Utf8LineReader(stream);
        while (lines.TryReadLine(out string? line))
        {
            cancellation.ThrowIfCancellationRequested();
            if (line is null)
            {
                yield return IngestItem.Of(Diagnostic.Error(IngestionCodes.InvalidUtf8, input, "the line is not valid UTF-8", lines.LineNumber));
                continue;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadLine(line, input, lines.LineNumber, options);
            }
        }
    }

    private static IngestItem ReadLine(string line, string input, int lineNumber, IngestionOptions options)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return Malformed(input, lineNumber, $"the line is not valid JSON ({exception.Message})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Malformed(input, lineNumber, $"the line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            if (!TryString(root, "text", out string? text, out string? problem) ||
                !TryString(root, "html", out string? html, out problem) ||
                !TryString(root, "title", out string? title, out problem) ||
                !TryString(root, "url", out string? url, out problem) ||
                !TryString(root, "date", out string? dateText, out problem) ||
                !TryString(root, "lang", out string? language, out problem) ||
                !TryId(root, out string? id, out problem))
            {
                return Malformed(input, lineNumber, problem!);
            }

            string source = $"{input}:{lineNumber}";
            DateOnly? date = options.DefaultDate;
            if (dateText is not null)
            {
                if (!PublicationDates.TryParse(dateText, out var parsed))
                {
                    return Malformed(input, lineNumber, $"\"date\" is not a date: \"{dateText}\" (expected YYYY-MM-DD or an ISO 8601 timestamp)");
                }

                date = parsed;
            }

            if (text is null && html is null)
            {
                return Malformed(input, lineNumber, "the object has neither \"text\" nor \"html\"");
            }

            if (text is null)
            {
                var page = HtmlFormat.Read(html!, source, url, options with { DefaultDate = date });
                if (page.Document is not { } extracted)
                {
                    return page;
                }

                var fromPage = extracted.Metadata with
                {
                    Id = id ?? extracted.Metadata.Id,
                    Title = title ?? extracted.Metadata.Title,
                    Published = dateText is null ? extracted.Metadata.Published : date,
                    Language = language ?? extracted.Metadata.Language,
                };
                return IngestItem.Of(extracted with { Metadata = fromPage });
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return IngestItem.Of(Diagnostic.Error(IngestionCodes.Empty, input, "\"text\" is empty", lineNumber));
            }

            var metadata = new DocumentMetadata(id ?? ContentId.Of(text), source, url, title, date, language ?? LanguageGuesser.Guess(text));
            return IngestItem.Of(new SourceDocument(metadata, text, Markup: null, InputFormat.JsonLines));
        }
    }

    private static IngestItem Malformed(string input, int line, string message) =>
        IngestItem.Of(Diagnostic.Error(IngestionCodes.MalformedJson, input, message, line));

    private static bool TryString(JsonElement root, string name, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            problem = $"\"{name}\" must be a string, not a {property.ValueKind.ToString().ToLowerInvariant()}";
            return false;
        }

        value = property.GetString();
        return true;
    }

    private static bool TryId(JsonElement root, out string? id, out string? problem)
    {
        id = null;
        problem = null;
        if (!root.TryGetProperty("id", out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        switch (property.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(property.GetString()):
                id = property.GetString();
                return true;
            case JsonValueKind.Number:
                id = property.GetRawText();
                return true;
            default:
                problem = "\"id\" must be a non-empty string or a number";
                return false;
        }
    }
}
