using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Common.Symbols;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>Reads the places that set a TorchSharp weight_decay, binding by symbol, never by name alone.</summary>
internal static class WeightDecaySites
{

    /// <summary><c>torch.optim.X(...)</c> for an optimizer with weight_decay.</summary>
    public static WeightDecaySite? FromInvocation(IInvocationOperation invocation, TorchSharpSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.Optim) &&
        OptimizerFamily.Find(invocation.TargetMethod.Name) is { } family
            ? FromOptimizerArguments(SiteKind.Optimizer, family, invocation, invocation.Arguments, symbols)
            : null;

    /// <summary><c>new SGD(parameters, lr, …)</c>: an optimizer of TorchSharp's own assembly created with its constructor.</summary>
    public static WeightDecaySite? FromOptimizerCreation(IObjectCreationOperation creation, TorchSharpSymbols symbols) =>
        creation.Constructor?.ContainingType is { ContainingType: null } type &&
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, symbols.Module.ContainingAssembly) &&
        OptimizerFamily.Find(type.Name) is { } family
            ? FromOptimizerArguments(SiteKind.Constructor, family, creation, creation.Arguments, symbols)
            : null;

    private static WeightDecaySite? FromOptimizerArguments(
        SiteKind kind, OptimizerFamily family, IOperation operation, ImmutableArray<IArgumentOperation> arguments, TorchSharpSymbols symbols)
    {
        if (arguments.Argument(KnownNames.TorchWeightDecay) is not { } weightDecay)
        {
            return null;
        }

        var parameters = arguments.Length > 0 ? arguments[0] : null;
        return new WeightDecaySite(
            kind,
            family,
            operation,
            weightDecay.PassedValue(),
            (arguments.Argument(KnownNames.TorchLearningRate) ?? arguments.Argument(KnownNames.TorchLearningRateInFull)).PassedValue(),
            parameters?.Value,
            IsParamGroups(parameters?.Parameter?.Type, symbols));
    }

    /// <summary><c>new X.ParamGroup(parameters, lr: …, weight_decay: …)</c>, the convenience constructor that sets every option.</summary>
    public static WeightDecaySite? FromObjectCreation(IObjectCreationOperation creation, TorchSharpSymbols symbols) =>
        creation.Constructor is { } constructor &&
        creation.Arguments.Argument(KnownNames.TorchLearningRate) is { } learningRate &&
        FamilyOfNested(constructor.ContainingType, symbols.ParamGroup) is { } family
            ? new WeightDecaySite(
                SiteKind.ParamGroupConstructor,
                family,
                creation,
                creation.Arguments.Argument(KnownNames.TorchWeightDecay).PassedValue(),
                learningRate.PassedValue(),
                constructor.Parameters.Length > 0 && creation.Arguments.Length > 0 ? creation.Arguments[0].Value : null,
                TakesGroups: false)
            : null;

    /// <summary><c>weight_decay = …</c> on an optimizer's Options, with the LearningRate set in the same initializer.</summary>
    public static WeightDecaySite? FromAssignment(ISimpleAssignmentOperation assignment, TorchSharpSymbols symbols) =>
        assignment.Target is IFieldReferenceOperation { Field: { Name: KnownNames.TorchWeightDecay } field } &&
        FamilyOfNested(field.ContainingType, symbols.OptimizerOptions) is { } family
            ? new WeightDecaySite(
                SiteKind.Options, family, assignment, assignment.Value, SiblingLearningRate(assignment), ParameterGroup.ParametersAround(assignment, symbols), TakesGroups: false)
            : null;

    /// <summary>
    /// The family of the optimizer that declares <paramref name="nested"/> (its <c>ParamGroup</c> or <c>Options</c>), when
    /// <paramref name="nested"/> derives from TorchSharp's <paramref name="baseType"/>.
    /// </summary>
    private static OptimizerFamily? FamilyOfNested(INamedTypeSymbol nested, INamedTypeSymbol baseType) =>
        nested.ContainingType is { } optimizer && TorchSharpSymbols.DerivesFrom(nested, baseType) ? OptimizerFamily.Find(optimizer.Name) : null;

    /// <summary>Whether the optimizer overload takes parameter groups, whose own options override its weight_decay.</summary>
    private static bool IsParamGroups(ITypeSymbol? parameters, TorchSharpSymbols symbols) =>
        parameters is INamedTypeSymbol { TypeArguments: [var element] } &&
        TorchSharpSymbols.DerivesFrom(element, symbols.ParamGroup);

    private static IOperation? SiblingLearningRate(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Parent is not IObjectOrCollectionInitializerOperation initializer)
        {
            return null;
        }

        foreach (var sibling in initializer.Initializers)
        {
            if (sibling is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: KnownNames.TorchOptionsLearningRate } } learningRate)
            {
                return learningRate.Value;
            }
        }

        return null;
    }
}
