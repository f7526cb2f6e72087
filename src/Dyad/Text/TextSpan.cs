namespace Dyad.Text;

/// <summary>A half-open character range <c>[Start, End)</c> into one text layer.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="start"/> must not exceed <paramref name="end"/>.</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First character of the span.</summary>
    public int Start { get; }

    /// <summary>One past the last character of the span.</summary>
    public int End { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => Start == End;

    /// <summary>True when <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc/>
    public override string ToString() => $"[{Start},{End})";
}
