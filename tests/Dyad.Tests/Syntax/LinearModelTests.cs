using System.Text;
using Dyad.Learning;

namespace Dyad.Tests.Syntax;

/// <summary>The compact weight table scores as the float weights it was built from, survives a write and read, and reads Dyad's first format.</summary>
public sealed class LinearModelTests
{
    private const int Classes = 103; // the parser's action count: dense rows span several vectors

    /// <summary>Random features: most weigh a few classes (sparse), some weigh most (dense rows).</summary>
    private static List<(ulong Key, ushort[] Classes, float[] Weights)> RandomFeatures(int count, int seed)
    {
        var random = new Random(seed);
        var features = new List<(ulong, ushort[], float[])>();
        for (int i = 0; i < count; i++)
        {
            int weighed = i % 5 == 0 ? random.Next(40, Classes + 1) : random.Next(1, 6);
            var classes = Enumerable.Range(0, Classes).OrderBy(_ => random.Next()).Take(weighed).Order().Select(c => (ushort)c).ToArray();
            var weights = classes.Select(_ => (float)((random.NextDouble() * 8) - 4)).ToArray();
            features.Add(((ulong)random.NextInt64(), classes, weights));
        }

        return features;
    }

    private static float[] Expected(List<(ulong Key, ushort[] Classes, float[] Weights)> features, IEnumerable<ulong> keys)
    {
        var byKey = features.ToDictionary(f => f.Key);
        var scores = new float[Classes];
        foreach (ulong key in keys)
        {
            if (byKey.TryGetValue(key, out var feature))
            {
                for (int i = 0; i < feature.Classes.Length; i++)
                {
                    scores[feature.Classes[i]] += feature.Weights[i];
                }
            }
        }

        return scores;
    }

    private static float[] Scores(LinearModel model, ulong[] keys)
    {
        var scores = new float[Classes];
        model.Score(keys, scores);
        return scores;
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        // 16-bit weights: each is within half a step (4 / 32767 / 2) of its float, and a state adds ~100.
        for (int c = 0; c < expected.Length; c++)
        {
            Assert.True(Math.Abs(expected[c] - actual[c]) < 0.01f, $"class {c}: expected {expected[c]}, scored {actual[c]}");
        }
    }

    [Fact]
    public void ScoresAreTheSumsOfTheFloatWeightsOfTheKnownFeatures()
    {
        var features = RandomFeatures(2000, seed: 7);
        var model = new LinearModel(Classes, features);
        var random = new Random(11);
        for (int trial = 0; trial < 50; trial++)
        {
            // Known features mixed with unknown ones, as a parser state has.
            var keys = Enumerable.Range(0, 120).Select(i => i % 4 == 0 ? (ulong)random.NextInt64() : features[random.Next(features.Count)].Key).ToArray();
            AssertClose(Expected(features, keys), Scores(model, keys));
        }

        Assert.Equal(2000, model.FeatureCount);
        var census = model.Census(features.Select(f => f.Key).ToArray());
        Assert.Equal((2000, 400), (census.Known, census.Dense));
    }

    [Fact]
    public void AModelLargeEnoughForHugePagesScoresTheSame()
    {
        // 300,000 features make a 4.8 MB slot table, which is allocated aligned for huge pages.
        var random = new Random(5);
        var features = Enumerable.Range(0, 300_000)
            .Select(i => (Key: (ulong)random.NextInt64(), Classes: new[] { (ushort)(i % Classes) }, Weights: new[] { (float)((random.NextDouble() * 2) - 1) }))
            .ToList();
        var model = new LinearModel(Classes, features);
        for (int trial = 0; trial < 20; trial++)
        {
            var keys = Enumerable.Range(0, 100).Select(_ => features[random.Next(features.Count)].Key).ToArray();
            AssertClose(Expected(features, keys), Scores(model, keys));
        }
    }

    [Fact]
    public void AWrittenModelReadsBackScoringTheSame()
    {
        var features = RandomFeatures(500, seed: 3);
        var model = new LinearModel(Classes, features);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = LinearModel.Read(reader);
        var keys = features.Select(f => f.Key).Take(100).ToArray();
        Assert.Equal(Scores(model, keys), Scores(read, keys));
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void ATableWhoseSlotPointsOutsideItsWeightsIsRefused()
    {
        var model = new LinearModel(Classes, RandomFeatures(50, seed: 9));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        // Layout: marker, class count, feature count, scale, slot count, then 8-byte slots (check, packed).
        var bytes = stream.ToArray();
        int slot = 20;
        while (BitConverter.ToUInt32(bytes, slot) == 0)
        {
            slot += 8;
        }

        BitConverter.GetBytes(0xFFFF_FF80u).CopyTo(bytes, slot + 4); // a dense row far past the last
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var error = Assert.Throws<InvalidDataException>(() => LinearModel.Read(reader));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AModelInTheFirstFormatIsReadAndConverted()
    {
        const int classCount = 3;
        using var stream = FirstFormatModel(classCount);
        using var reader = new BinaryReader(stream);
        var model = LinearModel.Read(reader);
        var scores = new float[classCount];
        model.Score([0xABCDEF, 0x123456, 0x999], scores);
        Assert.Equal([2f, 2f, -0.25f], scores.Select(s => MathF.Round(s, 3)).ToArray());
    }

    [Fact]
    public void AModelInTheFirstFormatGivesItsFeatureKeysForMixingAndACompactOneRefuses()
    {
        using (var stream = FirstFormatModel(3))
        using (var reader = new BinaryReader(stream))
        {
            var (classCount, features) = LinearModel.ReadKeyed(reader);
            Assert.Equal(3, classCount);
            var byKey = features.ToDictionary(f => f.Key);
            Assert.Equal([0xABCDEFUL, 0x123456UL], byKey.Keys.Order().Reverse().ToArray());
            Assert.Equal([(ushort)0, (ushort)2], byKey[0xABCDEF].Classes);
            Assert.Equal([1.5f, -0.25f], byKey[0xABCDEF].Weights);
            Assert.Equal([(ushort)0, (ushort)1], byKey[0x123456].Classes); // a dense row keeps its non-zero weights
            Assert.Equal([0.5f, 2f], byKey[0x123456].Weights);
        }

        var compact = new LinearModel(2, [(7UL, [(ushort)1], [1f])]);
        using var written = new MemoryStream();
        using (var writer = new BinaryWriter(written, Encoding.UTF8, leaveOpen: true))
        {
            compact.Write(writer);
        }

        written.Position = 0;
        using var compactReader = new BinaryReader(written);
        var error = Assert.Throws<InvalidDataException>(() => LinearModel.ReadKeyed(compactReader));
        Assert.Contains("keeps no feature keys", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A model in Dyad's first format: class count, feature count, hash shift, then 16-byte slots
    /// (key, start, count or -1 for a dense row), 8-byte entries (weight, class) and dense float rows.
    /// </summary>
    private static MemoryStream FirstFormatModel(int classCount)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(classCount);
            writer.Write(2);
            writer.Write(62);
            writer.Write(4); // slots
            (ulong Key, int Start, int Length)[] slots = [(0, 0, 0), (0xABCDEF, 0, 2), (0, 0, 0), (0x123456, 0, -1)];
            foreach (var (key, start, length) in slots)
            {
                writer.Write(key);
                writer.Write(start);
                writer.Write(length);
            }

            writer.Write(2); // entries: class 0 gets 1.5, class 2 gets -0.25
            writer.Write(1.5f);
            writer.Write(0);
            writer.Write(-0.25f);
            writer.Write(2);
            writer.Write(8); // one dense row, padded to 8 floats
            foreach (float weight in new[] { 0.5f, 2f, 0f, 0f, 0f, 0f, 0f, 0f })
            {
                writer.Write(weight);
            }
        }

        stream.Position = 0;
        return stream;
    }
}
