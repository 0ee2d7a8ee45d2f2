using System.Globalization;
using System.Numerics;
using System.Text;

namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// <see cref="L2Update.Step{T}"/> in every mode against the plain loops of <see cref="MemoryTrafficBaseline"/>, with the
/// cases interleaved: round after round, each case runs for about a millisecond of thread CPU time in turn. Each row is
/// the median over the rounds of best plain loop time / Step time within one round. Beyond the caches the speed
/// follows the memory bandwidth that the machine's other tenants leave, and that changes from minute to minute.
/// BenchmarkDotNet measures one case after another, so its ratios at 4 Mi carry that change; interleaved cases share
/// it. Written by <c>dotnet L2Analyzers.Benchmarks.dll interleaved &lt;file&gt;</c>.
/// </summary>
internal static class InterleavedKernelComparison
{
    private const int Rounds = 140;
    private const int WarmupRounds = 40;
    private const long RoundNanoseconds = 1_000_000;
    private static readonly int[] Lengths = [1024, 65536, 4194304];

    public static int Write(string path)
    {
        var text = new StringBuilder()
            .AppendLine("#### The same comparison, interleaved").AppendLine()
            .AppendLine("The rows above come from one case after another, a process each, so at 4 Mi they also compare the memory bandwidth")
            .AppendLine("the machine's other tenants left at two different moments. Here the plain loops and the four modes run in turn, about")
            .AppendLine("1 ms of thread CPU time each, each round starting one case later, for 140 rounds in one process (the first 40 discarded")
            .AppendLine("as warm-up); each row is the median over the rounds of best plain loop time / Step time within a round")
            .AppendLine("(`dotnet L2Analyzers.Benchmarks.dll interleaved <file>`).").AppendLine()
            .AppendLine("| element | elements | mode | vs best plain loop, median | 10th–90th percentile of the rounds | target ≥ 0.95 |")
            .AppendLine("|---|---:|---|---:|---:|:---:|");
        foreach (int length in Lengths)
        {
            AppendRows<float>(text, length);
            AppendRows<double>(text, length);
        }

        File.WriteAllText(path, text.ToString());
        return 0;
    }

    private static void AppendRows<T>(StringBuilder text, int length)
        where T : IFloatingPointIeee754<T>
    {
        var weights = new T[length];
        var gradients = new T[length];
        MemoryTrafficBaseline.Fill(weights, gradients);
        T lambda = UpdateKernelBenchmarks<T>.Lambda, eta = UpdateKernelBenchmarks<T>.LearningRate;
        Action[] plain = [() => MemoryTrafficBaseline.VectorLoop(weights, gradients), () => MemoryTrafficBaseline.Vector512Loop(weights, gradients)];
        var steps = Enum.GetValues<L2Mode>()
            .Select(mode => (Mode: mode, Run: (Action)(() => L2Update.Step(mode, mode is L2Mode.DecayFactor ? UpdateKernelBenchmarks<T>.Retention : lambda, weights, gradients, eta))))
            .ToArray();
        var cases = plain.Concat(steps.Select(step => step.Run)).ToArray();
        var repetitions = cases.Select(Calibrate).ToArray();
        var ratios = steps.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < Rounds; round++)
        {
            // Each round starts one case later, so no case always follows the same one: what the previous case left in
            // the caches would otherwise favour some.
            var times = new double[cases.Length];
            for (int k = 0; k < cases.Length; k++)
            {
                int i = (round + k) % cases.Length;
                times[i] = TimePerCall(cases[i], repetitions[i]);
            }

            if (round < WarmupRounds)
            {
                continue;
            }

            double bestPlain = Math.Min(times[0], times[1]);
            for (int s = 0; s < steps.Length; s++)
            {
                ratios[s].Add(bestPlain / times[plain.Length + s]);
            }
        }

        for (int s = 0; s < steps.Length; s++)
        {
            ratios[s].Sort();
            double median = Percentile(ratios[s], 0.5);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {(typeof(T) == typeof(float) ? "float" : "double")} | {Size(length)} | {steps[s].Mode} | {median:F2} | {Percentile(ratios[s], 0.1):F2}–{Percentile(ratios[s], 0.9):F2} | {(median >= 0.95 ? "✅" : "❌")} |");
        }
    }

    // Calls per round: as many as ran in RoundNanoseconds at the end of 50 rounds' worth of warm-up, which lets tiered
    // compilation finish with the case.
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

    private static string Size(int length) => length >= 1 << 20 ? $"{length >> 20} Mi" : $"{length >> 10} Ki";
}
