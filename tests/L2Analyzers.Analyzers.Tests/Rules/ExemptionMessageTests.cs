using L2Analyzers.Analyzers.Tests.Recall;
using AttributeVerify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;
using CallVerify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;
using LoopVerify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;
using TorchVerify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.Rules;

/// <summary>
/// The messages of L2R002 and L2R008 in every context: what the code does to which parameter, then what to do instead,
/// with long code and long names shortened so that the message keeps to two sentences and 250 characters.
/// </summary>
public class ExemptionMessageTests
{
    private static string Loop(string name, string update) => $$"""
        class Network
        {
            double[] {{name}} = new double[4];
            double[] hGrads = new double[4];
            double penalty;

            void Update(double learnRate, double weightDecay)
            {
                for (int i = 0; i < {{name}}.Length; ++i)
                    {|#0:{{update}}|};
            }
        }
        """;

    [Theory]
    [InlineData("hBiases[i] *= 1.0 - weightDecay", "`hBiases[i] *= 1.0 - weightDecay` decays the bias 'hBiases' like a weight.", "Drop the decay for biases.")]
    [InlineData(
        "hGrads[i] += weightDecay * hBiases[i]",
        "`hGrads[i] += weightDecay * hBiases[i]` adds a penalty to the gradient that pulls the bias 'hBiases' toward 0.",
        "Drop this term for biases.")]
    [InlineData(
        "hBiases[i] -= learnRate * (hGrads[i] + weightDecay * hBiases[i])",
        "The penalty term in `hBiases[i] -= learnRate * (hGrads[i] + weightDecay * hB…` pulls the bias 'hBiases' toward 0 every step.",
        "Drop the penalty term for biases.")]
    [InlineData(
        "penalty += hBiases[i] * hBiases[i]",
        "`penalty += hBiases[i] * hBiases[i]` adds the bias 'hBiases' to the loss penalty.",
        "Leave biases out of the penalty.")]
    public Task A_loop_message_quotes_the_statement_then_says_what_to_drop(string update, string what, string action) =>
        LoopVerify.VerifyAsync(Loop("hBiases", update), LoopVerify.Diagnostic("L2R002").WithLocation(0).WithArguments(what, action));

    [Fact]
    public Task Long_statements_and_names_are_shortened()
    {
        const string name = "layerNormalizationGammaOfTheSecondResidualBlock";
        return LoopVerify.VerifyAsync(
            Loop(name, $"{name}[i] -= learnRate * (hGrads[i] + weightDecay * {name}[i])"),
            LoopVerify.Diagnostic("L2R008").WithLocation(0).WithArguments(
                "The penalty term in `layerNormalizationGammaOfTheSecondResidualBlock[i] -= l…` pulls the normalization " +
                "parameter 'layerNormalizationGammaOfTheSecondResid…' toward 0 every step.",
                "Drop the penalty term for normalization parameters."));
    }

    [Fact]
    public Task An_attribute_message_shortens_the_names_in_its_evidence() => AttributeVerify.VerifyAsync(
        """
        using L2Analyzers;

        class LayerNormalizationOfTheSecondResidualBlockInTheEncoder
        {
            [{|#0:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public float[] Weights = new float[4];
        }
        """,
        AttributeVerify.Diagnostic("L2R008").WithLocation(0).WithArguments(
            "[L2] regularizes the normalization parameter 'Weights' like a weight: it belongs to the normalization layer 'LayerNormalizationOfTheSecondResidualBl…'.",
            "Remove [L2] from it."));

    [Fact]
    public Task A_kernel_message_names_the_method_and_the_argument() => CallVerify.VerifyAsync(
        """
        using L2Analyzers;

        class Network
        {
            readonly float[] lnGamma = new float[4];

            void AfterBackward() => L2Kernels.Decay({|#0:lnGamma|}, 0.999f);
        }
        """,
        CallVerify.Diagnostic("L2R008").WithLocation(0).WithArguments(
            "L2Kernels.Decay regularizes the normalization parameter 'lnGamma' like a weight.", "Pass the weights only."));

    [Fact]
    public Task A_TorchSharp_message_names_the_weight_decay_and_the_selection() => TorchVerify.VerifyAsync(
        TorchSharpModels.Plain + """
        static class Training
        {
            public static void Run()
            {
                var named = new Plain().named_parameters().ToList();
                var optimizer = torch.optim.SGD({|#0:named.Where(p => p.name.EndsWith("bias")).Select(p => p.parameter)|}, 0.1, weight_decay: 5e-4);
            }
        }
        """,
        TorchVerify.Diagnostic("L2R002").WithLocation(0).WithArguments(
            "weight_decay: 5e-4 decays the biases that `named.Where(p => p.name.EndsWith(\"bias\")).Select(p => p…` selects.",
            "Give their group weight_decay = 0."));
}
