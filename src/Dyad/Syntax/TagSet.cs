namespace Dyad.Syntax;

/// <summary>
/// The tagger's labels: each is a (UPOS, XPOS) pair seen in training, so one decision gives
/// both tags and they always agree.
/// </summary>
public sealed class TagSet
{
    private readonly Dictionary<(string, string), int> index = [];
    private readonly List<ulong> pairHashes = [];
    private readonly List<ulong> uposHashes = [];

    /// <summary>Creates a tag set from its pairs, in order.</summary>
    public TagSet(IEnumerable<(string Upos, string Xpos)> pairs)
    {
        foreach (var pair in pairs)
        {
            index[pair] = Pairs.Count;
            Pairs.Add(pair);
            pairHashes.Add(Learning.FeatureHash.Of(pair.Upos + "|" + pair.Xpos));
            uposHashes.Add(Learning.FeatureHash.Of(pair.Upos));
        }
    }

    /// <summary>The pairs, indexed by label id.</summary>
    public List<(string Upos, string Xpos)> Pairs { get; } = [];

    /// <summary>Number of labels.</summary>
    public int Count => Pairs.Count;

    /// <summary>The feature hash of label <paramref name="id"/>'s "UPOS|XPOS" (computed once, not per word).</summary>
    public ulong PairHash(int id) => pairHashes[id];

    /// <summary>The feature hash of label <paramref name="id"/>'s UPOS (for the supertagger, its supertag).</summary>
    public ulong UposHash(int id) => uposHashes[id];

    /// <summary>The label id of a pair, or -1.</summary>
    public int IdOf(string upos, string xpos) => index.TryGetValue((upos, xpos), out int id) ? id : -1;
}
