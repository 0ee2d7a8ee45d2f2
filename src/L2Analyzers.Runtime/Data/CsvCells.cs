namespace L2Analyzers;

/// <summary>Enumerates the cells of one CSV line without allocating (numeric CSV: no quoting).</summary>
internal ref struct CsvCells
{
    private ReadOnlySpan<char> rest;
    private readonly char separator;
    private bool done;

    public CsvCells(ReadOnlySpan<char> line, char separator)
    {
        rest = line;
        this.separator = separator;
        Current = default;
        done = false;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly CsvCells GetEnumerator() => this;

    public bool MoveNext()
    {
        if (done)
        {
            return false;
        }

        int at = rest.IndexOf(separator);
        if (at < 0)
        {
            Current = rest;
            done = true;
        }
        else
        {
            Current = rest[..at];
            rest = rest[(at + 1)..];
        }

        return true;
    }
}
