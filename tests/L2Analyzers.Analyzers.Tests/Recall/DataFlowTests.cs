using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 6: decay written in a helper and reported where the helper is called (the bias argument, the
/// constant argument), constants passed through parameters, instance readonly fields set once in the constructor, and
/// decay written with a snapshot local.
/// </summary>
public class DataFlowTests
{
    private static string Helper(string calls) => $$"""
        class Network
        {
            readonly float[] hiddenWeights = new float[12];
            readonly float[] hiddenBiases = new float[4];

            static void ApplyDecay(float[] p, float lambda)
            {
                for (int i = 0; i < p.Length; i++)
                    p[i] -= lambda * p[i];
            }

            static void Scale(float[] p, float s)
            {
                for (int i = 0; i < p.Length; i++)
                    p[i] *= s;
            }

            public void AfterStep()
            {
                {{calls}}
            }
        }
        """;

    [Theory]
    [InlineData("ApplyDecay({|L2R002:hiddenBiases|}, 5e-4f);")]
    [InlineData("ApplyDecay(hiddenWeights, {|L2R001:0.97f|});")]
    [InlineData("ApplyDecay(p: {|L2R002:hiddenBiases|}, lambda: 1e-4f);")]
    public Task A_decay_helper_is_reported_where_it_is_called(string call) => Verify.VerifyAsync(Helper(call));

    [Theory]
    [InlineData("ApplyDecay(hiddenWeights, 5e-4f);")]
    [InlineData("Scale(hiddenBiases, 0.5f);")]
    [InlineData("Scale(hiddenWeights, 0.97f);")]
    public Task Helpers_that_decay_weights_or_only_scale_are_not_reported(string call) => Verify.VerifyAsync(Helper(call));

    private static string ThroughParameter(string call) => $$"""
        class Trainer
        {
            readonly double[] weights = new double[8];
            readonly double[] gradients = new double[8];

            void Step(double learningRate, double decay)
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= learningRate * gradients[i] + decay * weights[i];
            }

            public void Train()
            {
                {{call}}
            }
        }
        """;

    [Fact]
    public Task A_constant_passed_through_a_parameter_is_judged_at_the_call() =>
        Verify.VerifyAsync(ThroughParameter("Step(0.1, {|L2R001:0.97|});"));

    [Fact]
    public Task A_sensible_constant_passed_through_a_parameter_is_not_reported() =>
        Verify.VerifyAsync(ThroughParameter("Step(0.1, 5e-4);"));

    private static string ReadonlyField(string constructor) => $$"""
        class Trainer
        {
            readonly double[] weights = new double[8];
            readonly double decay;

            public Trainer(double configured)
            {
                {{constructor}}
            }

            void Regularize()
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= decay * weights[i];
            }
        }
        """;

    [Fact]
    public Task An_instance_readonly_field_set_once_in_the_constructor_is_a_constant() =>
        Verify.VerifyAsync(ReadonlyField("decay = {|L2R001:0.97|};"));

    [Fact]
    public Task An_instance_readonly_field_set_from_an_argument_is_not() =>
        Verify.VerifyAsync(ReadonlyField("decay = configured;"));

    private static string Snapshot(string snapshot, bool reported) => $$"""
        class Network
        {
            readonly double[] hBiases = new double[4];
            readonly double[] hBiasGrads = new double[4];

            void Update(double lr, double wd)
            {
                for (int j = 1; j < hBiases.Length; j++)
                {
                    {{snapshot}}
                    {{(reported ? "{|L2R002:hBiases[j] -= lr * hBiasGrads[j] + lr * wd * old|}" : "hBiases[j] -= lr * hBiasGrads[j] + lr * wd * old")}};
                }
            }
        }
        """;

    [Fact]
    public Task A_decay_written_with_a_snapshot_local_is_reported() =>
        Verify.VerifyAsync(Snapshot("double old = hBiases[j];", reported: true));

    [Fact]
    public Task A_local_holding_another_element_is_not_a_snapshot() =>
        Verify.VerifyAsync(Snapshot("double old = hBiases[j - 1];", reported: false));
}
