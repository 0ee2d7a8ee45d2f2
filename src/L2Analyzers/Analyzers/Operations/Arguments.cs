using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>Finds a call's arguments by the parameter they bind to, whatever their order or naming at the call site.</summary>
internal static class Arguments
{
    /// <summary>The argument bound to the parameter named <paramref name="parameter"/>, or null (also when <paramref name="parameter"/> is null).</summary>
    public static IArgumentOperation? Argument(this ImmutableArray<IArgumentOperation> arguments, string? parameter)
    {
        if (parameter is null)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The argument bound to a parameter of type <paramref name="type"/>, or null.</summary>
    public static IArgumentOperation? ArgumentOfType(this ImmutableArray<IArgumentOperation> arguments, ITypeSymbol? type)
    {
        foreach (var argument in arguments)
        {
            if (type is not null && SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, type))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The value the caller wrote for <paramref name="argument"/>, or null when it is absent or the parameter's default.</summary>
    public static IOperation? PassedValue(this IArgumentOperation? argument) =>
        argument is { ArgumentKind: not ArgumentKind.DefaultValue } ? argument.Value : null;
}
