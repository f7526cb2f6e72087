namespace Dyad.Text;

/// <summary>
/// Maps offsets in a derived text layer (the cleaned text) back to the layer it was made from
/// (the raw text). The derived layer is a sequence of pieces; each piece stands for one range of
/// the raw text. A piece copied verbatim maps character by character; a piece that replaced its
/// source (a collapsed run of whitespace, an NFC-composed character) maps as a whole.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] derivedStarts;
    private readonly int[] derivedLengths;
    private readonly int[] rawStarts;
    private readonly int[] rawLengths;

    private OffsetMap(int[] derivedStarts, int[] derivedLengths, int[] rawStarts, int[] rawLengths, int derivedLength, int rawLength)
    {
        this.derivedStarts = derivedStarts;
        this.derivedLengths = derivedLengths;
        this.rawStarts = rawStarts;
        this.rawLengths = rawLengths;
        DerivedLength = derivedLength;
        RawLength = rawLength;
    }

    /// <summary>Length of the derived layer.</summary>
    public int DerivedLength { get; }

    /// <summary>Length of the raw layer.</summary>
    public int RawLength { get; }

    /// <summary>Number of pieces (a measure of how much cleaning changed the text).</summary>
    public int PieceCount => derivedStarts.Length;

    /// <summary>The identity map over a text of <paramref name="length"/> characters.</summary>
    public static OffsetMap Identity(int length) =>
        new([0], [length], [0], [length], length, length);

    /// <summary>The map of the first <paramref name="length"/> characters of the derived text.</summary>
    public OffsetMap Prefix(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, DerivedLength);
        int pieces = length == 0 ? 1 : FindPiece(length - 1) + 1;
        int[] lengths = derivedLengths[..pieces];
        int[] raws = rawLengths[..pieces];
        int last = pieces - 1;
        int cut = derivedStarts[last] + lengths[last] - length;
        if (cut > 0 && lengths[last] == raws[last])
        {
            raws[last] -= cut;
        }

        lengths[last] -= cut;
        return new OffsetMap(derivedStarts[..pieces], lengths, rawStarts[..pieces], raws, length, RawLength);
    }

    /// <summary>Maps a derived span to the raw span it came from.</summary>
    public TextSpan ToRaw(TextSpan derived)
    {
        if (derived.End > DerivedLength)
        {
            throw new ArgumentOutOfRangeException(nameof(derived), derived, "Span lies outside the derived text.");
        }

        if (derived.IsEmpty)
        {
            int at = MapStart(derived.Start);
            return new TextSpan(at, at);
        }

        return new TextSpan(MapStart(derived.Start), MapEnd(derived.End));
    }

    /// <summary>Maps a derived offset to the raw offset of the character it came from.</summary>
    public int ToRaw(int derivedOffset) => MapStart(derivedOffset);

    private int MapStart(int offset)
    {
        if (offset >= DerivedLength)
        {
            return RawLength;
        }

        int piece = FindPiece(offset);
        return rawStarts[piece] + WithinPiece(piece, offset - derivedStarts[piece]);
    }

    private int MapEnd(int offset)
    {
        // The end of a span is the end of the piece holding its last character.
        int piece = FindPiece(offset - 1);
        int within = offset - derivedStarts[piece];
        return within >= derivedLengths[piece] ? rawStarts[piece] + rawLengths[piece] : rawStarts[piece] + WithinPiece(piece, within);
    }

    private int WithinPiece(int piece, int within) =>
        derivedLengths[piece] == rawLengths[piece] ? within : (within == 0 ? 0 : rawLengths[piece]);

    private int FindPiece(int offset)
    {
        int index = Array.BinarySearch(derivedStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Builds an <see cref="OffsetMap"/> piece by piece while a derived text is written.</summary>
    public sealed class Builder
    {
        private readonly List<int> derivedStarts = [];
        private readonly List<int> derivedLengths = [];
        private readonly List<int> rawStarts = [];
        private readonly List<int> rawLengths = [];
        private int derivedLength;

        /// <summary>Records <paramref name="length"/> characters copied unchanged from <paramref name="rawStart"/>.</summary>
        public void Copied(int rawStart, int length)
        {
            if (length == 0)
            {
                return;
            }

            int last = derivedStarts.Count - 1;
            if (last >= 0 && derivedLengths[last] == rawLengths[last] && rawStarts[last] + rawLengths[last] == rawStart)
            {
                // Contiguous verbatim copy: extend the previous piece instead of adding one.
                derivedLengths[last] += length;
                rawLengths[last] += length;
            }
            else
            {
                Add(derivedLength, length, rawStart, length);
            }

            derivedLength += length;
        }

        /// <summary>Records <paramref name="derivedCount"/> characters that replace the raw range <paramref name="raw"/>.</summary>
        public void Replaced(TextSpan raw, int derivedCount)
        {
            if (derivedCount == raw.Length)
            {
                Copied(raw.Start, derivedCount);
                return;
            }

            if (derivedCount > 0)
            {
                Add(derivedLength, derivedCount, raw.Start, raw.Length);
            }

            derivedLength += derivedCount;
        }

        /// <summary>
        /// Records <paramref name="length"/> characters copied from <paramref name="inner"/>'s derived
        /// text at <paramref name="innerStart"/>, mapped through it: composes two layers into one map.
        /// </summary>
        public void CopiedThrough(OffsetMap inner, int innerStart, int length)
        {
            int end = innerStart + length;
            int position = innerStart;
            int piece = inner.FindPiece(position);
            while (position < end)
            {
                int pieceStart = inner.derivedStarts[piece];
                int pieceEnd = pieceStart + inner.derivedLengths[piece];
                int take = Math.Min(end, pieceEnd) - position;
                if (inner.derivedLengths[piece] == inner.rawLengths[piece])
                {
                    Copied(inner.rawStarts[piece] + (position - pieceStart), take);
                }
                else
                {
                    // A replaced piece maps as a whole, even when only part of it is copied.
                    Replaced(new TextSpan(inner.rawStarts[piece], inner.rawStarts[piece] + inner.rawLengths[piece]), take);
                }

                position += take;
                piece++;
            }
        }

        /// <summary>Finishes the map for a raw text of <paramref name="rawLength"/> characters.</summary>
        public OffsetMap Build(int rawLength)
        {
            if (derivedStarts.Count == 0)
            {
                Add(0, 0, 0, 0);
            }

            return new OffsetMap([.. derivedStarts], [.. derivedLengths], [.. rawStarts], [.. rawLengths], derivedLength, rawLength);
        }

        private void Add(int derivedStart, int derivedCount, int rawStart, int rawCount)
        {
            derivedStarts.Add(derivedStart);
            derivedLengths.Add(derivedCount);
            rawStarts.Add(rawStart);
            rawLengths.Add(rawCount);
        }
    }
}
