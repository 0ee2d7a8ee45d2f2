using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace L2Analyzers.Benchmarks;

/// <summary>
/// The suite's job: one process per benchmark case (or all in this process with <c>--in-process</c>, quicker but the JIT's
/// profile-guided code is then shared between cases), 12 warm-up iterations (tiered compilation and its profile-guided
/// recompilation take over a second of CPU time to settle) and 12 measured ones of about 100 ms, timed by
/// <see cref="ThreadCpuClock"/> (or wall-clock time with <c>--wall-clock</c>). Command-line job options still apply.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(bool wallClock, bool inProcess)
    {
        var job = (inProcess ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance) : Job.Default)
            .WithLaunchCount(1)
            .WithWarmupCount(12)
            .WithIterationCount(12)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId(wallClock ? "WallClock" : "ThreadCpu")
            // Hot methods are promoted without waiting for 100 ms free of new compilations: on a loaded machine that
            // quiet period can take seconds to come. The code they end up with (tier 1 with dynamic PGO) is the same.
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"))
            .AsDefault();
        if (!wallClock)
        {
            job = job.WithClock(ThreadCpuClock.Instance);
        }

        return DefaultConfig.Instance.AddJob(job).AddExporter(JsonExporter.Full);
    }
}
