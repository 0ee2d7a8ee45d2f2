using System.Numerics;
using L2Analyzers.Reliability.Tests.Runtime.Support;
using Xunit.Abstractions;

namespace L2Analyzers.Reliability.Tests.Runtime;

/// <summary>
/// CsvDataset.Load on corrupted and random files: a dataset or a <see cref="CsvFormatException"/> that names the file,
/// line and column, never another exception, a hang or an allocation out of proportion to the file.
/// </summary>
public sealed class CsvCorruptionTests(ITestOutputHelper output) : IDisposable
{
    private const int Files = 1500;
    private const uint PcgStream = 3;

    // Reading one byte of CSV may cost a few dozen bytes (strings, lists, one-hot targets); never megabytes.
    private const long BytesPerFileByte = 64, FixedBytes = 256 << 10;

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact(Timeout = 300_000)] // a guard against a hang, not a time limit
    public async Task Corrupted_files_load_or_fail_with_a_CsvFormatException_that_locates_the_problem()
    {
        var (loaded, rejected, failures) = await Task.Run(() =>
        {
            int loaded = 0, rejected = 0;
            var failures = new List<string>();
            string path = directory.File("data.csv");
            foreach (var (index, csv) in SeededCases.Draw(CsvCase.All, Files, PcgStream))
            {
                byte[] bytes = csv.CorruptedBytes();
                File.WriteAllBytes(path, bytes);
                foreach (string? problem in new[] { Check<float>(path, bytes.Length, csv.Options), Check<double>(path, bytes.Length, csv.Options) })
                {
                    if (problem is null)
                    {
                        loaded++;
                    }
                    else if (problem.Length == 0)
                    {
                        rejected++;
                    }
                    else
                    {
                        failures.Add($"case {index}: {problem}\n{csv}\n--- corrupted ---\n{Convert.ToHexString(bytes)}");
                    }
                }
            }

            return (loaded, rejected, failures);
        });

        output.WriteLine($"{Files} corrupted CSV files tried, each as float and double: {loaded} loads, {rejected} CsvFormatExceptions, {failures.Count} other outcomes.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
        Assert.True(loaded > Files / 20 && rejected > Files / 2, "the corruptions should both keep some files readable and break most of them");
    }

    [Theory]
    [InlineData("1,0\n2,1\n3,999999999\n", 3)]
    [InlineData("x,label\n1,0\n2,2147483646\n3,1\n", 3)]
    [InlineData("0.5;1e9\n", 1)]
    public void A_label_claiming_a_huge_class_count_fails_fast(string text, int line)
    {
        string path = directory.File("claim.csv");
        File.WriteAllText(path, text);
        var (error, bytes) = Allocation.Measure(() => CsvDataset.Load<double>(path, new CsvOptions { Separator = text.Contains(';') ? ';' : ',' }));

        output.WriteLine($"{bytes} bytes allocated rejecting {text.Trim()}");
        var format = Assert.IsType<CsvFormatException>(error);
        Assert.Equal((line, 2), (format.Line, format.Column));
        Assert.Contains("ClassCount", format.Message);
        Assert.True(bytes < FixedBytes, $"{bytes} bytes allocated");
    }

    [Fact]
    public void A_class_count_whose_one_hot_targets_no_array_can_hold_is_a_format_error()
    {
        string path = directory.File("classes.csv");
        File.WriteAllText(path, "1,0\n2,1\n");
        var (error, bytes) = Allocation.Measure(() => CsvDataset.Load<float>(path, new CsvOptions { ClassCount = int.MaxValue }));

        Assert.Contains("more values than an array holds", Assert.IsType<CsvFormatException>(error).Message);
        Assert.True(bytes < FixedBytes, $"{bytes} bytes allocated");
    }

    // null: loaded; empty: rejected as documented; otherwise what went wrong.
    private static string? Check<T>(string path, long length, CsvOptions options)
        where T : IFloatingPointIeee754<T>
    {
        Dataset<T>? data = null;
        var (error, bytes) = Allocation.Measure(() => data = CsvDataset.Load<T>(path, options));
        if (bytes > FixedBytes + (BytesPerFileByte * length))
        {
            return $"{typeof(T).Name}: {bytes} bytes allocated for a file of {length} bytes ({error?.GetType().Name ?? "loaded"})";
        }

        return error switch
        {
            null => CheckDataset(data!, File.ReadLines(path).Count(), length, options),
            CsvFormatException format => CheckLocation(format, path, File.ReadLines(path).Count()),
            ArgumentException argument when argument.GetType() == typeof(ArgumentException) && options.LabelColumnName is not null
                && argument.Message.Contains("needs a header line", StringComparison.Ordinal) => string.Empty,
            _ => $"{typeof(T).Name}: undocumented {error}",
        };
    }

    private static string? CheckDataset<T>(Dataset<T> data, int lines, long length, CsvOptions options)
        where T : IFloatingPointIeee754<T>
    {
        if (data.Count > lines || !data.HasLabels || data.TargetCount < 2)
        {
            return $"{data.Count} samples of {data.TargetCount} classes from {lines} lines";
        }

        // Without ClassCount, classes that never occur may not make the one-hot targets outgrow the file.
        int distinct = data.Labels.ToArray().Distinct().Count();
        return options.ClassCount is not null || data.TargetCount <= Math.Max(2, distinct) || (long)data.Count * data.TargetCount <= length
            ? null
            : $"{data.TargetCount} classes inferred from {distinct} distinct labels, {data.Count} rows, {length} bytes";
    }

    private static string CheckLocation(CsvFormatException format, string path, int lines) =>
        format.Path == path && format.Line >= 1 && format.Line <= lines + 1 && format.Column >= 1
            && format.Message.StartsWith($"{path}({format.Line},{format.Column}): ", StringComparison.Ordinal)
            ? string.Empty
            : $"badly located: Path {format.Path}, Line {format.Line} of {lines}, Column {format.Column}, message {format.Message}";
}
