using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>A regularization update seen from somewhere else in the same type.</summary>
internal enum FlowKind
{
    /// <summary>A helper's update called with a bias as the parameter it decays: reported at the argument.</summary>
    BiasArgument,

    /// <summary>A helper's update called with a normalization parameter: reported at the argument.</summary>
    NormalizationArgument,

    /// <summary>A helper's update whose coefficient is a constant passed at the call: judged at the argument.</summary>
    ConstantArgument,

    /// <summary>An update of every element of a list to which a bias is added: reported at the update (see <see cref="ListJoin"/>).</summary>
    BiasInList,

    /// <summary>An update or loss penalty of a weight array whose index reaches the bias stored in it (see <see cref="BiasSlots"/>): reported at the update.</summary>
    BiasSlot,
}

/// <summary>One finding that joins an update with a call or an addition elsewhere in the type.</summary>
/// <param name="Kind">What joins them.</param>
/// <param name="Update">The update (in the helper, or on the list's element).</param>
/// <param name="At">Where it is reported: the argument, or the update.</param>
/// <param name="Parameter">The bias or normalization parameter: the argument's variable, or the array added to the list.</param>
/// <param name="Lambda">For <see cref="FlowKind.ConstantArgument"/>, the coefficient's value at this call.</param>
internal sealed record FlowFinding(FlowKind Kind, RegularizationUpdate Update, IOperation At, ISymbol? Parameter, double? Lambda)
{
    /// <summary>The bias's name in a message: the parameter's, or for a bias stored in a weight array, its element (<c>weights[…, nIn]</c>).</summary>
    public string ParameterName { get; init; } = Parameter?.Name ?? string.Empty;
}

/// <summary>
/// Collects, for one type, the updates whose parameter or coefficient comes from elsewhere (a helper's parameters, a
/// list of arrays) and the calls that supply them, and joins them when the type is done: a decay helper called with a
/// bias (<c>ApplyDecay(hBiases, 1e-4f)</c>) or a constant (<c>Step(0.1, 0.97)</c>). Calls from other types are not
/// followed. Updates of a list's elements are kept for <see cref="ListJoin"/>, which follows the whole compilation.
/// </summary>
internal sealed class TypeFlow
{
    private readonly ConcurrentBag<(IMethodSymbol Method, RegularizationUpdate Update)> helperUpdates = new();
    private readonly ConcurrentBag<(SemanticModel Model, SyntaxNode Node)> invocations = new();
    private readonly ConcurrentBag<(ISymbol List, RegularizationUpdate Update)> listUpdates = new();
    private readonly ConcurrentBag<(RegularizationUpdate Update, ImmutableArray<IOperation> Elements)> writtenLists = new();
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<BiasSlot>> biasSlots = new(SymbolEqualityComparer.Default);

    private List<IInvocationOperation>? calls;

    /// <summary>
    /// The updates of a list's elements (<c>foreach (var p in parameters) … p[i] -= wd * p[i]</c>), with the list's symbol
    /// (<see cref="ListSources"/>). A list that is a parameter of the update's method stands for the lists that the calls
    /// of this type pass to it (<c>Decay(parameters)</c>).
    /// </summary>
    public List<(ISymbol List, RegularizationUpdate Update)> ListUpdates(CancellationToken cancellationToken)
    {
        var updates = new List<(ISymbol List, RegularizationUpdate Update)>();
        foreach (var (list, update) in listUpdates)
        {
            if (list is not IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter)
            {
                updates.Add((list, update));
                continue;
            }

            foreach (var call in Calls(cancellationToken))
            {
                if (SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method) &&
                    ArgumentFor(call, parameter) is { } argument && ListSources.Of(argument) is { } passed and not IParameterSymbol)
                {
                    updates.Add((passed, update));
                }
            }
        }

        return updates;
    }

    /// <summary>Records an update whose parameter or coefficient is a parameter of its method, or whose array comes from a list field.</summary>
    public void OnUpdate(RegularizationUpdate update, ISymbol? containingSymbol)
    {
        if (containingSymbol is IMethodSymbol method && (IsParameterOf(update.Parameter.Variable, method) || AnyParameterOf(update.Lambda, method)))
        {
            helperUpdates.Add((method, update));
        }

        if (update.Role == ParameterRoleKind.None && ListElements.CollectionOf(update.Parameter, update.Assignment) is { } collection)
        {
            if (ListSources.Of(collection) is { } list)
            {
                listUpdates.Add((list, update));
            }
            else if (ListSources.Written(collection) is { IsEmpty: false } elements)
            {
                writtenLists.Add((update, elements));
            }
        }
    }

    /// <summary>
    /// The bias that a weight array's update or loss penalty reaches (<see cref="BiasSlots"/>), as a finding at the update;
    /// null if none. The array's slots are found once per type, on its first update.
    /// </summary>
    public FlowFinding? InBiasSlot(RegularizationUpdate update, ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        var element = update.Parameter;
        if (element.Indices.IsEmpty ||
            update.Role is not (ParameterRoleKind.Weight or ParameterRoleKind.None) ||
            (update.Role == ParameterRoleKind.None && update.Kind != UpdateKind.LossPenalty) ||
            containingSymbol?.ContainingType is not { } type || element.Operation.SemanticModel is not { } model ||
            element.Operation.Syntax is not ExpressionSyntax syntax)
        {
            return null;
        }

        var slots = biasSlots.GetOrAdd(element.Variable, array => BiasSlots.Of(array, type, model, cancellationToken));
        return BiasSlots.Covering(syntax, element.Variable.Name, slots, model) is { } slot
            ? new FlowFinding(FlowKind.BiasSlot, update, update.Assignment, element.Variable, null)
            {
                ParameterName = element.Variable.Name + (slot.Position > 0 ? "[…, " : "[") + slot.Index + (slot.Onward ? " + …]" : "]"),
            }
            : null;
    }

    /// <summary>
    /// Keeps a call with arguments for later: its operation is built only if the type has an update to join it with,
    /// so types without any pay nothing more than this.
    /// </summary>
    public void OnInvocation(SyntaxNodeAnalysisContext context)
    {
        if (context.Node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 })
        {
            invocations.Add((context.SemanticModel, context.Node));
        }
    }

    /// <summary>The cheap filter on every call: a method of the compilation given a floating-point number, array or span.</summary>
    private static bool PassesNumbers(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            var type = argument.Parameter?.Type switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol { IsGenericType: true, TypeArguments: [var element] } => element,
                var other => other,
            };
            if (type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal ||
                type?.TypeKind == TypeKind.TypeParameter)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The helpers' findings, once every operation of the type has been seen.</summary>
    public IEnumerable<FlowFinding> Findings(RuntimeSymbols? markers, CancellationToken cancellationToken)
    {
        foreach (var (update, elements) in writtenLists)
        {
            if (FirstBias(elements, markers) is { } bias)
            {
                yield return new FlowFinding(FlowKind.BiasInList, update, update.Assignment, bias, null);
            }
        }

        if (helperUpdates.IsEmpty)
        {
            yield break;
        }

        foreach (var call in Calls(cancellationToken))
        {
            if (!PassesNumbers(call))
            {
                continue;
            }

            foreach (var (method, update) in helperUpdates)
            {
                if (SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method))
                {
                    foreach (var finding in AtCall(call, method, update, markers))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    /// <summary>The first of a written list's elements that is a bias array or parameter object (<c>hBiases</c> in <c>new[] { hWeights, hBiases }</c>).</summary>
    private static ISymbol? FirstBias(ImmutableArray<IOperation> elements, RuntimeSymbols? markers)
    {
        foreach (var element in elements)
        {
            if (ParameterReference.TryRead(element.WithoutImplicitConversions(), out var parameter) && parameter.Indices.IsEmpty &&
                parameter.RoleWith(markers) == ParameterRoleKind.Bias)
            {
                return parameter.Variable;
            }
        }

        return null;
    }

    /// <summary>The type's calls with arguments to methods of the compilation, bound on first use.</summary>
    private List<IInvocationOperation> Calls(CancellationToken cancellationToken)
    {
        if (calls is null)
        {
            calls = new List<IInvocationOperation>();
            foreach (var (model, node) in invocations)
            {
                if (model.GetOperation(node, cancellationToken) is IInvocationOperation call && call.TargetMethod.DeclaringSyntaxReferences.Length > 0)
                {
                    calls.Add(call);
                }
            }
        }

        return calls;
    }

    private static IEnumerable<FlowFinding> AtCall(IInvocationOperation call, IMethodSymbol method, RegularizationUpdate update, RuntimeSymbols? markers)
    {
        if (update.Role == ParameterRoleKind.None &&
            update.Parameter.Variable is IParameterSymbol decayed && decayed.ContainingSymbol.Equals(method, SymbolEqualityComparer.Default) &&
            ArgumentFor(call, decayed) is { } argument &&
            ParameterReference.TryRead(Unwrap(argument), out var passed) && passed.Indices.IsEmpty)
        {
            switch (passed.RoleWith(markers))
            {
                case ParameterRoleKind.Bias:
                    yield return new FlowFinding(FlowKind.BiasArgument, update, argument, passed.Variable, null);
                    break;
                case ParameterRoleKind.Normalization:
                    yield return new FlowFinding(FlowKind.NormalizationArgument, update, argument, passed.Variable, null);
                    break;
            }
        }

        if (BoundValue(call, method, update.Lambda) is { } bound)
        {
            yield return new FlowFinding(FlowKind.ConstantArgument, update, bound.At, null, bound.Value);
        }
    }

    /// <summary>The coefficient's value with the call's constant arguments, and the first such argument; null unless every factor is then known.</summary>
    private static (double Value, IOperation At)? BoundValue(IInvocationOperation call, IMethodSymbol method, ImmutableArray<Factor> lambda)
    {
        double product = 1;
        IOperation? at = null;
        foreach (var factor in lambda)
        {
            double? value;
            if (factor.Operation.WithoutNumericConversions() is IParameterReferenceOperation { Parameter: var parameter } &&
                parameter.ContainingSymbol.Equals(method, SymbolEqualityComparer.Default))
            {
                var argument = ArgumentFor(call, parameter);
                value = argument is null ? null : ConstantValues.Evaluate(argument);
                at ??= argument;
            }
            else
            {
                value = ConstantValues.Evaluate(factor.Operation);
            }

            if (value is not { } known)
            {
                return null;
            }

            product = factor.Reciprocal ? product / known : product * known;
        }

        return at is null ? null : (product, at);
    }

    private static IOperation? ArgumentFor(IInvocationOperation call, IParameterSymbol parameter)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static IOperation Unwrap(IOperation operation) => operation.WithoutImplicitConversions() switch
    {
        IInvocationOperation { TargetMethod.Name: "AsSpan", Instance: null, Arguments: [var source] } => source.Value,
        var other => other,
    };

    private static bool IsParameterOf(ISymbol variable, IMethodSymbol method) =>
        variable is IParameterSymbol parameter && parameter.ContainingSymbol.Equals(method, SymbolEqualityComparer.Default);

    private static bool AnyParameterOf(ImmutableArray<Factor> factors, IMethodSymbol method)
    {
        foreach (var factor in factors)
        {
            if (factor.Operation.WithoutNumericConversions() is IParameterReferenceOperation reference && IsParameterOf(reference.Parameter, method))
            {
                return true;
            }
        }

        return false;
    }
}
