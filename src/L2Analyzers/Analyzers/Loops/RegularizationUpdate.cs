using L2Analyzers.Analyzers.Operations;
using System.Collections.Immutable;
using L2Analyzers.Common;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>The shape of a hand-written regularization update.</summary>
internal enum UpdateKind
{
    /// <summary><c>w -= d * w</c>, <c>w = w - d * w</c>: a weight decay not scaled by the learning rate.</summary>
    WeightDecay,

    /// <summary><c>w *= r</c>, <c>w = r * w</c>, <c>w = r * w - η * g</c>: a retention factor.</summary>
    RetentionFactor,

    /// <summary><c>g += λ * w</c>, <c>g = data + λ * w</c>: a coupled gradient penalty.</summary>
    GradientPenalty,

    /// <summary><c>w -= η * (g + λ * w)</c>, <c>w -= η * λ * w</c>: a gradient penalty inside a plain SGD step.</summary>
    PenalizedStep,
}

/// <summary>A regularization update found in a method body.</summary>
/// <param name="Kind">Its shape.</param>
/// <param name="Parameter">The regularized parameter: the assignment's target, or the weight in <c>g += λ * w</c>.</param>
/// <param name="Lambda">The factors of λ (ρ for a retention factor).</param>
/// <param name="LearningRate">The factors of η for a penalized step, empty otherwise.</param>
/// <param name="Assignment">The assignment that performs the update.</param>
internal sealed record RegularizationUpdate(
    UpdateKind Kind,
    ParameterReference Parameter,
    ImmutableArray<Factor> Lambda,
    ImmutableArray<Factor> LearningRate,
    IAssignmentOperation Assignment)
{
    /// <summary>The convention λ is written in.</summary>
    public L2Mode Mode => Kind switch
    {
        UpdateKind.WeightDecay => L2Mode.WeightDecay,
        UpdateKind.RetentionFactor => L2Mode.DecayFactor,
        _ => L2Mode.GradientPenalty,
    };
}
