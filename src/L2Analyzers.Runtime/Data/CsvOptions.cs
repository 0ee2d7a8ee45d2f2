namespace L2Analyzers;

/// <summary>How <see cref="CsvDataset.Load{T}"/> reads a CSV file.</summary>
public sealed class CsvOptions
{
    /// <summary>The cell separator; ',' by default.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>
    /// Whether the first line is a header. Null (the default) detects it: the first line is a header when one of its
    /// feature cells is not a number (with <see cref="LabelColumnName"/> set, when any of its cells is not a number).
    /// </summary>
    public bool? HasHeader { get; init; }

    /// <summary>The zero-based index of the label column; negative counts from the end (−1, the default, is the last column).</summary>
    public int LabelColumn { get; init; } = -1;

    /// <summary>The name of the label column in the header; when set it takes precedence over <see cref="LabelColumn"/>.</summary>
    public string? LabelColumnName { get; init; }

    /// <summary>
    /// The number of classes; null (the default) takes the largest class number + 1 (when some classes never occur, only
    /// while the one-hot targets have no more values than the file has characters), or the number of class names.
    /// Class numbers are integers 0 … ClassCount − 1.
    /// </summary>
    public int? ClassCount { get; init; }

    /// <summary>
    /// The class names, in class-index order, when labels are names: then every label must be one of them (so that
    /// files read separately, such as a training and a test file, share one mapping). Null (the default) takes the
    /// names that occur, in ordinal order.
    /// </summary>
    public IReadOnlyList<string>? ClassNames { get; init; }
}
