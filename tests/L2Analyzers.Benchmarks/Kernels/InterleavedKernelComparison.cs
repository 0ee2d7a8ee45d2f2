using System.Globalization;
using System.Numerics;
using System.Text;
using L2Analyzers.Benchmarks.Reporting;

namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// <see cref="L2Update.Step{T}"/> in every mode against the baselines of <see cref="MemoryTrafficBaseline"/>, with the
/// cases interleaved: round after round, each case runs for about a millisecond of thread CPU time in turn. Each row is
/// the median over the rounds of baseline time / Step time within one round. Beyond the caches the speed follows the
/// memory bandwidth that the machine's other tenants leave, and that changes from minute to minute. BenchmarkDotNet
/// measures one case after another, so its ratios at 4 Mi carry that change; interleaved cases share it. The rounds of
/// each size are spread over four passes through all sizes, so a busy minute on the machine weighs on every row a
/// little rather than on one row wholly. Written by <c>dotnet L2Analyzers.Benchmarks.dll interleaved &lt;file&gt;</c>.
/// </summary>
internal static class InterleavedKernelComparison
{
    private const int Passes = 4;
    private const int RoundsPerPass = 60;
    private const int WarmupRounds = 20;
    private static readonly int[] Lengths = [1024, KernelTargets.CacheResident, KernelTargets.MemoryBound];

    public static int Write(string path)
    {
        var comparisons = Lengths.SelectMany(length => new[] { SizeComparison.Of<float>(length), SizeComparison.Of<double>(length) }).ToArray();
        foreach (var comparison in comparisons)
        {
            comparison.Run(WarmupRounds, record: false);
        }

        for (int pass = 0; pass < Passes; pass++)
        {
            foreach (var comparison in comparisons)
            {
                comparison.Run(RoundsPerPass, record: true);
            }
        }

        var text = new StringBuilder()
            .AppendLine("#### The same comparison, interleaved").AppendLine()
            .AppendLine("The rows above come from one case after another, a process each, so at 4 Mi they also compare the memory bandwidth")
            .AppendLine("the machine's other tenants left at two different moments. Here the four baselines and the four modes run in turn, about")
            .AppendLine("1 ms of thread CPU time each, each round starting one case later, in one process: 240 rounds per size, in four passes")
            .AppendLine("through all sizes, after 20 rounds of warm-up. Each ratio is the median over the rounds of baseline time / Step time")
            .AppendLine("within a round, and the 4 Mi targets are judged here. The last row of each size is not Step but DecayFactor's formula")
            .AppendLine("written as a plain loop like the baselines, one `Vector<T>` per iteration: what Step's arithmetic costs in a loop")
            .AppendLine("without the driver (`dotnet L2Analyzers.Benchmarks.dll interleaved <file>`).").AppendLine()
            .AppendLine("| element | elements | mode | vs faster TensorPrimitives baseline | vs best plain loop, median | 10th–90th percentile of the rounds | target |")
            .AppendLine("|---|---:|---|---:|---:|---:|:---:|");
        foreach (var comparison in comparisons)
        {
            comparison.AppendRows(text);
        }

        File.WriteAllText(path, text.ToString());
        return 0;
    }

    /// <summary>The cases of one element type and length, and the ratios of the rounds recorded so far.</summary>
    private sealed class SizeComparison
    {
        private const long RoundNanoseconds = 1_000_000;
        private const string RetentionLoopRow = "plain `Vector<T>` loop of ρw − ηg";
        private readonly string element;
        private readonly int length;
        private readonly Action[] baselines;
        private readonly (string Name, Action Run)[] measured;
        private readonly Action[] cases;
        private readonly int[] repetitions;
        private readonly List<double>[] vsPlain, vsTensorPrimitives;
        private int rounds;

        private SizeComparison(string element, int length, Action[] baselines, (string Name, Action Run)[] measured)
        {
            (this.element, this.length, this.baselines, this.measured) = (element, length, baselines, measured);
            cases = [.. baselines, .. measured.Select(m => m.Run)];
            repetitions = cases.Select(Calibrate).ToArray();
            vsPlain = measured.Select(_ => new List<double>()).ToArray();
            vsTensorPrimitives = measured.Select(_ => new List<double>()).ToArray();
        }

        public static SizeComparison Of<T>(int length)
            where T : IFloatingPointIeee754<T>
        {
            var weights = new T[length];
            var gradients = new T[length];
            MemoryTrafficBaseline.Fill(weights, gradients);
            T lambda = UpdateKernelBenchmarks<T>.Lambda, retention = UpdateKernelBenchmarks<T>.Retention, eta = UpdateKernelBenchmarks<T>.LearningRate;

            // The two plain loops, then the two TensorPrimitives baselines.
            Action[] baselines =
            [
                () => MemoryTrafficBaseline.VectorLoop(weights, gradients), () => MemoryTrafficBaseline.Vector512Loop(weights, gradients),
                () => MemoryTrafficBaseline.Whole(weights, gradients), () => MemoryTrafficBaseline.InBlocks(weights, gradients),
            ];
            var measured = Enum.GetValues<L2Mode>()
                .Select(mode => (Name: mode.ToString(), Run: (Action)(() => L2Update.Step(mode, mode is L2Mode.DecayFactor ? retention : lambda, weights, gradients, eta))))
                .Append((Name: RetentionLoopRow, Run: () => MemoryTrafficBaseline.RetentionLoop(weights, gradients, retention, eta)))
                .ToArray();
            return new(typeof(T) == typeof(float) ? "float" : "double", length, baselines, measured);
        }

        public void Run(int count, bool record)
        {
            for (int round = 0; round < count; round++, rounds++)
            {
                // Each round starts one case later, so no case always follows the same one: what the previous case left
                // in the caches would otherwise favour some.
                var times = new double[cases.Length];
                for (int k = 0; k < cases.Length; k++)
                {
                    int i = (rounds + k) % cases.Length;
                    times[i] = TimePerCall(cases[i], repetitions[i]);
                }

                double plain = Math.Min(times[0], times[1]), tensorPrimitives = Math.Min(times[2], times[3]);
                for (int m = 0; record && m < measured.Length; m++)
                {
                    vsPlain[m].Add(plain / times[baselines.Length + m]);
                    vsTensorPrimitives[m].Add(tensorPrimitives / times[baselines.Length + m]);
                }
            }
        }

        public void AppendRows(StringBuilder text)
        {
            for (int m = 0; m < measured.Length; m++)
            {
                vsPlain[m].Sort();
                vsTensorPrimitives[m].Sort();
                double plain = Percentile(vsPlain[m], 0.5), tensorPrimitives = Percentile(vsTensorPrimitives[m], 0.5);
                string target = measured[m].Name == RetentionLoopRow ? "–" : PerformanceReport.Check(KernelTargets.Met(length, plain, tensorPrimitives));
                string size = length >= 1 << 20 ? $"{length >> 20} Mi" : $"{length >> 10} Ki";
                text.AppendLine(CultureInfo.InvariantCulture, $"| {element} | {size} | {measured[m].Name} | {tensorPrimitives:F2} | {plain:F2} | {Percentile(vsPlain[m], 0.1):F2}–{Percentile(vsPlain[m], 0.9):F2} | {target} |");
            }
        }

        // Calls per round: as many as ran in RoundNanoseconds at the end of 50 rounds' worth of warm-up, which lets
        // tiered compilation finish with the case.
        private static int Calibrate(Action run)
        {
            long start = ThreadCpuClock.Instance.GetTimestamp(), calls = 0;
            while (ThreadCpuClock.Instance.GetTimestamp() - start < 50 * RoundNanoseconds)
            {
                run();
                calls++;
            }

            return (int)Math.Max(1, RoundNanoseconds / TimePerCall(run, (int)Math.Max(1, calls / 50)));
        }

        private static double TimePerCall(Action run, int repetitions)
        {
            long start = ThreadCpuClock.Instance.GetTimestamp();
            for (int r = 0; r < repetitions; r++)
            {
                run();
            }

            return (double)(ThreadCpuClock.Instance.GetTimestamp() - start) / repetitions;
        }

        private static double Percentile(List<double> sorted, double fraction) => sorted[(int)(fraction * (sorted.Count - 1))];
    }
}
