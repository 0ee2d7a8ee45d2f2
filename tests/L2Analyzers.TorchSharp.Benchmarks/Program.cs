using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using L2Analyzers.Benchmarks;
using Perfolizer.Horology;

// In-process (libtorch's native libraries sit next to this assembly; a generated child project would not have them),
// timed by the thread's CPU clock: libtorch runs on the calling thread with set_num_threads(1), so both sides are
// measured on one core. 8 warm-up and 10 measured iterations of about 200 ms.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(8)
    .WithIterationCount(10)
    .WithIterationTime(TimeInterval.FromMilliseconds(200))
    .WithClock(ThreadCpuClock.Instance)
    .WithId("ThreadCpu");
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job.AsDefault()));
