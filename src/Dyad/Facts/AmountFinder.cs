using System.Collections.Frozen;
using System.Globalization;
using Dyad.Text;

namespace Dyad.Facts;

/// <summary>
/// Finds amounts in a sentence's words: digits or written-out numbers ("twenty-five", "a dozen"),
/// scale words (million, bln, mln), currency signs and words ($, US$, dlrs, euros, yuan), percent
/// forms (%, percent, pct) and units ("barrels per day", "tonnes"), and the noun counted. Numbers
/// inside time expressions (years, days of the month) are dates, not amounts. Stateless.
/// </summary>
public static class AmountFinder
{
    private static readonly FrozenDictionary<string, int> SmallNumbers = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
        ["mln"] = 1_000_000m, ["bln"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["mn"] = 1_000_000m, ["tln"] = 1_000_000_000_000m,
        ["thousands"] = 1_000m, ["millions"] = 1_000_000m, ["billions"] = 1_000_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Currency words after the number, with the factor to the main unit (cents are hundredths).
    private static readonly FrozenDictionary<string, (string Code, decimal Factor)> CurrencyWords = new Dictionary<string, (string, decimal)>
    {
        ["dollar"] = ("USD", 1), ["dollars"] = ("USD", 1), ["dlr"] = ("USD", 1), ["dlrs"] = ("USD", 1), ["usd"] = ("USD", 1),
        ["cent"] = ("USD", 0.01m), ["cents"] = ("USD", 0.01m), ["cts"] = ("USD", 0.01m), ["ct"] = ("USD", 0.01m),
        ["euro"] = ("EUR", 1), ["euros"] = ("EUR", 1), ["eur"] = ("EUR", 1),
        ["pound"] = ("GBP", 1), ["pounds"] = ("GBP", 1), ["sterling"] = ("GBP", 1), ["stg"] = ("GBP", 1), ["gbp"] = ("GBP", 1),
        ["yen"] = ("JPY", 1), ["jpy"] = ("JPY", 1), ["yuan"] = ("CNY", 1), ["renminbi"] = ("CNY", 1), ["cny"] = ("CNY", 1),
        ["rouble"] = ("RUB", 1), ["roubles"] = ("RUB", 1), ["ruble"] = ("RUB", 1), ["rubles"] = ("RUB", 1), ["rub"] = ("RUB", 1),
        ["rupee"] = ("INR", 1), ["rupees"] = ("INR", 1), ["won"] = ("KRW", 1), ["hryvnia"] = ("UAH", 1), ["hryvnias"] = ("UAH", 1),
        ["franc"] = ("FRF", 1), ["francs"] = ("FRF", 1), ["mark"] = ("DEM", 1), ["marks"] = ("DEM", 1), ["lira"] = ("ITL", 1), ["lire"] = ("ITL", 1),
        ["guilders"] = ("NLG", 1), ["riyals"] = ("SAR", 1), ["shekels"] = ("ILS", 1), ["pesos"] = ("MXN", 1), ["rand"] = ("ZAR", 1),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Prefix, string Code)[] CurrencySigns =
    [
        ("US$", "USD"), ("C$", "CAD"), ("A$", "AUD"), ("HK$", "HKD"), ("NZ$", "NZD"), ("S$", "SGD"), ("$", "USD"),
        ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₽", "RUB"), ("₹", "INR"), ("₴", "UAH"),
    ];

    private static readonly FrozenSet<string> PercentWords = new[] { "%", "percent", "pct", "pct.", "per cent" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Units of measure news reports; a unit word may be followed by "per"/"a" + period ("barrels per day").
    private static readonly FrozenSet<string> UnitWords = new[]
    {
        "barrels", "barrel", "bpd", "tonnes", "tonne", "tons", "ton", "kilometres", "kilometers", "km", "miles", "mile",
        "metres", "meters", "kg", "kilograms", "kilos", "pounds-weight", "acres", "hectares", "litres", "liters", "gallons",
        "megawatts", "mw", "gigawatts", "kilowatts", "kwh", "bushels", "ounces", "troy", "carats", "square", "cubic",
        "points", "basis",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Periods = new[] { "day", "year", "month", "week", "hour", "annum", "share" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The amounts of one sentence. <paramref name="upos"/> gives each token's part of speech (for the
    /// counted noun); <paramref name="excluded"/> marks tokens that belong to time expressions.
    /// </summary>
    public static List<Amount> Find(string text, int sentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> upos, ReadOnlySpan<bool> excluded)
    {
        var found = new List<Amount>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (excluded[i])
            {
                continue;
            }

            if (TryRead(text, tokens, upos, excluded, i, out var amount, out int end))
            {
                found.Add(amount with { Sentence = sentence });
                i = end - 1;
            }
        }

        return found;
    }

    private static bool TryRead(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> upos, ReadOnlySpan<bool> excluded, int start, out Amount amount, out int end)
    {
        amount = null!;
        end = start;
        string? currency = null;
        int at = start;
        string first = Form(text, tokens[at]);

        // A currency sign, alone ("$" "228") or glued to the number ("US$5").
        foreach (var (prefix, code) in CurrencySigns)
        {
            if (first == prefix && at + 1 < tokens.Length && !excluded[at + 1])
            {
                currency = code;
                at++;
                first = Form(text, tokens[at]);
                break;
            }

            if (first.Length > prefix.Length && first.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(first[prefix.Length]))
            {
                currency = code;
                first = first[prefix.Length..];
                break;
            }
        }

        if (!TryNumber(text, tokens, at, first, out decimal value, out int next, out bool written))
        {
            return false;
        }

        // Scale words: "1.5 million", "two hundred thousand".
        bool scaled = false;
        while (next < tokens.Length && Scales.TryGetValue(Form(text, tokens[next]), out decimal scale))
        {
            value *= scale;
            next++;
            scaled = true;
        }

        string? unit = currency;
        if (next < tokens.Length)
        {
            string word = Form(text, tokens[next]);
            if (CurrencyWords.TryGetValue(word, out var money) && (currency is null || money.Code == currency))
            {
                unit = money.Code;
                value *= money.Factor;
                next++;
            }
            else if (PercentWords.Contains(word))
            {
                unit = "%";
                next++;
            }
            else if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && next + 1 < tokens.Length && Form(text, tokens[next + 1]).Equals("cent", StringComparison.OrdinalIgnoreCase))
            {
                unit = "%";
                next += 2;
            }
            else if (currency is null && UnitWords.Contains(word))
            {
                int unitStart = next;
                next++;
                while (next < tokens.Length && UnitWords.Contains(Form(text, tokens[next])))
                {
                    next++;
                }

                // "barrels per day", "tonnes a year"
                if (next + 1 < tokens.Length && Form(text, tokens[next]) is "per" or "a" && Periods.Contains(Form(text, tokens[next + 1])))
                {
                    next += 2;
                }

                unit = text[tokens[unitStart].Span.Start..tokens[next - 1].Span.End].ToLowerInvariant();
            }
        }

        // A bare written-out number must count something ("six soldiers"), or "one" is a pronoun;
        // a bare digit string is kept only when it counts a noun or is large (a year-like 4-digit number is not).
        string? counts = CountedNoun(text, tokens, upos, next, start);
        if (unit is null && !scaled)
        {
            bool countsNextWord = next < tokens.Length && upos[next] is "NOUN" && counts is not null;
            if (!countsNextWord)
            {
                return false;
            }

            if (written && value == 1)
            {
                return false;
            }
        }

        end = next;
        // "12.5 pct." at a sentence end: the period closes the sentence, not the amount.
        int spanEnd = tokens[next - 1].Span.End;
        if (text[spanEnd - 1] == '.' && tokens[next - 1].Span.Length > 1)
        {
            spanEnd--;
        }

        var span = new TextSpan(tokens[start].Span.Start, spanEnd);
        amount = new Amount(0, span, value, unit, counts);
        return true;
    }

    /// <summary>Digits ("1,000", "2.5") or written-out numbers ("twenty-five", "a dozen", "six").</summary>
    private static bool TryNumber(string text, ReadOnlySpan<Token> tokens, int at, string form, out decimal value, out int next, out bool written)
    {
        next = at + 1;
        written = false;
        if (form.Length > 0 && char.IsAsciiDigit(form[0]))
        {
            // Dates (2024-02-08), times (10:30), ranges (3-5) and fractions are not amounts.
            if (form.Contains('-') || form.Contains(':') || form.Contains('/'))
            {
                value = 0;
                return false;
            }

            return decimal.TryParse(form.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        if (form.Equals("a", StringComparison.OrdinalIgnoreCase) || form.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            // "a million", "a dozen", "a billion dollars"
            if (at + 1 < tokens.Length && Form(text, tokens[at + 1]) is string scaleWord && (Scales.ContainsKey(scaleWord) || scaleWord.Equals("dozen", StringComparison.OrdinalIgnoreCase)) && scaleWord != "hundreds")
            {
                value = scaleWord.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? 12 : 1;
                next = scaleWord.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? at + 2 : at + 1;
                written = true;
                return true;
            }

            return false;
        }

        if (!SmallNumbers.TryGetValue(form, out int small))
        {
            return false;
        }

        written = true;
        value = small;
        // "twenty-five": three tokens (twenty, -, five) or one.
        if (small >= 20 && small % 10 == 0 && at + 2 < tokens.Length && Form(text, tokens[at + 1]) == "-" && SmallNumbers.TryGetValue(Form(text, tokens[at + 2]), out int unit) && unit < 10)
        {
            value += unit;
            next = at + 3;
        }

        return true;
    }

    /// <summary>
    /// What the amount counts: the noun right after it (past adjectives and compounds: "six soldiers",
    /// "$60 billion financing"), else the noun before "of" ("trade volume of $200 billion").
    /// </summary>
    private static string? CountedNoun(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> upos, int after, int start)
    {
        int k = after;
        while (k < tokens.Length && upos[k] is "ADJ" && k - after < 3)
        {
            k++;
        }

        // A gerund right after the amount is a noun there ("$60 billion financing"), whatever the tagger says.
        bool gerund = k == after && k < tokens.Length && upos[k] is "VERB" && Form(text, tokens[k]).EndsWith("ing", StringComparison.Ordinal);
        if (k < tokens.Length && (upos[k] is "NOUN" || gerund))
        {
            int last = k;
            while (last + 1 < tokens.Length && upos[last + 1] is "NOUN" && last - k < 3)
            {
                last++;
            }

            return text[tokens[k].Span.Start..tokens[last].Span.End];
        }

        if (start >= 2 && Form(text, tokens[start - 1]).Equals("of", StringComparison.OrdinalIgnoreCase) && upos[start - 2] is "NOUN")
        {
            int first = start - 2;
            while (first > 0 && upos[first - 1] is "NOUN" or "ADJ" && start - 2 - first < 3)
            {
                first--;
            }

            return text[tokens[first].Span.Start..tokens[start - 2].Span.End];
        }

        return null;
    }

    private static string Form(string text, Token token) => text[token.Span.Start..token.Span.End];
}
