using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Facts;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Cli;

/// <summary>The JSON shape of a document's facts (one line of <c>dyad facts</c>).</summary>
internal static class FactsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(AnalyzedDocument analyzed)
    {
        var document = analyzed.Document;
        var facts = analyzed.Facts;
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", document.Metadata.Id);
            json.WriteString("source", document.Metadata.Source);
            Nullable(json, "date", document.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

            json.WriteStartArray("quotes");
            foreach (var quote in facts.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("text", quote.Text);
                Span(json, "span", quote.Span);
                json.WritePropertyName("speaker");
                Speaker(json, quote.Speaker);
                Nullable(json, "verb", quote.Verb);
                json.WriteStartArray("via");
                foreach (var via in quote.Via)
                {
                    Speaker(json, via);
                }

                json.WriteEndArray();
                json.WriteString("rule", quote.Rule);
                json.WriteNumber("sentence", quote.FirstSentence);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("statements");
            foreach (var statement in facts.Statements)
            {
                json.WriteStartObject();
                json.WriteString("text", statement.Text);
                Span(json, "span", statement.Span);
                json.WritePropertyName("speaker");
                Speaker(json, statement.Speaker);
                json.WriteString("verb", statement.Verb);
                json.WriteStartArray("via");
                foreach (var via in statement.Via)
                {
                    Speaker(json, via);
                }

                json.WriteEndArray();
                json.WriteNumber("sentence", statement.Sentence);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("amounts");
            foreach (var amount in facts.Amounts)
            {
                json.WriteStartObject();
                json.WriteString("text", document[amount.Span]);
                json.WriteNumber("value", amount.Value);
                Nullable(json, "unit", amount.Unit);
                Nullable(json, "counts", amount.Counts);
                Span(json, "span", amount.Span);
                json.WriteNumber("sentence", amount.Sentence);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("dates");
            foreach (var date in facts.Dates)
            {
                json.WriteStartObject();
                json.WriteString("text", document[date.Expression.Span]);
                Nullable(json, "value", date.Expression.Date?.ToString());
                Nullable(json, "start", date.Expression.Date?.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Nullable(json, "resolution", date.Expression.Date?.Resolution.ToString().ToLowerInvariant());
                if (date.Expression.End is { } end)
                {
                    json.WriteString("end", end.ToString());
                }

                Span(json, "span", date.Expression.Span);
                json.WriteNumber("sentence", date.Sentence);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("places");
            foreach (var place in facts.Places)
            {
                Place(json, place);
            }

            json.WriteEndArray();

            json.WriteStartArray("names");
            foreach (var name in facts.Names)
            {
                json.WriteStartObject();
                json.WriteString("name", name.Name);
                json.WriteString("kind", name.Kind.ToString().ToLowerInvariant());
                Nullable(json, "code", name.Code);
                Span(json, "span", name.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WritePropertyName("tone");
            Tone(json, facts.Tone);
            json.WriteStartArray("sentence_tones");
            foreach (var tone in facts.SentenceTones)
            {
                json.WriteNumberValue(Math.Round(tone.Value, 3));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Place(Utf8JsonWriter json, PlaceMention place)
    {
        var entry = place.Entry;
        json.WriteStartObject();
        json.WriteString("name", entry.Name);
        json.WriteString("text", place.Text);
        json.WriteString("full_name", entry.FullName);
        json.WriteString("type", entry.Kind.ToString().ToLowerInvariant());
        json.WriteNumber("gdelt_type", entry.GdeltType);
        Nullable(json, "country", entry.Iso3.Length > 0 ? entry.Iso3 : null);
        Nullable(json, "fips", entry.Fips.Length > 0 ? entry.Fips : null);
        Nullable(json, "adm1", entry.Kind is PlaceKind.City or PlaceKind.Admin1 ? entry.GdeltAdm1 : null);
        if (double.IsNaN(entry.Latitude))
        {
            json.WriteNull("lat");
            json.WriteNull("lon");
        }
        else
        {
            json.WriteNumber("lat", entry.Latitude);
            json.WriteNumber("lon", entry.Longitude);
        }

        if (entry.GeonameId > 0)
        {
            json.WriteNumber("geonameid", entry.GeonameId);
        }
        else
        {
            json.WriteNull("geonameid");
        }

        Span(json, "span", place.Span);
        json.WriteNumber("sentence", place.Sentence);
        json.WriteString("rule", place.Rule);
        json.WriteEndObject();
    }

    private static void Tone(Utf8JsonWriter json, ToneScores tone)
    {
        json.WriteStartObject();
        json.WriteNumber("tone", Math.Round(tone.Value, 4));
        json.WriteNumber("positive", Math.Round(tone.Positive, 4));
        json.WriteNumber("negative", Math.Round(tone.Negative, 4));
        json.WriteNumber("polarity", Math.Round(tone.Polarity, 4));
        json.WriteNumber("activity_density", Math.Round(tone.ActivityDensity, 4));
        json.WriteNumber("self_group_density", Math.Round(tone.SelfGroupDensity, 4));
        json.WriteNumber("word_count", tone.WordCount);
        json.WriteEndObject();
    }

    private static void Speaker(Utf8JsonWriter json, Speaker? speaker)
    {
        if (speaker is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", speaker.Name);
        var codes = speaker.Codes.ToList();
        Nullable(json, "code", codes.Count > 0 ? string.Join('+', codes) : null);
        json.WriteStartArray("codes");
        foreach (string code in codes)
        {
            json.WriteStringValue(code);
        }

        json.WriteEndArray();
        Span(json, "span", speaker.Span);
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
