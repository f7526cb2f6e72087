using System.Collections.Immutable;
using Dyad.Data;
using Dyad.Text;

namespace Dyad.Syntax;

/// <summary>
/// Tags, lemmatizes and parses the sentences of cleaned documents with Dyad's own models. Built
/// once (models load in about a second), immutable and shared across threads; each thread keeps
/// its own parser scratch state, so analysing a sentence allocates little beyond its results.
/// </summary>
public sealed class SyntaxAnalyzer : IDisposable
{
    /// <summary>File name of the shipped tagger under <c>data/models/</c>.</summary>
    public const string TaggerFile = "en-ewt-tagger.dyad";

    /// <summary>File name of the shipped parser under <c>data/models/</c>.</summary>
    public const string ParserFile = "en-ewt-parser.dyad";

    /// <summary>
    /// The beam-search parser (data/models/README.md): more accurate than <see cref="ParserFile"/>
    /// and about 2.5 times slower; <c>dyad parse --accurate</c> uses it. Event coding keeps the
    /// greedy parser, against whose parses its rules were checked.
    /// </summary>
    public const string BeamParserFile = "en-ewt-parser-beam.dyad";

    /// <summary>
    /// Doubted decisions per word above which the cascade parses a sentence again: about a sixth
    /// of the words (data/models/README.md has the figures for other limits).
    /// </summary>
    public const float CascadeDoubtsPerWord = 0.35f;

    /// <summary>
    /// The cascade decodes <see cref="BeamParserFile"/> with a narrower beam and margin than the
    /// file's own (8, 150): the sentences it gets are the hard ones, where a wide beam keeps many
    /// hypotheses and costs most, and width 4 with margin 100 is as accurate there.
    /// </summary>
    public static ParserModel CascadeFallback(ParserModel beamParser) => beamParser.WithDecoding(4, 100);

    private readonly ThreadLocal<ParseDecoder> decoders;

    /// <summary>Creates the analyzer from loaded models.</summary>
    public SyntaxAnalyzer(TaggerModel tagger, ParserModel parser)
        : this(tagger, parser, null)
    {
    }

    /// <summary>
    /// Creates the analyzer from loaded models; with <paramref name="cascade"/>, the sentences the
    /// greedy <paramref name="parser"/> doubts are parsed again by the cascade's beam parser (see
    /// <see cref="ParseDecoder"/>).
    /// </summary>
    public SyntaxAnalyzer(TaggerModel tagger, ParserModel parser, (ParserModel Fallback, float DoubtsPerWord)? cascade)
    {
        Tagger = tagger;
        Parser = parser;
        Fallback = cascade?.Fallback;
        if (cascade is var (checkedFallback, checkedLimit))
        {
            ParseDecoder.ThrowIfNoCascade(parser.Parser, checkedFallback.Parser, checkedLimit); // now, not on a thread's first sentence
        }

        decoders = new ThreadLocal<ParseDecoder>(
            () => cascade is var (fallback, limit) ? new ParseDecoder(parser.Parser, fallback.Parser, limit) : new ParseDecoder(parser.Parser),
            trackAllValues: true);
    }

    /// <summary>The tagger model.</summary>
    public TaggerModel Tagger { get; }

    /// <summary>The parser model.</summary>
    public ParserModel Parser { get; }

    /// <summary>The cascade's second parser (null = none).</summary>
    public ParserModel? Fallback { get; }

    /// <summary>Words in the parses made so far, and of those, words the cascade's second parser parsed again (see <see cref="ParseDecoder.Counts"/>).</summary>
    public (long Words, long Reparsed) ParseCounts => decoders.Values.Aggregate((0L, 0L), (sum, decoder) => (sum.Item1 + decoder.Counts.Words, sum.Item2 + decoder.Counts.Reparsed));

    /// <summary>
    /// Loads the shipped models from a data folder; <paramref name="properNames"/> (the actor
    /// dictionary's country and capital names) are tagged as proper nouns where the tagger has no
    /// word of its own for them, and irregular verbs the treebank lacks get their lemmas.
    /// </summary>
    public static SyntaxAnalyzer Load(DataDirectory data, IEnumerable<string>? properNames = null) =>
        new(TaggerModel.Load(data.File(Path.Combine("models", TaggerFile))).WithProperNames(properNames ?? []).WithIrregularVerbs(data), ParserModel.Load(data.File(Path.Combine("models", ParserFile))));

    /// <summary>Analyses every sentence of a document.</summary>
    public ImmutableArray<SentenceSyntax> Analyze(Document document, CancellationToken cancellation = default) =>
        Analyze(document, static (_, _) => true, cancellation);

    /// <summary>
    /// Analyses the sentences <paramref name="wanted"/> selects; the others get an empty analysis
    /// (no words), which later stages skip. Event coding parses only sentences that can hold an event.
    /// </summary>
    public ImmutableArray<SentenceSyntax> Analyze(Document document, Func<Document, int, bool> wanted, CancellationToken cancellation = default)
    {
        var result = ImmutableArray.CreateBuilder<SentenceSyntax>(document.Sentences.Length);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            cancellation.ThrowIfCancellationRequested();
            result.Add(wanted(document, s) ? Analyze(document, s) : new SentenceSyntax(s, []));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Only the parts of speech (UPOS) of sentence <paramref name="index"/>: for stages that need no
    /// parse. <paramref name="onePass"/> skips the tagger's second pass, at half the cost, for uses
    /// that need only the broad classes (proper noun, noun, verb).
    /// </summary>
    public string[] Tags(Document document, int index, bool onePass = false)
    {
        var tokens = document.TokensOf(document.Sentences[index]);
        var atoms = new WordAtoms[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            atoms[i] = new WordAtoms(document[tokens[i].Span]);
        }

        var tags = new int[tokens.Length];
        if (onePass)
        {
            Tagger.Tagger.TagOnePass(atoms, tags);
        }
        else
        {
            Tagger.Tagger.Tag(atoms, tags);
        }

        var upos = new string[tokens.Length];
        for (int i = 0; i < upos.Length; i++)
        {
            upos[i] = Tagger.Tagger.Tags.Pairs[tags[i]].Upos;
        }

        return upos;
    }

    /// <summary>Re-annotates a CoNLL-U sentence keeping its words (see <see cref="SyntaxAnnotator"/>).</summary>
    public ConllSentence Annotate(ConllSentence sentence) => SyntaxAnnotator.Annotate(Tagger, decoders.Value!, sentence);

    /// <summary>Analyses sentence <paramref name="index"/> of a document.</summary>
    public SentenceSyntax Analyze(Document document, int index)
    {
        var sentence = document.Sentences[index];
        var tokens = document.TokensOf(sentence);
        var forms = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            forms[i] = document[tokens[i].Span];
        }

        var heads = new int[forms.Length];
        var labels = new int[forms.Length];
        int[] tags = TimePhraseParsing.TagAndParse(Tagger.Tagger, decoders.Value!, forms, heads, labels);

        var words = ImmutableArray.CreateBuilder<SyntaxWord>(forms.Length);
        for (int i = 0; i < forms.Length; i++)
        {
            var (upos, xpos) = Tagger.Tagger.Tags.Pairs[tags[i]];
            string deprel = Parser.Parser.Labels[labels[i]];
            words.Add(new SyntaxWord(tokens[i].Span, upos, xpos, Tagger.Morphology.Lemma(forms[i], upos, xpos), Tagger.Morphology.Feats(forms[i], upos, xpos), heads[i] - 1, deprel));
        }

        MarkPassives(words);
        return new SentenceSyntax(index, words.MoveToImmutable());
    }

    /// <summary>
    /// A past participle with a passive auxiliary or passive subject is passive: its FEATS get
    /// Voice=Pass (the FEATS table alone only knows what the word usually is).
    /// </summary>
    private static void MarkPassives(ImmutableArray<SyntaxWord>.Builder words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Deprel is "aux:pass" or "nsubj:pass" or "csubj:pass" && word.Head >= 0)
            {
                var head = words[word.Head];
                if (head.Xpos == "VBN" && !head.Has("Voice=Pass"))
                {
                    string feats = head.Feats == "_" ? "Voice=Pass" : string.Join('|', head.Feats.Split('|').Append("Voice=Pass").Order(StringComparer.Ordinal));
                    words[word.Head] = head with { Feats = feats };
                }
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => decoders.Dispose();
}
