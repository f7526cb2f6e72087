using System.Globalization;
using Dyad.Text;

namespace Dyad.Time;

/// <summary>How precisely a time expression names a date.</summary>
public enum DateResolution
{
    /// <summary>A day (2024-02-08).</summary>
    Day,
    /// <summary>A week, given by its first day (Monday).</summary>
    Week,
    /// <summary>A month (2024-02).</summary>
    Month,
    /// <summary>A year (2022).</summary>
    Year,
}

/// <summary>A date at some resolution: the first day of the period it names.</summary>
/// <param name="Start">First day of the period.</param>
/// <param name="Resolution">Day, week, month or year.</param>
public readonly record struct ResolvedDate(DateOnly Start, DateResolution Resolution)
{
    /// <summary>ISO 8601 at the date's own resolution: 2024-02-08, 2024-W06, 2024-02, 2022.</summary>
    public override string ToString() => Resolution switch
    {
        DateResolution.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateResolution.Week => $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}",
        DateResolution.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}

/// <summary>A time expression found in a sentence: its tokens, its text and the date it resolves to.</summary>
/// <param name="FirstToken">Index (in the sentence) of its first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Span">Its text in the cleaned document.</param>
/// <param name="Date">The date, or null when it cannot be resolved (no publication date for a relative expression).</param>
/// <param name="End">For ranges, the last period's first day.</param>
public sealed record TimeExpression(int FirstToken, int TokenCount, TextSpan Span, ResolvedDate? Date, ResolvedDate? End = null)
{
    /// <summary>
    /// For a date written without its year or week ("April 13", "Wednesday", "in March"), which
    /// <see cref="Date"/> places at or before publication: the same date still to come, for a
    /// clause that speaks of the future ("they will meet April 13", written on March 6). Null when
    /// the expression says which (a year, "next", "last") or <see cref="Date"/> is already ahead.
    /// </summary>
    public ResolvedDate? Ahead { get; init; }

    /// <summary>One past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
