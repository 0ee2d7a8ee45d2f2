using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Conventions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Calls;

/// <summary>
/// The parameter a runtime kernel regularizes, as the call passes it: the <c>weights</c> argument of
/// <c>L2Kernels.Decay</c>, <c>L2Kernels.AddPenaltyGradient</c> and <c>L2Update.Step</c>, or the gradients of a bias
/// (<c>biasGradients</c>) that a penalty is added to.
/// </summary>
internal static class KernelArguments
{
    private const string Weights = "weights";
    private const string Gradients = "gradients";

    /// <summary>The weights argument and the role of what it passes (or of the gradients it pairs with), or null when neither is a bias or normalization parameter.</summary>
    public static (IArgumentOperation Argument, NameRole Role)? ExemptParameter(IInvocationOperation call, KnownSymbols? markers)
    {
        IArgumentOperation? weights = null;
        IArgumentOperation? gradients = null;
        foreach (var argument in call.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case Weights:
                    weights = argument;
                    break;
                case Gradients:
                    gradients = argument;
                    break;
            }
        }

        if (weights is null)
        {
            return null;
        }

        var role = RoleOf(weights.Value, markers);
        if (role is NameRole.Bias or NameRole.Normalization)
        {
            return (weights, role);
        }

        return gradients is not null && Variable(gradients.Value) is { } gradient &&
            VariableRoles.Classify(gradient.Name) == NameRole.Gradient && ParameterNames.IsBias(gradient.Name)
            ? (weights, NameRole.Bias)
            : null;
    }

    private static NameRole RoleOf(IOperation value, KnownSymbols? markers) =>
        Variable(value) is { } variable ? VariableRoles.Classify(variable, markers) : NameRole.None;

    /// <summary>The variable a span argument comes from: <c>hBiases</c>, <c>hBiases.AsSpan()</c>, <c>layer.Biases</c>.</summary>
    private static ISymbol? Variable(IOperation value)
    {
        var current = value.WithoutImplicitConversions();
        if (current is IInvocationOperation { TargetMethod.Name: "AsSpan" } asSpan)
        {
            current = (asSpan.Instance ?? (asSpan.Arguments.Length > 0 ? asSpan.Arguments[0].Value : current)).WithoutImplicitConversions();
        }

        return current switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
