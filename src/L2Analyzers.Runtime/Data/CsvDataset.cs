using System.Globalization;

namespace L2Analyzers;

/// <summary>Loads CSV files as classification datasets.</summary>
public static class CsvDataset
{
    /// <summary>
    /// Reads <paramref name="path"/> (RFC 4180: quoted cells may hold the separator, line breaks and doubled quotes):
    /// feature cells are numbers (invariant culture), one label column holds class numbers 0, 1, 2, … or class names
    /// (names map to class indices in ordinal order, or as <see cref="CsvOptions.ClassNames"/> lists them; the mapping
    /// is <see cref="Dataset{T}.ClassNames"/>). Blank lines are skipped. Labels become one-hot targets.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names it).</exception>
    /// <exception cref="CsvFormatException">
    /// The file is empty or has no data rows, a row has a different number of cells, a feature cell is not a finite
    /// number, a label is neither a class number nor a class name (or mixes the two, or is not among
    /// <see cref="CsvOptions.ClassNames"/>), a class number is not below <see cref="CsvOptions.ClassCount"/>, a quoted
    /// cell is not closed, or the label column does not exist. Without <see cref="CsvOptions.ClassCount"/>, also when some
    /// class numbers never occur and the largest label would make more one-hot target values than the file has
    /// characters. The message names file, line and column, and says what the cell must be.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is inconsistent (a label column name without a header).</exception>
    public static Dataset<T> Load<T>(string path, CsvOptions? options = null)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The CSV file '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path);
        return Read<T>(reader, path, options);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/> as <see cref="Load{T}"/> reads a file; errors name <paramref name="source"/>.</summary>
    /// <exception cref="CsvFormatException">As <see cref="Load{T}"/>.</exception>
    /// <exception cref="ArgumentException">As <see cref="Load{T}"/>.</exception>
    public static Dataset<T> Read<T>(TextReader reader, string source, CsvOptions? options = null)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new CsvOptions();
        using var records = new CsvRecords(reader, source, options.Separator);
        if (!records.MoveNext())
        {
            throw new CsvFormatException(source, 1, 1, "the file is empty.");
        }

        int width = records.Count, headerLine = 0;
        bool header = options.HasHeader ?? IsHeader<T>(records, options);
        int labelColumn = ResolveLabelColumn(source, records, header, options);
        var labels = new CsvLabels(source, labelColumn, options.ClassNames);
        var features = new List<T>();
        if (header)
        {
            headerLine = records.Line;
        }
        else
        {
            ReadRow(source, records, width, labelColumn, features, labels);
        }

        while (records.MoveNext())
        {
            ReadRow(source, records, width, labelColumn, features, labels);
        }

        if (labels.Values.Count == 0)
        {
            throw new CsvFormatException(source, headerLine + 1, 1, "the file has a header but no data rows.");
        }

        var (classNames, classCount) = labels.Classes(options.ClassCount, records.Characters);
        if ((long)labels.Values.Count * classCount > Array.MaxLength)
        {
            throw new CsvFormatException(source, labels.Lines[^1], labelColumn + 1, $"one-hot targets of {labels.Values.Count} rows × {classCount} classes need more values than an array holds.");
        }

        return Dataset<T>.FromLabels(features.ToArray(), width - 1, labels.ClassIndices(), classCount, classNames);
    }

    // A first row is a header when a cell that would hold a feature is not a number (a label may be a class name), or,
    // with a label column named, when any cell is not a number.
    private static bool IsHeader<T>(CsvRecords first, CsvOptions options)
        where T : IFloatingPointIeee754<T>
    {
        int label = options.LabelColumnName is null ? LabelIndex(options.LabelColumn, first.Count) : -1;
        for (int i = 0; i < first.Count; i++)
        {
            if (i != label && !T.TryParse(first[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static int ResolveLabelColumn(string source, CsvRecords first, bool header, CsvOptions options)
    {
        int width = first.Count;
        if (width < 2)
        {
            throw new CsvFormatException(source, first.Line, 1, $"a row needs at least one feature and a label, but this one has {width} cell.");
        }

        if (options.LabelColumnName is { } name)
        {
            if (!header)
            {
                throw new ArgumentException($"LabelColumnName '{name}' needs a header line, but the first line of '{source}' is data.", nameof(options));
            }

            for (int column = 0; column < width; column++)
            {
                if (first[column].Trim().SequenceEqual(name))
                {
                    return column;
                }
            }

            var cells = Enumerable.Range(0, width).Select(column => $"'{first[column].Trim().ToString()}'");
            throw new CsvFormatException(source, first.Line, 1, $"the header has no column named '{name}'; its cells are {string.Join(", ", cells)}.");
        }

        int index = LabelIndex(options.LabelColumn, width);
        if (index < 0 || index >= width)
        {
            throw new CsvFormatException(source, first.Line, 1, $"LabelColumn {options.LabelColumn} does not exist: rows have {width} cells.");
        }

        return index;
    }

    private static int LabelIndex(int labelColumn, int width) => labelColumn < 0 ? width + labelColumn : labelColumn;

    private static void ReadRow<T>(string source, CsvRecords row, int width, int labelColumn, List<T> features, CsvLabels labels)
        where T : IFloatingPointIeee754<T>
    {
        if (row.Count != width)
        {
            int column = Math.Min(row.Count, width) + 1;
            throw new CsvFormatException(
                source, row.Line, column, $"the row has {row.Count} cells, but the first row has {width}; every row must have {width} cells (a cell holding the separator must be in double quotes).");
        }

        for (int column = 0; column < width; column++)
        {
            if (column == labelColumn)
            {
                labels.Add(row[column], row.LineOf(column));
                continue;
            }

            var cell = row[column].Trim();
            if (!T.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out T? parsed) || parsed is not { } value || !T.IsFinite(value))
            {
                throw new CsvFormatException(
                    source, row.LineOf(column), column + 1, $"'{cell.ToString()}' is not a finite number; a feature cell must be a number such as 5.1, -0.25 or 1e-3 ('.' as the decimal point).");
            }

            features.Add(value);
        }
    }
}
