using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.Snapshots;

public class NetworkSnapshotTests
{
    private const string Layers = """
        using L2Analyzers;

        namespace Demo;

        [DenseLayer(4, 7, Activation = Activation.Tanh)]
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
        public partial class Hidden
        {
        }

        [DenseLayer(7, 3, Activation = Activation.Softmax)]
        public partial class Output
        {
        }

        [DenseLayer(7, 7, Activation = Activation.ReLU, ElementType = typeof(double))]
        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
        internal partial class Square
        {
        }

        [DenseLayer(7, 1, Activation = Activation.Sigmoid, ElementType = typeof(double))]
        internal partial class Score
        {
        }

        """;

    [Fact]
    public Task Float_network_chains_its_layers_through_reused_buffers() => Snapshot.VerifyAsync(
        Layers + """
        [Network(typeof(Hidden), typeof(Output), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Adam, LearningRate = 0.005)]
        public partial class Classifier
        {
        }
        """,
        [("Demo.Classifier.Network.g.cs", "Network.Float.g.cs"), .. LayerSnapshots]);

    [Fact]
    public Task Double_network_numbers_a_repeated_layer_type_and_keeps_internal_layers_internal() => Snapshot.VerifyAsync(
        Layers + """
        [Network(typeof(Square), typeof(Square), typeof(Score), Optimizer = OptimizerKind.Momentum, LearningRate = 0.1, Momentum = 0.5)]
        internal partial class Regressor
        {
        }
        """,
        [("Demo.Regressor.Network.g.cs", "Network.Double.g.cs"), .. LayerSnapshots]);

    private static readonly (string HintName, string File)[] LayerSnapshots =
    [
        ("Demo.Hidden.DenseLayer.g.cs", "Network.Layer.Hidden.g.cs"),
        ("Demo.Output.DenseLayer.g.cs", "Network.Layer.Output.g.cs"),
        ("Demo.Square.DenseLayer.g.cs", "Network.Layer.Square.g.cs"),
        ("Demo.Score.DenseLayer.g.cs", "Network.Layer.Score.g.cs"),
    ];
}
