namespace L2Analyzers.TorchSharp;

/// <summary>One finding of <see cref="L2Torch.Audit"/>.</summary>
/// <param name="RuleId">The rule, as the analyzers name it (e.g. L2R002: L2 on a bias); docs/rules/&lt;ID&gt;.md explains it.</param>
/// <param name="ParameterName">The parameter as <c>named_parameters()</c> names it, e.g. <c>0.bias</c>.</param>
/// <param name="Message">What is wrong and what to do, in at most two sentences.</param>
public sealed record L2AuditProblem(string RuleId, string ParameterName, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{RuleId} {ParameterName}: {Message}";
}
