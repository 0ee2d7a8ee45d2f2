using nietras.SeparatedValues;

namespace L2Analyzers;

/// <summary>
/// The records of a CSV text, one at a time (RFC 4180), read with Sep: cells separated by one character, a cell in
/// double quotes may hold the separator, line breaks and doubled quotes (<c>""</c> for one <c>"</c>). Spaces around a
/// cell are ignored; blank lines are skipped. Sep splits the text; this class checks each quoted cell (closed, nothing
/// after its closing quote), unquotes it, and keeps the line each cell starts on, for error messages.
/// </summary>
internal sealed class CsvRecords : IDisposable
{
    private readonly SepReader reader;
    private readonly string source;
    private readonly char separator;
    // Where each cell's text is: a range of the current row as Sep holds it, or of 'text' for a quoted cell, unquoted.
    private readonly List<(int Start, int Length, int Line, bool Unquoted)> cells = [];
    private char[] text = new char[256];
    private int used;
    private int nextLine = 1;

    public CsvRecords(TextReader reader, string source, char separator)
    {
        this.reader = Sep.Reader(options => options with
        {
            Sep = SeparatorFor(separator),
            HasHeader = false,
            DisableColCountCheck = true,
        }).From(reader);
        this.source = source;
        this.separator = separator;
    }

    /// <summary>The number of characters read so far, line breaks counted as one.</summary>
    public long Characters { get; private set; }

    /// <summary>The line the current record starts on (one-based).</summary>
    public int Line => cells.Count == 0 ? nextLine : cells[0].Line;

    /// <summary>The number of cells in the current record.</summary>
    public int Count => cells.Count;

    /// <summary>The unquoted text of cell <paramref name="index"/> (zero-based) of the current record.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var (start, length, _, unquoted) = cells[index];
            return unquoted ? text.AsSpan(start, length) : reader.Current.Span.Slice(start, length);
        }
    }

    /// <summary>The line cell <paramref name="index"/> starts on.</summary>
    public int LineOf(int index) => cells[index].Line;

    /// <summary>Reads the next record; false at the end of the text.</summary>
    /// <exception cref="CsvFormatException">A quoted cell is not closed, or text follows its closing quote.</exception>
    public bool MoveNext()
    {
        cells.Clear();
        used = 0;
        while (reader.MoveNext())
        {
            var row = reader.Current;
            int line = nextLine;
            nextLine = row.LineNumberToExcl;
            Characters += row.Span.Length + 1;
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            var whole = row.Span;
            for (int column = 0; column < row.ColCount; column++)
            {
                var raw = row[column].Span;
                var cell = separator == ' ' ? raw : raw.Trim(' ');
                if (cell.IsEmpty || cell[0] != '"')
                {
                    whole.Overlaps(cell, out int offset);
                    cells.Add((offset, cell.Length, line, false));
                }
                else
                {
                    int start = used;
                    Unquote(cell, line, column + 1);
                    cells.Add((start, used - start, line, true));
                }

                line += LineBreaks(raw);
            }

            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose() => reader.Dispose();

    private static Sep SeparatorFor(char separator)
    {
        try
        {
            return Sep.New(separator);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException(
                $"The separator '{separator}' cannot be used; choose a character such as ',', ';', '|' or a tab (not a quote, line break or '#').", nameof(separator));
        }
    }

    // Appends a quoted cell without its quotes and with "" as ".
    private void Unquote(ReadOnlySpan<char> cell, int line, int column)
    {
        int at = 1;
        while (true)
        {
            int quote = cell[at..].IndexOf('"');
            if (quote < 0)
            {
                throw new CsvFormatException(
                    source, line, column, "the quoted cell that starts here has no closing quote; a quoted cell must end with \" (a \" inside it is written \"\").");
            }

            Append(cell.Slice(at, quote));
            at += quote + 1;
            if (at < cell.Length && cell[at] == '"')
            {
                Append("\"");
                at++;
                continue;
            }

            if (at < cell.Length)
            {
                throw new CsvFormatException(
                    source, line + LineBreaks(cell[..at]), column, $"'{cell[at]}' follows the closing quote of a cell; after a closing quote must come the separator '{separator}' or the end of the row (a \" inside a quoted cell is written \"\").");
            }

            return;
        }
    }

    // Line breaks inside a cell: "\r\n", "\n" and "\r" each count once.
    private static int LineBreaks(ReadOnlySpan<char> cell)
    {
        int breaks = 0;
        for (int i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\n' || (cell[i] == '\r' && (i + 1 == cell.Length || cell[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
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
