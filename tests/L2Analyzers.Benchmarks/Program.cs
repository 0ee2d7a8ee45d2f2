using BenchmarkDotNet.Running;
using L2Analyzers.Benchmarks;

// build/bench.sh passes filters and an artifacts folder; any BenchmarkDotNet arguments work, plus --wall-clock.
bool wallClock = args.Contains("--wall-clock");
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--wall-clock").ToArray(), BenchmarkConfig.Create(wallClock));
