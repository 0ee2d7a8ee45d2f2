using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// L2R010: a <c>ParamGroup</c> convenience constructor, among the groups an optimizer is given, that leaves an option
/// out and so sets it to the constructor's default where the optimizer has another value. Options the optimizer does
/// not have, and groups that never reach an optimizer, are not judged.
/// </summary>
internal static class GroupOptionResets
{

    /// <summary>One diagnostic per group of <paramref name="site"/> whose constructor resets an optimizer option.</summary>
    public static IEnumerable<Diagnostic> For(WeightDecaySite site, TorchSharpSymbols symbols)
    {
        if (!site.TakesGroups)
        {
            yield break;
        }

        foreach (var group in ParameterGroup.Creations(site.Parameters, symbols))
        {
            if (!IsConvenienceConstructor(group.Constructor, symbols))
            {
                continue;
            }

            var resets = group.Arguments
                .Where(argument => argument.ArgumentKind == ArgumentKind.DefaultValue && argument.Parameter is not null)
                .Select(argument => Reset(argument.Parameter!, site.Arguments))
                .OfType<string>()
                .ToArray();
            if (resets.Length > 0)
            {
                yield return Diagnostic.Create(
                    Descriptors.ParamGroupResetsOptions,
                    group.Syntax.GetLocation(),
                    $"This {group.Constructor!.ContainingType.ContainingType?.Name}.ParamGroup constructor",
                    $"{site.Owner}'s {Join(resets)}");
            }
        }
    }

    /// <summary>Whether the constructor takes option values rather than an options object: <c>new SGD.ParamGroup(parameters, lr: …, …)</c>.</summary>
    public static bool IsConvenienceConstructor(IMethodSymbol? constructor, TorchSharpSymbols symbols) =>
        constructor is { Parameters.Length: > 1 } &&
        !TorchSharpSymbols.DerivesFrom(constructor.Parameters[1].Type, symbols.OptimizerOptions);

    /// <summary><c>lr 0.1 to 0.001</c> when the group's default differs from the optimizer's value, otherwise null.</summary>
    private static string? Reset(IParameterSymbol option, ImmutableArray<IArgumentOperation> optimizer)
    {
        var argument = optimizer.Argument(option.Name) ?? (option.Name == KnownNames.TorchLearningRate ? optimizer.Argument(KnownNames.TorchLearningRateInFull) : null);
        if (argument?.Parameter is not { } optimizerOption || !option.HasExplicitDefaultValue)
        {
            return null;
        }

        object? groupValue = option.ExplicitDefaultValue;
        string optimizerValue;
        if (argument.PassedValue() is { } passed)
        {
            if (passed.ConstantValue is { HasValue: true, Value: var constant } && Same(constant, groupValue))
            {
                return null;
            }

            optimizerValue = passed.Syntax.ToString();
        }
        else
        {
            if (!optimizerOption.HasExplicitDefaultValue || Same(optimizerOption.ExplicitDefaultValue, groupValue))
            {
                return null;
            }

            optimizerValue = Show(optimizerOption.ExplicitDefaultValue);
        }

        return $"{option.Name} {optimizerValue} to {Show(groupValue)}";
    }

    private static bool Same(object? left, object? right) => (left, right) switch
    {
        (bool a, bool b) => a == b,
        (IConvertible a, IConvertible b) when a is not bool and not string && b is not bool and not string =>
            a.ToDouble(CultureInfo.InvariantCulture) == b.ToDouble(CultureInfo.InvariantCulture),
        _ => Equals(left, right),
    };

    private static string Show(object? value) => value switch
    {
        bool flag => flag ? "true" : "false",
        double number => Numbers.Format(number),
        float number => Numbers.Format(number),
        IConvertible other => other.ToString(CultureInfo.InvariantCulture),
        _ => "null",
    };

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];
}
