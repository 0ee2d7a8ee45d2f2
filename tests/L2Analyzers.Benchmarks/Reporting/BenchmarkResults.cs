using System.Text.Json;

namespace L2Analyzers.Benchmarks.Reporting;

/// <summary>One benchmark case of a BenchmarkDotNet full JSON report: median time and allocation per operation.</summary>
public sealed record BenchmarkResult(string Type, string Method, string Parameters, double MedianNanoseconds, long AllocatedBytes);

/// <summary>The cases of every <c>*-report-full.json</c> in a BenchmarkDotNet results folder.</summary>
public sealed class BenchmarkResults(IReadOnlyList<BenchmarkResult> all)
{
    public IReadOnlyList<BenchmarkResult> All => all;

    public static BenchmarkResults Load(string folder)
    {
        var results = new List<BenchmarkResult>();
        foreach (string file in Directory.GetFiles(folder, "*-report-full.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object)
                {
                    continue; // a case that failed has no statistics
                }

                results.Add(new BenchmarkResult(
                    benchmark.GetProperty("Type").GetString()!,
                    benchmark.GetProperty("Method").GetString()!,
                    benchmark.GetProperty("Parameters").GetString() ?? string.Empty,
                    statistics.GetProperty("Median").GetDouble(),
                    benchmark.GetProperty("Memory").GetProperty("BytesAllocatedPerOperation").GetInt64()));
            }
        }

        return new BenchmarkResults(results);
    }

    /// <summary>The case of <paramref name="type"/>.<paramref name="method"/> with exactly <paramref name="parameters"/>, or null if it did not run.</summary>
    public BenchmarkResult? Find(string type, string method, string parameters = "") =>
        all.FirstOrDefault(r => r.Type == type && r.Method == method && r.Parameters == parameters);

    /// <summary>The distinct parameter strings of <paramref name="type"/>, in the order they ran.</summary>
    public IEnumerable<string> ParametersOf(string type) => all.Where(r => r.Type == type).Select(r => r.Parameters).Distinct();
}
