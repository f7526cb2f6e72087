using System.Runtime.InteropServices;

namespace Dyad.Learning;

/// <summary>
/// A fixed block of unmanaged memory holding a model table, freed when the owner is collected.
/// Scoring reads a hundred scattered places of tables tens of megabytes large per decision, and
/// with 4 KB pages nearly each read also misses the TLB (costly in a virtual machine). So on Linux
/// a large table is aligned to 2 MB and marked for transparent huge pages before it is filled,
/// and a few dozen pages map it all. Elsewhere, or when the kernel declines, it is ordinary memory.
/// </summary>
internal sealed unsafe class WeightMemory<T>
    where T : unmanaged
{
    private const nuint HugePage = 2 << 20;

    private readonly nuint bytes;

    /// <summary>Allocates <paramref name="length"/> zeroed items.</summary>
    public WeightMemory(int length)
    {
        Length = length;
        nuint size = (nuint)Math.Max(1, length) * (nuint)sizeof(T);
        bool huge = size >= 2 * HugePage && OperatingSystem.IsLinux();
        bytes = huge ? (size + HugePage - 1) / HugePage * HugePage : size;
        Pointer = (T*)NativeMemory.AlignedAlloc(bytes, huge ? HugePage : 64);
        if (huge)
        {
            try
            {
                // Advice only: the result does not matter, the memory works either way.
                _ = HugePages.Advise(Pointer, bytes);
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // A Linux without the usual C library: ordinary pages.
            }
        }

        NativeMemory.Clear(Pointer, bytes);
        GC.AddMemoryPressure((long)bytes);
    }

    ~WeightMemory()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure((long)bytes);
    }

    /// <summary>The first item; valid while this object is reachable.</summary>
    public T* Pointer { get; }

    /// <summary>Number of items.</summary>
    public int Length { get; }

    /// <summary>The items as a span; valid while this object is reachable.</summary>
    public Span<T> Span => new(Pointer, Length);

    /// <summary>A copy of the items.</summary>
    public static WeightMemory<T> Of(ReadOnlySpan<T> items)
    {
        var memory = new WeightMemory<T>(items.Length);
        items.CopyTo(memory.Span);
        return memory;
    }
}

/// <summary>The Linux call that asks for transparent huge pages on a range.</summary>
internal static unsafe partial class HugePages
{
    private const int MadviseHugePage = 14;

    /// <summary>madvise(MADV_HUGEPAGE); returns 0 when the kernel took the advice.</summary>
    public static int Advise(void* address, nuint length) => Madvise(address, length, MadviseHugePage);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
