using System.Buffers;
using System.Collections.Frozen;
using Dyad.Text;

namespace Dyad.Segmentation;

/// <summary>
/// Splits text into words following the Universal Dependencies English conventions of
/// UD English-EWT, so that the tagger and parser trained on it see what they were trained on:
/// <list type="bullet">
/// <item>punctuation and quotes are separate tokens: <c>“interference,”</c> → <c>“ interference , ”</c>;</item>
/// <item>clitics split from their host as a multiword token: <c>Russia's</c> → <c>Russia 's</c>, <c>don't</c> → <c>do n't</c>, <c>cannot</c> → <c>can not</c>;</item>
/// <item>hyphenated compounds split at the hyphen (<c>long - term</c>, <c>26 - year - old</c>) except after a
/// bound prefix (<c>anti-American</c>, <c>e-mail</c>) and between digits (<c>2024-02-08</c>);</item>
/// <item>currency symbols and percent signs are separate: <c>$ 228</c>, <c>2.5 %</c>;</item>
/// <item>abbreviations keep their period (<c>U.S.</c>, <c>Gen.</c>); an abbreviation ending a sentence keeps
/// it too, with no separate period token (EWT does the same).</item>
/// </list>
/// Differences from EWT, documented in the README: web addresses are one token (as in EWT) but
/// e-mail style <c>@handles</c> too; "dont"/"wont" without apostrophe are not split.
/// </summary>
public sealed class Tokenizer
{
    /// <summary>Punctuation that may follow a bracketed name in the same chunk ("&lt;Gulfex&gt;,").</summary>
    private static readonly SearchValues<char> TrailingPunctuation = SearchValues.Create(".,;:!?)\"'");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixes = new[]
    {
        // Bound prefixes EWT keeps attached to the word after the hyphen.
        "e", "co", "re", "non", "anti", "pro", "post", "pre", "ex", "self", "multi", "semi",
        "counter", "inter", "mid", "neo", "pan", "quasi", "sub", "super", "ultra", "vice",
        "mini", "micro", "macro", "mega", "bi", "tri", "de", "un", "mis", "trans", "cross",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Abbreviations abbreviations;

    /// <summary>Creates a tokenizer over the given abbreviation lists.</summary>
    public Tokenizer(Abbreviations abbreviations) => this.abbreviations = abbreviations;

    /// <summary>Appends the tokens of <paramref name="range"/> of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, TextSpan range, List<Token> tokens)
    {
        var run = new Run(text, tokens, abbreviations);
        int i = range.Start;
        int end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int chunkEnd = i + 1;
            while (chunkEnd < end && !char.IsWhiteSpace(text[chunkEnd]))
            {
                chunkEnd++;
            }

            run.Chunk(i, chunkEnd, end);
            i = chunkEnd;
        }
    }

    /// <summary>Tokenizes a whole string (tests, tools).</summary>
    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    private static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '\u201c' or '\u2018' or '\'' or '\u00ab' or '\u00bf' or '\u00a1' or '`' or '\u201e';

    private static bool IsClosing(char c) => c is ')' or ']' or '}' or '"' or '\u201d' or '\u2019' or '\'' or '\u00bb' or ',' or ';' or ':' or '!' or '?' or '\u2026';

    private static readonly SearchValues<char> LettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static bool IsDash(char c) => c is '\u2014' or '\u2013' or '\u2015' or '\u2012';

    private static bool IsCurrency(char c) => c is '$' or '\u20ac' or '\u00a3' or '\u00a5' or '\u20b9' or '\u20bd';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>The tokenization of one run of text; holds no state beyond the call.</summary>
    private readonly ref struct Run(ReadOnlySpan<char> text, List<Token> tokens, Abbreviations abbreviations)
    {
        private readonly ReadOnlySpan<char> text = text;
        private readonly List<Token> tokens = tokens;
        private readonly Abbreviations abbreviations = abbreviations;

        public void Chunk(int start, int end, int rangeEnd)
        {
            int s = start;
            int e = end;

            // Leading punctuation: opening quotes and brackets, dashes, currency before a number.
            while (s < e)
            {
                char c = text[s];
                if (IsOpening(c))
                {
                    if (IsApostrophe(c) && s + 1 < e && char.IsAsciiDigit(text[s + 1]))
                    {
                        break; // '90s
                    }

                    Emit(s, s + 1, TokenKind.Punctuation);
                    s++;
                }
                else if (IsDash(c))
                {
                    Emit(s, s + 1, TokenKind.Punctuation);
                    s++;
                }
                else if (c == '-' && s + 1 < e && text[s + 1] == '-')
                {
                    Emit(s, s + 2, TokenKind.Punctuation);
                    s += 2;
                }
                else if (IsCurrency(c) && s + 1 < e && (char.IsAsciiDigit(text[s + 1]) || text[s + 1] == '.'))
                {
                    Emit(s, s + 1, TokenKind.Symbol);
                    s++;
                }
                else if (c == '<' && IsBracketedName(s, e))
                {
                    // ("resulted in <My-K Laboratories Inc> agreeing": a wire's bracket around a
                    // company's name is no part of the name; a ticker, "<NSTC.T>", stays one token.)
                    Emit(s, s + 1, TokenKind.Punctuation);
                    s++;
                }
                else
                {
                    break;
                }
            }

            // ("(CNN)President Donald Trump": a bracketed dateline glued to the first word; its closing
            // bracket, right before a capital, ends a word of its own.)
            if (s > start && text[s - 1] == '(' && text[s..e].IndexOf(')') is int close and > 0 && s + close + 1 < e
                && char.IsUpper(text[s + close + 1]) && text.Slice(s, close).IndexOfAnyExcept(LettersAndDigits) < 0)
            {
                Core(s, s + close);
                Emit(s + close, s + close + 1, TokenKind.Punctuation);
                Chunk(s + close + 1, end, rangeEnd);
                return;
            }

            // Trailing punctuation: find where it starts by peeling from the right; the core is
            // emitted first, then the trailing part is re-read left to right.
            int coreEnd = e;
            while (coreEnd > s)
            {
                char c = text[coreEnd - 1];
                if (c == '.')
                {
                    int dots = 1;
                    while (coreEnd - dots > s && text[coreEnd - dots - 1] == '.')
                    {
                        dots++;
                    }

                    if (dots == 1 && coreEnd - s > 1 && IsAbbreviation(s, coreEnd, rangeEnd))
                    {
                        break;
                    }

                    coreEnd -= dots;
                }
                else if ((IsClosing(c) || IsDash(c)) && !(c == ':' && IsAddressLike(s, coreEnd)))
                {
                    coreEnd--;
                }
                else if (c == '>' && coreEnd - 1 > s && text[s..coreEnd].IndexOf('<') < 0 && (char.IsLetterOrDigit(text[coreEnd - 2]) || text[coreEnd - 2] is '.' or ')'))
                {
                    coreEnd--;
                }
                else
                {
                    break;
                }
            }

            if (coreEnd > s)
            {
                Core(s, coreEnd);
            }

            // A run of periods ("...") is one token; every other trailing character is its own.
            int t = coreEnd;
            while (t < e)
            {
                int tokenEnd = t + 1;
                if (text[t] == '.')
                {
                    while (tokenEnd < e && text[tokenEnd] == '.')
                    {
                        tokenEnd++;
                    }
                }

                Emit(t, tokenEnd, TokenKind.Punctuation);
                t = tokenEnd;
            }
        }

        private bool IsAbbreviation(int s, int e, int rangeEnd)
        {
            var kind = abbreviations.Classify(text.Slice(s, e - s));
            if (kind == AbbreviationClass.Numeric)
            {
                int next = e;
                while (next < rangeEnd && text[next] == ' ')
                {
                    next++;
                }

                return next < rangeEnd && char.IsAsciiDigit(text[next]);
            }

            return kind != AbbreviationClass.None;
        }

        private bool IsAddressLike(int s, int e)
        {
            var chunk = text.Slice(s, e - s);
            if (chunk.IndexOfAny(':', '@') < 0 && (chunk.Length < 4 || (chunk[0] | 0x20) != 'w'))
            {
                return false; // the common case, decided without searching for the patterns
            }

            return chunk.Contains("://", StringComparison.Ordinal) ||
                   chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
                   (chunk.IndexOf('@') > 0 && chunk.LastIndexOf('.') > chunk.IndexOf('@'));
        }

        /// <summary>The chunk without its outer punctuation: addresses, dashes, hyphens, then pieces.</summary>
        private void Core(int s, int e)
        {
            if (IsAddressLike(s, e))
            {
                Emit(s, e, TokenKind.Address);
                return;
            }

            int partStart = s;
            int i = s;
            while (i < e)
            {
                char c = text[i];
                if (IsDash(c))
                {
                    Piece(partStart, i);
                    Emit(i, i + 1, TokenKind.Punctuation);
                    partStart = ++i;
                }
                else if (c == '-' && i + 1 < e && text[i + 1] == '-')
                {
                    Piece(partStart, i);
                    Emit(i, i + 2, TokenKind.Punctuation);
                    i += 2;
                    partStart = i;
                }
                else if (c == '-' && SplitsAtHyphen(partStart, i, e))
                {
                    Piece(partStart, i);
                    Emit(i, i + 1, TokenKind.Punctuation);
                    partStart = ++i;
                }
                else
                {
                    i++;
                }
            }

            Piece(partStart, e);
        }

        /// <summary>
        /// EWT splits hyphenated compounds between letters or a digit and a letter
        /// (<c>two - year</c>, <c>26 - year</c>) and after an abbreviation with inner periods
        /// (<c>U.S. - led</c>), but not after a bound prefix or between digits.
        /// </summary>
        private bool SplitsAtHyphen(int partStart, int hyphen, int e)
        {
            if (hyphen == partStart || hyphen + 1 >= e)
            {
                return false;
            }

            char before = text[hyphen - 1];
            char after = text[hyphen + 1];
            if (before == '.' && char.IsLetter(after) && text.Slice(partStart, hyphen - 1 - partStart).Contains('.'))
            {
                return true; // an abbreviation with inner periods, as EWT splits it: "U.S. - led", "D.C. - based"
            }

            if (!char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after))
            {
                return false;
            }

            if (char.IsDigit(before) && char.IsDigit(after))
            {
                return false;
            }

            return !HyphenPrefixes.Contains(text.Slice(partStart, hyphen - partStart));
        }

        /// <summary>One word of a chunk: splits clitics and a percent sign, then classifies.</summary>
        private void Piece(int s, int e)
        {
            int length = e - s;
            if (length <= 0)
            {
                return;
            }

            if (length > 1 && text[e - 1] == '%' && char.IsAsciiDigit(text[e - 2]))
            {
                Piece(s, e - 1);
                Emit(e - 1, e, TokenKind.Symbol);
                return;
            }

            if (length >= 3 && char.IsLetterOrDigit(text[s]) && SplitClitic(s, e))
            {
                return;
            }

            Emit(s, e, Classify(s, e));
        }

        private bool SplitClitic(int s, int e)
        {
            var word = text.Slice(s, e - s);
            int length = word.Length;

            // n't: don't → do n't, can't → ca n't, won't → wo n't (EWT forms).
            if (length > 3 && IsApostrophe(word[^2]) && (word[^1] is 't' or 'T') && (word[^3] is 'n' or 'N'))
            {
                Host(s, e - 3);
                Emit(e - 3, e, TokenKind.Clitic);
                return true;
            }

            // 's 'm 'd after a letter or period (Russia's, I'm, U.S.'s).
            if (IsApostrophe(word[^2]) && (word[^1] is 's' or 'S' or 'm' or 'M' or 'd' or 'D') && (char.IsLetter(word[^3]) || word[^3] == '.'))
            {
                Host(s, e - 2);
                Emit(e - 2, e, TokenKind.Clitic);
                return true;
            }

            // 'll 're 've.
            if (length > 3 && IsApostrophe(word[^3]) && char.IsLetter(word[^4]) &&
                (word[^2..].Equals("ll", StringComparison.OrdinalIgnoreCase) ||
                 word[^2..].Equals("re", StringComparison.OrdinalIgnoreCase) ||
                 word[^2..].Equals("ve", StringComparison.OrdinalIgnoreCase)))
            {
                Host(s, e - 3);
                Emit(e - 3, e, TokenKind.Clitic);
                return true;
            }

            // cannot → can not; gonna, wanna, gotta → gon na, wan na, got ta (EWT).
            if (length == 6 && word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
            {
                Host(s, s + 3);
                Emit(s + 3, e, TokenKind.Word);
                return true;
            }

            if (length == 5 && (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase) || word.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
            {
                Host(s, s + 3);
                Emit(s + 3, e, TokenKind.Word);
                return true;
            }

            return false;
        }

        private void Host(int s, int e) => tokens.Add(new Token(new TextSpan(s, e), Classify(s, e), JoinedToNext: true));

        /// <summary>
        /// Whether a chunk opening with "&lt;" starts a bracketed name: a letter or digit after the
        /// bracket, and no closing bracket in the chunk ("&lt;My-K" of "&lt;My-K Laboratories Inc&gt;"),
        /// or one at its end, before punctuation at most, around a word with lower-case letters
        /// ("&lt;Gulfex&gt;,"); not a ticker ("&lt;NSTC.T&gt;") nor a symbol ("&lt;=").
        /// </summary>
        private bool IsBracketedName(int s, int e)
        {
            if (s + 1 >= e || !char.IsLetterOrDigit(text[s + 1]))
            {
                return false;
            }

            // (A closing bracket may have punctuation after it: "<Gulfex>,".)
            int close = text[s..e].IndexOf('>');
            return close < 0 || (text[(s + close + 1)..e].IndexOfAnyExcept(TrailingPunctuation) < 0 && text[(s + 1)..(s + close)].ContainsAnyInRange('a', 'z'));
        }

        private TokenKind Classify(int s, int e)
        {
            char first = text[s];
            if (text[e - 1] == '.' && e - s > 1)
            {
                return TokenKind.Abbreviation;
            }

            if (char.IsAsciiDigit(first) || (first is '.' or '-' or '+' && e - s > 1 && char.IsAsciiDigit(text[s + 1])))
            {
                return IsNumber(s, e) ? TokenKind.Number : TokenKind.Word;
            }

            if (char.IsLetter(first) || char.IsDigit(first) || first is '#' or '@' or '\'' or '\u2019' or '_')
            {
                return TokenKind.Word;
            }

            if (IsCurrency(first) || first is '%' or '&' or '+' or '=' or '<' or '>' or '*' or '/' or '\\' or '|' or '~' or '^' or '\u00b0' or '\u00a7')
            {
                return TokenKind.Symbol;
            }

            return char.IsPunctuation(first) ? TokenKind.Punctuation : TokenKind.Symbol;
        }

        private bool IsNumber(int s, int e)
        {
            for (int i = s; i < e; i++)
            {
                char c = text[i];
                if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ':' or '/' or '-' or '+'))
                {
                    return false;
                }
            }

            return true;
        }

        private void Emit(int s, int e, TokenKind kind) => tokens.Add(new Token(new TextSpan(s, e), kind));
    }
}
