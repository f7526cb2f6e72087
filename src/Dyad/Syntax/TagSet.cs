namespace Dyad.Syntax;

/// <summary>
/// The tagger's labels: each is a (UPOS, XPOS) pair seen in training, so one decision gives
/// both tags and they always agree.
/// </summary>
public sealed class TagSet
{
    private readonly Dictionary<(string, string), int> index = [];

    /// <summary>Creates a tag set from its pairs, in order.</summary>
    public TagSet(IEnumerable<(string Upos, string Xpos)> pairs)
    {
        foreach (var pair in pairs)
        {
            index[pair] = Pairs.Count;
            Pairs.Add(pair);
        }
    }

    /// <summary>The pairs, indexed by label id.</summary>
    public List<(string Upos, string Xpos)> Pairs { get; } = [];

    /// <summary>Number of labels.</summary>
    public int Count => Pairs.Count;

    /// <summary>The label id of a pair, or -1.</summary>
    public int IdOf(string upos, string xpos) => index.TryGetValue((upos, xpos), out int id) ? id : -1;
}
