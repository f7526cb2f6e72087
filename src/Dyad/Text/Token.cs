namespace Dyad.Text;

/// <summary>
/// One syntactic word (a UD "word"), as a span into the cleaned text. Contractions and
/// possessives split a surface token into several words ("don't" → "do" + "n't",
/// "Russia's" → "Russia" + "'s"); each part is still a span of the text, so no form is invented.
/// </summary>
/// <param name="Span">Where the word is in the cleaned text.</param>
/// <param name="Kind">Coarse shape of the word, known from tokenization alone.</param>
/// <param name="JoinedToNext">True when the next word is part of the same surface token (a UD multiword token).</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, bool JoinedToNext = false);

/// <summary>Coarse token shapes the tokenizer knows without a tagger.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with hyphens, apostrophes or inner periods.</summary>
    Word,
    /// <summary>A number: digits with optional separators (2.5, 1,000, 2024-02-08).</summary>
    Number,
    /// <summary>Punctuation (quotes, brackets, commas, sentence ends, dashes, ellipses).</summary>
    Punctuation,
    /// <summary>A currency or other symbol ($, €, %, #, &amp;).</summary>
    Symbol,
    /// <summary>A web address or e-mail address.</summary>
    Address,
    /// <summary>An abbreviation or initial ending in a period (U.S., Jan., J.).</summary>
    Abbreviation,
    /// <summary>A clitic split off a word: 's, n't, 'll, 're, 've, 'm, 'd.</summary>
    Clitic,
}
