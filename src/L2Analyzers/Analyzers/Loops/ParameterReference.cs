using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// A read or write of one number that may be a parameter: an element of a 1-D, 2-D or jagged array, of a span or of
/// an indexed collection, or a scalar field, property, local or parameter; an element read through a pointer pinned
/// with <c>fixed</c> is an element of the pinned array. It knows the variable behind it (the array,
/// field or parameter that gives it its name) and the indices used.
/// </summary>
internal readonly struct ParameterReference
{
    private ParameterReference(IOperation operation, ISymbol variable, ImmutableArray<IOperation> indices)
    {
        Operation = operation;
        Variable = variable;
        Indices = indices;
    }

    /// <summary>The reference itself, for example <c>ihWeights[i][j]</c>.</summary>
    public IOperation Operation { get; }

    /// <summary>The variable that names it, for example the field <c>ihWeights</c>.</summary>
    public ISymbol Variable { get; }

    /// <summary>The indices from the outermost to the innermost, empty for a scalar.</summary>
    public ImmutableArray<IOperation> Indices { get; }

    /// <summary>The role of the variable: its marker attribute, else what its name (and, for a normalization parameter, its layer) suggests.</summary>
    /// <param name="markers">The runtime's symbols, for the <c>[Bias]</c> and <c>[NormalizationParameter]</c> markers; null without the runtime.</param>
    public ParameterRoleKind RoleWith(RuntimeSymbols? markers) => ParameterRoles.OfVariable(Variable, markers);

    /// <summary>Reads the reference behind an operation, or returns false when it is not a plain numeric variable or element.</summary>
    public static bool TryRead(IOperation operation, out ParameterReference reference)
    {
        reference = default;
        var indices = ImmutableArray.CreateBuilder<IOperation>();
        var current = operation;
        for (int depth = 0; depth < 8; depth++)
        {
            switch (current)
            {
                case IArrayElementReferenceOperation element:
                    indices.InsertRange(0, element.Indices);
                    current = element.ArrayReference;
                    continue;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } indexer:
                    indices.InsertRange(0, indexer.Arguments.Select(argument => argument.Value));
                    current = SpanSource(instance);
                    continue;
            }

            var variable = VariableOf(current);
            if (variable is null && PinnedPointers.TryRead(current, out var pinned, out var pointerIndices))
            {
                indices.InsertRange(0, pointerIndices);
                variable = pinned;
            }

            if (variable is null)
            {
                return false;
            }

            reference = new ParameterReference(operation, variable, indices.ToImmutable());
            return true;
        }

        return false;
    }

    /// <summary>Whether both use the same indices, as written (<c>grads[i][j]</c> and <c>weights[i][j]</c>).</summary>
    public bool SameIndicesAs(ParameterReference other)
    {
        if (Indices.Length != other.Indices.Length)
        {
            return false;
        }

        for (int i = 0; i < Indices.Length; i++)
        {
            if (!SyntaxFactory.AreEquivalent(Indices[i].Syntax, other.Indices[i].Syntax))
            {
                return false;
            }
        }

        return true;
    }

    private static ISymbol? VariableOf(IOperation operation) => operation switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary>Looks through <c>x.Span</c> and <c>x.AsSpan()</c> to the variable <c>x</c>.</summary>
    private static IOperation SpanSource(IOperation instance)
    {
        var current = instance;
        while (true)
        {
            switch (current)
            {
                case IConversionOperation:
                    current = current.WithoutConversions();
                    continue;
                case IPropertyReferenceOperation { Property.Name: "Span", Instance: { } memory }:
                    current = memory;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory" } invocation:
                    var source = invocation.Instance ?? FirstArgument(invocation);
                    if (source is null)
                    {
                        return current;
                    }

                    current = source;
                    continue;
                default:
                    return current;
            }
        }
    }

    private static IOperation? FirstArgument(IInvocationOperation invocation) =>
        invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
}
