namespace L2Analyzers.Common;

/// <summary>The valid lambda range of each mode (l2-conventions.md §3).</summary>
internal static class LambdaRange
{
    public static bool IsValid(L2ModeKind mode, double lambda)
    {
        if (double.IsNaN(lambda) || double.IsInfinity(lambda) || lambda < 0)
        {
            return false;
        }

        return mode switch
        {
            L2ModeKind.WeightDecay => lambda < 1,
            L2ModeKind.DecayFactor => lambda > 0 && lambda < 1,
            _ => true,
        };
    }
}
