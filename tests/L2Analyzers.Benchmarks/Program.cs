using BenchmarkDotNet.Running;
using L2Analyzers.Benchmarks;
using L2Analyzers.Benchmarks.Reporting;
using L2Analyzers.Benchmarks.Synthetic;

// build/bench.sh runs: the suite (any BenchmarkDotNet arguments, plus --wall-clock), "write-consumer <folder>" for
// build/analyzer-cost.sh, and "report ..." to write docs/performance.md.
return args switch
{
    ["write-consumer", string folder] => ConsumerProject.Write(folder),
    ["report", .. var options] => PerformanceReport.Write(options),
    _ => Run(args),
};

static int Run(string[] args)
{
    bool wallClock = args.Contains("--wall-clock");
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--wall-clock").ToArray(), BenchmarkConfig.Create(wallClock));
    return 0;
}
