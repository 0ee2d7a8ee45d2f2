using System.Linq;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>What a set of parameters given to an optimizer or a parameter group holds, as far as decay is concerned.</summary>
internal enum SelectionKind
{
    /// <summary>Not known, or only weights (a filter by rank, a list of weight tensors).</summary>
    Unknown,

    /// <summary><c>model.parameters()</c>: every parameter of a module, biases and normalization parameters included.</summary>
    AllOfAModule,

    /// <summary><c>named.Where(p =&gt; p.name.EndsWith("bias"))</c>: the biases selected by name.</summary>
    Biases,

    /// <summary><c>named.Where(p =&gt; !p.name.EndsWith("bias"))</c>: everything but the biases, normalization gains included.</summary>
    AllButBiases,
}

/// <summary>A selection of parameters and the module it comes from.</summary>
/// <param name="Kind">What it holds.</param>
/// <param name="Module">The module's type, when it is known.</param>
internal readonly record struct ParameterSelection(SelectionKind Kind, ITypeSymbol? Module)
{
    private const int MaxDepth = 6;

    /// <summary>
    /// Reads <paramref name="parameters"/>: <c>model.parameters()</c>, and <c>model.named_parameters()</c> filtered with
    /// <c>Where</c> on the name (<c>EndsWith</c>, <c>Contains</c>, <c>StartsWith</c>, <c>==</c> with "bias", or its negation)
    /// and projected with <c>Select</c>, through locals that are never reassigned, <c>ToList</c>/<c>ToArray</c> and a method
    /// declared in the same file that returns one such value (<c>IEnumerable&lt;Parameter&gt; Biases() =&gt; …</c>).
    /// A filter that tests anything else (rank, a normalization name) is <see cref="SelectionKind.Unknown"/>.
    /// </summary>
    public static ParameterSelection Of(IOperation? parameters, TorchSharpSymbols symbols) => Of(parameters, symbols, 0);

    /// <summary>Whether the module has a normalization layer among its fields and properties (LayerNorm, BatchNorm2d …).</summary>
    public static bool HasNormalizationLayer(ITypeSymbol? module, TorchSharpSymbols symbols)
    {
        for (var type = module; type is not null && !SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.Module); type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                var memberType = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (memberType is not null && ParameterNames.IsNormalization(memberType.Name) &&
                    TorchSharpSymbols.DerivesFrom(memberType, symbols.Module))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ParameterSelection Of(IOperation? parameters, TorchSharpSymbols symbols, int depth)
    {
        if (parameters is null || depth > MaxDepth)
        {
            return default;
        }

        switch (parameters.WithoutImplicitConversions())
        {
            case IInvocationOperation { TargetMethod.Name: "parameters" or "named_parameters" } invocation
                when TorchSharpSymbols.DerivesFrom(invocation.TargetMethod.ContainingType, symbols.Module):
                return new(SelectionKind.AllOfAModule, invocation.Instance?.Type);

            case IInvocationOperation { TargetMethod: { Name: "ToList" or "ToArray", IsExtensionMethod: true } } materialized
                when materialized.Arguments.Length == 1:
                return Of(materialized.Arguments[0].Value, symbols, depth + 1);

            case IInvocationOperation { TargetMethod: { Name: "Select", IsExtensionMethod: true } } select
                when select.Arguments.Length == 2:
                return Filtered(select.Arguments[0].Value, symbols, depth + 1);

            case ILocalReferenceOperation local:
                return Of(LocalValues.SingleValue(local), symbols, depth + 1);

            case IInvocationOperation { SemanticModel: { } model } call when ReturnedValues.Of(call.TargetMethod, model).ToList() is [var returned]:
                return Of(returned, symbols, depth + 1);

            default:
                return default;
        }
    }

    /// <summary>The source of a <c>Select</c>: a <c>Where</c> over the named parameters of a module.</summary>
    private static ParameterSelection Filtered(IOperation source, TorchSharpSymbols symbols, int depth)
    {
        if (source.WithoutImplicitConversions() is not IInvocationOperation { TargetMethod: { Name: "Where", IsExtensionMethod: true } } where ||
            where.Arguments.Length != 2 ||
            NamedParametersModule(where.Arguments[0].Value, symbols, depth + 1) is not { } module ||
            Predicate(where.Arguments[1].Value) is not { } body)
        {
            return default;
        }

        return NameTest(body) switch
        {
            true => new(SelectionKind.Biases, module),
            false => new(SelectionKind.AllButBiases, module),
            null => default,
        };
    }

    /// <summary>The module whose <c>named_parameters()</c> the operation is, directly or through locals and ToList.</summary>
    private static ITypeSymbol? NamedParametersModule(IOperation? operation, TorchSharpSymbols symbols, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        return operation.WithoutImplicitConversions() switch
        {
            IInvocationOperation { TargetMethod.Name: "named_parameters", Instance: { Type: { } module } } invocation
                when TorchSharpSymbols.DerivesFrom(invocation.TargetMethod.ContainingType, symbols.Module) => module,
            IInvocationOperation { TargetMethod: { Name: "ToList" or "ToArray", IsExtensionMethod: true } } materialized
                when materialized.Arguments.Length == 1 => NamedParametersModule(materialized.Arguments[0].Value, symbols, depth + 1),
            ILocalReferenceOperation local => NamedParametersModule(LocalValues.SingleValue(local), symbols, depth + 1),
            _ => null,
        };
    }

    private static IOperation? Predicate(IOperation argument)
    {
        var function = argument.WithoutImplicitConversions() switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
            IAnonymousFunctionOperation lambda => lambda,
            _ => null,
        };
        return function?.Body.Operations is [IReturnOperation { ReturnedValue: { } value }] ? value : null;
    }

    /// <summary>True for a test that a name says bias, false for its negation, null for anything else.</summary>
    private static bool? NameTest(IOperation body) => body.WithoutNumericConversions() switch
    {
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand } => NameTest(operand) is { } inner ? !inner : null,
        IInvocationOperation { TargetMethod.Name: "EndsWith" or "Contains" or "StartsWith" or "Equals" } call => MentionsBias(call.Arguments),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals => IsBiasString(equals.RightOperand) || IsBiasString(equals.LeftOperand) ? true : null,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals } notEquals => IsBiasString(notEquals.RightOperand) || IsBiasString(notEquals.LeftOperand) ? false : null,
        _ => null,
    };

    private static bool? MentionsBias(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments) =>
        arguments.Length > 0 && IsBiasString(arguments[0].Value) ? true : null;

    private static bool IsBiasString(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string text } && ParameterNames.IsBias(text.Trim('.', '_'));
}
