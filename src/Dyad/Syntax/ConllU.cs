using System.Text;

namespace Dyad.Syntax;

/// <summary>One syntactic word of a CoNLL-U sentence (an integer-ID line).</summary>
/// <param name="Form">FORM (column 2).</param>
/// <param name="Lemma">LEMMA, or "_".</param>
/// <param name="Upos">UPOS, or "_".</param>
/// <param name="Xpos">XPOS, or "_".</param>
/// <param name="Feats">FEATS, or "_".</param>
/// <param name="Head">HEAD (0 for the root), or -1 when unknown.</param>
/// <param name="Deprel">DEPREL with its subtype, or "_".</param>
/// <param name="Deps">DEPS (enhanced graph), kept as it was.</param>
/// <param name="Misc">MISC (SpaceAfter=No …), kept as it was.</param>
public sealed record ConllWord(string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc);

/// <summary>A line that is not an integer-ID word: a multiword-token range (1-2) or an empty node (8.1).</summary>
/// <param name="BeforeWord">0-based index of the word it precedes.</param>
/// <param name="Line">The line, verbatim.</param>
public sealed record ConllExtraLine(int BeforeWord, string Line);

/// <summary>A CoNLL-U sentence: comments, words, and the multiword-token and empty-node lines kept as they were.</summary>
/// <param name="Comments">Comment lines (<c># sent_id = …</c>, <c># text = …</c>), verbatim.</param>
/// <param name="Words">The syntactic words, in order.</param>
/// <param name="Extra">Multiword-token and empty-node lines, with where they go.</param>
public sealed record ConllSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConllWord> Words, IReadOnlyList<ConllExtraLine> Extra);

/// <summary>
/// Reads and writes CoNLL-U (https://universaldependencies.org/format.html). Comments,
/// multiword-token lines and empty nodes survive a round trip unchanged.
/// </summary>
public static class ConllU
{
    /// <summary>Reads every sentence of a CoNLL-U file; a malformed line throws with its line number.</summary>
    public static IEnumerable<ConllSentence> Read(TextReader reader, string name = "conllu")
    {
        var comments = new List<string>();
        var words = new List<ConllWord>();
        var extra = new List<ConllExtraLine>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0 || comments.Count > 0)
                {
                    yield return new ConllSentence([.. comments], [.. words], [.. extra]);
                    comments.Clear();
                    words.Clear();
                    extra.Clear();
                }

                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line);
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 10 tab-separated fields, found {fields.Length}");
            }

            if (fields[0].Contains('-', StringComparison.Ordinal) || fields[0].Contains('.', StringComparison.Ordinal))
            {
                extra.Add(new ConllExtraLine(words.Count, line));
                continue;
            }

            if (!int.TryParse(fields[0], out int id) || id != words.Count + 1)
            {
                throw new FormatException($"{name}:{lineNumber}: word ID '{fields[0]}' out of sequence (expected {words.Count + 1})");
            }

            int head = fields[6] == "_" ? -1 : int.TryParse(fields[6], out int h) ? h : throw new FormatException($"{name}:{lineNumber}: HEAD '{fields[6]}' is not a number");
            words.Add(new ConllWord(fields[1], fields[2], fields[3], fields[4], fields[5], head, fields[7], fields[8], fields[9]));
        }

        if (words.Count > 0 || comments.Count > 0)
        {
            yield return new ConllSentence([.. comments], [.. words], [.. extra]);
        }
    }

    /// <summary>Reads a CoNLL-U file.</summary>
    public static List<ConllSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return [.. Read(reader, path)];
    }

    /// <summary>Writes a sentence, followed by the blank line that ends it.</summary>
    public static void Write(TextWriter writer, ConllSentence sentence)
    {
        foreach (string comment in sentence.Comments)
        {
            writer.Write(comment);
            writer.Write('\n');
        }

        int extra = 0;
        for (int i = 0; i < sentence.Words.Count; i++)
        {
            while (extra < sentence.Extra.Count && sentence.Extra[extra].BeforeWord == i)
            {
                writer.Write(sentence.Extra[extra++].Line);
                writer.Write('\n');
            }

            var word = sentence.Words[i];
            writer.Write(i + 1);
            writer.Write('\t');
            writer.Write(word.Form);
            writer.Write('\t');
            writer.Write(word.Lemma);
            writer.Write('\t');
            writer.Write(word.Upos);
            writer.Write('\t');
            writer.Write(word.Xpos);
            writer.Write('\t');
            writer.Write(word.Feats);
            writer.Write('\t');
            writer.Write(word.Head < 0 ? "_" : word.Head.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(word.Deprel);
            writer.Write('\t');
            writer.Write(word.Deps);
            writer.Write('\t');
            writer.Write(word.Misc);
            writer.Write('\n');
        }

        while (extra < sentence.Extra.Count)
        {
            writer.Write(sentence.Extra[extra++].Line);
            writer.Write('\n');
        }

        writer.Write('\n');
    }
}
