using BenchmarkDotNet.Running;

// build/bench.sh passes filters and an artifacts folder; any BenchmarkDotNet arguments work.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
