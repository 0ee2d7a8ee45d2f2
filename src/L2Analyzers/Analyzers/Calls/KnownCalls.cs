using L2Analyzers.Common.Symbols;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Calls;

/// <summary>The runtime methods and constructors that take a mode and a lambda, resolved once per compilation.</summary>
internal sealed class KnownCalls
{
    private readonly Dictionary<IMethodSymbol, CallShape> shapes = new(SymbolEqualityComparer.Default);

    /// <summary>The names of the known methods, and of the types whose constructors are known, for the syntax filter.</summary>
    private readonly HashSet<string> methodNames = new(System.StringComparer.Ordinal), typeNames = new(System.StringComparer.Ordinal);

    /// <summary>The fewest arguments a known constructor can be called with, for target-typed <c>new(…)</c>.</summary>
    private int fewestConstructorArguments = int.MaxValue;

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

    /// <summary>
    /// Whether <paramref name="node"/> may call a known method, by its syntax alone: an invocation of a method with a
    /// known name, an object creation of a known type's name, or a target-typed <c>new(…)</c> with as many arguments as a
    /// known constructor needs (so the <c>new()</c> of ordinary code costs nothing).
    /// </summary>
    public bool MayCall(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => RightmostName(invocation.Expression) is { } name && methodNames.Contains(name),
        ObjectCreationExpressionSyntax creation => RightmostName(creation.Type) is { } name && typeNames.Contains(name),
        ImplicitObjectCreationExpressionSyntax creation => creation.ArgumentList.Arguments.Count >= fewestConstructorArguments,
        _ => false,
    };

    private static string? RightmostName(SyntaxNode expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

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
                if (method.MethodKind == MethodKind.Constructor)
                {
                    typeNames.Add(type.Name);
                    fewestConstructorArguments = System.Math.Min(fewestConstructorArguments, method.Parameters.Count(p => !p.IsOptional && !p.IsParams));
                }
                else
                {
                    methodNames.Add(name);
                }
            }
        }
    }

    private static bool HasParameters(IMethodSymbol method, CallShape shape)
    {
        bool Has(string? name) => name is null || method.Parameters.Any(p => p.Name == name);
        return Has(shape.ModeParameter) && Has(shape.LambdaParameter) && Has(shape.LearningRateParameter) && Has(shape.OptimizerParameter);
    }
}
