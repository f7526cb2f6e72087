using Dyad.Text;

namespace Dyad.Facts;

/// <summary>
/// A quantity stated in the text: "$228 billion" (228e9 USD), "1.5 million barrels per day",
/// "30 percent", "six soldiers" (6, counting soldiers).
/// </summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Span">The amount's words, from the currency sign or number to the unit.</param>
/// <param name="Value">The normalised value (scale words applied: "1.5 million" → 1,500,000; cents → dollars).</param>
/// <param name="Unit">ISO 4217 currency code, "%", or the unit's words ("barrels per day"); null for a bare count.</param>
/// <param name="Counts">The noun the amount counts or measures ("soldiers", "financing", "trade volume"), when the text says.</param>
public sealed record Amount(int Sentence, TextSpan Span, decimal Value, string? Unit, string? Counts);
