using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using L2Analyzers.Analyzers.Shared.Roles;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>A position of a weight array that holds a bias, by the evidence of the code around it.</summary>
/// <param name="Position">Which index holds it: 0 in a flat array, 1 for the column of a matrix.</param>
/// <param name="Index">The bias's index at that position as written (<c>nIn</c>, <c>BiasOffset</c>).</param>
/// <param name="Onward">Whether biases start there and run on (<c>theta[BiasOffset + o]</c>) rather than sit at that one index.</param>
internal readonly record struct BiasSlot(int Position, ExpressionSyntax Index, bool Onward);

/// <summary>
/// Biases stored in a weight array: the extra-neuron design (an <c>n + 1</c>-th column fed by a constant input of 1)
/// and flat parameter vectors with the biases at a known offset. Only clear evidence counts, found in the same type:
/// an index named as the bias (<c>w[j, BiasColumn]</c>, <c>theta[biasOffset + o]</c>), a fixed index whose element
/// a forward pass adds bare into a sum that it also accumulates the same array's products into
/// (<c>double sum = w[j, nIn]; for (…) sum += w[j, i] * x[i];</c>), or the column that multiplies a constant 1
/// appended to the input (<c>x = new double[nIn + 1]; x[nIn] = 1; … w[j, i] * x[i]</c>). An update or a loss penalty is then on a bias when
/// its index is that slot, or a loop whose range (<see cref="LoopRanges"/>) reaches it (<c>i &lt;= nIn</c>, <c>i &lt; nIn + 1</c>,
/// <c>i &lt; w.GetLength(1)</c>).
/// </summary>
internal static class BiasSlots
{
    /// <summary>The bias slots of <paramref name="array"/> in the declarations of <paramref name="type"/> in the model's tree.</summary>
    public static ImmutableArray<BiasSlot> Of(ISymbol array, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        var slots = ImmutableArray.CreateBuilder<BiasSlot>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree)
            {
                continue;
            }

            var declaration = reference.GetSyntax(cancellationToken);
            List<(string Input, ExpressionSyntax Index)>? ones = null;
            foreach (var access in declaration.DescendantNodes().OfType<ElementAccessExpressionSyntax>())
            {
                if (access.Parent is ElementAccessExpressionSyntax outer && outer.Expression == access ||
                    Indices(access, out var root) is not { Count: > 0 } indices || NameOf(root) != array.Name)
                {
                    continue;
                }

                var slot = Named(indices) ?? Accumulated(access, indices, array.Name) ?? FedOne(access, indices, ones ??= ConstantOnes(declaration));
                if (slot is { } found && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(root, cancellationToken).Symbol, array))
                {
                    slots.Add(found);
                }
            }
        }

        return slots.ToImmutable();
    }

    /// <summary>The slot that the element <paramref name="element"/> (an update's target, a squared term) is, or its loop reaches; null if none.</summary>
    public static BiasSlot? Covering(ExpressionSyntax element, string array, ImmutableArray<BiasSlot> slots, SemanticModel model)
    {
        if (slots.IsEmpty || Indices(element, out _) is not { Count: > 0 } indices)
        {
            return null;
        }

        int position = indices.Count - 1;
        var index = indices[position];
        var range = LoopRanges.Of(index, model);
        foreach (var slot in slots)
        {
            if (slot.Position == position &&
                (range is { } loop ? Reaches(loop, slot, array, model) : Same(index, slot.Index) || (slot.Onward && OffsetFrom(index) is { } start && Same(start, slot.Index))))
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary><c>w[j, BiasColumn]</c>, <c>theta[biasOffset + o]</c>: the last index, or the start of a sum, says bias.</summary>
    private static BiasSlot? Named(List<ExpressionSyntax> indices)
    {
        int position = indices.Count - 1;
        var index = indices[position];
        return SaysBias(index) ? new BiasSlot(position, index, Onward: false)
            : OffsetFrom(index) is { } start && SaysBias(start) ? new BiasSlot(position, start, Onward: true)
            : null;
    }

    /// <summary>
    /// <c>sum = w[j, n]</c> or <c>sum += w[j, n]</c> at an index fixed in its loops, where the same member also does
    /// <c>sum += w[j, i] * x[i]</c> at another index: the bare term of a weighted sum is its bias.
    /// </summary>
    private static BiasSlot? Accumulated(ElementAccessExpressionSyntax access, List<ExpressionSyntax> indices, string array)
    {
        int position = indices.Count - 1;
        var index = indices[position];
        var sum = access.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression or (int)SyntaxKind.AddAssignmentExpression } assignment
                when assignment.Right == access => assignment.Left.ToString(),
            _ => null,
        };
        if (sum is null || LoopVariables(access).Overlaps(index.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(name => name.Identifier.ValueText)) ||
            access.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return null;
        }

        foreach (var accumulation in member.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (accumulation.IsKind(SyntaxKind.AddAssignmentExpression) && accumulation.Left.ToString() == sum &&
                Unparenthesized(accumulation.Right) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.MultiplyExpression } product &&
                new[] { product.Left, product.Right }.Any(factor => Unparenthesized(factor) is ElementAccessExpressionSyntax other &&
                    Indices(other, out var root) is { } otherIndices && otherIndices.Count == indices.Count && NameOf(root) == array &&
                    !Same(otherIndices[position], index)))
            {
                return new BiasSlot(position, index, Onward: false);
            }
        }

        return null;
    }

    /// <summary>
    /// <c>w[j, i] * x[i]</c> where the input <c>x</c> has a constant 1 appended at K (<see cref="ConstantOnes"/>): column K
    /// multiplies 1, so it is the bias.
    /// </summary>
    private static BiasSlot? FedOne(ElementAccessExpressionSyntax access, List<ExpressionSyntax> indices, List<(string Input, ExpressionSyntax Index)> ones)
    {
        if (ones.Count == 0 || access.Parent is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.MultiplyExpression } product ||
            Unparenthesized(product.Left == access ? product.Right : product.Left) is not ElementAccessExpressionSyntax { ArgumentList.Arguments: [var only] } input ||
            !Same(only.Expression, indices[indices.Count - 1]) || NameOf(input.Expression) is not { } name)
        {
            return null;
        }

        foreach (var one in ones)
        {
            if (one.Input == name)
            {
                return new BiasSlot(indices.Count - 1, one.Index, Onward: false);
            }
        }

        return null;
    }

    /// <summary>
    /// The inputs with a constant 1 appended: <c>x[K] = 1</c> where x is created one longer (<c>new double[K + 1]</c>) or K
    /// is its last index (<c>x[x.Length - 1] = 1</c>). A one-hot input (<c>x[token] = 1</c>) is neither.
    /// </summary>
    private static List<(string Input, ExpressionSyntax Index)> ConstantOnes(SyntaxNode declaration)
    {
        var ones = new List<(string Input, ExpressionSyntax Index)>();
        var assignments = declaration.DescendantNodes().OfType<AssignmentExpressionSyntax>().ToList();
        foreach (var assignment in assignments)
        {
            if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) &&
                assignment.Left is ElementAccessExpressionSyntax { ArgumentList.Arguments: [var index], Expression: var input } &&
                NameOf(input) is { } name &&
                assignment.Right is LiteralExpressionSyntax { Token.Value: int or double or float } one &&
                System.Convert.ToDouble(one.Token.Value, System.Globalization.CultureInfo.InvariantCulture) == 1 &&
                (IsLastIndex(index.Expression, name) || CreatedOneLonger(declaration, name, index.Expression)))
            {
                ones.Add((name, index.Expression));
            }
        }

        return ones;
    }

    /// <summary><c>x.Length - 1</c>.</summary>
    private static bool IsLastIndex(ExpressionSyntax index, string input) =>
        Unparenthesized(index) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } last &&
        Unparenthesized(last.Left) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } length && NameOf(length.Expression) == input;

    /// <summary><c>x = new double[K + 1]</c> or <c>double[] x = new double[K + 1]</c> in the same declaration.</summary>
    private static bool CreatedOneLonger(SyntaxNode declaration, string input, ExpressionSyntax index) =>
        declaration.DescendantNodes().OfType<ArrayCreationExpressionSyntax>().Any(creation =>
            creation.Type.RankSpecifiers is [{ Sizes: [var size] }, ..] &&
            Unparenthesized(size) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } longer &&
            Same(longer.Left, index) &&
            creation.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText == input,
                AssignmentExpressionSyntax assignment => NameOf(assignment.Left) == input,
                _ => false,
            });

    /// <summary>Whether a loop over [from, to) or [from, to] reaches the slot.</summary>
    private static bool Reaches(LoopRange loop, BiasSlot slot, string array, SemanticModel model)
    {
        long? slotValue = Integer(slot.Index, model);
        long? from = Integer(loop.From, model);
        if (from is not { } start || !(start == 0 || (slotValue is { } s && start <= s)))
        {
            return false;
        }

        // i <= n and i < n + 1 reach n; i < n does not.
        long? to = Integer(loop.To, model);
        bool past = Unparenthesized(loop.To) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum &&
            (Same(sum.Left, slot.Index) || Same(sum.Right, slot.Index));
        return loop.Inclusive
            ? Same(loop.To, slot.Index) || past || to >= slotValue
            : IsWholeDimension(loop.To, array, slot.Position) || past || to > slotValue;
    }

    /// <summary><c>w.Length</c>, <c>w.Count</c>, <c>w[j].Length</c>, <c>w.GetLength(position)</c>: the whole dimension of the array.</summary>
    private static bool IsWholeDimension(ExpressionSyntax bound, string array, int position) => Unparenthesized(bound) switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" or "LongLength", Expression: var of } =>
            RootName(of) == array,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetLength", Expression: var of }, ArgumentList.Arguments: [var dimension] } =>
            RootName(of) == array && dimension.Expression is LiteralExpressionSyntax { Token.Value: int d } && d == position,
        _ => false,
    };

    /// <summary>The names declared by the <c>for</c> and <c>foreach</c> loops around a node.</summary>
    private static HashSet<string> LoopVariables(SyntaxNode node)
    {
        var names = new HashSet<string>();
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case ForStatementSyntax { Declaration: { } declaration }:
                    names.UnionWith(declaration.Variables.Select(variable => variable.Identifier.ValueText));
                    break;
                case ForEachStatementSyntax loop:
                    names.Add(loop.Identifier.ValueText);
                    break;
            }
        }

        return names;
    }

    /// <summary>The indices of an element, outermost first (<c>w[j][i]</c> and <c>w[j, i]</c> both give j, i), and the array it indexes.</summary>
    private static List<ExpressionSyntax>? Indices(ExpressionSyntax element, out ExpressionSyntax root)
    {
        var indices = new List<ExpressionSyntax>();
        root = Unparenthesized(element);
        while (root is ElementAccessExpressionSyntax access)
        {
            indices.InsertRange(0, access.ArgumentList.Arguments.Select(argument => argument.Expression));
            root = Unparenthesized(access.Expression);
        }

        return root is IdentifierNameSyntax or MemberAccessExpressionSyntax ? indices : null;
    }

    private static bool SaysBias(ExpressionSyntax index) => NameOf(index) is { } name && ParameterNames.IsBias(name);

    /// <summary>The start of <c>start + offset</c>.</summary>
    private static ExpressionSyntax? OffsetFrom(ExpressionSyntax index) =>
        Unparenthesized(index) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum ? sum.Left : null;

    private static string? NameOf(ExpressionSyntax expression) => Unparenthesized(expression) switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? RootName(ExpressionSyntax expression) =>
        Indices(expression, out var root) is not null ? NameOf(root) : null;

    private static long? Integer(ExpressionSyntax expression, SemanticModel model) =>
        model.GetConstantValue(expression) is { HasValue: true, Value: int or long } constant ? System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static bool Same(ExpressionSyntax left, ExpressionSyntax right) =>
        SyntaxFactory.AreEquivalent(Unparenthesized(left), Unparenthesized(right));

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
