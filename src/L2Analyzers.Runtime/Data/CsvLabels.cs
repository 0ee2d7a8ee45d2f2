using System.Globalization;

namespace L2Analyzers;

/// <summary>
/// Turns the label cells of a CSV file into class indices. A label column holds either class numbers 0, 1, 2, … or
/// class names (any text that is not a number). Names map to indices in ordinal order of the names, or in the order of
/// <see cref="CsvOptions.ClassNames"/> when given; the mapping is kept for the data set and printed in errors.
/// </summary>
internal sealed class CsvLabels(string source, int column, IReadOnlyList<string>? givenNames)
{
    private readonly Dictionary<string, int> nameIds = givenNames is null ? new(StringComparer.Ordinal) : Index(givenNames);
    private readonly List<string> names = givenNames is null ? [] : [.. givenNames];
    private bool? numbers = givenNames is null ? null : false;
    private (int Line, string Text) firstLabel;

    /// <summary>The label of each row read, as a class number or a name id (see <see cref="ClassIndices"/>).</summary>
    public List<int> Values { get; } = [];

    /// <summary>The line of each label.</summary>
    public List<int> Lines { get; } = [];

    /// <summary>Whether the labels are class names.</summary>
    public bool AreNames => numbers == false;

    /// <summary>Reads the label <paramref name="cell"/> on <paramref name="line"/>.</summary>
    public void Add(ReadOnlySpan<char> cell, int line)
    {
        var text = cell.Trim();
        if (text.IsEmpty)
        {
            throw Error(line, $"the label cell is empty; {WhatALabelIs()}");
        }

        if (numbers == false && KnownName(text) is int known)
        {
            Values.Add(known);
            Lines.Add(line);
            return;
        }

        bool isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value);
        if (numbers is null)
        {
            numbers = isNumber;
            firstLabel = (line, text.ToString());
        }

        Values.Add(numbers.Value ? ClassNumber(text, isNumber, value, line) : NameId(text, isNumber, line));
        Lines.Add(line);
    }

    /// <summary>
    /// The class names in index order (empty for class numbers) and the class count: the given names or the names read
    /// (at least two), or for class numbers <paramref name="classCount"/>, else the largest + 1 (at least 2).
    /// </summary>
    /// <param name="classCount">CsvOptions.ClassCount.</param>
    /// <param name="characters">The size of the file, which bounds an inferred class count (see <see cref="InferClassCount"/>).</param>
    public (IReadOnlyList<string> Names, int ClassCount) Classes(int? classCount, long characters)
    {
        if (!AreNames)
        {
            int classes = classCount ?? InferClassCount(characters);
            int outOfRange = Values.FindIndex(label => label >= classes);
            if (outOfRange >= 0)
            {
                throw Error(Lines[outOfRange], $"the label {Values[outOfRange]} is not below ClassCount = {classes}; a label must be a class number 0 … {classes - 1}.");
            }

            return ([], classes);
        }

        if (classCount is { } count && count != names.Count)
        {
            throw Error(Lines[0], $"CsvOptions.ClassCount = {count}, but the labels are {names.Count} class names: {Mapping(SortedNames())}; leave ClassCount unset or give every class a name in CsvOptions.ClassNames.");
        }

        if (names.Count < 2)
        {
            throw Error(Lines[0], $"every label is '{names[0]}'; a classification data set needs at least two classes (list them all in CsvOptions.ClassNames if this file holds only one).");
        }

        return (SortedNames(), names.Count);
    }

    /// <summary>The class index of every label read, in row order.</summary>
    public int[] ClassIndices()
    {
        if (!AreNames || givenNames is not null)
        {
            return [.. Values];
        }

        var sorted = SortedNames();
        var indexOfId = names.Select(name => sorted.IndexOf(name)).ToArray();
        return [.. Values.Select(id => indexOfId[id])];
    }

    // The largest label + 1, at least 2. Class numbers that never occur are fine while the one-hot targets stay within the
    // size of the file; beyond that, one cell such as "1e9" would claim a billion columns per row that the file never held.
    private int InferClassCount(long characters)
    {
        int largest = Values.Max(), classes = Math.Max(2, largest + 1), distinct = Values.Distinct().Count();
        if (classes > Math.Max(2, distinct) && (long)Values.Count * classes > characters)
        {
            throw Error(
                Lines[Values.IndexOf(largest)],
                $"the label {largest} would make {classes} classes, but only {distinct} distinct labels occur: one-hot targets of {Values.Count} rows × {classes} classes " +
                $"would outnumber the {characters} characters of the file. Set CsvOptions.ClassCount if that many classes is intended.");
        }

        return classes;
    }

    private int ClassNumber(ReadOnlySpan<char> text, bool isNumber, double value, int line)
    {
        if (!isNumber)
        {
            throw Error(line, $"the label '{text}' is a class name, but line {firstLabel.Line} has the class number '{firstLabel.Text}'; a label column holds either class numbers 0, 1, 2, … or class names, not both.");
        }

        if (!double.IsInteger(value) || value < 0 || value >= int.MaxValue)
        {
            throw Error(line, $"the label '{text}' is not a class number 0, 1, 2, …; {WhatALabelIs()}");
        }

        return (int)value;
    }

    // The id of a name already seen, without allocating: data sets have few classes, so a scan beats hashing a new string.
    private int? KnownName(ReadOnlySpan<char> text)
    {
        for (int id = 0; id < names.Count; id++)
        {
            if (text.SequenceEqual(names[id]))
            {
                return id;
            }
        }

        return null;
    }

    private int NameId(ReadOnlySpan<char> text, bool isNumber, int line)
    {
        string name = text.ToString();
        if (nameIds.TryGetValue(name, out int id))
        {
            return id;
        }

        if (givenNames is not null)
        {
            throw Error(line, $"the label '{name}' is not one of CsvOptions.ClassNames: {Mapping(givenNames)}.");
        }

        if (isNumber)
        {
            throw Error(line, $"the label '{name}' is a number, but line {firstLabel.Line} has the class name '{firstLabel.Text}'; a label column holds either class numbers 0, 1, 2, … or class names, not both.");
        }

        nameIds.Add(name, names.Count);
        names.Add(name);
        return names.Count - 1;
    }

    private List<string> SortedNames() => givenNames is not null ? names : [.. names.Order(StringComparer.Ordinal)];

    private static string WhatALabelIs() => "a label must be a class number 0, 1, 2, … or a class name such as 'setosa' (a name that is not a number).";

    /// <summary>The mapping as printed in errors: <c>setosa = 0, versicolor = 1</c>.</summary>
    public static string Mapping(IReadOnlyList<string> classNames) => string.Join(", ", classNames.Select((name, index) => $"{name} = {index}"));

    private static Dictionary<string, int> Index(IReadOnlyList<string> classNames)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < classNames.Count; i++)
        {
            if (!index.TryAdd(classNames[i], i))
            {
                throw new ArgumentException($"CsvOptions.ClassNames lists '{classNames[i]}' twice.", "options");
            }
        }

        return index;
    }

    private CsvFormatException Error(int line, string problem) => new(source, line, column + 1, problem);
}
