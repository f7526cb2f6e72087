namespace Dyad.Data;

/// <summary>
/// Where Dyad's shipped data (dictionaries, rules, models) lives. By default the <c>data</c>
/// folder next to the Dyad assembly, where the build copies the repository's <c>data/</c>.
/// </summary>
public sealed class DataDirectory
{
    /// <summary>Uses <paramref name="path"/> as the data folder.</summary>
    public DataDirectory(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The data folder shipped beside the Dyad assembly.</summary>
    public static DataDirectory Default => new(System.IO.Path.Combine(AppContext.BaseDirectory, "data"));

    /// <summary>The full path of a data file given relative to the folder.</summary>
    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>
    /// The data lines of a tab-separated file: blank lines and <c>#</c> comments skipped, each
    /// with its 1-based line number so rule errors can name where they are.
    /// </summary>
    public IEnumerable<(int Line, string[] Fields)> ReadTable(string relativePath)
    {
        string path = File(relativePath);
        if (!System.IO.File.Exists(path))
        {
            throw new DataFileException(path, 0, "the data file is missing (is the data folder beside the Dyad assembly?)");
        }

        int number = 0;
        foreach (string line in System.IO.File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }
}

/// <summary>A shipped or user data file is missing or has a malformed line.</summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> at <paramref name="line"/>.</summary>
    public DataFileException(string path, int line, string problem)
        : base(line > 0 ? $"{path}:{line}: {problem}" : $"{path}: {problem}")
    {
        FilePath = path;
        Line = line;
        Problem = problem;
    }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Problem { get; }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line, or 0 when the whole file is concerned.</summary>
    public int Line { get; }
}
