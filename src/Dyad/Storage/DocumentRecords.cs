using System.Globalization;
using Dyad.Events;
using Dyad.Export;
using Dyad.Facts;
using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>A document's rows, table by table, ready for any store.</summary>
/// <param name="DocId">The document id (content hash unless the input gave one).</param>
/// <param name="Signature">Its story signature.</param>
/// <param name="Rows">Rows per table (the <see cref="StoreSchema.Documents"/> row included).</param>
public sealed record DocumentRecords(string DocId, uint[] Signature, IReadOnlyDictionary<Table, List<object?[]>> Rows)
{
    /// <summary>The story the document joins (set by the ingestor before writing).</summary>
    public string StoryId { get; set; } = DocId;

    /// <summary>Event mentions left out because their day is outside the days a store keeps.</summary>
    public int MentionsOutOfRange { get; init; }

    /// <summary>True for the days every store can keep (<see cref="StoreSchema.FirstDay"/>–<see cref="StoreSchema.LastDay"/>).</summary>
    public static bool Storable(DateOnly day) => day >= StoreSchema.FirstDay && day <= StoreSchema.LastDay;

    /// <summary>The rows of one table.</summary>
    public List<object?[]> Of(Table table) => Rows.TryGetValue(table, out var rows) ? rows : [];

    /// <summary>
    /// The identity of an event across documents: its dyad, CAMEO code and day. Mentions with the
    /// same identity are one event (GDELT's one event with many mentions).
    /// </summary>
    public static long EventId(string source, string? target, string cameo, DateOnly day) =>
        (long)(System.IO.Hashing.XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes($"{source}\u001f{target}\u001f{cameo}\u001f{day:yyyy-MM-dd}")) >> 1);

    /// <summary>The rows of an analysed document.</summary>
    public static DocumentRecords From(AnalyzedDocument analyzed)
    {
        var document = analyzed.Document;
        var facts = analyzed.Facts;
        string id = document.Metadata.Id;
        var signature = StorySignature.Of(document.Text);
        var rows = new Dictionary<Table, List<object?[]>>();
        List<object?[]> Rows(Table table)
        {
            if (!rows.TryGetValue(table, out var list))
            {
                rows[table] = list = [];
            }

            return list;
        }

        var meta = document.Metadata;
        var tone = facts.Tone;
        Rows(StoreSchema.Documents).Add(
        [
            id, id, meta.Source, meta.Url, meta.Title, meta.Published, meta.Language, document.Text,
            StorySignature.ToText(signature), document.Sentences.Length, tone.Value, tone.Positive, tone.Negative, tone.Polarity,
            tone.ActivityDensity, tone.SelfGroupDensity, tone.WordCount, GkgRecords.Row(document, facts),
        ]);

        foreach (long band in StorySignature.Bands(signature))
        {
            Rows(StoreSchema.StoryBands).Add([band, id, id]);
        }

        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            Rows(StoreSchema.Sentences).Add([id, s, sentence.Span.Start, sentence.Span.End, sentence.Paragraph]);
        }

        int outOfRange = 0;
        foreach (var e in analyzed.Events)
        {
            // Ingest stores dated documents only, so every mention has a day. "In 1945 …" dates an
            // event before any store's calendar: a reference to history, not news.
            var day = e.Date?.Start ?? document.Metadata.Published ?? throw new ArgumentException($"document {id} has no publication date", nameof(analyzed));
            if (Storable(day))
            {
                Rows(StoreSchema.Mentions).Add(Mention(e, analyzed, day));
            }
            else
            {
                outOfRange++;
            }
        }

        foreach (var q in facts.Quotes)
        {
            Rows(StoreSchema.Quotes).Add(
            [
                id, q.Index, q.FirstSentence, q.Span.Start, q.Span.End, q.Text, q.Speaker?.Name, Codes(q.Speaker),
                q.Speaker?.Span.Start, q.Speaker?.Span.End, q.Verb, string.Join("; ", q.Via.Select(v => v.Name)), q.Rule,
            ]);
        }

        foreach (var t in facts.Statements)
        {
            Rows(StoreSchema.Statements).Add([id, t.Sentence, t.Span.Start, t.Span.End, t.Text, t.Speaker.Name, Codes(t.Speaker), t.Verb, string.Join("; ", t.Via.Select(v => v.Name))]);
        }

        foreach (var a in facts.Amounts)
        {
            Rows(StoreSchema.Amounts).Add([id, a.Sentence, a.Span.Start, a.Span.End, document[a.Span], (double)a.Value, a.Unit, a.Counts]);
        }

        foreach (var d in facts.Dates)
        {
            var date = d.Expression.Date;
            Rows(StoreSchema.Dates).Add([id, d.Sentence, d.Expression.Span.Start, d.Expression.Span.End, document[d.Expression.Span], date?.ToString(), date?.Start is DateOnly start && Storable(start) ? start : null, date?.Resolution.ToString().ToLowerInvariant()]);
        }

        foreach (var p in facts.Places)
        {
            var entry = p.Entry;
            Rows(StoreSchema.Places).Add(
            [
                id, p.Sentence, p.Span.Start, p.Span.End, p.Text, entry.Name, entry.FullName, entry.Kind.ToString().ToLowerInvariant(), entry.GdeltType,
                entry.Iso3, entry.Fips, entry.GdeltAdm1, Coordinate(entry.Latitude), Coordinate(entry.Longitude), entry.FeatureId, p.Rule,
            ]);
        }

        foreach (var n in facts.Names)
        {
            Rows(StoreSchema.Names).Add([id, n.Sentence, n.Span.Start, n.Span.End, n.Name, n.Kind.ToString().ToLowerInvariant(), n.Code]);
        }

        return new DocumentRecords(id, signature, rows) { MentionsOutOfRange = outOfRange };
    }

    private static object?[] Mention(EventMention e, AnalyzedDocument analyzed, DateOnly day)
    {
        var document = analyzed.Document;
        var place = e.Location?.Entry;
        bool lead = document.Sentences[e.Sentence].Paragraph == 0;
        return
        [
            GdeltEvents.EventId(e), EventId(e.Source.Code, e.Target?.Code, e.Event.Code, day), e.Document, e.Sentence,
            day, (e.Date?.Resolution.ToString() ?? "Publication").ToLowerInvariant(), e.DateExpression is { } time ? document[time.Span] : null,
            e.Source.Code, e.Source.Country, e.Source.Name, e.Source.Span.Start, e.Source.Span.End, e.Source.Rule.ToString(),
            e.Target?.Code, e.Target?.Country, e.Target?.Name, e.Target?.Span.Start, e.Target?.Span.End, e.Target?.Rule.ToString(),
            e.Event.Code, e.Event.Root, (int)e.Event.Quad, e.Event.Goldstein, e.Event.PloverEvent, e.Event.PloverMode,
            e.Negated, e.Hypothetical, e.Attempted, e.IsRealized, lead, e.TriggerText, e.Trigger.Start, e.Trigger.End,
            e.SentenceText, e.SentenceSpan.Start, e.Rule, string.Join(' ', e.Entries), e.ReportedBy?.Name, e.Confidence,
            place?.FullName, place?.GdeltType, place?.Iso3, place?.Fips, place?.GdeltAdm1, place is null ? null : Coordinate(place.Latitude),
            place is null ? null : Coordinate(place.Longitude), place?.FeatureId, string.Join(',', e.Quotes.Select(q => q.ToString(CultureInfo.InvariantCulture))),
            document.Metadata.Published, document.Metadata.Url ?? document.Metadata.Source, GkgRecords.SourceName(document.Metadata.Url ?? document.Metadata.Source),
            analyzed.Facts.Tone.Value,
        ];
    }

    private static string Codes(Speaker? speaker) => speaker is null ? string.Empty : string.Join('+', speaker.Codes);

    private static double? Coordinate(double value) => double.IsNaN(value) ? null : value;
}
