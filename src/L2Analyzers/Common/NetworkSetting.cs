using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common;

/// <summary>What a <c>[Network]</c> attribute says about training, as far as the compiler knows it as constants.</summary>
/// <param name="LearningRate">The stated learning rate, or null when not stated or not a constant.</param>
/// <param name="Optimizer">The optimizer's enum value; <c>Sgd</c> (0) when not stated, null when not a constant.</param>
internal readonly record struct NetworkSetting(double? LearningRate, int? Optimizer)
{
    public static NetworkSetting Read(AttributeData attribute)
    {
        double? learningRate = null;
        int? optimizer = 0;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value;
            bool known = value.Kind is not (TypedConstantKind.Error or TypedConstantKind.Array) && value.Value is not null;
            switch (argument.Key)
            {
                case KnownNames.LearningRateProperty:
                    learningRate = known && value.Value is double d ? d : null;
                    break;
                case KnownNames.OptimizerProperty:
                    optimizer = known && value.Value is int raw ? raw : null;
                    break;
            }
        }

        return new NetworkSetting(learningRate, optimizer);
    }

    /// <summary>The layer types the network lists, skipping any that do not bind.</summary>
    public static System.Collections.Generic.IEnumerable<INamedTypeSymbol> Layers(AttributeData attribute)
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
