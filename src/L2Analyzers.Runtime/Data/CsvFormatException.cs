namespace L2Analyzers;

/// <summary>A CSV file that cannot be read as a numeric dataset; names the file, the line and the column.</summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception for the cell at <paramref name="line"/> and <paramref name="column"/> of <paramref name="path"/>.</summary>
    public CsvFormatException(string path, int line, int column, string problem)
        : base($"{path}({line},{column}): {problem}")
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The one-based line number.</summary>
    public int Line { get; }

    /// <summary>The one-based column (cell) number.</summary>
    public int Column { get; }
}
