using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R002Tests
{
    [Theory]
    [InlineData("Bias")]
    [InlineData("Biases")]
    [InlineData("hBiases")]
    [InlineData("oBiases")]
    [InlineData("biasVector")]
    [InlineData("_outputBias")]
    public Task A_member_named_as_a_bias_is_reported(string name) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class Layer
        {
            [{|L2R002:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public double[] {{name}} = new double[4];
        }
        """);

    [Theory]
    [InlineData("Unbiased")]
    [InlineData("Weights")]
    [InlineData("ihWeights")]
    public Task Other_names_are_not_reported(string name) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[] {{name}} = new double[4];
        }
        """);

    [Fact]
    public Task The_message_names_the_bias_and_the_evidence() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[] hBiases = new double[4];
        }
        """,
        Verify.Diagnostic("L2R002").WithSpan(5, 6, 5, 51).WithArguments(
            "[L2] regularizes the bias 'hBiases' like a weight: its name says it is a bias.",
            "Remove [L2] from it."));

    [Fact]
    public Task The_Bias_marker_decides_whatever_the_name() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [Bias]
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public float[] Offsets { get; } = new float[4];
        }
        """,
        Verify.Diagnostic("L2R002").WithSpan(6, 6, 6, 51).WithArguments(
            "[L2] regularizes the bias 'Offsets' like a weight: it is marked [Bias].",
            "Remove [L2] from it."));

    [Fact]
    public Task A_parameter_created_with_the_bias_role_is_reported() => Verify.VerifyAsync("""
        using L2Analyzers;

        class Layer
        {
            [{|L2R002:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public Parameter<float> Offsets = new("b", ParameterRole.Bias, 4, 1);

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public Parameter<float> Kernel = new Parameter<float>("W", ParameterRole.Weight, 4, 7);
        }
        """);

    [Theory]
    [InlineData("new double[4, 7]", "new double[4]")]
    [InlineData("new double[7, 4]", "new double[4]")]
    [InlineData("new double[Outputs, Inputs]", "new double[Outputs]")]
    [InlineData("new double[Outputs][]", "new double[Outputs]")]
    public Task A_vector_matching_a_weight_matrix_beside_it_is_reported(string matrix, string vector) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class Layer
        {
            const int Inputs = 7, Outputs = 4;

            public {{(matrix.EndsWith("[]") ? "double[][]" : "double[,]")}} Kernel = {{matrix}};

            [{|L2R002:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public double[] Offsets = {{vector}};
        }
        """);

    [Theory]
    [InlineData("double[,]", "new double[4, 7]", "new double[5]")]
    [InlineData("float[,]", "new float[4, 7]", "new double[4]")]
    [InlineData("double[]", "new double[28]", "new double[4]")]
    [InlineData("double[,]", "null!", "new double[4]")]
    public Task A_vector_that_does_not_match_is_not_reported(string type, string matrix, string vector) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class Layer
        {
            public {{type}} Kernel = {{matrix}};

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[] Scales = {{vector}};
        }
        """);

    [Fact]
    public Task The_shape_evidence_names_the_matrix() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            public double[,] Kernel = new double[4, 7];

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[] Offsets = new double[4];
        }
        """,
        Verify.Diagnostic("L2R002").WithSpan(7, 6, 7, 51).WithArguments(
            "[L2] regularizes the bias 'Offsets' like a weight: it is a vector of 4 beside the 4 × 7 matrix 'Kernel', the shape of that matrix's bias.",
            "Remove [L2] from it."));

    [Fact]
    public Task A_layer_told_to_include_its_biases_is_reported_at_that_argument() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [DenseLayer(4, 7)]
        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001, IncludeBiases = true)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R002").WithSpan(4, 48, 4, 68).WithArguments(
            "IncludeBiases = true asks for the biases 'Hidden.Biases' to be regularized, which generated layers never do.",
            "Remove IncludeBiases."));

    [Fact]
    public Task A_layer_that_leaves_its_biases_alone_is_not_reported() => Verify.VerifyAsync("""
        using L2Analyzers;

        [DenseLayer(4, 7)]
        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001, IncludeBiases = false)]
        partial class Hidden { }

        [DenseLayer(7, 2)]
        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
        partial class Output { }
        """);
}
