using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Recognizes hand-written regularization in one assignment: weight decay, retention factor, gradient penalty and
/// penalized SGD step, on weights, biases and normalization parameters named as such. Precision comes first: anything that is not clearly one
/// of these shapes, with a coefficient made of plain scalars, is not a match.
/// </summary>
internal static class UpdatePatterns
{
    /// <summary>The largest constant in <c>w += d·w</c> read as a sign-flipped decay amount rather than a deliberate scaling.</summary>
    private const double MaxGrowthRead = 0.1;

    /// <summary>The update an assignment performs, or null when it is not a recognized regularization.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <param name="markers">The runtime's symbols, for the role markers; null without the runtime.</param>
    public static RegularizationUpdate? Match(IAssignmentOperation assignment, RuntimeSymbols? markers)
    {
        if (!ParameterReference.TryRead(assignment.Target, out var target))
        {
            return null;
        }

        var role = target.RoleWith(markers);
        return role switch
        {
            ParameterRoleKind.Weight or ParameterRoleKind.Bias or ParameterRoleKind.Normalization =>
                MatchParameterUpdate(assignment, target) is { } update ? update with { Role = role } : null,
            ParameterRoleKind.Gradient => MatchGradientPenalty(assignment, target, markers, velocity: false),
            _ => MatchUnnamed(assignment, target, markers),
        };
    }

    /// <summary>
    /// An update of a variable whose name gives it no role: a penalty inside a momentum velocity, a bias recognized by
    /// its shape, a helper's parameter or a list's element (their role comes from the call or the list, see
    /// <see cref="TypeFlow"/>), or a square summed into a loss penalty.
    /// </summary>
    private static RegularizationUpdate? MatchUnnamed(IAssignmentOperation assignment, ParameterReference target, RuntimeSymbols? markers)
    {
        if (VariableNames.IsVelocity(target.Variable.Name))
        {
            return MatchGradientPenalty(assignment, target, markers, velocity: true);
        }

        if (LossPenaltyTerms.SquaredParameter(assignment) is { } squared)
        {
            // Biases and normalization parameters are reported here; a weight array's or an unnamed array's elements only
            // when the index reaches a bias stored among them (BiasSlots), a list's bias or a helper's bias argument (TypeFlow).
            var squaredRole = squared.RoleWith(markers);
            return squaredRole is not ParameterRoleKind.Gradient && (squaredRole != ParameterRoleKind.None || !squared.Indices.IsEmpty)
                ? new RegularizationUpdate(UpdateKind.LossPenalty, squared, ImmutableArray<Factor>.Empty, ImmutableArray<Factor>.Empty, assignment) { Role = squaredRole }
                : null;
        }

        if (target.Variable is not (IFieldSymbol or IPropertySymbol or IParameterSymbol or ILocalSymbol) ||
            MatchParameterUpdate(assignment, target) is not { } update)
        {
            return null;
        }

        return target.Variable switch
        {
            IFieldSymbol or IPropertySymbol when ShapeEvidence.MatrixBeside(update, markers) is not null => update with { Role = ParameterRoleKind.Bias },
            IParameterSymbol => update,
            IFieldSymbol or IPropertySymbol or ILocalSymbol when ListElements.InList(target, assignment) => update,
            _ => null,
        };
    }

    private static RegularizationUpdate? MatchParameterUpdate(IAssignmentOperation assignment, ParameterReference target)
    {
        Dictionary<ILocalSymbol, bool>? snapshots = null;
        bool IsSnapshot(ILocalReferenceOperation local)
        {
            snapshots ??= new Dictionary<ILocalSymbol, bool>(SymbolEqualityComparer.Default);
            if (!snapshots.TryGetValue(local.Local, out bool isSnapshot))
            {
                isSnapshot = SnapshotLocals.IsSnapshotOf(local, target.Operation);
                snapshots[local.Local] = isSnapshot;
            }

            return isSnapshot;
        }

        bool IsSelf(IOperation operation) =>
            (operation.Kind == target.Operation.Kind && SyntaxFactory.AreEquivalent(operation.Syntax, target.Operation.Syntax)) ||
            (operation is ILocalReferenceOperation local && IsSnapshot(local));

        ImmutableArray<Term> terms;
        if (assignment is ICompoundAssignmentOperation compound)
        {
            if (compound.OperatorKind == BinaryOperatorKind.Multiply)
            {
                var factor = new Factor(compound.Value.WithoutNumericConversions(), false);
                var coefficient = ImmutableArray.Create(factor);
                return IsScalar(factor, IsSelf) && IsEvidentlyRegularization(assignment, target, coefficient)
                    ? Update(UpdateKind.RetentionFactor, target, coefficient, assignment)
                    : null;
            }

            if (compound.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract))
            {
                return null;
            }

            var value = LinearTerms.Expand(compound.Value, IsSelf);
            if (value.IsDefault)
            {
                return null;
            }

            terms = ImmutableArray.Create(Term.Of(target.Operation))
                .AddRange(compound.OperatorKind == BinaryOperatorKind.Subtract ? LinearTerms.Negate(value) : value);
        }
        else
        {
            terms = LinearTerms.Expand(assignment.Value, IsSelf);
            if (terms.IsDefault)
            {
                return null;
            }
        }

        return Classify(assignment, target, terms, IsSelf);
    }

    /// <summary>Reads w_new = Σ terms as a weight decay, penalized step or retention factor.</summary>
    private static RegularizationUpdate? Classify(
        IAssignmentOperation assignment, ParameterReference target, ImmutableArray<Term> terms, Func<IOperation, bool> isSelf)
    {
        int bare = 0;
        Term? scaled = null;
        bool othersAllSubtracted = true;
        bool hasOthers = false;
        foreach (var term in terms)
        {
            var split = SplitSelf(term, isSelf);
            if (split is not { } coefficient)
            {
                return null;
            }

            if (coefficient.SelfCount == 0)
            {
                hasOthers = true;
                othersAllSubtracted &= term.Negative;
            }
            else if (coefficient.Others.IsEmpty && term.Outer.IsEmpty && !term.Negative)
            {
                bare++;
            }
            else if (scaled is null)
            {
                scaled = term with { Factors = coefficient.Others };
            }
            else
            {
                return null;
            }
        }

        if (scaled is not { } self || self.Factors.IsEmpty || !AllScalar(self, isSelf))
        {
            return null;
        }

        if (bare == 1 && self.Negative)
        {
            return Decay(assignment, target, self);
        }

        // w += d·w grows the parameter: a decay with the wrong sign, read as one only inside a training step and with a
        // coefficient that looks like a decay amount (named like one, or a constant below 0.1), not a scaling (w += 0.9 * w).
        if (bare == 1 && self.Outer.IsEmpty && LooksLikeDecayAmount(self.Factors) && HasGradientStepOn(assignment, target))
        {
            return Decay(assignment, target, self) with { Grows = true };
        }

        if (bare == 0 && !self.Negative && self.Outer.IsEmpty && othersAllSubtracted &&
            (hasOthers || IsEvidentlyRegularization(assignment, target, self.Factors)))
        {
            return Update(UpdateKind.RetentionFactor, target, self.Factors, assignment);
        }

        return null;
    }

    private static bool LooksLikeDecayAmount(ImmutableArray<Factor> factors)
    {
        double product = 1;
        foreach (var factor in factors)
        {
            if (MentionsRegularization(factor.Operation))
            {
                return true;
            }

            if (ConstantValues.Evaluate(factor.Operation) is not { } value)
            {
                return false;
            }

            product = factor.Reciprocal ? product / value : product * value;
        }

        return System.Math.Abs(product) < MaxGrowthRead;
    }

    /// <summary><c>w − c·w</c>: a penalized step when c carries a learning rate, a weight decay otherwise.</summary>
    private static RegularizationUpdate Decay(IAssignmentOperation assignment, ParameterReference target, Term self)
    {
        if (!self.Outer.IsEmpty)
        {
            return new RegularizationUpdate(UpdateKind.PenalizedStep, target, self.Factors, self.Outer, assignment);
        }

        var (learningRate, lambda) = SplitLearningRate(self.Factors);
        return !learningRate.IsEmpty && !lambda.IsEmpty
            ? new RegularizationUpdate(UpdateKind.PenalizedStep, target, lambda, learningRate, assignment)
            : Update(UpdateKind.WeightDecay, target, self.Factors, assignment);
    }

    /// <summary>
    /// <c>g += λ * w</c> on a gradient, or, on a momentum velocity (<paramref name="velocity"/>), <c>v = μ * v - η * (g + λ * w)</c>:
    /// there the penalty must sit beside a gradient and carry a learning rate, which is split off λ.
    /// </summary>
    private static RegularizationUpdate? MatchGradientPenalty(IAssignmentOperation assignment, ParameterReference gradient, RuntimeSymbols? markers, bool velocity) =>
        assignment is ICompoundAssignmentOperation { OperatorKind: not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract) }
            ? null
            : MatchGradientPenalty(assignment, assignment.Value, gradient, markers, velocity);

    /// <summary>
    /// <c>var g = grads[i] + λ * w[i]</c>: a gradient penalty written into a new local, which the code then uses as the
    /// gradient (in Adam's moments, say). The initializer must add the gradient itself, unscaled, at the weight's indices.
    /// </summary>
    public static RegularizationUpdate? MatchLocalGradient(IVariableDeclaratorOperation declarator, RuntimeSymbols? markers)
    {
        if (declarator.Initializer?.Value is not { } value)
        {
            return null;
        }

        var terms = LinearTerms.Expand(value, _ => false);
        foreach (var term in terms.IsDefault ? ImmutableArray<Term>.Empty : terms)
        {
            if (term is { Negative: false, Factors: [{ Reciprocal: false } gradientFactor], Outer.IsEmpty: true } &&
                ParameterReference.TryRead(gradientFactor.Operation.WithoutNumericConversions(), out var gradient) &&
                gradient.RoleWith(markers) == ParameterRoleKind.Gradient)
            {
                return MatchGradientPenalty(declarator, value, gradient, markers, velocity: false);
            }
        }

        return null;
    }

    /// <summary>The penalty in <paramref name="value"/>, the new value of <paramref name="statement"/>'s gradient or velocity.</summary>
    private static RegularizationUpdate? MatchGradientPenalty(
        IOperation statement, IOperation value, ParameterReference gradient, RuntimeSymbols? markers, bool velocity)
    {
        // One pass finds the weights, biases and normalization parameters read at the gradient's indices; most gradient code (back-propagation
        // through weights at other indices) has none and stops here.
        var penalized = new HashSet<IOperation>();
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IArrayElementReferenceOperation or IPropertyReferenceOperation or IFieldReferenceOperation or
                    ILocalReferenceOperation or IParameterReferenceOperation &&
                ParameterReference.TryRead(operation, out var reference) &&
                reference.SameIndicesAs(gradient) &&
                reference.RoleWith(markers) is ParameterRoleKind.Weight or ParameterRoleKind.Bias or ParameterRoleKind.Normalization)
            {
                penalized.Add(operation);
            }
        }

        if (penalized.Count == 0)
        {
            return null;
        }

        bool IsPenalized(IOperation operation) => penalized.Contains(operation);

        var terms = LinearTerms.Expand(value, IsPenalized);
        if (terms.IsDefault)
        {
            return null;
        }

        foreach (var term in terms)
        {
            if (SplitSelf(term, IsPenalized) is not { SelfCount: 1 } split ||
                !ParameterReference.TryRead(split.Self!, out var parameter))
            {
                continue;
            }

            var lambda = split.Others.AddRange(term.Outer);
            var coefficient = new Term(term.Negative, lambda, ImmutableArray<Factor>.Empty);
            if (lambda.IsEmpty || !AllScalar(coefficient, IsPenalized))
            {
                continue;
            }

            if (!velocity)
            {
                if (IsEvidentlyPenaltyCoefficient(lambda))
                {
                    return Update(UpdateKind.GradientPenalty, parameter, lambda, statement) with { Role = parameter.RoleWith(markers) };
                }

                continue;
            }

            var (rate, rest) = SplitLearningRate(lambda);
            if (!rate.IsEmpty && !rest.IsEmpty && IsEvidentlyPenaltyCoefficient(rest) && HasGradientTerm(terms, markers))
            {
                return new RegularizationUpdate(UpdateKind.PenalizedStep, parameter, rest, rate, statement) { Role = parameter.RoleWith(markers) };
            }
        }

        return null;
    }

    /// <summary>Whether one of the terms reads a gradient: a velocity update that takes none is not a training step.</summary>
    private static bool HasGradientTerm(ImmutableArray<Term> terms, RuntimeSymbols? markers)
    {
        foreach (var term in terms)
        {
            foreach (var factor in term.Factors)
            {
                if (ParameterReference.TryRead(factor.Operation.WithoutNumericConversions(), out var reference) &&
                    reference.RoleWith(markers) == ParameterRoleKind.Gradient)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The factors named like a learning rate, and the others.</summary>
    private static (ImmutableArray<Factor> LearningRate, ImmutableArray<Factor> Others) SplitLearningRate(ImmutableArray<Factor> factors)
    {
        var learningRate = ImmutableArray.CreateBuilder<Factor>();
        var rest = ImmutableArray.CreateBuilder<Factor>();
        foreach (var factor in factors)
        {
            (IsLearningRate(factor) ? learningRate : rest).Add(factor);
        }

        return (learningRate.ToImmutable(), rest.ToImmutable());
    }

    /// <summary>A penalty coefficient is either known at compile time or named like one (lambda, l2, decay).</summary>
    private static bool IsEvidentlyPenaltyCoefficient(ImmutableArray<Factor> lambda)
    {
        bool allConstant = true;
        foreach (var factor in lambda)
        {
            if (MentionsRegularization(factor.Operation))
            {
                return true;
            }

            allConstant &= ConstantValues.Evaluate(factor.Operation) is not null;
        }

        return allConstant;
    }

    /// <summary>
    /// A multiplication is a retention factor only with some evidence: a factor named like decay or lambda, a
    /// <c>1 - x</c> factor (or a local given one once), or a constant factor with a gradient step on the same variable in
    /// the same body. Initialization scaling (<c>w[i] *= 0.01</c>), inference-time dropout scaling and a max-norm
    /// rescale after the step (<c>b[j] *= maxNorm / norm</c>, a factor computed from the data) have none of these.
    /// </summary>
    private static bool IsEvidentlyRegularization(
        IAssignmentOperation assignment, ParameterReference target, ImmutableArray<Factor> coefficient)
    {
        bool constant = true;
        foreach (var factor in coefficient)
        {
            var value = factor.Operation.WithoutNumericConversions() is ILocalReferenceOperation local && LocalValues.SingleValue(local) is { } single
                ? single.WithoutNumericConversions()
                : factor.Operation;
            if (MentionsRegularization(value) ||
                value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, LeftOperand: var one } &&
                ConstantValues.Evaluate(one) == 1)
            {
                return true;
            }

            constant &= ConstantValues.Evaluate(factor.Operation) is not null;
        }

        return constant && HasGradientStepOn(assignment, target);
    }

    /// <summary>
    /// Whether the same body also steps the variable: <c>w[i] -= lr * g[i]</c>, <c>w[i] += delta</c> or
    /// <c>w[i] = w[i] - …</c>. Initialization (<c>w[i] = rnd.NextDouble() - 0.5</c>) is not a step.
    /// </summary>
    private static bool HasGradientStepOn(IAssignmentOperation assignment, ParameterReference target)
    {
        bool IsTargetVariable(IOperation operation) =>
            ParameterReference.TryRead(operation, out var reference) &&
            SymbolEqualityComparer.Default.Equals(reference.Variable, target.Variable);

        foreach (var operation in assignment.Root().Descendants())
        {
            bool isStep = operation switch
            {
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound =>
                    ConstantValues.Evaluate(compound.Value) is null,
                ISimpleAssignmentOperation simple =>
                    simple.Value.WithoutNumericConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } &&
                    LinearTerms.Contains(simple.Value, IsTargetVariable),
                _ => false,
            };
            if (isStep && !ReferenceEquals(operation, assignment) && IsTargetVariable(((IAssignmentOperation)operation).Target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name inside the operation says regularization (<c>decay</c>, <c>lambda</c>, <c>wd</c>).</summary>
    internal static bool MentionsRegularization(IOperation operation)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            string? name = descendant switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation property => property.Property.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            };
            if (name is not null && VariableNames.SuggestsRegularization(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLearningRate(Factor factor) => factor.Operation.WithoutNumericConversions() switch
    {
        ILocalReferenceOperation local => VariableNames.IsLearningRate(local.Local.Name),
        IFieldReferenceOperation field => VariableNames.IsLearningRate(field.Field.Name),
        IPropertyReferenceOperation property => VariableNames.IsLearningRate(property.Property.Name),
        IParameterReferenceOperation parameter => VariableNames.IsLearningRate(parameter.Parameter.Name),
        _ => false,
    };

    /// <summary>
    /// Every factor of a coefficient must be a plain scalar: literals, variables, fields and arithmetic on them. An array
    /// element or a call (<c>mask[i]</c>, <c>Math.Sign(w)</c>) makes the update something else than L2.
    /// </summary>
    private static bool AllScalar(Term term, Func<IOperation, bool> isSelf)
    {
        foreach (var factor in term.Factors)
        {
            if (!IsScalar(factor, isSelf))
            {
                return false;
            }
        }

        foreach (var factor in term.Outer)
        {
            if (!IsScalar(factor, isSelf))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a factor is a plain scalar: no element, call or the parameter itself inside.</summary>
    internal static bool IsScalar(Factor factor, Func<IOperation, bool> isSelf)
    {
        foreach (var operation in factor.Operation.DescendantsAndSelf())
        {
            if (isSelf(operation) || operation is IArrayElementReferenceOperation or IInvocationOperation or
                IPropertyReferenceOperation { Property.IsIndexer: true } or IInvalidOperation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Separates the factors that are the parameter itself from the others; null when it hides inside another factor.</summary>
    private static SelfSplit? SplitSelf(Term term, Func<IOperation, bool> isSelf)
    {
        int selfCount = 0;
        IOperation? self = null;
        var others = ImmutableArray.CreateBuilder<Factor>(term.Factors.Length);
        foreach (var factor in term.Factors)
        {
            if (!factor.Reciprocal && isSelf(factor.Operation))
            {
                selfCount++;
                self = factor.Operation;
            }
            else
            {
                others.Add(factor);
            }
        }

        if (selfCount > 1)
        {
            return null;
        }

        foreach (var factor in others)
        {
            if (LinearTerms.Contains(factor.Operation, isSelf))
            {
                return null;
            }
        }

        foreach (var factor in term.Outer)
        {
            if (LinearTerms.Contains(factor.Operation, isSelf))
            {
                return null;
            }
        }

        return new SelfSplit(selfCount, self, others.ToImmutable());
    }

    private static RegularizationUpdate Update(
        UpdateKind kind, ParameterReference parameter, ImmutableArray<Factor> lambda, IOperation statement) =>
        new(kind, parameter, lambda, ImmutableArray<Factor>.Empty, statement);

    private readonly record struct SelfSplit(int SelfCount, IOperation? Self, ImmutableArray<Factor> Others);
}
