using L2Analyzers.Common.Symbols;
using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Calls;

/// <summary>The runtime methods and constructors that take a mode and a lambda, resolved once per compilation.</summary>
internal sealed class KnownCalls
{
    private readonly Dictionary<IMethodSymbol, CallShape> shapes = new(SymbolEqualityComparer.Default);

    private KnownCalls(RuntimeSymbols symbols)
    {
        Add(symbols.L2Update, "Step", new CallShape(null, "mode", "lambda") { LearningRateParameter = "learningRate", Optimizer = "plain SGD" });
        Add(symbols.L2Update, "RegularizedStep", new CallShape(null, "mode", "lambda") { OptimizerParameter = "optimizer" });
        Add(symbols.L2Kernels, "AddPenaltyGradient", new CallShape(L2Mode.GradientPenalty, null, "lambda"));
        Add(symbols.L2Kernels, "Decay", new CallShape(L2Mode.DecayFactor, null, "retention"));
        Add(symbols.L2Convention, "Convert", new CallShape(null, "from", "lambda") { LearningRateParameter = "learningRate" });
        Add(symbols.L2Convention, "FromPyTorchWeightDecay", new CallShape(L2Mode.GradientPenalty, null, "weightDecay") { LearningRateParameter = "learningRate" });
        Add(symbols.L2Convention, "FromAdamW", new CallShape(L2Mode.ScaledWeightDecay, null, "weightDecay") { LearningRateParameter = "learningRate" });
        Add(symbols.L2Regularization, WellKnownMemberNames.InstanceConstructorName, new CallShape(null, "mode", "lambda"));
    }

    /// <summary>Whether any known method exists in this compilation.</summary>
    public bool IsEmpty => shapes.Count == 0;

    public static KnownCalls Resolve(RuntimeSymbols symbols) => new(symbols);

    /// <summary>The shape of <paramref name="method"/> (generic methods by their definition), or null when it takes no L2.</summary>
    public CallShape? Find(IMethodSymbol method) =>
        shapes.TryGetValue(method.OriginalDefinition, out var shape) ? shape : null;

    private void Add(INamedTypeSymbol? type, string name, CallShape shape)
    {
        if (type is null)
        {
            return; // L2Convention lives in L2Analyzers.Abstractions, the others in the runtime: either may be missing.
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IMethodSymbol method && HasParameters(method, shape))
            {
                shapes[method.OriginalDefinition] = shape;
            }
        }
    }

    private static bool HasParameters(IMethodSymbol method, CallShape shape)
    {
        bool Has(string? name) => name is null || method.Parameters.Any(p => p.Name == name);
        return Has(shape.ModeParameter) && Has(shape.LambdaParameter) && Has(shape.LearningRateParameter) && Has(shape.OptimizerParameter);
    }
}
