using System.Numerics;

namespace Dyad.Learning;

/// <summary>
/// A trained linear classifier over hashed features: for each feature key, the sparse weights it
/// gives to some classes. Immutable and shared across threads; scoring allocates nothing. Keys
/// live in an open-addressing table sized to a power of two for a single multiply-shift probe.
/// </summary>
public sealed class LinearModel
{
    private readonly ulong[] keys;     // 0 marks an empty slot (key 0 is remapped on insert)
    private readonly int[] starts;     // per slot: first entry
    private readonly ushort[] lengths; // per slot: number of entries
    private readonly ushort[] classes;
    private readonly float[] weights;
    private readonly int shift;

    /// <summary>Builds the table from per-feature sparse weights.</summary>
    public LinearModel(int classCount, IReadOnlyList<(ulong Key, ushort[] Classes, float[] Weights)> features)
    {
        ClassCount = classCount;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count * 2));
        shift = 64 - BitOperations.Log2((uint)capacity);
        keys = new ulong[capacity];
        starts = new int[capacity];
        lengths = new ushort[capacity];
        classes = new ushort[features.Sum(f => f.Classes.Length)];
        weights = new float[classes.Length];
        int next = 0;
        foreach (var (key, featureClasses, featureWeights) in features)
        {
            int slot = Slot(NonZero(key));
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            keys[slot] = NonZero(key);
            starts[slot] = next;
            lengths[slot] = (ushort)featureClasses.Length;
            featureClasses.CopyTo(classes, next);
            featureWeights.CopyTo(weights, next);
            next += featureClasses.Length;
        }

        FeatureCount = features.Count;
    }

    private LinearModel(int classCount, int featureCount, int shift, ulong[] keys, int[] starts, ushort[] lengths, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        FeatureCount = featureCount;
        this.shift = shift;
        this.keys = keys;
        this.starts = starts;
        this.lengths = lengths;
        this.classes = classes;
        this.weights = weights;
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount => weights.Length;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (which the caller zeroes).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int mask = keys.Length - 1;
        foreach (ulong raw in features)
        {
            ulong key = NonZero(raw);
            int slot = Slot(key);
            while (true)
            {
                ulong found = keys[slot];
                if (found == key)
                {
                    int start = starts[slot];
                    int end = start + lengths[slot];
                    for (int i = start; i < end; i++)
                    {
                        scores[classes[i]] += weights[i];
                    }

                    break;
                }

                if (found == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    /// <summary>Writes the model (see <see cref="Read"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.Write(shift);
        WriteArray(writer, keys);
        WriteArray(writer, starts);
        WriteArray(writer, lengths);
        WriteArray(writer, classes);
        WriteArray(writer, weights);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(BinaryReader reader)
    {
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        int shift = reader.ReadInt32();
        return new LinearModel(classCount, featureCount, shift, ReadArray<ulong>(reader), ReadArray<int>(reader), ReadArray<ushort>(reader), ReadArray<ushort>(reader), ReadArray<float>(reader));
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private static ulong NonZero(ulong key) => key == 0 ? 0x8000000000000000UL : key;

    private static void WriteArray<T>(BinaryWriter writer, T[] array)
        where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        int length = reader.ReadInt32();
        var array = new T[length];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan());
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
}
