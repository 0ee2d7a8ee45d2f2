using TorchSharp.Modules;

namespace L2Analyzers.TorchSharp;

/// <summary>One parameter of a module: its <c>named_parameters()</c> name, role, and the L2 policy its weights get.</summary>
/// <param name="Name">The name as <c>named_parameters()</c> gives it, e.g. <c>0.bias</c>.</param>
/// <param name="Parameter">The tensor.</param>
/// <param name="Role">Weight, bias or normalization parameter.</param>
/// <param name="Policy">The policy from the arguments and <see cref="L2Attribute"/>s; applied to weights only.</param>
internal sealed record ModuleParameter(string Name, Parameter Parameter, TorchParameterRole Role, L2Policy Policy)
{
    /// <summary>The policy this parameter is regularized with: its policy for weights, none for the rest.</summary>
    public L2Policy? Regularization => Role == TorchParameterRole.Weight && !Policy.IsNone ? Policy : null;

    /// <summary>The shape, as <c>[4, 7]</c>.</summary>
    public string Shape => $"[{string.Join(", ", Parameter.shape)}]";
}
