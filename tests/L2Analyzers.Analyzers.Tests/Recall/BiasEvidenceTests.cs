using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 5: biases recognised by more than their name: a vector decayed with the same coefficient as a weight
/// matrix whose rows or columns it matches, and bias arrays added to a list of parameters that a loop decays.
/// </summary>
public class BiasEvidenceTests
{
    private static string ShapedLayer(string vector, string vectorDecay) => $$"""
        class Layer
        {
            const int Outputs = 4, Inputs = 7;
            readonly double[,] kernel = new double[Outputs, Inputs];
            readonly double[,] gradKernel = new double[Outputs, Inputs];
            readonly double[] offsets = {{vector}};
            readonly double[] gradOffsets = new double[Outputs];

            public void Update(double lr, double wd)
            {
                for (int o = 0; o < Outputs; o++)
                    for (int i = 0; i < Inputs; i++)
                        kernel[o, i] -= lr * (gradKernel[o, i] + wd * kernel[o, i]);
                for (int o = 0; o < Outputs; o++)
                    {{vectorDecay}}
            }
        }
        """;

    [Theory]
    [InlineData("new double[Outputs]")]
    [InlineData("new double[Inputs]")]
    public Task A_vector_decayed_like_a_matrix_it_matches_is_a_bias(string vector) => Verify.VerifyAsync(ShapedLayer(
        vector, "{|L2R002:offsets[o] -= lr * (gradOffsets[o] + wd * offsets[o])|};"));

    [Fact]
    public Task A_vector_of_another_length_is_not_a_bias() => Verify.VerifyAsync(ShapedLayer(
        "new double[Outputs + 1]", "offsets[o] -= lr * (gradOffsets[o] + wd * offsets[o]);"));

    [Fact]
    public Task A_vector_decayed_with_another_coefficient_is_not_a_bias() => Verify.VerifyAsync(ShapedLayer(
        "new double[Outputs]", "offsets[o] -= lr * (gradOffsets[o] + 0.5 * wd * offsets[o]);"));

    private static string ListNetwork(string registrations, bool reported, string parameters = "readonly List<double[]> parameters = new();") => $$"""
        using System.Collections.Generic;

        class Network
        {
            {{parameters}}
            readonly List<double[]> gradients = new();
            readonly double[] hiddenWeights = new double[12];
            readonly double[] hiddenBiases = new double[4];
            readonly double[] hiddenWeightGrads = new double[12];
            readonly double[] hiddenBiasGrads = new double[4];

            public Network()
            {
                {{registrations}}
            }

            public void Step(double learningRate, double weightDecay)
            {
                for (int k = 0; k < parameters.Count; k++)
                {
                    double[] p = parameters[k];
                    double[] g = gradients[k];
                    for (int i = 0; i < p.Length; i++)
                        {{Mark("p[i] -= learningRate * (g[i] + weightDecay * p[i])", reported)}};
                }

                foreach (var q in parameters)
                    for (int i = 0; i < q.Length; i++)
                        {{Mark("q[i] -= weightDecay * q[i]", reported)}};
            }
        }
        """;

    private static string Mark(string statement, bool reported) => reported ? "{|L2R002:" + statement + "|}" : statement;

    [Fact]
    public Task Biases_added_to_a_decayed_list_are_reported() => Verify.VerifyAsync(ListNetwork(
        """
        parameters.Add(hiddenWeights); gradients.Add(hiddenWeightGrads);
                parameters.Add(hiddenBiases); gradients.Add(hiddenBiasGrads);
        """,
        reported: true));

    [Fact]
    public Task A_list_of_weights_only_is_not_reported() => Verify.VerifyAsync(ListNetwork(
        "parameters.Add(hiddenWeights); gradients.Add(hiddenWeightGrads);", reported: false));

    [Fact]
    public Task Biases_added_to_another_list_are_not_reported() => Verify.VerifyAsync(ListNetwork(
        """
        parameters.Add(hiddenWeights); gradients.Add(hiddenWeightGrads);
                var frozen = new List<double[]> { hiddenBiases };
        """,
        reported: false));

    private const string ListField = "readonly List<double[]> parameters = new();";

    [Theory]
    [InlineData("gradients.Add(hiddenWeightGrads);", "IReadOnlyList<double[]> parameters => new[] { hiddenWeights, hiddenBiases };")]
    [InlineData("gradients.Add(hiddenWeightGrads);", "IReadOnlyList<double[]> parameters => [hiddenWeights, this.hiddenBiases];")]
    [InlineData("parameters.AddRange(new[] { hiddenWeights, hiddenBiases });", ListField)]
    [InlineData("parameters = new List<double[]> { hiddenWeights, hiddenBiases };", ListField)]
    [InlineData("parameters.Insert(0, hiddenBiases);", ListField)]
    public Task Biases_put_into_a_decayed_list_by_initializers_or_ranges_are_reported(string registrations, string parameters) =>
        Verify.VerifyAsync(ListNetwork(registrations, reported: true, parameters));

    [Theory]
    [InlineData("parameters.AddRange(new[] { hiddenWeights, hiddenWeightGrads });", ListField)]
    [InlineData("gradients.Add(hiddenWeightGrads);", "IReadOnlyList<double[]> parameters => new[] { hiddenWeights };")]
    [InlineData("var all = new List<double[]> { hiddenWeights, hiddenBiases };", ListField)]
    public Task Initializers_and_ranges_without_a_bias_in_the_decayed_list_are_not_reported(string registrations, string parameters) =>
        Verify.VerifyAsync(ListNetwork(registrations, reported: false, parameters));
}
