namespace L2Analyzers;

/// <summary>
/// Reads the records of a CSV text one at a time (RFC 4180): cells separated by one character, a cell in double quotes
/// may hold the separator, line breaks and doubled quotes (<c>""</c> for one <c>"</c>). Unquoted cells are taken as
/// they are; blank lines between records are skipped. Each cell keeps the line it starts on, for error messages.
/// </summary>
internal sealed class CsvRecords
{
    private readonly TextReader reader;
    private readonly string source;
    private readonly char separator;
    private readonly List<(int Start, int Length, int Line)> cells = [];
    private char[] text = new char[256];
    private int used;
    private int lineNumber;

    public CsvRecords(TextReader reader, string source, char separator)
    {
        if (separator is '"' or '\r' or '\n')
        {
            throw new ArgumentException($"The separator cannot be {(separator == '"' ? "a double quote" : "a line break")}.", nameof(separator));
        }

        this.reader = reader;
        this.source = source;
        this.separator = separator;
    }

    /// <summary>The number of characters read so far, line breaks counted as one.</summary>
    public long Characters { get; private set; }

    /// <summary>The line the current record starts on (one-based).</summary>
    public int Line => cells.Count == 0 ? lineNumber : cells[0].Line;

    /// <summary>The number of cells in the current record.</summary>
    public int Count => cells.Count;

    /// <summary>The unquoted text of cell <paramref name="index"/> (zero-based) of the current record.</summary>
    public ReadOnlySpan<char> this[int index] => text.AsSpan(cells[index].Start, cells[index].Length);

    /// <summary>The line cell <paramref name="index"/> starts on.</summary>
    public int LineOf(int index) => cells[index].Line;

    /// <summary>Reads the next record; false at the end of the text.</summary>
    /// <exception cref="CsvFormatException">A quoted cell is not closed, or text follows its closing quote.</exception>
    public bool MoveNext()
    {
        cells.Clear();
        used = 0;
        string? line;
        do
        {
            line = NextLine();
            if (line is null)
            {
                return false;
            }
        }
        while (string.IsNullOrWhiteSpace(line));

        int at = 0;
        while (true)
        {
            int start = used, cellLine = lineNumber;
            int content = SkipSpaces(line, at);
            if (content < line.Length && line[content] == '"')
            {
                (line, at) = ReadQuoted(line, content + 1, cellLine, cells.Count + 1);
            }
            else
            {
                int end = line.AsSpan(at).IndexOf(separator);
                end = end < 0 ? line.Length : at + end;
                Append(line.AsSpan(at, end - at));
                at = end;
            }

            cells.Add((start, used - start, cellLine));
            if (at >= line.Length)
            {
                return true;
            }

            at++; // the separator
        }
    }

    // Reads a quoted cell from just after its opening quote; returns the line it ends on and the index after its closing quote.
    private (string Line, int At) ReadQuoted(string line, int at, int cellLine, int column)
    {
        while (true)
        {
            int quote = line.AsSpan(at).IndexOf('"');
            if (quote < 0)
            {
                Append(line.AsSpan(at));
                line = NextLine() ?? throw new CsvFormatException(
                    source, cellLine, column, "the quoted cell that starts here has no closing quote; a quoted cell must end with \" (a \" inside it is written \"\").");
                Append("\n");
                at = 0;
                continue;
            }

            Append(line.AsSpan(at, quote));
            at += quote + 1;
            if (at < line.Length && line[at] == '"')
            {
                Append("\"");
                at++;
                continue;
            }

            int after = SkipSpaces(line, at);
            if (after < line.Length && line[after] != separator)
            {
                throw new CsvFormatException(
                    source, lineNumber, column, $"'{line[after]}' follows the closing quote of a cell; after a closing quote must come the separator '{separator}' or the end of the row (a \" inside a quoted cell is written \"\").");
            }

            return (line, after);
        }
    }

    private string? NextLine()
    {
        string? line = reader.ReadLine();
        if (line is not null)
        {
            lineNumber++;
            Characters += line.Length + 1;
        }

        return line;
    }

    private int SkipSpaces(string line, int at)
    {
        while (at < line.Length && line[at] == ' ' && separator != ' ')
        {
            at++;
        }

        return at;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (used + chars.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, used + chars.Length));
        }

        chars.CopyTo(text.AsSpan(used));
        used += chars.Length;
    }
}
