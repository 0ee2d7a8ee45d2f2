using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// A TorchSharp parameter decayed in place by hand, in a loop over a list of parameters:
/// <c>p.mul_(1 - lr * wd)</c> (a retention factor), <c>p.sub_(p * lr * wd)</c> or <c>p.add_(p * -wd)</c> (a decay), and
/// <c>p.add_(p, alpha: -lr * wd)</c> (a decay through the scale of the added tensor). Only
/// the list tells whether <c>p</c> is a bias (<see cref="ListJoin"/>), so the update has no role of its own and is judged
/// nowhere else.
/// </summary>
internal static class TensorDecays
{
    /// <summary>
    /// The syntax-only filter, on a local: <c>p.mul_(…)</c> and <c>p.sub_(…)</c> with one argument, <c>p.add_(…)</c> with
    /// one argument that mentions <c>p</c>, and <c>p.add_(p, …)</c> with a scale.
    /// </summary>
    public static bool MayDecay(SyntaxNode node) =>
        node is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var receiver }, Name.Identifier.ValueText: var name },
            ArgumentList.Arguments: var arguments,
        } &&
        (name, arguments.Count) switch
        {
            ("mul_" or "sub_", 1) => true,
            ("add_", 1) => arguments[0].Expression.DescendantNodesAndSelf().Any(inner => inner is IdentifierNameSyntax { Identifier.ValueText: var mentioned } && mentioned == receiver),
            ("add_", 2) => arguments[0].Expression is IdentifierNameSyntax { Identifier.ValueText: var added } && added == receiver,
            _ => false,
        };

    /// <summary>The decay a TorchSharp in-place call performs on a local, or null.</summary>
    public static RegularizationUpdate? Match(IInvocationOperation invocation)
    {
        if (invocation is not { Instance: { } instance, Arguments: [var argument, .. var scale] } || scale.Length > 1 ||
            instance.WithoutConversions() is not ILocalReferenceOperation receiver ||
            invocation.TargetMethod.ContainingNamespace?.ToDisplayString().StartsWith("TorchSharp", System.StringComparison.Ordinal) != true ||
            !ParameterReference.TryRead(receiver, out var parameter))
        {
            return null;
        }

        bool IsSelf(IOperation operation) =>
            operation.WithoutConversions() is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, receiver.Local);

        var value = argument.Value.WithoutImplicitConversions();
        var name = invocation.TargetMethod.Name;
        if (name == "mul_")
        {
            return scale.IsEmpty && IsRetention(value) && UpdatePatterns.IsScalar(new Factor(value, false), IsSelf)
                ? new RegularizationUpdate(UpdateKind.RetentionFactor, parameter, ImmutableArray.Create(new Factor(value, false)), ImmutableArray<Factor>.Empty, invocation)
                : null;
        }

        // add_ takes the decay with a minus sign, sub_ without; p itself is the added tensor, or a factor of it.
        bool subtracts = name == "sub_";
        var (removed, selfFactors) = scale is [{ ArgumentKind: ArgumentKind.Explicit } alpha] && IsSelf(value) ? (alpha.Value.WithoutImplicitConversions(), 0) : (value, 1);
        var terms = LinearTerms.Expand(removed, IsSelf);
        if (terms.IsDefault || terms is not [var term] || term.Negative == subtracts ||
            term.Factors.Count(factor => IsSelf(factor.Operation)) != selfFactors ||
            term.Factors.Where(factor => !IsSelf(factor.Operation)).ToImmutableArray() is not { IsEmpty: false } lambda ||
            !lambda.Any(factor => UpdatePatterns.MentionsRegularization(factor.Operation)) || !lambda.All(factor => UpdatePatterns.IsScalar(factor, IsSelf)))
        {
            return null;
        }

        return new RegularizationUpdate(UpdateKind.WeightDecay, parameter, lambda, ImmutableArray<Factor>.Empty, invocation);
    }

    /// <summary><c>1 - x</c>, or a factor named like a decay or retention (<c>decay</c>, <c>retention</c>).</summary>
    private static bool IsRetention(IOperation value) =>
        value.WithoutConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, LeftOperand: var one } && ConstantValues.Evaluate(one) == 1 ||
        UpdatePatterns.MentionsRegularization(value);
}
