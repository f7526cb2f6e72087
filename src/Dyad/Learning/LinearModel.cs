using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Learning;

/// <summary>
/// A trained linear classifier over hashed features: for each feature key, the sparse weights it
/// gives to some classes. Immutable and shared across threads; scoring allocates nothing.
/// Scoring is bound by memory latency (a model is tens of megabytes, a state reads about a
/// hundred features), so it runs in three passes over the features: find each key's slot and
/// prefetch it, then read the slots and prefetch their weights, then add the weights; the misses
/// of one state overlap instead of queueing.
/// </summary>
public sealed class LinearModel
{
    /// <summary>Most features one <see cref="Score"/> call takes.</summary>
    public const int MaxFeaturesPerCall = 256;

    private readonly Slot[] slots;
    private readonly Entry[] entries;
    private readonly float[] dense; // rows of Stride floats for features that weigh many classes
    private readonly int shift;

    /// <summary>Builds the table from per-feature sparse weights.</summary>
    public LinearModel(int classCount, IReadOnlyList<(ulong Key, ushort[] Classes, float[] Weights)> features)
    {
        ClassCount = classCount;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count + (features.Count / 2)));
        shift = 64 - BitOperations.Log2((uint)capacity);
        slots = new Slot[capacity];
        int denseThreshold = DenseThreshold(classCount);
        int denseRows = features.Count(f => f.Classes.Length >= denseThreshold);
        entries = new Entry[features.Where(f => f.Classes.Length < denseThreshold).Sum(f => f.Classes.Length)];
        dense = new float[denseRows * Stride];
        int next = 0;
        int row = 0;
        foreach (var (key, featureClasses, featureWeights) in features)
        {
            ulong stored = NonZero(key);
            int slot = SlotOf(stored);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            if (featureClasses.Length >= denseThreshold)
            {
                slots[slot] = new Slot { Key = stored, Start = row, Length = -1 };
                for (int i = 0; i < featureClasses.Length; i++)
                {
                    dense[(row * Stride) + featureClasses[i]] = featureWeights[i];
                }

                row++;
                continue;
            }

            slots[slot] = new Slot { Key = stored, Start = next, Length = featureClasses.Length };
            for (int i = 0; i < featureClasses.Length; i++)
            {
                entries[next + i] = new Entry { Weight = featureWeights[i], Class = featureClasses[i] };
            }

            next += featureClasses.Length;
        }

        FeatureCount = features.Count;
    }

    private LinearModel(int classCount, int featureCount, int shift, Slot[] slots, Entry[] entries, float[] dense)
    {
        ClassCount = classCount;
        FeatureCount = featureCount;
        this.shift = shift;
        this.slots = slots;
        this.entries = entries;
        this.dense = dense;
    }

    /// <summary>Floats per dense row: the class count rounded up to whole vectors.</summary>
    private int Stride => (ClassCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>
    /// A feature weighing this many classes is stored as a dense row added with vector
    /// instructions: past about a quarter of the classes that beats scattering one by one.
    /// </summary>
    private static int DenseThreshold(int classCount) => Math.Max(8, classCount / 4);

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount => entries.Length + dense.Length;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (which the caller zeroes).</summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int count = Math.Min(features.Length, MaxFeaturesPerCall);
        Span<int> found = stackalloc int[count];
        int mask = slots.Length - 1;
        fixed (Slot* slotBase = slots)
        fixed (Entry* entryBase = entries)
        {
            for (int i = 0; i < count; i++)
            {
                found[i] = SlotOf(NonZero(features[i]));
                Prefetch(slotBase + found[i]);
            }

            for (int i = 0; i < count; i++)
            {
                ulong key = NonZero(features[i]);
                int slot = found[i];
                while (true)
                {
                    ulong stored = slotBase[slot].Key;
                    if (stored == key)
                    {
                        found[i] = slot;
                        if (slotBase[slot].Length > 0)
                        {
                            Prefetch(entryBase + slotBase[slot].Start);
                        }

                        break;
                    }

                    if (stored == 0)
                    {
                        found[i] = -1;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            // Dense rows add into a padded copy of the scores, vector by vector.
            int stride = Stride;
            Span<float> sums = stackalloc float[stride];
            scores.CopyTo(sums);
            var vectors = MemoryMarshal.Cast<float, Vector<float>>(sums);
            for (int i = 0; i < count; i++)
            {
                if (found[i] < 0)
                {
                    continue;
                }

                var slot = slotBase[found[i]];
                if (slot.Length < 0)
                {
                    var row = MemoryMarshal.Cast<float, Vector<float>>(dense.AsSpan(slot.Start * stride, stride));
                    for (int v = 0; v < vectors.Length; v++)
                    {
                        vectors[v] += row[v];
                    }

                    continue;
                }

                Entry* entry = entryBase + slot.Start;
                for (int k = 0; k < slot.Length; k++)
                {
                    sums[entry[k].Class] += entry[k].Weight;
                }
            }

            sums[..scores.Length].CopyTo(scores);
        }
    }

    /// <summary>Counts how many of the features are known, and how many of those are dense rows (diagnostics).</summary>
    public (int Known, int Dense, int SparseEntries) Census(ReadOnlySpan<ulong> features)
    {
        int known = 0, denseRows = 0, sparse = 0;
        int mask = slots.Length - 1;
        foreach (ulong raw in features)
        {
            ulong key = NonZero(raw);
            int slot = SlotOf(key);
            while (slots[slot].Key != 0 && slots[slot].Key != key)
            {
                slot = (slot + 1) & mask;
            }

            if (slots[slot].Key == key)
            {
                known++;
                if (slots[slot].Length < 0)
                {
                    denseRows++;
                }
                else
                {
                    sparse += slots[slot].Length;
                }
            }
        }

        return (known, denseRows, sparse);
    }

    /// <summary>Every feature with its (class, weight) pairs, in slot order.</summary>
    public IEnumerable<(ulong Key, ushort[] Classes, float[] Weights)> Features()
    {
        int stride = Stride;
        foreach (var slot in slots)
        {
            if (slot.Key == 0)
            {
                continue;
            }

            if (slot.Length < 0)
            {
                var row = dense.AsSpan(slot.Start * stride, ClassCount);
                var classes = new List<ushort>();
                var weights = new List<float>();
                for (int c = 0; c < row.Length; c++)
                {
                    if (row[c] != 0)
                    {
                        classes.Add((ushort)c);
                        weights.Add(row[c]);
                    }
                }

                yield return (slot.Key, [.. classes], [.. weights]);
            }
            else
            {
                var part = entries.AsSpan(slot.Start, slot.Length).ToArray();
                yield return (slot.Key, [.. part.Select(e => (ushort)e.Class)], [.. part.Select(e => e.Weight)]);
            }
        }
    }

    /// <summary>
    /// The average of several models over the same classes ("parameter mixing", McDonald, Hall and
    /// Mann 2010): models trained on different shuffles disagree where they overfit, and the
    /// average keeps what they share.
    /// </summary>
    public static LinearModel Mix(IReadOnlyList<LinearModel> models)
    {
        var sums = new Dictionary<ulong, Dictionary<ushort, float>>();
        foreach (var model in models)
        {
            foreach (var (key, classes, weights) in model.Features())
            {
                if (!sums.TryGetValue(key, out var row))
                {
                    sums[key] = row = [];
                }

                for (int i = 0; i < classes.Length; i++)
                {
                    row[classes[i]] = row.GetValueOrDefault(classes[i]) + (weights[i] / models.Count);
                }
            }
        }

        var features = sums.OrderBy(pair => pair.Key)
            .Select(pair => (pair.Key, pair.Value.Keys.Order().ToArray(), pair.Value.OrderBy(p => p.Key).Select(p => p.Value).ToArray()))
            .ToList();
        return new LinearModel(models[0].ClassCount, features);
    }

    /// <summary>Writes the model (see <see cref="Read"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.Write(shift);
        WriteArray(writer, slots);
        WriteArray(writer, entries);
        WriteArray(writer, dense);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(BinaryReader reader)
    {
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        int shift = reader.ReadInt32();
        return new LinearModel(classCount, featureCount, shift, ReadArray<Slot>(reader), ReadArray<Entry>(reader), ReadArray<float>(reader));
    }

    private static unsafe void Prefetch(void* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private static ulong NonZero(ulong key) => key == 0 ? 0x8000000000000000UL : key;

    private static void WriteArray<T>(BinaryWriter writer, T[] array)
        where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        int length = reader.ReadInt32();
        var array = new T[length];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        int read = 0;
        while (read < bytes.Length)
        {
            int n = reader.Read(bytes[read..]);
            if (n == 0)
            {
                throw new EndOfStreamException("the model file ends early");
            }

            read += n;
        }

        return array;
    }

    /// <summary>One hash-table slot: the key (0 = empty) and where its weights are.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Length;
    }

    /// <summary>One weight and its class, read together.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Entry
    {
        public float Weight;
        public int Class;
    }
}
