namespace Dyad.Tests.Support;

/// <summary>Where the repository and the shared reference material are.</summary>
public static class Paths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Dyad.slnx).</summary>
    public static string Repository => Root.Value;

    /// <summary>The bundled samples folder.</summary>
    public static string Samples => Path.Combine(Repository, "samples");

    /// <summary>A test data file under tests/Dyad.Tests/Data.</summary>
    public static string TestData(string relative) => Path.Combine(Repository, "tests", "Dyad.Tests", "Data", relative);

    /// <summary>The founding sample article.</summary>
    public static string FoundingSample => Path.Combine(Samples, "russia-china-2024-02-08.txt");

    /// <summary>
    /// A path under <c>../shared/</c>; skips the calling test, saying why, when the shared
    /// material is absent (a fresh clone has none; CI has it).
    /// </summary>
    public static string Shared(string relative)
    {
        string shared = Path.GetFullPath(Path.Combine(Repository, "..", "shared"));
        string path = Path.Combine(shared, relative);
        if (!Directory.Exists(shared))
        {
            Assert.Skip($"../shared is absent ({shared}); this test reads {relative} from it and runs where the shared reference material is present (CI).");
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{path} is absent from ../shared.");
        }

        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dyad.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dyad.slnx not found above " + AppContext.BaseDirectory);
    }
}
