using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Storage;

/// <summary>What an ingest run did.</summary>
public sealed record IngestReport
{
    /// <summary>Documents read from the inputs.</summary>
    public int Read { get; set; }

    /// <summary>Documents already in the store (same content id), not analysed again.</summary>
    public int AlreadyStored { get; set; }

    /// <summary>Documents that appeared twice in the inputs.</summary>
    public int RepeatedInInput { get; set; }

    /// <summary>Documents analysed and stored.</summary>
    public int Stored { get; set; }

    /// <summary>Of those, documents that joined an existing story.</summary>
    public int JoinedStories { get; set; }

    /// <summary>Event mentions stored.</summary>
    public int Mentions { get; set; }

    /// <summary>Batches committed.</summary>
    public int Batches { get; set; }

    /// <summary>
    /// Documents not stored because they have no publication date: relative dates cannot be
    /// resolved and undated events cannot be placed in time (give a default date).
    /// </summary>
    public List<Diagnostics.Diagnostic> Undated { get; } = [];

    /// <summary>Event mentions not stored because their day lies outside <see cref="StoreSchema.FirstDay"/>–<see cref="StoreSchema.LastDay"/>.</summary>
    public int MentionsOutOfRange { get; set; }
}

/// <summary>
/// Runs documents through the pipeline into a store, in batches: documents already stored are
/// skipped before any analysis, the rest are analysed in parallel, grouped into stories by their
/// MinHash signatures (against the store and the batch), and written as one atomic batch.
/// </summary>
public sealed class Ingestor(EventPipeline pipeline, IEventStore store, int batchSize = 64)
{
    private readonly List<SourceDocument> pending = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>What has been done so far.</summary>
    public IngestReport Report { get; } = new();

    /// <summary>Queues a document; a full batch is written at once.</summary>
    public void Add(SourceDocument source, CancellationToken cancellation = default)
    {
        Report.Read++;
        if (source.Metadata.Published is not DateOnly published || !DocumentRecords.Storable(published))
        {
            Report.Undated.Add(Diagnostics.Diagnostic.Error(Diagnostics.IngestionCodes.NoPublicationDate, source.Metadata.Source,
                source.Metadata.Published is null
                    ? "no publication date, so its events cannot be dated; not stored (give --date YYYY-MM-DD, or a date in the input)"
                    : $"publication date {source.Metadata.Published:yyyy-MM-dd} is outside the days a store keeps ({StoreSchema.Days}); not stored"));
            return;
        }

        if (!seen.Add(source.Metadata.Id))
        {
            Report.RepeatedInInput++;
            return;
        }

        pending.Add(source);
        if (pending.Count >= batchSize)
        {
            Flush(cancellation);
        }
    }

    /// <summary>Writes what is queued.</summary>
    public void Flush(CancellationToken cancellation = default)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var stored = store.StoredDocuments([.. pending.Select(p => p.Metadata.Id)]);
        var todo = pending.Where(p => !stored.Contains(p.Metadata.Id)).ToList();
        Report.AlreadyStored += pending.Count - todo.Count;
        pending.Clear();
        if (todo.Count == 0)
        {
            return;
        }

        var records = new DocumentRecords[todo.Count];
        Parallel.For(0, todo.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
            records[i] = DocumentRecords.From(pipeline.Process(todo[i], cancellation)));
        AssignStories(records);
        store.Write(records);
        Report.Batches++;
        Report.Stored += records.Length;
        Report.Mentions += records.Sum(r => r.Of(StoreSchema.Mentions).Count);
        Report.MentionsOutOfRange += records.Sum(r => r.MentionsOutOfRange);
    }

    private void AssignStories(DocumentRecords[] batch)
    {
        var bands = batch.ToDictionary(r => r, r => StorySignature.Bands(r.Signature));
        var candidates = store.StoryCandidates([.. bands.Values.SelectMany(b => b).Distinct()])
            .Select(c => (c.DocId, c.StoryId, Signature: StorySignature.FromText(c.Signature), Bands: StorySignature.Bands(StorySignature.FromText(c.Signature))))
            .ToList();
        foreach (var document in batch)
        {
            var own = bands[document];
            string? best = null;
            double bestSimilarity = StorySignature.SameStory;
            foreach (var candidate in candidates)
            {
                if (!candidate.Bands.Intersect(own).Any())
                {
                    continue;
                }

                // The first candidate at the threshold, or a strictly closer one: the same choice on every run.
                double similarity = StorySignature.Similarity(document.Signature, candidate.Signature);
                if (best is null ? similarity >= bestSimilarity : similarity > bestSimilarity)
                {
                    best = candidate.StoryId;
                    bestSimilarity = similarity;
                }
            }

            if (best is not null)
            {
                document.StoryId = best;
                Report.JoinedStories++;
            }

            // Later documents of the batch can join this one's story.
            candidates.Add((document.DocId, document.StoryId, document.Signature, own));
        }
    }
}
