namespace L2Analyzers.Common;

/// <summary>
/// Diagnostic properties that tell the code fix which arguments of a runtime call hold the mode and the lambda, so it
/// can rewrite them the way it rewrites an attribute's <c>Mode = …</c> and <c>Lambda = …</c>.
/// </summary>
internal static class CallProperties
{
    /// <summary>The name of the parameter that takes the mode; absent when the method fixes the mode.</summary>
    public const string ModeParameter = "Call.ModeParameter";

    /// <summary>The name of the parameter that takes the lambda.</summary>
    public const string LambdaParameter = "Call.LambdaParameter";

    /// <summary>"float" when the lambda is a float, so the fix writes <c>0.97f</c>; absent for double.</summary>
    public const string LambdaType = "Call.LambdaType";

    /// <summary>The value of <see cref="LambdaType"/> for float lambdas.</summary>
    public const string Single = "float";
}
