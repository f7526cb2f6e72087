using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Actors;
using Dyad.Events;
using Dyad.Text;

namespace Dyad.Cli;

/// <summary>The JSON shape of a coded event (one line of <c>dyad code</c>).</summary>
internal static class EventJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(EventMention e, Document document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("doc", e.Document);
            json.WriteNumber("sentence", e.Sentence);
            json.WriteString("sentence_text", e.SentenceText);
            Nullable(json, "date", e.Date?.ToString());
            Nullable(json, "date_resolution", e.Date?.Resolution.ToString().ToLowerInvariant());
            Nullable(json, "date_text", e.DateExpression is { } time ? document[time.Span] : null);
            json.WritePropertyName("source");
            Actor(json, e.Source, document);
            json.WritePropertyName("target");
            if (e.Target is null)
            {
                json.WriteNullValue();
            }
            else
            {
                Actor(json, e.Target, document);
            }

            json.WriteString("cameo", e.Event.Code);
            json.WriteString("root", e.Event.Root);
            json.WriteString("label", e.Event.Label);
            json.WriteNumber("quad", (int)e.Event.Quad);
            json.WriteNumber("goldstein", e.Event.Goldstein);
            json.WriteStartObject("plover");
            Nullable(json, "event", e.Event.PloverEvent);
            Nullable(json, "mode", e.Event.PloverMode);
            Nullable(json, "context", e.Event.PloverContext);
            json.WriteEndObject();
            json.WriteBoolean("negated", e.Negated);
            json.WriteBoolean("hypothetical", e.Hypothetical);
            json.WriteBoolean("attempted", e.Attempted);
            json.WriteStartObject("trigger");
            json.WriteString("text", e.TriggerText);
            Span(json, "span", e.Trigger);
            json.WriteEndObject();
            Span(json, "sentence_span", e.SentenceSpan);
            json.WriteString("rule", e.Rule);
            json.WriteStartArray("entries");
            foreach (string entry in e.Entries)
            {
                json.WriteStringValue(entry);
            }

            json.WriteEndArray();
            if (e.ReportedBy is { } reporter)
            {
                json.WritePropertyName("reported_by");
                Actor(json, reporter, document);
            }

            json.WriteNumber("confidence", e.Confidence);
            if (e.Location is { } location)
            {
                json.WritePropertyName("location");
                FactsJson.Place(json, location);
            }
            else
            {
                json.WriteNull("location");
            }

            json.WriteStartArray("quotes");
            foreach (int quote in e.Quotes)
            {
                json.WriteNumberValue(quote);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Actor(Utf8JsonWriter json, ActorMention actor, Document document)
    {
        json.WriteStartObject();
        json.WriteString("code", actor.Code);
        Nullable(json, "country", actor.Country);
        json.WriteString("name", actor.Name);
        json.WriteString("text", document[actor.Span]);
        Span(json, "span", actor.Span);
        json.WriteString("how", actor.Rule.ToString());
        json.WriteEndObject();
    }

    private static void Span(Utf8JsonWriter json, string name, TextSpan span)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.End);
        json.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
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
