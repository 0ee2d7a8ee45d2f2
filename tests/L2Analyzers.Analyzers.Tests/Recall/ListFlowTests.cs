using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 5: lists of parameters that reach the decaying loop another way than as the member itself: returned
/// by a layer's method (through its base type) and copied, passed to a helper of the same type, filled through a local
/// that stands for the member, or written in the loop itself (<c>foreach (var p in new[] { hWeights, hBiases })</c>).
/// </summary>
public class ListFlowTests
{
    private static string Layers(string parameters, string decay) => $$"""
        using System.Collections.Generic;
        using System.Linq;

        abstract class Layer
        {
            public abstract IEnumerable<double[]> Parameters();
        }

        class Dense : Layer
        {
            readonly double[] hWeights = new double[12], hBiases = new double[4];

            {{parameters}}

            public IEnumerable<double[]> Biases() { yield return hBiases; }

            public void Freeze()
            {
                var copy = Parameters().ToList();
                copy.Add(hBiases);
            }
        }

        class Trainer
        {
            readonly List<Layer> layers = new();
            double weightDecay = 1e-4;

            public void Decay()
            {
                foreach (var layer in layers)
                {
                    {{decay}}
                }
            }
        }
        """;

    private const string Copied = "var ps = layer.Parameters().ToList(); foreach (var p in ps) for (int i = 0; i < p.Length; i++) ";
    private const string Direct = "foreach (var p in layer.Parameters()) for (int i = 0; i < p.Length; i++) ";
    private const string Indexed = "var ps = layer.Parameters().ToArray(); for (int k = 0; k < ps.Length; k++) for (int i = 0; i < ps[k].Length; i++) ";

    [Theory]
    [InlineData("public override IEnumerable<double[]> Parameters() => new[] { hWeights, hBiases };", Copied + "{|L2R002:p[i] -= weightDecay * p[i]|};")]
    [InlineData("public override IEnumerable<double[]> Parameters() { yield return hWeights; yield return hBiases; }", Direct + "{|L2R002:p[i] -= weightDecay * p[i]|};")]
    [InlineData("public override IEnumerable<double[]> Parameters() { var list = new List<double[]>(); list.Add(hWeights); list.Add(hBiases); return list; }",
        Indexed + "{|L2R002:ps[k][i] *= 1 - weightDecay|};")]
    public Task A_layers_parameters_with_a_bias_returned_and_copied_are_reported(string parameters, string decay) =>
        Verify.VerifyAsync(Layers(parameters, decay));

    [Theory]
    [InlineData("public override IEnumerable<double[]> Parameters() => new[] { hWeights };", Copied + "p[i] -= weightDecay * p[i];")]
    [InlineData("public override IEnumerable<double[]> Parameters() { yield return hWeights; }", Indexed + "ps[k][i] *= 1 - weightDecay;")]
    [InlineData("public override IEnumerable<double[]> Parameters() => new[] { hWeights, hBiases };", Direct + "p[i] -= weightDecay;")]
    public Task A_layers_weights_returned_and_a_bias_added_to_a_copy_or_elsewhere_are_not_reported(string parameters, string decay) =>
        Verify.VerifyAsync(Layers(parameters, decay));

    private static string Helper(string registration, string passed, string decay = "p[i] -= wd * p[i]") => $$"""
        using System.Collections.Generic;
        using System.Linq;

        class Network
        {
            readonly double[] hWeights = new double[12], hBiases = new double[4];
            readonly List<double[]> parameters = new(), frozen = new();
            double weightDecay = 1e-4;

            public Network()
            {
                {{registration}}
            }

            static void Decay(List<double[]> ps, double wd)
            {
                foreach (var p in ps)
                    for (int i = 0; i < p.Length; i++)
                        {{decay}};
            }

            public void Step() => Decay({{passed}}, weightDecay);
        }
        """;

    [Theory]
    [InlineData("parameters.Add(hWeights); parameters.Add(hBiases);", "parameters")]
    [InlineData("parameters.Add(hWeights); parameters.Add(hBiases);", "parameters.ToList()")]
    [InlineData("var list = parameters; list.Add(hWeights); list.Add(hBiases);", "parameters")]
    [InlineData("var list = new List<double[]> { hWeights }; list.Add(hBiases); parameters = list;", "new List<double[]>(parameters)")]
    public Task A_list_with_a_bias_passed_to_a_decay_helper_or_filled_through_a_local_is_reported(string registration, string passed) =>
        Verify.VerifyAsync(Helper(registration, passed, "{|L2R002:p[i] -= wd * p[i]|}"));

    [Theory]
    [InlineData("parameters.Add(hWeights); frozen.Add(hBiases);", "parameters")]
    [InlineData("parameters.Add(hWeights); parameters.Add(hBiases);", "frozen")]
    [InlineData("parameters.Add(hWeights); var copy = parameters.ToList(); copy.Add(hBiases);", "parameters")]
    [InlineData("var list = frozen; list.Add(hBiases); parameters.Add(hWeights);", "parameters")]
    public Task A_helper_given_a_list_without_a_bias_is_not_reported(string registration, string passed) =>
        Verify.VerifyAsync(Helper(registration, passed));

    private static string Written(string decay) => $$"""
        using System.Collections.Generic;

        class Network
        {
            readonly double[] hWeights = new double[12], hBiases = new double[4], oWeights = new double[8];
            double weightDecay = 1e-4;

            public void Decay()
            {
                {{decay}}
            }
        }
        """;

    [Theory]
    [InlineData("foreach (var p in new[] { hWeights, hBiases }) for (int i = 0; i < p.Length; i++) {|L2R002:p[i] -= weightDecay * p[i]|};")]
    [InlineData("var ps = new List<double[]> { hWeights, oWeights, hBiases }; foreach (var p in ps) for (int i = 0; i < p.Length; i++) {|L2R002:p[i] *= 1 - weightDecay|};")]
    public Task A_list_written_in_the_loop_with_a_bias_is_reported(string decay) => Verify.VerifyAsync(Written(decay));

    [Theory]
    [InlineData("foreach (var p in new[] { hWeights, oWeights }) for (int i = 0; i < p.Length; i++) p[i] -= weightDecay * p[i];")]
    [InlineData("foreach (var p in new[] { hWeights, hBiases }) for (int i = 0; i < p.Length; i++) { double x = p[i]; x -= weightDecay * x; }")]
    public Task A_written_list_of_weights_or_a_copy_of_its_element_is_not_reported(string decay) => Verify.VerifyAsync(Written(decay));
}
