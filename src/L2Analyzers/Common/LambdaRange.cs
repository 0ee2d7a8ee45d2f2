using L2Analyzers.Conventions;

namespace L2Analyzers.Common;

/// <summary>The valid lambda range of each mode (l2-conventions.md §3); the reasons live in <see cref="LambdaValidity"/>.</summary>
internal static class LambdaRange
{
    public static bool IsValid(L2ModeKind mode, double lambda) => LambdaValidity.Problem(mode, lambda) is null;
}
