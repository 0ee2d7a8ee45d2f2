using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// The words of a runtime call: the lambda's parameter name and <c>L2Mode</c> names, <c>lambda = 0.97 with
/// L2Mode.WeightDecay</c>; a method that fixes its mode only takes values in that mode.
/// </summary>
/// <param name="parameter">The lambda's parameter: <c>lambda</c>, <c>retention</c>.</param>
/// <param name="fixedMode">The mode the method applies, when it takes no mode argument.</param>
/// <param name="method">The method's name, for a method that fixes its mode.</param>
internal sealed class CallWording(string parameter, L2Mode? fixedMode, string method) : Wording
{
    /// <inheritdoc />
    public override string ValueName => parameter;

    /// <inheritdoc />
    public override string Subject(L2Mode? mode, double lambda) => $"{parameter} = {Numbers.Format(lambda)}{Context(mode)}";

    /// <inheritdoc />
    public override string Role(L2Mode? mode) => $" as {parameter}{Context(mode)}";

    /// <inheritdoc />
    public override bool CanWrite(L2Mode mode) => fixedMode is null || fixedMode == mode;

    /// <inheritdoc />
    public override string Rewrite(L2Mode mode, double lambda) => fixedMode is null
        ? $"L2Mode.{Modes.Name(mode)} with {parameter} = {Numbers.Format(lambda)}"
        : $"{parameter} = {Numbers.Format(lambda)}";

    /// <summary>The mode the value is read in, or the method that fixes it: <c> with L2Mode.WeightDecay</c>, <c> in L2Kernels.Decay</c>.</summary>
    private string Context(L2Mode? mode) => fixedMode is null && mode is { } known ? $" with L2Mode.{Modes.Name(known)}" : $" in {method}";
}
