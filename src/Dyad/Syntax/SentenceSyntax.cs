using System.Collections.Immutable;
using Dyad.Text;

namespace Dyad.Syntax;

/// <summary>
/// One word of an analysed sentence. The word is a token of the document (its span says where);
/// <see cref="Head"/> is the index of the head word in the same sentence, or -1 for the root.
/// </summary>
/// <param name="Span">The word in the document's cleaned text.</param>
/// <param name="Upos">Universal part of speech.</param>
/// <param name="Xpos">Penn Treebank tag.</param>
/// <param name="Lemma">Lemma.</param>
/// <param name="Feats">UD features (e.g. <c>Tense=Past|VerbForm=Fin</c>), or <c>_</c>.</param>
/// <param name="Head">Index of the head word in the sentence, -1 for the root.</param>
/// <param name="Deprel">UD relation with subtype (<c>nsubj:pass</c>).</param>
public readonly record struct SyntaxWord(TextSpan Span, string Upos, string Xpos, string Lemma, string Feats, int Head, string Deprel)
{
    /// <summary>True when the word is the sentence's root.</summary>
    public bool IsRoot => Head < 0;

    /// <summary>True when FEATS holds <paramref name="feature"/> (such as <c>Tense=Past</c>).</summary>
    public bool Has(string feature) => Feats.Split('|').Contains(feature, StringComparer.Ordinal);
}

/// <summary>The syntax of one sentence: its words with tags, lemmas, features and the dependency tree.</summary>
public sealed class SentenceSyntax
{
    private readonly ImmutableArray<ImmutableArray<int>> children;

    /// <summary>Creates the analysis of sentence <paramref name="index"/> of a document.</summary>
    public SentenceSyntax(int index, ImmutableArray<SyntaxWord> words)
    {
        Index = index;
        Words = words;
        var lists = Enumerable.Range(0, words.Length).Select(_ => ImmutableArray.CreateBuilder<int>()).ToArray();
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Head >= 0)
            {
                lists[words[i].Head].Add(i);
            }
        }

        children = [.. lists.Select(list => list.ToImmutable())];
        Root = words.Length == 0 ? -1 : words.IndexOf(words.First(w => w.IsRoot));
    }

    /// <summary>Index of the sentence in its document.</summary>
    public int Index { get; }

    /// <summary>The words.</summary>
    public ImmutableArray<SyntaxWord> Words { get; }

    /// <summary>Index of the root word.</summary>
    public int Root { get; }

    /// <summary>The dependents of a word, in sentence order.</summary>
    public ImmutableArray<int> Children(int word) => children[word];

    /// <summary>Whether <paramref name="word"/> lies in the subtree of <paramref name="head"/> (itself included; bounded, so a malformed tree cannot loop).</summary>
    public bool Dominates(int head, int word)
    {
        for (int node = word, steps = 0; node >= 0 && steps <= Words.Length; node = Words[node].Head, steps++)
        {
            if (node == head)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dependents of a word with a relation (the universal part compared when <paramref name="relation"/> has no subtype).</summary>
    public IEnumerable<int> Children(int word, string relation) =>
        children[word].Where(child => Words[child].Deprel == relation || (!relation.Contains(':', StringComparison.Ordinal) && SyntaxScorer.Universal(Words[child].Deprel) == relation));
}
