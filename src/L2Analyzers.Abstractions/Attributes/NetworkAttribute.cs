using System;

namespace L2Analyzers;

/// <summary>
/// Declares a network on a partial class as a chain of <see cref="DenseLayerAttribute"/> layer types:
/// the generator emits the forward/backward chain and a training entry point, and implements
/// <c>INetwork&lt;T&gt;</c>. All layers must share one element type, and each layer's inputs must equal
/// the previous layer's outputs.
/// </summary>
/// <example><c>[Network(typeof(Hidden), typeof(Output), Loss = LossKind.CrossEntropy, LearningRate = 0.05)]</c></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NetworkAttribute : Attribute
{
    /// <summary>Declares a network made of <paramref name="layers"/>, input side first.</summary>
    public NetworkAttribute(params Type[] layers) => Layers = layers;

    /// <summary>The layer types, input side first.</summary>
    public Type[] Layers { get; }

    /// <summary>The loss the network is trained on.</summary>
    public LossKind Loss { get; set; }

    /// <summary>The optimizer; it decides how each layer's <see cref="L2Mode"/> combines with the step.</summary>
    public OptimizerKind Optimizer { get; set; }

    /// <summary>The learning rate η when <see cref="LearningRate"/> is not set.</summary>
    public const double DefaultLearningRate = 0.01;

    /// <summary>The momentum μ when <see cref="Momentum"/> is not set.</summary>
    public const double DefaultMomentum = 0.9;

    /// <summary>The learning rate η; <see cref="DefaultLearningRate"/> when not set. The analyzers check η·λ with it and convert lambdas between modes.</summary>
    public double LearningRate { get; set; } = DefaultLearningRate;

    /// <summary>The momentum μ for <see cref="OptimizerKind.Momentum"/>; <see cref="DefaultMomentum"/> when not set.</summary>
    public double Momentum { get; set; } = DefaultMomentum;
}
