using System.Globalization;
using System.Numerics;

namespace L2Analyzers;

/// <summary>Loads numeric CSV files as classification datasets.</summary>
public static class CsvDataset
{
    /// <summary>
    /// Reads <paramref name="path"/>: every cell a number (invariant culture), one integer class-label column, the other
    /// columns features. Blank lines are skipped. Labels become one-hot targets.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names it).</exception>
    /// <exception cref="CsvFormatException">
    /// The file is empty or has no data rows, a row has a different number of cells, a cell is not a finite number,
    /// a label is not an integer in range, or the label column does not exist. Without <see cref="CsvOptions.ClassCount"/>,
    /// also when some class numbers never occur and the largest label would make more one-hot target values than the file
    /// has characters. The message names file, line and column.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is inconsistent (a label column name without a header).</exception>
    public static Dataset<T> Load<T>(string path, CsvOptions? options = null)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new CsvOptions();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The CSV file '{path}' does not exist.", path);
        }

        var features = new List<T>();
        var labels = new List<int>();
        var labelLines = new List<int>();
        int width = 0, labelColumn = -1, lineNumber = 0, headerLine = 0;
        long characters = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            characters += line.Length + 1;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (width == 0)
            {
                width = CountCells(line, options.Separator);
                bool header = options.HasHeader ?? !AllNumeric<T>(line, options.Separator);
                labelColumn = ResolveLabelColumn(path, lineNumber, line, header, width, options);
                if (header)
                {
                    headerLine = lineNumber;
                    continue;
                }
            }

            ReadRow(path, lineNumber, line, width, labelColumn, options.Separator, features, labels);
            labelLines.Add(lineNumber);
        }

        if (width == 0)
        {
            throw new CsvFormatException(path, 1, 1, "the file is empty.");
        }

        if (labels.Count == 0)
        {
            throw new CsvFormatException(path, headerLine + 1, 1, "the file has a header but no data rows.");
        }

        int classCount = options.ClassCount ?? InferClassCount(path, labels, labelLines, labelColumn, characters);
        int outOfRange = labels.FindIndex(label => label >= classCount);
        if (outOfRange >= 0)
        {
            throw new CsvFormatException(path, labelLines[outOfRange], labelColumn + 1, $"the label {labels[outOfRange]} is not below ClassCount = {classCount}.");
        }

        if ((long)labels.Count * classCount > Array.MaxLength)
        {
            throw new CsvFormatException(path, labelLines[^1], labelColumn + 1, $"one-hot targets of {labels.Count} rows × {classCount} classes need more values than an array holds.");
        }

        return Dataset<T>.FromLabels(features.ToArray(), width - 1, labels.ToArray(), classCount);
    }

    // The largest label + 1, at least 2. Class numbers that never occur are fine while the one-hot targets stay within the
    // size of the file; beyond that, one cell such as "1e9" would claim a billion columns per row that the file never held.
    private static int InferClassCount(string path, List<int> labels, List<int> labelLines, int labelColumn, long characters)
    {
        int largest = labels.Max(), classes = Math.Max(2, largest + 1), distinct = labels.Distinct().Count();
        if (classes > Math.Max(2, distinct) && (long)labels.Count * classes > characters)
        {
            throw new CsvFormatException(
                path,
                labelLines[labels.IndexOf(largest)],
                labelColumn + 1,
                $"the label {largest} would make {classes} classes, but only {distinct} distinct labels occur: one-hot targets of {labels.Count} rows × {classes} classes " +
                $"would outnumber the {characters} characters of the file. Set CsvOptions.ClassCount if that many classes is intended.");
        }

        return classes;
    }

    private static int ResolveLabelColumn(string path, int lineNumber, string line, bool header, int width, CsvOptions options)
    {
        if (width < 2)
        {
            throw new CsvFormatException(path, lineNumber, 1, $"a row needs at least one feature and a label, but this one has {width} cell.");
        }

        if (options.LabelColumnName is { } name)
        {
            if (!header)
            {
                throw new ArgumentException($"LabelColumnName '{name}' needs a header line, but the first line of '{path}' is data.", nameof(options));
            }

            int column = 0;
            foreach (var cell in Cells(line, options.Separator))
            {
                if (cell.Trim().Trim('"').SequenceEqual(name))
                {
                    return column;
                }

                column++;
            }

            throw new CsvFormatException(path, lineNumber, 1, $"the header has no column named '{name}'.");
        }

        int index = options.LabelColumn < 0 ? width + options.LabelColumn : options.LabelColumn;
        if (index < 0 || index >= width)
        {
            throw new CsvFormatException(path, lineNumber, 1, $"LabelColumn {options.LabelColumn} does not exist: rows have {width} cells.");
        }

        return index;
    }

    private static void ReadRow<T>(string path, int lineNumber, string line, int width, int labelColumn, char separator, List<T> features, List<int> labels)
        where T : IFloatingPointIeee754<T>
    {
        int column = 0;
        foreach (var raw in Cells(line, separator))
        {
            column++;
            if (column > width)
            {
                throw new CsvFormatException(path, lineNumber, column, $"the row has {CountCells(line, separator)} cells, but the first row has {width}.");
            }

            var cell = raw.Trim();
            if (!T.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out T? parsed) || parsed is not { } value || !T.IsFinite(value))
            {
                throw new CsvFormatException(path, lineNumber, column, $"'{cell.ToString()}' is not a finite number.");
            }

            if (column - 1 == labelColumn)
            {
                if (!T.IsInteger(value) || value < T.Zero || value >= T.CreateTruncating(int.MaxValue))
                {
                    throw new CsvFormatException(path, lineNumber, column, $"the label '{cell.ToString()}' is not a class number 0, 1, 2, ….");
                }

                labels.Add(int.CreateTruncating(value));
            }
            else
            {
                features.Add(value);
            }
        }

        if (column < width)
        {
            throw new CsvFormatException(path, lineNumber, column + 1, $"the row has {column} cells, but the first row has {width}.");
        }
    }

    private static bool AllNumeric<T>(string line, char separator)
        where T : IFloatingPointIeee754<T>
    {
        foreach (var cell in Cells(line, separator))
        {
            if (!T.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountCells(string line, char separator) => line.AsSpan().Count(separator) + 1;

    private static CsvCells Cells(string line, char separator) => new(line, separator);
}
