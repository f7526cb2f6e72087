namespace Dyad.Syntax;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
/// 2011): a stack with the artificial ROOT (index 0) at the bottom, a buffer of the words not yet
/// read (1…n), and the arcs built so far, with the children bookkeeping the features need.
/// </summary>
public sealed class ParseState
{
    /// <summary>"No such word" in the child arrays.</summary>
    public const int None = -1;

    private int[] stack = new int[64];
    private bool[] onStack = new bool[64];

    /// <summary>Number of words (without ROOT).</summary>
    public int Length { get; private set; }

    /// <summary>Index of the first buffer word; greater than <see cref="Length"/> when the buffer is empty.</summary>
    public int Buffer { get; private set; }

    /// <summary>Number of items on the stack (ROOT included).</summary>
    public int StackSize { get; private set; }

    /// <summary>Head of each word (0 = ROOT), or <see cref="None"/>.</summary>
    public int[] Heads { get; private set; } = new int[64];

    /// <summary>Relation label id of each word's arc, or <see cref="None"/>.</summary>
    public int[] Labels { get; private set; } = new int[64];

    /// <summary>Leftmost child of each node.</summary>
    public int[] LeftMost { get; private set; } = new int[64];

    /// <summary>Second leftmost child of each node.</summary>
    public int[] LeftMost2 { get; private set; } = new int[64];

    /// <summary>Rightmost child of each node.</summary>
    public int[] RightMost { get; private set; } = new int[64];

    /// <summary>Second rightmost child of each node.</summary>
    public int[] RightMost2 { get; private set; } = new int[64];

    /// <summary>Number of left children.</summary>
    public int[] LeftCount { get; private set; } = new int[64];

    /// <summary>Number of right children.</summary>
    public int[] RightCount { get; private set; } = new int[64];

    /// <summary>Set of labels of the left children, as a bit mask.</summary>
    public ulong[] LeftLabels { get; private set; } = new ulong[64];

    /// <summary>Set of labels of the right children, as a bit mask.</summary>
    public ulong[] RightLabels { get; private set; } = new ulong[64];

    /// <summary>True when parsing is finished: buffer empty and only ROOT on the stack.</summary>
    public bool IsTerminal => Buffer > Length && StackSize == 1;

    /// <summary>The stack item <paramref name="depth"/> from the top (0 = top), or <see cref="None"/>.</summary>
    public int Stack(int depth) => depth < StackSize ? stack[StackSize - 1 - depth] : None;

    /// <summary>The buffer word <paramref name="offset"/> from the front, or <see cref="None"/>.</summary>
    public int BufferAt(int offset) => Buffer + offset <= Length ? Buffer + offset : None;

    /// <summary>True when word <paramref name="word"/> is on the stack.</summary>
    public bool IsOnStack(int word) => onStack[word];

    /// <summary>Word atoms of the sentence being parsed, rare words replaced by <see cref="UnknownWord"/>.</summary>
    public ulong[] Words { get; private set; } = new ulong[64];

    /// <summary>The atom standing for every word outside the parser's vocabulary.</summary>
    public const ulong UnknownWord = 0x0000_0000_0000_0103UL;

    /// <summary>Starts parsing <paramref name="input"/>; words not in <paramref name="known"/> become <see cref="UnknownWord"/>.</summary>
    public void Reset(ParserInput input, IReadOnlySet<ulong> known)
    {
        Reset(input.Length);
        Words[0] = input.Words[0];
        for (int i = 1; i <= input.Length; i++)
        {
            Words[i] = known.Contains(input.Words[i]) ? input.Words[i] : UnknownWord;
        }
    }

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        if (length + 1 > Heads.Length)
        {
            int size = Math.Max(length + 1, Heads.Length * 2);
            stack = new int[size];
            onStack = new bool[size];
            Heads = new int[size];
            Labels = new int[size];
            LeftMost = new int[size];
            LeftMost2 = new int[size];
            RightMost = new int[size];
            RightMost2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftLabels = new ulong[size];
            RightLabels = new ulong[size];
            Words = new ulong[size];
        }

        Length = length;
        for (int i = 0; i <= length; i++)
        {
            onStack[i] = false;
            Heads[i] = None;
            Labels[i] = None;
            LeftMost[i] = LeftMost2[i] = RightMost[i] = RightMost2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }

        stack[0] = 0;
        onStack[0] = true;
        StackSize = 1;
        Buffer = 1;
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (beam search keeps several).</summary>
    public void CopyFrom(ParseState other)
    {
        int size = other.Length + 1;
        if (size > Heads.Length)
        {
            Reset(other.Length);
        }

        Length = other.Length;
        Buffer = other.Buffer;
        StackSize = other.StackSize;
        Array.Copy(other.stack, stack, other.StackSize);
        Array.Copy(other.onStack, onStack, size);
        Array.Copy(other.Heads, Heads, size);
        Array.Copy(other.Labels, Labels, size);
        Array.Copy(other.LeftMost, LeftMost, size);
        Array.Copy(other.LeftMost2, LeftMost2, size);
        Array.Copy(other.RightMost, RightMost, size);
        Array.Copy(other.RightMost2, RightMost2, size);
        Array.Copy(other.LeftCount, LeftCount, size);
        Array.Copy(other.RightCount, RightCount, size);
        Array.Copy(other.LeftLabels, LeftLabels, size);
        Array.Copy(other.RightLabels, RightLabels, size);
        Array.Copy(other.Words, Words, size);
    }

    /// <summary>SHIFT is allowed: the buffer is not empty.</summary>
    public bool CanShift => Buffer <= Length;

    /// <summary>LEFT is allowed: a word on top of the stack and a word in the buffer.</summary>
    public bool CanLeft => StackSize >= 2 && Buffer <= Length;

    /// <summary>
    /// RIGHT is allowed: two items on the stack; onto ROOT only when the buffer is empty, so the
    /// tree has exactly one root word.
    /// </summary>
    public bool CanRight => StackSize >= 2 && (Stack(1) != 0 || (Buffer > Length && StackSize == 2));

    /// <summary>Moves the buffer's first word onto the stack.</summary>
    public void Shift()
    {
        int word = Buffer++;
        stack[StackSize++] = word;
        onStack[word] = true;
    }

    /// <summary>Attaches the stack top to the buffer's first word with <paramref name="label"/> and pops it.</summary>
    public void Left(int label)
    {
        int dependent = stack[--StackSize];
        onStack[dependent] = false;
        AddArc(Buffer, dependent, label);
    }

    /// <summary>Attaches the stack top to the item below it with <paramref name="label"/> and pops it.</summary>
    public void Right(int label)
    {
        int dependent = stack[--StackSize];
        onStack[dependent] = false;
        AddArc(stack[StackSize - 1], dependent, label);
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
            if (LeftMost[head] == None || dependent < LeftMost[head])
            {
                LeftMost2[head] = LeftMost[head];
                LeftMost[head] = dependent;
            }
            else if (LeftMost2[head] == None || dependent < LeftMost2[head])
            {
                LeftMost2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
            if (RightMost[head] == None || dependent > RightMost[head])
            {
                RightMost2[head] = RightMost[head];
                RightMost[head] = dependent;
            }
            else if (RightMost2[head] == None || dependent > RightMost2[head])
            {
                RightMost2[head] = dependent;
            }
        }
    }
}
