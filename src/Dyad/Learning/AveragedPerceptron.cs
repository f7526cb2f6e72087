namespace Dyad.Learning;

/// <summary>
/// Trains a multi-class averaged perceptron over hashed features (Collins 2002; averaging with
/// lazy timestamps as in Daumé's thesis). Weights are sparse per feature: an update touches only
/// the gold and the predicted class, so most features keep a handful of entries.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> index = [];
    private readonly List<Entry[]> entries = [];
    private readonly List<int> counts = [];
    private readonly List<int> updates = [];
    private int instances = 1;

    /// <summary>Creates a trainer for <paramref name="classCount"/> classes.</summary>
    public AveragedPerceptron(int classCount) => ClassCount = classCount;

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of distinct features seen in updates.</summary>
    public int FeatureCount => index.Count;

    /// <summary>Adds the current (not averaged) weights of the features to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong feature in features)
        {
            if (index.TryGetValue(feature, out int id))
            {
                var list = entries[id];
                int n = counts[id];
                for (int i = 0; i < n; i++)
                {
                    scores[list[i].Class] += list[i].Weight;
                }
            }
        }
    }

    /// <summary>Counts one training instance (advances the averaging clock).</summary>
    public void Tick() => instances++;

    /// <summary>Moves weight from <paramref name="guess"/> to <paramref name="truth"/> for each feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (ulong feature in features)
        {
            if (!index.TryGetValue(feature, out int id))
            {
                id = entries.Count;
                index.Add(feature, id);
                entries.Add(new Entry[2]);
                counts.Add(0);
                updates.Add(0);
            }

            updates[id]++;
            Add(id, truth, amount);
            Add(id, guess, -amount);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="class"/> for each feature (structured updates).</summary>
    public void Add(ReadOnlySpan<ulong> features, int @class, float delta)
    {
        foreach (ulong feature in features)
        {
            if (!index.TryGetValue(feature, out int id))
            {
                id = entries.Count;
                index.Add(feature, id);
                entries.Add(new Entry[2]);
                counts.Add(0);
                updates.Add(0);
            }

            updates[id]++;
            Add(id, @class, delta);
        }
    }

    private void Add(int id, int @class, float delta)
    {
        var list = entries[id];
        int n = counts[id];
        for (int i = 0; i < n; i++)
        {
            if (list[i].Class == @class)
            {
                ref var entry = ref list[i];
                entry.Total += (instances - entry.Stamp) * (double)entry.Weight;
                entry.Weight += delta;
                entry.Stamp = instances;
                return;
            }
        }

        if (n == list.Length)
        {
            Array.Resize(ref list, n * 2);
            entries[id] = list;
        }

        list[n] = new Entry { Class = (ushort)@class, Weight = delta, Total = 0, Stamp = instances };
        counts[id] = n + 1;
    }

    /// <summary>
    /// The averaged model. Features updated fewer than <paramref name="minimumUpdates"/> times
    /// are dropped: they are rare (a word pair met once), barely change a decision, and make the
    /// model larger and slower to read. Weights below <paramref name="minimumWeight"/> go too.
    /// </summary>
    public LinearModel Average(int minimumUpdates = 1, float minimumWeight = 1e-3f) => new(ClassCount, AveragedWeights(minimumUpdates, minimumWeight));

    /// <summary>The averaged weights of <see cref="Average"/> as (key, classes, weights) in key order.</summary>
    public List<(ulong Key, ushort[] Classes, float[] Weights)> AveragedWeights(int minimumUpdates = 1, float minimumWeight = 1e-3f)
    {
        var features = new List<(ulong, ushort[], float[])>(index.Count);
        foreach (var (key, id) in index.OrderBy(pair => pair.Key))
        {
            if (updates[id] < minimumUpdates)
            {
                continue;
            }

            var list = entries[id];
            int n = counts[id];
            var kept = new List<(ushort Class, float Weight)>(n);
            for (int i = 0; i < n; i++)
            {
                var entry = list[i];
                double total = entry.Total + (instances - entry.Stamp) * (double)entry.Weight;
                float average = (float)(total / instances);
                if (Math.Abs(average) >= minimumWeight)
                {
                    kept.Add((entry.Class, average));
                }
            }

            if (kept.Count > 0)
            {
                kept.Sort((a, b) => a.Class.CompareTo(b.Class));
                features.Add((key, kept.Select(k => k.Class).ToArray(), kept.Select(k => k.Weight).ToArray()));
            }
        }

        return features;
    }

    private struct Entry
    {
        public ushort Class;
        public float Weight;
        public double Total;
        public int Stamp;
    }
}
