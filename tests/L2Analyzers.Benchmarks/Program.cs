using BenchmarkDotNet.Running;
using L2Analyzers.Benchmarks;
using L2Analyzers.Benchmarks.Kernels;
using L2Analyzers.Benchmarks.Reporting;
using L2Analyzers.Benchmarks.Synthetic;

// build/bench.sh runs: the suite (any BenchmarkDotNet arguments, plus --wall-clock), "write-consumer <folder> [unused]" for
// build/analyzer-cost.sh, "interleaved <file>" for the interleaved kernel comparison, and "report ..." to write
// docs/performance.md.
return args switch
{
    ["write-consumer", string folder] => ConsumerProject.Write(folder),
    ["write-consumer", string folder, "unused"] => ConsumerProject.Write(folder, unused: true),
    ["report", .. var options] => PerformanceReport.Write(options),
    ["interleaved", string file] => InterleavedKernelComparison.Write(file),
    _ => Run(args),
};

static int Run(string[] args)
{
    string[] own = ["--wall-clock", "--in-process"];
    var config = BenchmarkConfig.Create(args.Contains(own[0]), args.Contains(own[1]));
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Except(own).ToArray(), config);
    return 0;
}
