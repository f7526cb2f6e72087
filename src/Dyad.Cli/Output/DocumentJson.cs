using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Text;

namespace Dyad.Cli;

/// <summary>The JSON shape of a cleaned document (one line of <c>dyad text</c>).</summary>
internal static class DocumentJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var meta = document.Metadata;
            json.WriteStartObject();
            json.WriteString("id", meta.Id);
            json.WriteString("source", meta.Source);
            WriteNullable(json, "title", meta.Title);
            WriteNullable(json, "date", meta.Published?.ToString("yyyy-MM-dd"));
            WriteNullable(json, "url", meta.Url);
            json.WriteString("language", meta.Language);
            json.WriteString("text", document.Text);
            json.WriteStartArray("sentences");
            foreach (var sentence in document.Sentences)
            {
                WriteSpan(json, sentence.Span);
            }

            json.WriteEndArray();
            json.WriteStartArray("removed");
            foreach (var removed in document.Removed)
            {
                json.WriteStartObject();
                json.WritePropertyName("span");
                WriteSpan(json, removed.Span);
                json.WriteString("reason", ReasonName(removed.Reason));
                json.WriteString("rule", removed.Rule);
                json.WriteString("text", removed.Span.Of(document.Source.RawText));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Snake-case names users see, stable across versions.</summary>
    public static string ReasonName(RemovalReason reason) => reason switch
    {
        RemovalReason.DuplicateSentence => "duplicate_sentence",
        RemovalReason.DuplicateParagraph => "duplicate_paragraph",
        RemovalReason.Boilerplate => "boilerplate",
        RemovalReason.SectionHeader => "section_header",
        _ => reason.ToString(),
    };

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteStartArray();
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.End);
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
