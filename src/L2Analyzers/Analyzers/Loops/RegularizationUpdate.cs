using L2Analyzers.Analyzers.Operations;
using System.Collections.Immutable;
using L2Analyzers.Analyzers.Shared.Roles;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>The shape of a hand-written regularization update.</summary>
internal enum UpdateKind
{
    /// <summary><c>w -= d * w</c>, <c>w = w - d * w</c>: a weight decay not scaled by the learning rate.</summary>
    WeightDecay,

    /// <summary><c>w *= r</c>, <c>w = r * w</c>, <c>w = r * w - η * g</c>: a retention factor.</summary>
    RetentionFactor,

    /// <summary><c>g += λ * w</c>, <c>g = data + λ * w</c>, <c>var g = grads[i] + λ * w[i]</c>: a coupled gradient penalty.</summary>
    GradientPenalty,

    /// <summary><c>w -= η * (g + λ * w)</c>, <c>w -= η * λ * w</c>, <c>v = μ * v - η * (g + λ * w)</c>: a gradient penalty inside a step.</summary>
    PenalizedStep,

    /// <summary><c>penalty += b[j] * b[j]</c>: the parameter's square summed into a loss penalty.</summary>
    LossPenalty,
}

/// <summary>A regularization update found in a method body.</summary>
/// <param name="Kind">Its shape.</param>
/// <param name="Parameter">The regularized parameter: the assignment's target, or the weight in <c>g += λ * w</c>.</param>
/// <param name="Lambda">The factors of λ (ρ for a retention factor).</param>
/// <param name="LearningRate">The factors of η for a penalized step, empty otherwise.</param>
/// <param name="Assignment">
/// The assignment that performs the update, or for a gradient penalty written into a new local
/// (<c>var g = grads[i] + λ * w[i]</c>), the local's declarator.
/// </param>
internal sealed record RegularizationUpdate(
    UpdateKind Kind,
    ParameterReference Parameter,
    ImmutableArray<Factor> Lambda,
    ImmutableArray<Factor> LearningRate,
    IOperation Assignment)
{
    /// <summary>The convention λ is written in.</summary>
    public L2Mode Mode => Kind switch
    {
        UpdateKind.WeightDecay => L2Mode.WeightDecay,
        UpdateKind.RetentionFactor => L2Mode.DecayFactor,
        _ => L2Mode.GradientPenalty,
    };

    /// <summary>
    /// The parameter's role: what its name or marker says, or what other evidence shows (a bias by its shape); None for a
    /// parameter of a helper or an element of a list, whose role comes from where it is called or what the list holds.
    /// </summary>
    public ParameterRoleKind Role { get; init; }

    /// <summary>What the update writes: the assignment's target, or the declarator of the local it initializes.</summary>
    public IOperation Target => Assignment is IAssignmentOperation assignment ? assignment.Target : Assignment;

    /// <summary>Whether the update adds the scaled parameter instead of subtracting it (<c>w[i] += w[i] * d</c>): λ is −d.</summary>
    public bool Grows { get; init; }
}
