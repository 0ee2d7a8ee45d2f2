using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

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
    public static (IArgumentOperation Argument, ParameterRoleKind Role)? ExemptParameter(IInvocationOperation call, RuntimeSymbols? markers)
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
        if (role is ParameterRoleKind.Bias or ParameterRoleKind.Normalization)
        {
            return (weights, role);
        }

        return gradients is not null && Variable(gradients.Value) is { } gradient &&
            VariableNames.Classify(gradient.Name) == ParameterRoleKind.Gradient && ParameterNames.IsBias(gradient.Name)
            ? (weights, ParameterRoleKind.Bias)
            : null;
    }

    private static ParameterRoleKind RoleOf(IOperation value, RuntimeSymbols? markers) =>
        Variable(value) is { } variable ? ParameterRoles.OfVariable(variable, markers) : ParameterRoleKind.None;

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
