using L2Analyzers.Common;

namespace L2Analyzers.Conventions.Explanations;

/// <summary>Rule L2R003's explanation: what the invalid lambda does to the weights and the valid range.</summary>
internal static class InvalidLambda
{
    /// <summary>The explanation, or null when <paramref name="lambda"/> is valid; a null mode checks what no mode accepts.</summary>
    public static string? Explain(L2Mode? mode, double lambda)
    {
        string? problem = mode is { } known ? LambdaValidity.Problem(known, lambda) : LambdaValidity.AnyModeProblem(lambda);
        return problem is null ? null : $"{problem}; valid range: {LambdaValidity.ValidRange(mode)}";
    }

    /// <summary>How the convention is named when the mode is not stated.</summary>
    public const string AnyMode = "any L2Mode";
}
