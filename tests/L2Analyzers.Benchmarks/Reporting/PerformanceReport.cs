using System.Globalization;
using System.Text;
using L2Analyzers.Benchmarks.Generator;
using L2Analyzers.Benchmarks.Kernels;

namespace L2Analyzers.Benchmarks.Reporting;

/// <summary>
/// Turns the suite's results into the benchmark sections of docs/performance.md: ratios against the baselines of the
/// same run, target checks, and absolute figures marked machine-specific (†). Usage: <c>report &lt;results folder&gt; &lt;output&gt;
/// [interleaved kernel comparison]</c>; the last, when given, follows the kernel table.
/// </summary>
public static class PerformanceReport
{
    private const string Pass = "✅", Fail = "❌";
    private static readonly string[] Modes = ["GradientPenalty", "WeightDecay", "ScaledWeightDecay", "DecayFactor"];
    private static readonly (string Name, int Size)[] Elements = [("Single", sizeof(float)), ("Double", sizeof(double))];

    public static int Write(string[] options)
    {
        if (options is not [string folder, string output, .. var interleaved] || interleaved.Length > 1)
        {
            Console.Error.WriteLine("usage: report <BenchmarkDotNet results folder> <output markdown file> [interleaved kernel comparison]");
            return 2;
        }

        var results = BenchmarkResults.Load(folder);
        var text = new StringBuilder();
        Kernels(text, results);
        foreach (string file in interleaved)
        {
            text.AppendLine(File.ReadAllText(file));
        }

        Optimizers(text, results);
        LayerUpdates(text, results);
        Training(text, results);
        GeneratorRerun(text, results);
        File.WriteAllText(output, text.ToString());
        return 0;
    }

    private static void Kernels(StringBuilder text, BenchmarkResults results)
    {
        text.AppendLine("### Update kernels: `L2Update.Step` against memory traffic and the tutorial's loop").AppendLine();
        text.AppendLine("Throughput ratios (baseline time / Step time; above 1 means Step is faster). The memory-traffic baseline reads w and g and");
        text.AppendLine("writes w, as Step does: `TensorPrimitives.Add(w, g, w)` on the whole array, and the same in 16 KiB blocks (TensorPrimitives");
        text.AppendLine("switches to non-temporal stores above 256 KiB, which sends cache-resident data to memory; the blocks keep ordinary stores).");
        text.AppendLine("The plain loops do the same `w ← w + g` one `Vector<T>` (256 bits here) or one `Vector512` per iteration, without unrolling");
        text.AppendLine("or alignment: the best a plain hand-written loop does at either width. Targets: at 64 Ki ≥ 0.8 of the faster TensorPrimitives");
        text.AppendLine("baseline and ≥ 3× the scalar loop; at 4 Mi ≥ 0.9 of it; at every size ≥ 0.95 of the faster plain loop (\"vs best plain loop\").");
        text.AppendLine("At 4 Mi only the interleaved comparison below can judge them (↓).").AppendLine();
        text.AppendLine("| element | elements | mode | vs TensorPrimitives.Add | vs 16 KiB blocks | vs Vector<T> loop | vs Vector512 loop | vs best plain loop | × scalar loop | Step GB/s † | allocated B/op | target |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var (element, size) in Elements)
        {
            string type = $"UpdateKernelBenchmarks<{element}>";
            foreach (string parameters in results.ParametersOf(type))
            {
                if (results.Find(type, "MemoryTraffic", parameters) is not { } whole || results.Find(type, "MemoryTrafficBlocked", parameters) is not { } blocked ||
                    results.Find(type, "ScalarLoop", parameters) is not { } scalar || results.Find(type, "VectorLoop", parameters) is not { } vector ||
                    results.Find(type, "Vector512Loop", parameters) is not { } vector512)
                {
                    continue;
                }

                int length = int.Parse(parameters["Length=".Length..], CultureInfo.InvariantCulture);
                double baseline = Math.Min(whole.MedianNanoseconds, blocked.MedianNanoseconds);
                double plain = Math.Min(vector.MedianNanoseconds, vector512.MedianNanoseconds);
                foreach (string mode in Modes)
                {
                    if (results.Find(type, "Step" + mode, parameters) is not { } step)
                    {
                        continue;
                    }

                    double vsBaseline = baseline / step.MedianNanoseconds, vsScalar = scalar.MedianNanoseconds / step.MedianNanoseconds;
                    double vsPlain = plain / step.MedianNanoseconds;
                    string target = length == KernelTargets.MemoryBound ? "↓" : Check(KernelTargets.Met(length, vsPlain, vsBaseline) && (length != KernelTargets.CacheResident || vsScalar >= 3));
                    text.AppendLine(Invariant($"| {Short(element)} | {Count(length)} | {mode} | {whole.MedianNanoseconds / step.MedianNanoseconds:F2} | {blocked.MedianNanoseconds / step.MedianNanoseconds:F2} | {vector.MedianNanoseconds / step.MedianNanoseconds:F2} | {vector512.MedianNanoseconds / step.MedianNanoseconds:F2} | {vsPlain:F2} | {vsScalar:F1} | {3.0 * size * length / step.MedianNanoseconds:F1} | {step.AllocatedBytes} | {target} |"));
                }
            }
        }

        text.AppendLine();
    }

    private static void Optimizers(StringBuilder text, BenchmarkResults results)
    {
        // Arrays each step reads or writes per element, against the baseline's three (reads w and g, writes w).
        (string Method, string Title, int Arrays)[] optimizers = [("Sgd", "SGD", 3), ("Momentum", "momentum", 5), ("Adam", "Adam", 7)];
        text.AppendLine("### Optimizer steps against memory traffic").AppendLine();
        text.AppendLine("Throughput ratios (baseline time / step time) of one `Step` on one parameter, against the baseline of the kernel table on the");
        text.AppendLine("parameter's own values and gradients. SGD moves the baseline's bytes. Momentum makes one pass (b ← μ·b + g, w ← w − η·b):");
        text.AppendLine("it reads w, g and b and writes w and b, 5 arrays against 3; Adam reads w, g, m and v and writes w, m and v: 7. The memory-bound");
        text.AppendLine("column is the ratio a step would reach moving its bytes as fast as the baseline: 1, 0.6 and 0.43. GB/s counts every array read or written.").AppendLine();
        text.AppendLine("| element | elements | optimizer | vs TensorPrimitives.Add | vs 16 KiB blocks | memory-bound | step GB/s † | allocated B/op |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|");
        foreach (var (element, size) in Elements)
        {
            string type = $"OptimizerBenchmarks<{element}>";
            foreach (string parameters in results.ParametersOf(type))
            {
                if (results.Find(type, "MemoryTraffic", parameters) is not { } whole || results.Find(type, "MemoryTrafficBlocked", parameters) is not { } blocked)
                {
                    continue;
                }

                int length = int.Parse(parameters["Length=".Length..], CultureInfo.InvariantCulture);
                foreach (var (method, title, arrays) in optimizers)
                {
                    if (results.Find(type, method, parameters) is not { } step)
                    {
                        continue;
                    }

                    text.AppendLine(Invariant($"| {Short(element)} | {Count(length)} | {title} | {whole.MedianNanoseconds / step.MedianNanoseconds:F2} | {blocked.MedianNanoseconds / step.MedianNanoseconds:F2} | {3.0 / arrays:F2} | {(double)arrays * size * length / step.MedianNanoseconds:F1} | {step.AllocatedBytes} |"));
                }
            }
        }

        text.AppendLine();
    }

    private static void LayerUpdates(StringBuilder text, BenchmarkResults results)
    {
        text.AppendLine("### Generated layer update against `L2Update.Step` on the same arrays").AppendLine();
        text.AppendLine("Time ratios (below 1 means faster than the direct call). Each operation is one SGD update of a layer: the L2 step on the");
        text.AppendLine("weights and a plain step on the biases. Small is 4 → 7 (28 weights), Wide is 784 → 128 (100,352 weights). Target: generated ≤ 1.05.").AppendLine();
        text.AppendLine("| element | shape | mode | generated `Update(SGD)` | `L2Update.RegularizedStep` | direct, ns † | allocated B/op | target |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|:---:|");
        foreach (var (element, _) in Elements)
        {
            string type = $"LayerUpdateBenchmarks<{element}>";
            foreach (string parameters in results.ParametersOf(type))
            {
                if (results.Find(type, "DirectStep", parameters) is not { } direct || results.Find(type, "GeneratedUpdate", parameters) is not { } generated ||
                    results.Find(type, "RegularizedStep", parameters) is not { } regularized)
                {
                    continue;
                }

                var values = parameters.Split('&').Select(p => p.Split('=')[1]).ToArray();
                double ratio = generated.MedianNanoseconds / direct.MedianNanoseconds;
                text.AppendLine(Invariant($"| {Short(element)} | {values[0]} | {values[1]} | {ratio:F2} | {regularized.MedianNanoseconds / direct.MedianNanoseconds:F2} | {direct.MedianNanoseconds:F1} | {generated.AllocatedBytes} | {Check(ratio <= 1.05)} |"));
            }
        }

        text.AppendLine();
    }

    private static void Training(StringBuilder text, BenchmarkResults results)
    {
        text.AppendLine("### Training throughput").AppendLine();
        text.AppendLine("Each operation is one training sample (forward, loss gradient, backward, update); allocation is per sample in steady state.");
        text.AppendLine("The step loop is what user code writes around `INetwork<T>`; `Train` adds shuffling and the end-of-epoch metrics, and allocates");
        text.AppendLine("its history once per call (the bytes shown, spread over the epoch's samples).").AppendLine();
        text.AppendLine("| network | variant | time / baseline | samples/s † | allocated B/sample | target |");
        text.AppendLine("|---|---|---:|---:|---:|:---:|");
        TrainingRows(text, results, "TutorialTrainingBenchmarks", "4-7-3 double, per-sample SGD", "HandWritten", 2_000_000,
            [("HandWritten", "hand-written scalar loop (baseline)"), ("Generated", "generated network, step loop"), ("Runtime", "runtime `Sequential<T>`, step loop"), ("Trainer", "generated network, `Train`")]);
        TrainingRows(text, results, "DigitsTrainingBenchmarks", "784-128-10 float, batches of 32", "Floor", 39_000,
            [("Floor", "multiply-adds alone as `TensorPrimitives.Dot` rows (baseline)"), ("Generated", "generated network, step loop"), ("Runtime", "runtime `Sequential<T>`, step loop"), ("Trainer", "generated network, `Train`")]);
        text.AppendLine();
    }

    private static void TrainingRows(StringBuilder text, BenchmarkResults results, string type, string network, string baselineMethod, double target, (string Method, string Title)[] variants)
    {
        if (results.Find(type, baselineMethod) is not { } baseline)
        {
            return;
        }

        foreach (var (method, title) in variants)
        {
            if (results.Find(type, method) is not { } result)
            {
                continue;
            }

            double samplesPerSecond = 1e9 / result.MedianNanoseconds;
            string check = method is "Generated" ? Check(samplesPerSecond >= target && result.AllocatedBytes == 0) + Invariant($" ≥ {target:N0}/s, 0 B") : "–";
            text.AppendLine(Invariant($"| {network} | {title} | {result.MedianNanoseconds / baseline.MedianNanoseconds:F2} | {samplesPerSecond:N0} | {result.AllocatedBytes} | {check} |"));
        }
    }

    private static void GeneratorRerun(StringBuilder text, BenchmarkResults results)
    {
        const string type = nameof(GeneratorRerunBenchmarks);
        if (results.Find(type, "FullRun") is not { } full || results.Find(type, "RerunAfterUnrelatedEdit") is not { } rerun ||
            results.Find(type, "FloorRerunAfterUnrelatedEdit") is not { } floor)
        {
            return;
        }

        double perFile = rerun.MedianNanoseconds / 1000 / GeneratorRerunBenchmarks.FileCount;
        text.AppendLine("### Generator rerun after an unrelated edit").AppendLine();
        text.AppendLine(Invariant($"The synthetic project ({GeneratorRerunBenchmarks.FileCount} files, see below) is generated once; then one ordinary class file is edited"));
        text.AppendLine("and the driver runs again, without step tracking, as in the IDE. The benchmark's setup checks, on a driver that tracks its steps,");
        text.AppendLine("that every step is Cached or Unchanged.").AppendLine();
        text.AppendLine("| run | time / full run | ms † | μs per file † | allocated KB | target |");
        text.AppendLine("|---|---:|---:|---:|---:|:---:|");
        text.AppendLine(Invariant($"| full run, new driver (baseline) | 1.00 | {full.MedianNanoseconds / 1e6:F2} | {full.MedianNanoseconds / 1000 / GeneratorRerunBenchmarks.FileCount:F3} | {full.AllocatedBytes / 1024.0:F0} | – |"));
        text.AppendLine(Invariant($"| rerun after an unrelated edit | {rerun.MedianNanoseconds / full.MedianNanoseconds:F3} | {rerun.MedianNanoseconds / 1e6:F2} | {perFile:F3} | {rerun.AllocatedBytes / 1024.0:F0} | {Check(perFile < 100)} ≪ 1 ms/file |"));
        text.AppendLine(Invariant($"| rerun, attribute lookup alone (floor for any attribute-driven generator) | {floor.MedianNanoseconds / full.MedianNanoseconds:F3} | {floor.MedianNanoseconds / 1e6:F2} | {floor.MedianNanoseconds / 1000 / GeneratorRerunBenchmarks.FileCount:F3} | {floor.AllocatedBytes / 1024.0:F0} | – |"));
        text.AppendLine();
    }

    /// <summary>The mark of a target met or missed.</summary>
    internal static string Check(bool met) => met ? Pass : Fail;

    private static string Short(string element) => element == "Single" ? "float" : "double";

    private static string Count(int length) => length >= 1 << 20 ? $"{length >> 20} Mi" : $"{length >> 10} Ki";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
