using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using nietras.SeparatedValues;
using SylvanCsv = Sylvan.Data.Csv;

namespace L2Analyzers.Benchmarks.Data;

/// <summary>
/// Reading a classification CSV (header, 4 float features, a class-name label, 1 cell in 10 quoted) into a
/// <see cref="Dataset{T}"/>: the runtime's CsvDataset (baseline; it splits with Sep and adds checks, unquoting and label mapping) against Sep used directly, Sylvan.Data.Csv and CsvHelper, each
/// parsing the features as float and mapping the names to class indices in ordinal order, then building the same
/// data set. The setup checks that all four produce identical features and labels.
/// </summary>
[MemoryDiagnoser]
public class CsvReadBenchmarks
{
    private static readonly string[] Species = ["setosa", "versicolor", "virginica"];

    private string text = "";

    [Params(150, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        text = Write(Rows);
        var expected = ReadWithRuntime();
        foreach (var (name, other) in new (string, Dataset<float>)[] { ("Sep", ReadWithSep()), ("Sylvan", ReadWithSylvan()), ("CsvHelper", ReadWithCsvHelper()) })
        {
            if (!other.Features.SequenceEqual(expected.Features) || !other.Labels.SequenceEqual(expected.Labels) || !other.ClassNames.SequenceEqual(expected.ClassNames))
            {
                throw new InvalidOperationException($"{name} read the CSV differently from CsvDataset.");
            }
        }
    }

    // The benchmarks return the number of samples read: with the runtime's Dataset<float> in a benchmark's signature,
    // the project BenchmarkDotNet generates for a case of its own fails to compile ("Dataset<> does not exist in the
    // namespace L2Analyzers"), so the whole suite stopped there.
    [Benchmark(Baseline = true, Description = "CsvDataset (Sep underneath)")]
    public int Runtime() => ReadWithRuntime().Count;

    [Benchmark(Description = "Sep 0.18")]
    public int Sep() => ReadWithSep().Count;

    [Benchmark(Description = "Sylvan.Data.Csv 1.4.4")]
    public int Sylvan() => ReadWithSylvan().Count;

    [Benchmark(Description = "CsvHelper 34")]
    public int CsvHelper() => ReadWithCsvHelper().Count;

    private Dataset<float> ReadWithRuntime() => CsvDataset.Read<float>(new StringReader(text), "benchmark.csv", new CsvOptions { LabelColumnName = "species" });

    private Dataset<float> ReadWithSep()
    {
        var features = new List<float>();
        var labels = new Labels();
        using var reader = nietras.SeparatedValues.Sep.Reader(o => o with { Unescape = true, CultureInfo = CultureInfo.InvariantCulture }).FromText(text);
        foreach (var row in reader)
        {
            for (int i = 0; i < 4; i++)
            {
                features.Add(row[i].Parse<float>());
            }

            labels.Add(row[4].Span);
        }

        return labels.Dataset(features);
    }

    private Dataset<float> ReadWithSylvan()
    {
        var features = new List<float>();
        var labels = new Labels();
        using var reader = SylvanCsv.CsvDataReader.Create(new StringReader(text), new SylvanCsv.CsvDataReaderOptions { Culture = CultureInfo.InvariantCulture });
        while (reader.Read())
        {
            for (int i = 0; i < 4; i++)
            {
                features.Add(reader.GetFloat(i));
            }

            labels.Add(reader.GetFieldSpan(4));
        }

        return labels.Dataset(features);
    }

    private Dataset<float> ReadWithCsvHelper()
    {
        var features = new List<float>();
        var labels = new Labels();
        Span<char> label = stackalloc char[64];
        using var reader = CsvReader.FromText(text, new CsvReaderOptions());
        while (reader.Read())
        {
            for (int i = 0; i < 4; i++)
            {
                features.Add(reader.Parse<float>(i, CultureInfo.InvariantCulture));
            }

            labels.Add(label[..reader.GetChars(4, label)]);
        }

        return labels.Dataset(features);
    }

    private static string Write(int rows)
    {
        var random = new Random(1);
        var csv = new StringBuilder("sepal_length,sepal_width,petal_length,\"petal_width\",species\n");
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < 4; i++)
            {
                string cell = (random.Next(1, 80) / 10.0).ToString(CultureInfo.InvariantCulture);
                csv.Append(random.Next(10) == 0 ? $"\"{cell}\"" : cell).Append(',');
            }

            csv.Append(Species[random.Next(3)]).Append('\n');
        }

        return csv.ToString();
    }

    // Class names to indices in ordinal order of the names, as CsvDataset maps them.
    private sealed class Labels
    {
        private readonly Dictionary<string, int> ids = [];
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private readonly List<int> values = [];

        public Labels() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Add(ReadOnlySpan<char> name)
        {
            if (!lookup.TryGetValue(name, out int id))
            {
                id = ids.Count;
                lookup[name] = id;
            }

            values.Add(id);
        }

        public Dataset<float> Dataset(List<float> features)
        {
            var names = ids.Keys.Order(StringComparer.Ordinal).ToArray();
            var index = ids.ToDictionary(pair => pair.Value, pair => Array.IndexOf(names, pair.Key));
            return Dataset<float>.FromLabels([.. features], 4, [.. values.Select(id => index[id])], names.Length, names);
        }
    }
}
