using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>Recognizes "every parameter of a module": <c>model.parameters()</c>, <c>model.named_parameters()</c>, directly or through a local.</summary>
internal static class ModuleParameters
{
    private const int MaxDepth = 4;

    /// <summary>Whether <paramref name="parameters"/> is all of a module's parameters, biases and normalization weights included.</summary>
    public static bool AreAllOfAModule(IOperation? parameters, TorchSharpSymbols symbols) => AreAllOfAModule(parameters, symbols, 0);

    private static bool AreAllOfAModule(IOperation? parameters, TorchSharpSymbols symbols, int depth)
    {
        if (parameters is null || depth > MaxDepth)
        {
            return false;
        }

        switch (parameters.WithoutImplicitConversions())
        {
            case IInvocationOperation { TargetMethod.Name: "parameters" or "named_parameters" } invocation:
                return TorchSharpSymbols.DerivesFrom(invocation.TargetMethod.ContainingType, symbols.Module);

            case IInvocationOperation { TargetMethod: { Name: "ToList" or "ToArray", IsExtensionMethod: true } } materialized:
                return materialized.Arguments.Length == 1 && AreAllOfAModule(materialized.Arguments[0].Value, symbols, depth + 1);

            case ILocalReferenceOperation local:
                return AreAllOfAModule(LocalValues.SingleValue(local), symbols, depth + 1);

            default:
                return false;
        }
    }
}
