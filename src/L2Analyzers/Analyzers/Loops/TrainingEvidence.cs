using System;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Whether an update happens in a training step. Numeric code that is not training (BLAS scaling of a matrix named
/// <c>b</c>, a recurrence on a scalar <c>b</c>, filter states <c>_b5</c>, a solver's right-hand side) uses the same short
/// names as math-style networks, and a genetic algorithm shrinks weights in its mutation; neither is L2 in a training step.
/// </summary>
internal static class TrainingEvidence
{
    private static readonly string[] EvolutionWords = { "mutat", "crossover", "evolv", "evolution", "breed", "genetic", "genome" };

    private static readonly string[] NetworkWords =
    {
        "layer", "network", "net", "neuron", "neural", "perceptron", "trainer", "training", "optimizer", "mlp", "rnn", "lstm", "gru", "cnn",
    };

    /// <summary>
    /// The short names of math-style code whose role comes from their shape alone: <c>b</c>, <c>b5</c>, <c>w</c>,
    /// <c>W1</c>, <c>Wxh</c>. They count as parameters only with evidence of training around them.
    /// </summary>
    public static bool IsShortMathName(string name)
    {
        string core = name.TrimStart('_', '@');
        if (core.Length > 2 && core[1] == '_' && core[0] is 'm' or 's' or 't')
        {
            core = core.Substring(2);
        }

        if (core.Length == 0 || core[0] is not ('b' or 'B' or 'w' or 'W'))
        {
            return false;
        }

        string rest = core.Substring(1).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return rest.Length == 0 || (core[0] == 'W' && rest.Length == 2 && char.IsLower(rest[0]) && char.IsLower(rest[1]));
    }

    /// <summary>
    /// Whether the body around <paramref name="operation"/> reads a gradient (<c>grads</c>, <c>dW</c>) or a learning rate
    /// (<c>lr</c>, <c>eta</c>, <c>learningRate</c>), or its type holds one as a field or property, or the type of the code or
    /// of the <paramref name="parameter"/> is named as a network (<c>DenseLayer</c>, <c>Network</c>, <c>Mlp</c>, <c>Trainer</c>).
    /// </summary>
    public static bool HasTrainingContext(IOperation operation, ISymbol? containingSymbol, ISymbol parameter)
    {
        if (IsNetworkName(containingSymbol?.ContainingType?.Name) ||
            (parameter is IFieldSymbol or IPropertySymbol && IsNetworkName(parameter.ContainingType?.Name)))
        {
            return true;
        }

        foreach (var descendant in operation.Root().DescendantsAndSelf())
        {
            if (NameOf(descendant) is { } name && IsTrainingName(name))
            {
                return true;
            }
        }

        if (containingSymbol?.ContainingType is not { } type)
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol && IsTrainingName(member.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the update is part of a genetic algorithm's mutation or crossover (by the method's or type's name) with no
    /// gradient or learning rate in the same body: such code perturbs parameters, it does not train them.
    /// </summary>
    public static bool IsEvolutionStep(IOperation operation, ISymbol? containingSymbol)
    {
        if (containingSymbol is null || !(IsEvolutionName(containingSymbol.Name) || IsEvolutionName(containingSymbol.ContainingType?.Name)))
        {
            return false;
        }

        foreach (var descendant in operation.Root().DescendantsAndSelf())
        {
            if (NameOf(descendant) is { } name && IsTrainingName(name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTrainingName(string name) =>
        VariableNames.IsLearningRate(name) || VariableNames.Classify(name) == ParameterRoleKind.Gradient;

    private static bool IsNetworkName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        foreach (string word in ParameterNames.Words(name))
        {
            if (System.Array.IndexOf(NetworkWords, word.ToLowerInvariant()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEvolutionName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        foreach (string word in EvolutionWords)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? NameOf(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };
}
