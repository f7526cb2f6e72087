using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Learning;

/// <summary>
/// A trained linear classifier over hashed features: for each feature key, the sparse weights it
/// gives to some classes. Immutable and shared across threads; scoring allocates nothing.
/// <para>
/// Scoring is bound by memory: a model is tens of megabytes, far beyond the caches, and a parser
/// state reads about a hundred features scattered over it, each a cache and TLB miss. So the model
/// is kept compact — 8-byte slots holding a 31-bit check of the key, weights as 16-bit integers
/// times one scale (the averaged perceptron drops weights under 1e-3 anyway; the steps are far
/// finer) — and scoring runs in three passes over the features: find each key's slot and prefetch
/// it, then read the slots and prefetch their weights, then add the weights; the misses of one
/// state overlap instead of queueing.
/// </para>
/// </summary>
public sealed class LinearModel
{
    /// <summary>Most features one <see cref="Score"/> call takes.</summary>
    public const int MaxFeaturesPerCall = 256;

    /// <summary>Written before a compact model; older files start with the class count (positive).</summary>
    private const int CompactLayout = -2;

    /// <summary>Bits of a slot's packed word holding a sparse feature's weight count (0 = a dense row).</summary>
    private const int LengthBits = 7;

    private const int MaxSparseLength = (1 << LengthBits) - 1;

    private readonly WeightMemory<Slot> slots;
    private readonly WeightMemory<Entry> entries;
    private readonly WeightMemory<short> dense; // rows of Stride weights for features that weigh many classes
    private readonly float scale; // a stored weight times this is the weight

    /// <summary>Builds the table from per-feature sparse weights.</summary>
    public LinearModel(int classCount, IReadOnlyList<(ulong Key, ushort[] Classes, float[] Weights)> features)
    {
        ClassCount = classCount;
        float largest = 0;
        foreach (var (_, _, weights) in features)
        {
            foreach (float weight in weights)
            {
                largest = Math.Max(largest, Math.Abs(weight));
            }
        }

        scale = largest > 0 ? largest / short.MaxValue : 1f;
        var quantized = new List<(ulong Key, ushort[] Classes, short[] Weights)>(features.Count);
        foreach (var (key, classes, weights) in features)
        {
            var kept = Enumerable.Range(0, classes.Length).Where(i => Quantize(weights[i]) != 0).ToArray();
            if (kept.Length > 0)
            {
                quantized.Add((key, [.. kept.Select(i => classes[i])], [.. kept.Select(i => Quantize(weights[i]))]));
            }
        }

        int threshold = DenseThreshold(classCount);
        int stride = Stride;
        var slots = new Slot[Math.Max(16, quantized.Count * 2)]; // half full: a probe finds its key or a gap within a slot or two
        var entries = new Entry[quantized.Where(f => f.Classes.Length < threshold).Sum(f => (long)f.Classes.Length)];
        if (entries.Length >= 1 << (32 - LengthBits))
        {
            throw new InvalidOperationException($"a model of {entries.Length:N0} sparse weights is too large for the compact layout");
        }

        var dense = new short[quantized.Count(f => f.Classes.Length >= threshold) * stride];
        int next = 0;
        int row = 0;
        foreach (var (key, classes, weights) in quantized)
        {
            int slot = SlotOf(key, slots.Length);
            while (slots[slot].Check != 0)
            {
                slot = slot + 1 == slots.Length ? 0 : slot + 1;
            }

            if (classes.Length >= threshold)
            {
                slots[slot] = new Slot { Check = CheckOf(key), Packed = (uint)row << LengthBits };
                for (int i = 0; i < classes.Length; i++)
                {
                    dense[(row * stride) + classes[i]] = weights[i];
                }

                row++;
                continue;
            }

            slots[slot] = new Slot { Check = CheckOf(key), Packed = ((uint)next << LengthBits) | (uint)classes.Length };
            for (int i = 0; i < classes.Length; i++)
            {
                entries[next + i] = new Entry { Weight = weights[i], Class = classes[i] };
            }

            next += classes.Length;
        }

        this.slots = WeightMemory<Slot>.Of(slots);
        this.entries = WeightMemory<Entry>.Of(entries);
        this.dense = WeightMemory<short>.Of(dense);
        FeatureCount = quantized.Count;
    }

    private LinearModel(int classCount, int featureCount, float scale, WeightMemory<Slot> slots, WeightMemory<Entry> entries, WeightMemory<short> dense)
    {
        ClassCount = classCount;
        FeatureCount = featureCount;
        this.scale = scale;
        this.slots = slots;
        this.entries = entries;
        this.dense = dense;
    }

    /// <summary>Weights per dense row: the class count rounded up to whole blocks (<see cref="DenseBlock"/>) of 16-bit weights.</summary>
    private int Stride => StrideOf(ClassCount);

    private static int StrideOf(int classCount) => (classCount + DenseBlock - 1) / DenseBlock * DenseBlock;

    /// <summary>
    /// Weights of a dense row added per pass over a state's dense rows: two of the machine's vectors
    /// of 16-bit weights, whose 32-bit sums stay in four registers while every row is added.
    /// </summary>
    private static int DenseBlock => 2 * Vector<short>.Count;

    /// <summary>
    /// A feature weighing this many classes is stored as a dense row added with vector
    /// instructions: past about a quarter of the classes that beats scattering one by one.
    /// </summary>
    private static int DenseThreshold(int classCount) => Math.Clamp(classCount / 4, 8, MaxSparseLength);

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
        int stride = Stride;
        Span<int> found = stackalloc int[count];
        Span<int> sums = stackalloc int[stride];
        sums.Clear();
        int capacity = slots.Length;
        Slot* slotBase = slots.Pointer;
        Entry* entryBase = entries.Pointer;
        short* denseBase = dense.Pointer;
        {
            for (int i = 0; i < count; i++)
            {
                found[i] = SlotOf(features[i]);
                Prefetch(slotBase + found[i]);
            }

            for (int i = 0; i < count; i++)
            {
                uint check = CheckOf(features[i]);
                int slot = found[i];
                while (true)
                {
                    uint stored = slotBase[slot].Check;
                    if (stored == check)
                    {
                        found[i] = slot;
                        uint packed = slotBase[slot].Packed;
                        if ((packed & MaxSparseLength) != 0)
                        {
                            Prefetch(entryBase + (packed >> LengthBits));
                        }
                        else
                        {
                            short* row = denseBase + ((packed >> LengthBits) * stride);
                            for (int offset = 0; offset < stride; offset += 32)
                            {
                                Prefetch(row + offset);
                            }
                        }

                        break;
                    }

                    if (stored == 0)
                    {
                        found[i] = -1;
                        break;
                    }

                    slot = slot + 1 == capacity ? 0 : slot + 1;
                }
            }

            fixed (int* sumBase = sums)
            {
                Span<nint> rows = stackalloc nint[count];
                int rowCount = 0;
                for (int i = 0; i < count; i++)
                {
                    if (found[i] < 0)
                    {
                        continue;
                    }

                    uint packed = slotBase[found[i]].Packed;
                    int start = (int)(packed >> LengthBits);
                    int length = (int)(packed & MaxSparseLength);
                    if (length == 0)
                    {
                        rows[rowCount++] = (nint)(denseBase + ((long)start * stride));
                        continue;
                    }

                    Entry* entry = entryBase + start;
                    for (int k = 0; k < length; k++)
                    {
                        sumBase[entry[k].Class] += entry[k].Weight;
                    }
                }

                AddDenseRows(rows[..rowCount], sumBase, stride);
            }
        }

        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] += sums[c] * scale;
        }

        GC.KeepAlive(this); // the tables are freed with the model, which must outlive the reads above
    }

    /// <summary>
    /// Adds dense rows of 16-bit weights to the 32-bit sums, a block of columns at a time: the
    /// block's sums stay in registers while every row is added, instead of a load and a store of
    /// the sums per row (a state's sums cannot overflow 32 bits).
    /// </summary>
    private static unsafe void AddDenseRows(ReadOnlySpan<nint> rows, int* sums, int stride)
    {
        int width = Vector<short>.Count;
        for (int offset = 0; offset < stride; offset += 2 * width)
        {
            Vector<int> a = Vector<int>.Zero, b = Vector<int>.Zero, c = Vector<int>.Zero, d = Vector<int>.Zero;
            foreach (nint row in rows)
            {
                short* weights = (short*)row + offset;
                Vector.Widen(Vector.Load(weights), out var low, out var high);
                a += low;
                b += high;
                Vector.Widen(Vector.Load(weights + width), out low, out high);
                c += low;
                d += high;
            }

            int* sum = sums + offset;
            Vector.Store(Vector.Load(sum) + a, sum);
            Vector.Store(Vector.Load(sum + (width / 2)) + b, sum + (width / 2));
            Vector.Store(Vector.Load(sum + width) + c, sum + width);
            Vector.Store(Vector.Load(sum + width + (width / 2)) + d, sum + width + (width / 2));
        }
    }

    /// <summary>Counts how many of the features are known, and how many of those are dense rows (diagnostics).</summary>
    public (int Known, int Dense, int SparseEntries) Census(ReadOnlySpan<ulong> features)
    {
        int known = 0, denseRows = 0, sparse = 0;
        var slots = this.slots.Span;
        foreach (ulong key in features)
        {
            int slot = Find(key);
            if (slot >= 0)
            {
                known++;
                int length = (int)(slots[slot].Packed & MaxSparseLength);
                denseRows += length == 0 ? 1 : 0;
                sparse += length;
            }
        }

        GC.KeepAlive(this);
        return (known, denseRows, sparse);
    }

    /// <summary>
    /// The average of several models' weights over the same classes ("parameter mixing",
    /// McDonald, Hall and Mann 2010): models trained on different shuffles disagree where they
    /// overfit, and the average keeps what they share.
    /// </summary>
    public static LinearModel Mix(int classCount, IReadOnlyList<IReadOnlyList<(ulong Key, ushort[] Classes, float[] Weights)>> members)
    {
        var sums = new Dictionary<ulong, Dictionary<ushort, float>>();
        foreach (var member in members)
        {
            foreach (var (key, classes, weights) in member)
            {
                if (!sums.TryGetValue(key, out var row))
                {
                    sums[key] = row = [];
                }

                for (int i = 0; i < classes.Length; i++)
                {
                    row[classes[i]] = row.GetValueOrDefault(classes[i]) + (weights[i] / members.Count);
                }
            }
        }

        var features = sums.OrderBy(pair => pair.Key)
            .Select(pair => (pair.Key, pair.Value.Keys.Order().ToArray(), pair.Value.OrderBy(p => p.Key).Select(p => p.Value).ToArray()))
            .ToList();
        return new LinearModel(classCount, features);
    }

    /// <summary>Writes the model (see <see cref="Read"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(CompactLayout);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.Write(scale);
        WriteArray<Slot>(writer, slots.Span);
        WriteArray<Entry>(writer, entries.Span);

        // Dense rows are written unpadded: the padding (Stride) depends on the machine's vector width.
        int stride = Stride;
        int rows = dense.Length / stride;
        writer.Write(rows);
        for (int row = 0; row < rows; row++)
        {
            writer.Write(MemoryMarshal.AsBytes(dense.Span.Slice(row * stride, ClassCount)));
        }

        GC.KeepAlive(this);
    }

    /// <summary>
    /// Reads a model written by <see cref="Write"/>, or by Dyad's first model format (64-bit keys,
    /// 32-bit float weights), which is converted.
    /// </summary>
    public static LinearModel Read(BinaryReader reader)
    {
        int first = reader.ReadInt32();
        if (first != CompactLayout)
        {
            return ReadFirstFormat(reader, classCount: first);
        }

        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        float scale = reader.ReadSingle();
        // Read straight into the tables' own memory; dense rows get their padding as they land.
        var slots = new WeightMemory<Slot>(reader.ReadInt32());
        ReadInto(reader, MemoryMarshal.AsBytes(slots.Span));
        var entries = new WeightMemory<Entry>(reader.ReadInt32());
        ReadInto(reader, MemoryMarshal.AsBytes(entries.Span));
        int rows = reader.ReadInt32();
        int stride = StrideOf(classCount);
        var dense = new WeightMemory<short>(checked(rows * stride));
        for (int row = 0; row < rows; row++)
        {
            ReadInto(reader, MemoryMarshal.AsBytes(dense.Span.Slice(row * stride, classCount)));
        }

        // A table whose slots point outside its weights is a damaged file, not a model.
        foreach (var slot in slots.Span)
        {
            long start = slot.Packed >> LengthBits, length = slot.Packed & MaxSparseLength;
            if (slot.Check != 0 && (length == 0 ? start >= rows : start + length > entries.Length))
            {
                throw new InvalidDataException("the model's weight table is damaged (a feature points outside its weights)");
            }
        }

        return new LinearModel(classCount, featureCount, scale, slots, entries, dense);
    }

    /// <summary>Reads the first format's table (after its class count) and rebuilds it compact.</summary>
    private static LinearModel ReadFirstFormat(BinaryReader reader, int classCount) => new(classCount, ReadFirstFormatFeatures(reader, classCount));

    /// <summary>
    /// Reads a model's weights with their full feature keys, which only Dyad's first format keeps
    /// (the compact one keeps a 31-bit check): what <see cref="Mix"/> needs to average an older
    /// model with new ones.
    /// </summary>
    public static (int ClassCount, List<(ulong Key, ushort[] Classes, float[] Weights)> Features) ReadKeyed(BinaryReader reader)
    {
        int first = reader.ReadInt32();
        if (first == CompactLayout)
        {
            throw new InvalidDataException("the model is in the compact format, which keeps no feature keys; mixing needs a model in Dyad's first format");
        }

        return (first, ReadFirstFormatFeatures(reader, classCount: first));
    }

    private static List<(ulong Key, ushort[] Classes, float[] Weights)> ReadFirstFormatFeatures(BinaryReader reader, int classCount)
    {
        reader.ReadInt32(); // feature count
        reader.ReadInt32(); // hash shift
        var oldSlots = ReadArray<FirstFormatSlot>(reader);
        var oldEntries = ReadArray<FirstFormatEntry>(reader);
        var oldDense = ReadArray<float>(reader);
        int denseRows = oldSlots.Count(slot => slot.Key != 0 && slot.Length < 0);
        int stride = denseRows == 0 ? 0 : oldDense.Length / denseRows;
        var features = new List<(ulong Key, ushort[] Classes, float[] Weights)>();
        foreach (var slot in oldSlots.Where(slot => slot.Key != 0))
        {
            if (slot.Length < 0)
            {
                var row = oldDense.AsSpan(slot.Start * stride, classCount).ToArray();
                var classes = Enumerable.Range(0, classCount).Where(c => row[c] != 0).ToArray();
                features.Add((slot.Key, [.. classes.Select(c => (ushort)c)], [.. classes.Select(c => row[c])]));
            }
            else
            {
                var part = oldEntries.AsSpan(slot.Start, slot.Length).ToArray();
                features.Add((slot.Key, [.. part.Select(e => (ushort)e.Class)], [.. part.Select(e => e.Weight)]));
            }
        }

        return features;
    }

    private int Find(ulong key)
    {
        var slots = this.slots.Span;
        uint check = CheckOf(key);
        int slot = SlotOf(key);
        while (slots[slot].Check != 0)
        {
            if (slots[slot].Check == check)
            {
                return slot;
            }

            slot = slot + 1 == slots.Length ? 0 : slot + 1;
        }

        return -1;
    }

    private static unsafe void Prefetch(void* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }

    /// <summary>The home slot: the high half of the mixed key scaled to the table (any size, not only powers of two).</summary>
    private int SlotOf(ulong key) => SlotOf(key, slots.Length);

    private static int SlotOf(ulong key, int capacity) => (int)(((key * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)capacity >> 32);

    /// <summary>What a slot keeps of its key: 31 low bits (independent of the slot's high bits), never 0, which marks an empty slot.</summary>
    private static uint CheckOf(ulong key) => (uint)key | 1u;

    private short Quantize(float weight) => (short)Math.Clamp(MathF.Round(weight / scale), -short.MaxValue, short.MaxValue);

    private static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> array)
        where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged => ReadItems<T>(reader, reader.ReadInt32());

    private static T[] ReadItems<T>(BinaryReader reader, int length)
        where T : unmanaged
    {
        var array = new T[length];
        ReadInto(reader, MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void ReadInto(BinaryReader reader, Span<byte> bytes)
    {
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
    }

    /// <summary>One hash-table slot: a check of the key (0 = empty) and where its weights are (start, and count or 0 for a dense row).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public uint Check;
        public uint Packed;
    }

    /// <summary>One weight and its class, read together.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private struct Entry
    {
        public short Weight;
        public ushort Class;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct FirstFormatSlot
    {
        public ulong Key;
        public int Start;
        public int Length;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct FirstFormatEntry
    {
        public float Weight;
        public int Class;
    }
}
