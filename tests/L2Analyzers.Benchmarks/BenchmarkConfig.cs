using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace L2Analyzers.Benchmarks;

/// <summary>
/// The suite's job: in-process (no per-run project build), 3 warm-up and 15 measured iterations of about 100 ms, timed
/// by <see cref="ThreadCpuClock"/> (or wall-clock time with <c>--wall-clock</c>). Command-line job options still apply.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(bool wallClock)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId(wallClock ? "WallClock" : "ThreadCpu")
            .AsDefault();
        if (!wallClock)
        {
            job = job.WithClock(ThreadCpuClock.Instance);
        }

        return DefaultConfig.Instance.AddJob(job).AddExporter(JsonExporter.Full);
    }
}
