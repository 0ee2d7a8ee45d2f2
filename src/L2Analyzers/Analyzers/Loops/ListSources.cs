using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// The symbol that names a list of parameters where a loop reads it: a field or property (<c>parameters</c>), a method
/// of the compilation that returns it (<c>layer.Parameters()</c>), or a parameter of the loop's method (followed to the
/// arguments of its calls by <see cref="TypeFlow"/>); through copies (<c>ToList()</c>, <c>ToArray()</c>,
/// <c>new List&lt;double[]&gt;(parameters)</c>) and locals given one such value (<c>var ps = layer.Parameters().ToList()</c>).
/// </summary>
internal static class ListSources
{
    private const int MaxDepth = 4;

    /// <summary>The list's symbol, or null when the collection is none of the above.</summary>
    public static ISymbol? Of(IOperation collection) => Of(collection, 0);

    /// <summary>
    /// The members a method's or property's list also stands for: what it overrides and the interface members it
    /// implements, so <c>layer.Parameters()</c> through a base type reaches the biases a derived layer returns.
    /// </summary>
    public static IEnumerable<ISymbol> WithBaseMembers(ISymbol member)
    {
        yield return member;
        if (member is not (IMethodSymbol or IPropertySymbol) || member.IsStatic)
        {
            yield break;
        }

        for (var overridden = Overridden(member); overridden is not null; overridden = Overridden(overridden))
        {
            yield return overridden;
        }

        foreach (var contract in member.ContainingType.AllInterfaces)
        {
            foreach (var candidate in contract.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(member.ContainingType.FindImplementationForInterfaceMember(candidate), member))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>
    /// The elements of a collection written where the loop reads it, directly or through a local given it once: an array
    /// or list created with an initializer (<c>foreach (var p in new[] { hWeights, hBiases })</c>); empty otherwise.
    /// </summary>
    public static ImmutableArray<IOperation> Written(IOperation collection)
    {
        var value = collection.WithoutImplicitConversions();
        if (value is ILocalReferenceOperation local && LocalValues.SingleValue(local) is { } single)
        {
            value = single.WithoutImplicitConversions();
        }

        return value switch
        {
            IArrayCreationOperation { Initializer: { } array } => array.ElementValues,
            IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation list } =>
                list.Initializers.OfType<IInvocationOperation>().Where(add => add.Arguments.Length == 1).Select(add => add.Arguments[0].Value).ToImmutableArray(),
            _ => ImmutableArray<IOperation>.Empty,
        };
    }

    private static ISymbol? Of(IOperation collection, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (collection.WithoutImplicitConversions())
        {
            case IFieldReferenceOperation field:
                return field.Field;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                return property.Property;
            case IParameterReferenceOperation parameter:
                return parameter.Parameter;
            case ILocalReferenceOperation local:
                return LocalValues.SingleValue(local) is { } value ? Of(value, depth + 1) : null;
            case IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "AsEnumerable" or "AsReadOnly" } copy:
                return (copy.Instance ?? (copy.Arguments.Length == 1 ? copy.Arguments[0].Value : null)) is { } copied ? Of(copied, depth + 1) : null;
            case IObjectCreationOperation { Arguments: [{ Parameter.Type: INamedTypeSymbol { IsGenericType: true } } source], Initializer: null }:
                return Of(source.Value, depth + 1);
            case IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: > 0 } method }:
                return method.OriginalDefinition;
            default:
                return null;
        }
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };
}
