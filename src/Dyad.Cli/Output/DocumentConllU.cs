using System.Collections.Immutable;
using Dyad.Syntax;
using Dyad.Text;

namespace Dyad.Cli;

/// <summary>Writes an analysed document as CoNLL-U: one block per sentence, Dyad's own tokens as words.</summary>
internal static class DocumentConllU
{
    public static void Write(TextWriter output, Document document, ImmutableArray<SentenceSyntax> syntax)
    {
        for (int s = 0; s < syntax.Length; s++)
        {
            var sentence = document.Sentences[s];
            var tokens = document.TokensOf(sentence);
            var comments = new List<string>();
            if (s == 0)
            {
                comments.Add($"# newdoc id = {document.Metadata.Id}");
            }

            comments.Add($"# sent_id = {document.Metadata.Id}-{s + 1}");
            comments.Add($"# text = {document[sentence.Span].Replace('\n', ' ')}");
            var words = new List<ConllWord>(tokens.Length);
            var extra = new List<ConllExtraLine>();
            int groupStart = -1;
            for (int i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                var word = syntax[s].Words[i];
                bool spaceAfter = i + 1 >= tokens.Length || tokens[i + 1].Span.Start > token.Span.End;
                if (token.JoinedToNext && groupStart < 0)
                {
                    groupStart = i;
                }

                string misc = "_";
                if (groupStart >= 0 && !token.JoinedToNext)
                {
                    // A multiword token (Russia's → Russia + 's): the range line carries the surface form.
                    string surface = document.Text[tokens[groupStart].Span.Start..token.Span.End];
                    extra.Add(new ConllExtraLine(groupStart, $"{groupStart + 1}-{i + 1}\t{surface}\t_\t_\t_\t_\t_\t_\t_\t{(spaceAfter ? "_" : "SpaceAfter=No")}"));
                    groupStart = -1;
                }
                else if (groupStart < 0 && !spaceAfter)
                {
                    misc = "SpaceAfter=No";
                }

                words.Add(new ConllWord(document[token.Span], word.Lemma, word.Upos, word.Xpos, word.Feats, word.Head + 1, word.Deprel, "_", misc));
            }

            ConllU.Write(output, new ConllSentence(comments, words, extra));
        }
    }
}
