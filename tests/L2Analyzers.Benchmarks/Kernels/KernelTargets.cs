namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// The targets of <see cref="L2Update.Step{T}"/> against its baselines, for the per-process table and the interleaved
/// comparison alike: at every size ≥ 0.95 of the best plain loop; at 64 Ki ≥ 0.8 and at 4 Mi ≥ 0.9 of the faster
/// TensorPrimitives baseline. (At 64 Ki also ≥ 3× the scalar loop, which only the per-process table measures.)
/// </summary>
internal static class KernelTargets
{
    public const int CacheResident = 65536, MemoryBound = 4194304;

    public static bool Met(int length, double vsBestPlainLoop, double vsTensorPrimitives) =>
        vsBestPlainLoop >= 0.95 && length switch
        {
            CacheResident => vsTensorPrimitives >= 0.8,
            MemoryBound => vsTensorPrimitives >= 0.9,
            _ => true,
        };
}
