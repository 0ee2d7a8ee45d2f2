using System.Collections.Generic;
using System.Collections.Immutable;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>One parameter group written in code: its parameters and whether it takes the optimizer's weight_decay.</summary>
/// <param name="Parameters">The value of <c>Parameters = …</c> or the constructor's first argument.</param>
/// <param name="InheritsWeightDecay">Whether its options leave weight_decay unset, so the optimizer's applies.</param>
internal readonly record struct ParameterGroup(IOperation Parameters, bool InheritsWeightDecay)
{
    private const int MaxDepth = 4;

    /// <summary>
    /// The groups written where an optimizer's groups argument comes from (see <see cref="Elements"/>). Groups added to
    /// a list outside the body that creates it are not seen.
    /// </summary>
    public static IEnumerable<ParameterGroup> Of(IOperation? groups, TorchSharpSymbols symbols)
    {
        foreach (var creation in Creations(groups, symbols))
        {
            if (Read(creation) is { } group)
            {
                yield return group;
            }
        }
    }

    /// <summary>The group creations written where an optimizer's groups argument comes from (see <see cref="Of"/>).</summary>
    public static IEnumerable<IObjectCreationOperation> Creations(IOperation? groups, TorchSharpSymbols symbols)
    {
        foreach (var element in Elements(groups, symbols, 0))
        {
            if (IsGroup(element.WithoutImplicitConversions(), symbols) is { } creation)
            {
                yield return creation;
            }
        }
    }

    private static IObjectCreationOperation? IsGroup(IOperation operation, TorchSharpSymbols symbols) =>
        operation is IObjectCreationOperation creation && TorchSharpSymbols.DerivesFrom(creation.Type, symbols.ParamGroup) ? creation : null;

    /// <summary>
    /// The <c>Parameters = …</c> of the group whose <c>Options = new() { weight_decay = … }</c> contains
    /// <paramref name="weightDecay"/>, or null when the assignment is not inside a group's options initializer.
    /// </summary>
    public static IOperation? ParametersAround(ISimpleAssignmentOperation weightDecay, TorchSharpSymbols symbols)
    {
        if (weightDecay.Parent is not IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation options } ||
            OutsideConversions(options) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Options" } } assignment ||
            assignment.Parent is not IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation group } ||
            !TorchSharpSymbols.DerivesFrom(group.Type, symbols.ParamGroup))
        {
            return null;
        }

        return Read(group)?.Parameters;
    }

    private static IOperation? OutsideConversions(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation conversion)
        {
            parent = conversion.Parent;
        }

        return parent;
    }

    private static ParameterGroup? Read(IObjectCreationOperation creation)
    {
        IOperation? parameters = null;
        IOperation? options = null;
        if (creation.Constructor is { } constructor && creation.Arguments.Length > 0)
        {
            // new X.ParamGroup(parameters, lr: …, weight_decay: …) sets every option; new X.ParamGroup(parameters, options) takes them.
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == KnownNames.TorchWeightDecay)
                {
                    return new ParameterGroup(creation.Arguments[0].Value, false);
                }
            }

            parameters = creation.Arguments[0].Value;
            options = constructor.Parameters.Length > 1 && creation.Arguments.Length > 1 ? creation.Arguments[1].Value : null;
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment)
            {
                switch (name)
                {
                    case "Parameters":
                        parameters = assignment.Value;
                        break;
                    case "Options":
                        options = assignment.Value;
                        break;
                }
            }
        }

        return parameters is null ? null : new ParameterGroup(parameters, !SetsWeightDecay(options));
    }

    /// <summary>Whether options written in place set weight_decay; options from elsewhere are assumed to set it.</summary>
    private static bool SetsWeightDecay(IOperation? options)
    {
        switch (options?.WithoutImplicitConversions())
        {
            case null:
                return false;
            case IDefaultValueOperation or ILiteralOperation { ConstantValue.Value: null }:
                return false;
            case IObjectCreationOperation creation:
                foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field.Name: KnownNames.TorchWeightDecay } })
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// The elements of the groups argument: one group itself (<c>add_param_group(group)</c>), the elements of an array or
    /// list created with an initializer, through a local given one value (with the groups its body <c>Add</c>s to it) or
    /// a method declared in the same file that returns it (<c>new SGD(Groups(model), …)</c>).
    /// </summary>
    /// <summary>The groups put into a local list in its body after it was created: <c>groups.Add(group)</c>.</summary>
    private static IEnumerable<IOperation> AddedTo(ILocalReferenceOperation list)
    {
        foreach (var operation in list.Root().Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Add", Instance: ILocalReferenceOperation target, Arguments: [var added] } &&
                SymbolEqualityComparer.Default.Equals(target.Local, list.Local))
            {
                yield return added.Value;
            }
        }
    }

    private static IEnumerable<IOperation> Elements(IOperation? collection, TorchSharpSymbols symbols, int depth)
    {
        if (collection is null || depth > MaxDepth)
        {
            yield break;
        }

        switch (collection.WithoutImplicitConversions())
        {
            case var single when IsGroup(single, symbols) is not null:
                yield return single;
                break;
            case IArrayCreationOperation { Initializer: { } array }:
                foreach (var element in array.ElementValues)
                {
                    yield return element;
                }

                break;
            case IObjectCreationOperation { Initializer: { } list }:
                foreach (var initializer in list.Initializers)
                {
                    if (initializer is IInvocationOperation { Arguments: [var single] })
                    {
                        yield return single.Value;
                    }
                }

                break;
            case ILocalReferenceOperation local:
                foreach (var element in Elements(LocalValues.SingleValue(local), symbols, depth + 1))
                {
                    yield return element;
                }

                foreach (var added in AddedTo(local))
                {
                    yield return added;
                }

                break;
            case IInvocationOperation { SemanticModel: { } model } call:
                foreach (var returned in ReturnedValues.Of(call.TargetMethod, model))
                {
                    foreach (var element in Elements(returned, symbols, depth + 1))
                    {
                        yield return element;
                    }
                }

                break;
        }
    }
}
