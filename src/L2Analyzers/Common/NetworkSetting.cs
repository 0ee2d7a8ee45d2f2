using System.Collections.Generic;
using System.Collections.Immutable;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common;

/// <summary>
/// What a <c>[Network]</c> attribute says about training, read with <see cref="AttributeArguments"/> as the generator
/// reads it: an unwritten LearningRate is the 0.01 the generated network trains with, an unwritten Optimizer is Sgd.
/// </summary>
/// <param name="LearningRate">The learning rate the network trains with, or null when it is written but not a constant.</param>
/// <param name="Optimizer">The optimizer's enum value, or null when it is written but not a constant.</param>
internal readonly record struct NetworkSetting(double? LearningRate, int? Optimizer)
{
    public static NetworkSetting Read(AttributeData attribute) => new(
        AttributeArguments.Double(attribute, KnownNames.LearningRateProperty, NetworkAttribute.DefaultLearningRate),
        AttributeArguments.EnumValue(attribute, KnownNames.OptimizerProperty));

    /// <summary>The layer types the network lists, skipping any that do not bind.</summary>
    public static IEnumerable<INamedTypeSymbol> Layers(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            var items = argument.Kind == TypedConstantKind.Array
                ? argument.Values.IsDefault ? ImmutableArray<TypedConstant>.Empty : argument.Values
                : ImmutableArray.Create(argument);
            foreach (var item in items)
            {
                if (item.Kind == TypedConstantKind.Type && item.Value is INamedTypeSymbol { TypeKind: not TypeKind.Error } layer)
                {
                    yield return layer;
                }
            }
        }
    }
}
