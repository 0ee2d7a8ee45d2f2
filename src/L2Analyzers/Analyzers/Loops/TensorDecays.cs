using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// A TorchSharp parameter decayed in place by hand, in a loop over a list of parameters:
/// <c>p.mul_(1 - lr * wd)</c> (a retention factor) or <c>p.sub_(p * lr * wd)</c> (a decay). Only the list tells whether
/// <c>p</c> is a bias (<see cref="ListJoin"/>), so the update has no role of its own and is judged nowhere else.
/// </summary>
internal static class TensorDecays
{
    /// <summary>The syntax-only filter: <c>p.mul_(…)</c> or <c>p.sub_(…)</c> on a local with one argument.</summary>
    public static bool MayDecay(SyntaxNode node) =>
        node is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax, Name.Identifier.ValueText: "mul_" or "sub_" },
            ArgumentList.Arguments.Count: 1,
        };

    /// <summary>The decay a TorchSharp in-place call performs on a local, or null.</summary>
    public static RegularizationUpdate? Match(IInvocationOperation invocation)
    {
        if (invocation is not { Instance: { } instance, Arguments: [var argument] } ||
            instance.WithoutConversions() is not ILocalReferenceOperation receiver ||
            invocation.TargetMethod.ContainingNamespace?.ToDisplayString().StartsWith("TorchSharp", System.StringComparison.Ordinal) != true ||
            !ParameterReference.TryRead(receiver, out var parameter))
        {
            return null;
        }

        bool IsSelf(IOperation operation) =>
            operation.WithoutConversions() is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, receiver.Local);

        var value = argument.Value.WithoutImplicitConversions();
        if (invocation.TargetMethod.Name == "mul_")
        {
            return IsRetention(value) && UpdatePatterns.IsScalar(new Factor(value, false), IsSelf)
                ? new RegularizationUpdate(UpdateKind.RetentionFactor, parameter, ImmutableArray.Create(new Factor(value, false)), ImmutableArray<Factor>.Empty, invocation)
                : null;
        }

        var terms = LinearTerms.Expand(value, IsSelf);
        if (terms.IsDefault || terms is not [{ Negative: false } term] ||
            term.Factors.Count(factor => IsSelf(factor.Operation)) != 1 ||
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
