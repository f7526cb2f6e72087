using System.Collections.Frozen;
using System.Globalization;
using Dyad.Text;

namespace Dyad.Time;

/// <summary>
/// Finds time expressions in a sentence's tokens and resolves them against the publication date:
/// full dates ("February 8, 2024", "8 Feb 2024", "2024-02-08"), month and day ("February 8", which
/// takes the year that puts it nearest before or at the publication date, or just after it),
/// month and year, years ("in 2022"), weekdays ("Wednesday" → the latest Wednesday on or before
/// publication), today/yesterday/tomorrow, "last week", "next month", "two years ago", "X days
/// ago", and ranges ("from 2020 to 2022", "March 3-5"). Stateless.
/// </summary>
public static class TimeExpressionFinder
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan."] = 1, ["feb."] = 2, ["mar."] = 3, ["apr."] = 4, ["jun."] = 6, ["jul."] = 7, ["aug."] = 8,
        ["sep."] = 9, ["sept."] = 9, ["oct."] = 10, ["nov."] = 11, ["dec."] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word names a month, in full or abbreviated ("March", "Feb", "Sept.").</summary>
    public static bool IsMonth(string word) => Months.ContainsKey(word);

    /// <summary>Whether a word names a day of the week ("Monday", "Tues").</summary>
    public static bool IsWeekday(string word) => Weekdays.ContainsKey(word);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["several"] = 3, ["few"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a word names a month or a weekday ("February", "Tuesday"), which is a time whether or
    /// not a publication date resolves it; not three-letter words, which leaves out "May" (also a
    /// verb) and abbreviations such as "Jan" and "Wed" (longer ones such as "Sept" are taken).
    /// </summary>
    public static bool NamesCalendarTime(string word) =>
        word.Length > 3 && char.IsUpper(word[0]) && (Months.ContainsKey(word) || Weekdays.ContainsKey(word));

    /// <summary>The time expressions of one sentence, in order, not overlapping.</summary>
    public static List<TimeExpression> Find(string text, ReadOnlySpan<Token> tokens, DateOnly? published)
    {
        var found = new List<TimeExpression>();
        int i = 0;
        while (i < tokens.Length)
        {
            var match = MatchAt(text, tokens, i, published);
            if (match is null)
            {
                i++;
                continue;
            }

            found.Add(match);
            i = match.EndToken;
        }

        return found;
    }

    private static string Word(string text, ReadOnlySpan<Token> tokens, int i) => i < tokens.Length ? tokens[i].Span.Of(text) : string.Empty;

    private static TimeExpression? MatchAt(string text, ReadOnlySpan<Token> tokens, int i, DateOnly? published)
    {
        string w = Word(text, tokens, i);

        // 2024-02-08
        if (tokens[i].Kind == TokenKind.Number && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return Expr(tokens, i, 1, new ResolvedDate(iso, DateResolution.Day));
        }

        // Month-first: "February 8, 2024", "Feb. 8", "February 2024", "February" (with a year or day only; a bare month is too ambiguous: "May").
        if (Months.TryGetValue(w, out int month) && char.IsUpper(w[0]))
        {
            int day = Day(Word(text, tokens, i + 1));
            if (day > 0)
            {
                int next = i + 2;
                if (Word(text, tokens, next) == ",")
                {
                    next++;
                }

                if (Year(Word(text, tokens, next)) is int year)
                {
                    return Expr(tokens, i, next - i + 1, Safe(year, month, day));
                }

                // "March 3-5": a range of days.
                if (Word(text, tokens, i + 2) is "-" or "–" && Day(Word(text, tokens, i + 3)) is int endDay and > 0)
                {
                    var start = DayNearest(month, day, published);
                    var end = start is { } s ? Safe(s.Start.Year, month, endDay) : null;
                    return Expr(tokens, i, 4, start, end) with { Ahead = DayAhead(start, published) };
                }

                var date = DayNearest(month, day, published);
                return Expr(tokens, i, 2, date) with { Ahead = DayAhead(date, published) };
            }

            if (Year(Word(text, tokens, i + 1)) is int monthYear)
            {
                return Expr(tokens, i, 2, new ResolvedDate(new DateOnly(monthYear, month, 1), DateResolution.Month));
            }

            // "last March", "in March" resolve to the nearest such month at or before publication.
            string before = i > 0 ? Word(text, tokens, i - 1).ToLowerInvariant() : string.Empty;
            if (before is "in" or "since" or "until" or "by" or "last" or "early" or "late" or "mid" && w.Length > 3 && published is DateOnly pub)
            {
                int y = month <= pub.Month ? pub.Year : pub.Year - 1;
                // (A month after publication's was put last year; still to come, it is this year's.)
                var ahead = before is "in" or "by" or "until" && month > pub.Month ? new ResolvedDate(new DateOnly(pub.Year, month, 1), DateResolution.Month) : (ResolvedDate?)null;
                return Expr(tokens, i, 1, new ResolvedDate(new DateOnly(y, month, 1), DateResolution.Month)) with { Ahead = ahead };
            }

            return null;
        }

        // Day-first: "8 February 2024", "8 Feb".
        if (Day(w) is int dayFirst and > 0 && Months.TryGetValue(Word(text, tokens, i + 1), out int monthAfter) && char.IsUpper(Word(text, tokens, i + 1)[0]))
        {
            if (Year(Word(text, tokens, i + 2)) is int year)
            {
                return Expr(tokens, i, 3, Safe(year, monthAfter, dayFirst));
            }

            var nearest = DayNearest(monthAfter, dayFirst, published);
            return Expr(tokens, i, 2, nearest) with { Ahead = DayAhead(nearest, published) };
        }

        // Years: "2022", "in 2022", ranges "2020-2022" or "from 2020 to 2022".
        if (Year(w) is int yearAlone && tokens[i].Kind == TokenKind.Number)
        {
            string after = Word(text, tokens, i + 1);
            if (after is "-" or "–" or "to" && Year(Word(text, tokens, i + 2)) is int endYear && endYear > yearAlone)
            {
                return Expr(tokens, i, 3, new ResolvedDate(new DateOnly(yearAlone, 1, 1), DateResolution.Year), new ResolvedDate(new DateOnly(endYear, 1, 1), DateResolution.Year));
            }

            string previous = i > 0 ? Word(text, tokens, i - 1).ToLowerInvariant() : string.Empty;
            // A bare number is a year only where years are expected.
            if (previous is "in" or "since" or "until" or "by" or "of" or "from" or "during" or "before" or "after" or "early" or "late" or "mid" or "through" or "," or "(" || after is "," or "." or ")" or "election" or "elections")
            {
                return Expr(tokens, i, 1, new ResolvedDate(new DateOnly(yearAlone, 1, 1), DateResolution.Year));
            }

            return null;
        }

        if (Weekdays.TryGetValue(w, out var weekday) && char.IsUpper(w[0]))
        {
            ResolvedDate? date = null, ahead = null;
            if (published is DateOnly pub)
            {
                string previous = i > 0 ? Word(text, tokens, i - 1).ToLowerInvariant() : string.Empty;
                int back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
                var day = pub.AddDays(-back);
                if (previous == "next")
                {
                    day = pub.AddDays(((int)weekday - (int)pub.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)weekday - (int)pub.DayOfWeek + 7) % 7);
                }
                else if (previous == "last" && back == 0)
                {
                    day = pub.AddDays(-7);
                }
                else if (previous != "last" && back > 0)
                {
                    ahead = new ResolvedDate(pub.AddDays(7 - back), DateResolution.Day);
                }

                date = new ResolvedDate(day, DateResolution.Day);
            }

            return Expr(tokens, i, 1, date) with { Ahead = ahead };
        }

        string lower = w.ToLowerInvariant();
        if (lower is "today" or "tonight" or "yesterday" or "tomorrow")
        {
            int offset = lower switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            return Expr(tokens, i, 1, published is DateOnly pub ? new ResolvedDate(pub.AddDays(offset), DateResolution.Day) : null);
        }

        // "last week", "this month", "next year".
        if (lower is "last" or "this" or "next" or "past")
        {
            string unit = Word(text, tokens, i + 1).ToLowerInvariant();
            if (unit is "week" or "month" or "year")
            {
                int direction = lower switch { "last" or "past" => -1, "next" => 1, _ => 0 };
                return Expr(tokens, i, 2, published is DateOnly pub ? Shift(pub, unit, direction, anchorToPeriod: true) : null);
            }

            // "this morning", "this evening": the day of publication, as "today" and "tonight" are.
            if (lower == "this" && unit is "morning" or "afternoon" or "evening")
            {
                return Expr(tokens, i, 2, published is DateOnly pub ? new ResolvedDate(pub, DateResolution.Day) : null);
            }
        }

        // "in two weeks' time", "in a year's time", "in three months time": that long after publication. (Not a bare
        // "in two years", which news uses for a span up to now: "its highest level in two years".)
        if (lower == "in")
        {
            string countWord = Word(text, tokens, i + 1);
            int count = Numbers.TryGetValue(countWord, out int spelledCount) ? spelledCount
                : int.TryParse(countWord, NumberStyles.None, CultureInfo.InvariantCulture, out int digitCount) ? digitCount : 0;
            string unit = Word(text, tokens, i + 2).ToLowerInvariant().TrimEnd('\'', '’').TrimEnd('s');
            int next = i + 3;
            if (Word(text, tokens, next) is "'" or "’" or "'s" or "’s")
            {
                next++;
            }

            if (count is > 0 and < 1000 && unit is "day" or "week" or "month" or "year" && Word(text, tokens, next).Equals("time", StringComparison.OrdinalIgnoreCase))
            {
                return Expr(tokens, i, next - i + 1, published is DateOnly pub ? Shift(pub, unit, count, anchorToPeriod: false) : null);
            }
        }

        // "two years ago", "3 days ago", "a week ago".
        int amount = Numbers.TryGetValue(w, out int spelled) ? spelled : int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int digits) && digits < 1000 ? digits : -1;
        if (amount > 0)
        {
            string unit = Word(text, tokens, i + 1).ToLowerInvariant().TrimEnd('s');
            if (unit is "day" or "week" or "month" or "year" && Word(text, tokens, i + 2).Equals("ago", StringComparison.OrdinalIgnoreCase))
            {
                return Expr(tokens, i, 3, published is DateOnly pub ? Shift(pub, unit, -amount, anchorToPeriod: false) : null);
            }
        }

        return null;
    }

    private static TimeExpression Expr(ReadOnlySpan<Token> tokens, int i, int count, ResolvedDate? date, ResolvedDate? end = null) =>
        new(i, count, new TextSpan(tokens[i].Span.Start, tokens[i + count - 1].Span.End), date, end);

    private static ResolvedDate Shift(DateOnly published, string unit, int amount, bool anchorToPeriod) => unit switch
    {
        "day" => new ResolvedDate(published.AddDays(amount), DateResolution.Day),
        "week" => new ResolvedDate(anchorToPeriod ? Monday(published).AddDays(7 * amount) : published.AddDays(7 * amount), anchorToPeriod ? DateResolution.Week : DateResolution.Day),
        "month" => anchorToPeriod
            ? new ResolvedDate(new DateOnly(published.Year, published.Month, 1).AddMonths(amount), DateResolution.Month)
            : new ResolvedDate(published.AddMonths(amount), DateResolution.Month),
        _ => anchorToPeriod
            ? new ResolvedDate(new DateOnly(published.Year + amount, 1, 1), DateResolution.Year)
            : new ResolvedDate(new DateOnly(published.Year + amount, 1, 1), DateResolution.Year),
    };

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>
    /// Month and day without a year: the year putting it at or before publication, unless that is
    /// more than ten months back (then it is an upcoming date: "on February 24" written on Feb 8).
    /// </summary>
    private static ResolvedDate? DayNearest(int month, int day, DateOnly? published)
    {
        if (published is not DateOnly pub)
        {
            return null;
        }

        var thisYear = Safe(pub.Year, month, day);
        if (thisYear is null)
        {
            return null;
        }

        if (thisYear.Value.Start <= pub.AddDays(31))
        {
            return thisYear;
        }

        return Safe(pub.Year - 1, month, day);
    }

    /// <summary>
    /// A month and day <see cref="DayNearest"/> put well before publication, a year on (not a 29
    /// February). A date of the last weeks stays where it is even in a future clause ("clauses,
    /// effective from March 1," written on March 2).
    /// </summary>
    private static ResolvedDate? DayAhead(ResolvedDate? nearest, DateOnly? published) =>
        nearest is { } date && published is DateOnly pub && date.Start < pub.AddDays(-45) && date.Start.Year < DateOnly.MaxValue.Year
            ? Safe(date.Start.Year + 1, date.Start.Month, date.Start.Day) : null;

    private static ResolvedDate? Safe(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new ResolvedDate(new DateOnly(year, month, day), DateResolution.Day) : null;

    private static int Day(string word)
    {
        string digits = word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal) || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal) ? word[..^2] : word;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int day) && day is >= 1 and <= 31 ? day : 0;
    }

    private static int? Year(string word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1900 and <= 2100 ? year : null;
}
