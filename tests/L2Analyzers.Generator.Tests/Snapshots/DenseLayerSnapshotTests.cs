using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.Snapshots;

public class DenseLayerSnapshotTests
{
    /// <summary>Every mode with both element types; each mode with a different activation, so every activation is covered.</summary>
    public static TheoryData<string, double, string, string> RegularizedLayers => new()
    {
        { "GradientPenalty", 0.03, "float", "Tanh" },
        { "GradientPenalty", 0.03, "double", "Tanh" },
        { "WeightDecay", 0.0015, "float", "Sigmoid" },
        { "WeightDecay", 0.0015, "double", "Sigmoid" },
        { "ScaledWeightDecay", 0.01, "float", "Softmax" },
        { "ScaledWeightDecay", 0.01, "double", "Softmax" },
        { "DecayFactor", 0.9985, "float", "ReLU" },
        { "DecayFactor", 0.9985, "double", "ReLU" },
    };

    [Theory]
    [MemberData(nameof(RegularizedLayers))]
    public Task Regularized_layer_compiles_its_mode_and_lambda_into_the_update(string mode, double lambda, string element, string activation) =>
        Snapshot.VerifyAsync(
            $$"""
            using L2Analyzers;

            namespace Demo;

            [DenseLayer(4, 3, Activation = Activation.{{activation}}, ElementType = typeof({{element}}))]
            [L2(Mode = L2Mode.{{mode}}, Lambda = {{lambda.ToString(System.Globalization.CultureInfo.InvariantCulture)}})]
            public partial class Hidden
            {
            }
            """,
            "Demo.Hidden.DenseLayer.g.cs",
            $"DenseLayer.{mode}.{element}.g.cs");

    [Fact]
    public Task Layer_without_L2_steps_weights_and_biases_unregularized() => Snapshot.VerifyAsync(
        """
        using L2Analyzers;

        public partial class Model
        {
            [DenseLayer(2, 5)]
            internal partial class Linear
            {
            }
        }
        """,
        "Model.Linear.DenseLayer.g.cs",
        "DenseLayer.Unregularized.Nested.g.cs");
}
