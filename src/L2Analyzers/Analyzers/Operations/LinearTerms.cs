using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>One factor of a product: an operand, or its reciprocal when it was a divisor.</summary>
internal readonly record struct Factor(IOperation Operation, bool Reciprocal);

/// <summary>
/// One signed product of an expanded sum. <see cref="Outer"/> holds the factors that multiplied a parenthesized sum
/// this term came from: in <c>η * (g + λ * w)</c> the term <c>λ·w</c> has the factor λ and the outer factor η.
/// </summary>
internal readonly record struct Term(bool Negative, ImmutableArray<Factor> Factors, ImmutableArray<Factor> Outer)
{
    public static Term Of(IOperation operation) =>
        new(false, ImmutableArray.Create(new Factor(operation, false)), ImmutableArray<Factor>.Empty);

    public Term Negate() => this with { Negative = !Negative };
}

/// <summary>
/// Expands an arithmetic expression into a sum of signed products, distributing a product over a parenthesized sum
/// only when that sum holds something of interest (the parameter being updated), so <c>(1 - η·λ) * w</c> stays one
/// term with the factor <c>(1 - η·λ)</c>. Gives up (returns default) on more than a handful of terms.
/// </summary>
internal static class LinearTerms
{
    private const int MaxTerms = 8;

    /// <summary>
    /// The terms of <paramref name="expression"/>, or a default array when it is too complex. A negative constant
    /// (<c>-0.01</c>) stays one factor, so its sign is part of the value the checks see.
    /// </summary>
    public static ImmutableArray<Term> Expand(IOperation expression, Func<IOperation, bool> isOfInterest)
    {
        var operation = expression.WithoutNumericConversions();
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum:
                var left = Expand(sum.LeftOperand, isOfInterest);
                var right = Expand(sum.RightOperand, isOfInterest);
                if (left.IsDefault || right.IsDefault || left.Length + right.Length > MaxTerms)
                {
                    return default;
                }

                return sum.OperatorKind == BinaryOperatorKind.Add ? left.AddRange(right) : left.AddRange(Negate(right));

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                return Multiply(
                    ExpandIfOfInterest(product.LeftOperand, isOfInterest),
                    ExpandIfOfInterest(product.RightOperand, isOfInterest),
                    divide: false);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient:
                return Multiply(
                    ExpandIfOfInterest(quotient.LeftOperand, isOfInterest),
                    ImmutableArray.Create(Term.Of(quotient.RightOperand.WithoutNumericConversions())),
                    divide: true);

            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, ConstantValue.HasValue: false } negation:
                var negated = Expand(negation.Operand, isOfInterest);
                return negated.IsDefault ? default : Negate(negated);

            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return Expand(plus.Operand, isOfInterest);

            default:
                return ImmutableArray.Create(Term.Of(operation));
        }
    }

    /// <summary>Whether the operation or anything inside it is of interest.</summary>
    public static bool Contains(IOperation operation, Func<IOperation, bool> isOfInterest)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (isOfInterest(descendant))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<Term> ExpandIfOfInterest(IOperation operand, Func<IOperation, bool> isOfInterest)
    {
        var terms = Expand(operand, isOfInterest);
        if (terms.IsDefault || terms.Length == 1 || Contains(operand, isOfInterest))
        {
            return terms;
        }

        // A sum with nothing of interest in it is kept whole, as one factor: (1 - η·λ), (lr / batchSize).
        return ImmutableArray.Create(Term.Of(operand.WithoutNumericConversions()));
    }

    private static ImmutableArray<Term> Multiply(ImmutableArray<Term> left, ImmutableArray<Term> right, bool divide)
    {
        if (left.IsDefault || right.IsDefault)
        {
            return default;
        }

        if (right.Length == 1)
        {
            return Scale(left, right[0], divide);
        }

        return left.Length == 1 && !divide ? Scale(right, left[0], divide: false) : default;
    }

    /// <summary>Multiplies (or divides) every term of a sum by one product.</summary>
    private static ImmutableArray<Term> Scale(ImmutableArray<Term> terms, Term by, bool divide)
    {
        var factors = divide ? Reciprocals(by.Factors) : by.Factors;
        var outer = divide ? Reciprocals(by.Outer) : by.Outer;
        var builder = ImmutableArray.CreateBuilder<Term>(terms.Length);
        foreach (var term in terms)
        {
            builder.Add(terms.Length == 1
                ? new Term(term.Negative ^ by.Negative, term.Factors.AddRange(factors), term.Outer.AddRange(outer))
                : new Term(term.Negative ^ by.Negative, term.Factors, term.Outer.AddRange(factors).AddRange(outer)));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<Factor> Reciprocals(ImmutableArray<Factor> factors)
    {
        var builder = ImmutableArray.CreateBuilder<Factor>(factors.Length);
        foreach (var factor in factors)
        {
            builder.Add(factor with { Reciprocal = !factor.Reciprocal });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The same terms with opposite signs.</summary>
    public static ImmutableArray<Term> Negate(ImmutableArray<Term> terms)
    {
        var builder = ImmutableArray.CreateBuilder<Term>(terms.Length);
        foreach (var term in terms)
        {
            builder.Add(term.Negate());
        }

        return builder.MoveToImmutable();
    }
}
