using L2Analyzers.Common.Symbols;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Shared.Roles;

/// <summary>What a member's initializer tells about the parameter it holds: its array lengths and its <c>ParameterRole</c>.</summary>
/// <param name="Lengths">The length of each dimension the initializer creates (null where not a constant); empty when unknown.</param>
/// <param name="Role">The constant <c>ParameterRole</c> a <c>new Parameter&lt;T&gt;(…)</c> initializer passes, else null.</param>
internal readonly record struct MemberFacts(ImmutableArray<int?> Lengths, int? Role)
{
    /// <summary>The facts of an initializer value, or null when it creates neither an array nor a <c>Parameter&lt;T&gt;</c>.</summary>
    public static MemberFacts? Of(IOperation value, RuntimeSymbols symbols)
    {
        switch (value.WithoutConversions())
        {
            case IArrayCreationOperation array:
                return new MemberFacts(array.DimensionSizes.Select(ConstantLength).ToImmutableArray(), null);
            case IObjectCreationOperation creation when
                symbols.Parameter is not null &&
                SymbolEqualityComparer.Default.Equals(creation.Type?.OriginalDefinition, symbols.Parameter):
                return ConstantValues.Integer(creation.Arguments.ArgumentOfType(symbols.ParameterRole)?.Value) is { } role
                    ? new MemberFacts(ImmutableArray<int?>.Empty, role)
                    : null;
            default:
                return null;
        }
    }

    private static int? ConstantLength(IOperation size) => size.ConstantValue is { HasValue: true, Value: int length } ? length : null;
}
