using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shapes 5 and 12: biases stored in the weight array, the extra-neuron column of a matrix (read bare by the
/// forward pass) and a flat parameter vector whose biases start at a named offset, decayed or penalized by a loop whose
/// range reaches them.
/// </summary>
public class BiasSlotTests
{
    private static string ExtraNeuron(string forward, string update) => $$"""
        class Layer
        {
            readonly int nIn, nOut;
            readonly double[,] weights;   // nOut × (nIn + 1): column nIn is the bias, fed by a constant input of 1
            readonly double[,] grads;

            public Layer(int nIn, int nOut)
            {
                this.nIn = nIn;
                this.nOut = nOut;
                weights = new double[nOut, nIn + 1];
                grads = new double[nOut, nIn + 1];
            }

            public double Output(double[] input, int j)
            {
                {{forward}}
                for (int i = 0; i < nIn; i++)
                    sum += weights[j, i] * input[i];
                return sum;
            }

            public void Update(double lr, double wd)
            {
                for (int j = 0; j < nOut; j++)
                {
                    {{update}}
                }
            }
        }
        """;

    private const string BiasFirst = "double sum = weights[j, nIn];";
    private const string AppendedOne =
        "var x = new double[nIn + 1]; System.Array.Copy(input, x, nIn); x[nIn] = 1; double sum = 0; for (int k = 0; k <= nIn; k++) sum += weights[j, k] * x[k];";
    private const string LastIsOne =
        "var x = new double[input.Length + 1]; input.CopyTo(x, 0); x[x.Length - 1] = 1.0; double sum = 0; for (int k = 0; k < x.Length; k++) sum += x[k] * weights[j, k];";
    private const string OneHot = "var x = new double[nIn]; x[j] = 1; double sum = 0; for (int k = 0; k < nIn; k++) sum += weights[j, k] * x[k];";

    [Theory]
    [InlineData(BiasFirst, "for (int i = 0; i <= nIn; i++) {|L2R002:weights[j, i] -= lr * (grads[j, i] + wd * weights[j, i])|};")]
    [InlineData(BiasFirst, "for (int i = 0; i < nIn + 1; i++) {|L2R002:weights[j, i] *= 1 - lr * wd|};")]
    [InlineData(BiasFirst, "for (int i = 0; i < weights.GetLength(1); i++) {|L2R002:weights[j, i] -= wd * weights[j, i]|};")]
    [InlineData(BiasFirst, "{|L2R002:weights[j, nIn] -= lr * (grads[j, nIn] + wd * weights[j, nIn])|};")]
    [InlineData("double sum = 0; sum += weights[j, nIn];", "for (int i = 0; i <= nIn; i++) {|L2R002:weights[j, i] -= wd * weights[j, i]|};")]
    [InlineData(AppendedOne, "for (int i = 0; i <= nIn; i++) {|L2R002:weights[j, i] -= wd * weights[j, i]|};")]
    [InlineData(LastIsOne, "for (int i = 0; i < weights.GetLength(1); i++) {|L2R002:weights[j, i] -= wd * weights[j, i]|};")]
    public Task The_bias_column_of_an_extra_neuron_layer_reached_by_a_decay_is_reported(string forward, string update) =>
        Verify.VerifyAsync(ExtraNeuron(forward, update));

    [Theory]
    [InlineData(BiasFirst, "for (int i = 0; i < nIn; i++) weights[j, i] -= lr * (grads[j, i] + wd * weights[j, i]);")]
    [InlineData(BiasFirst, "for (int i = 0; i < weights.GetLength(0); i++) weights[i, 0] -= wd * weights[i, 0];")]
    [InlineData("double sum = 0;", "for (int i = 0; i <= nIn; i++) weights[j, i] -= wd * weights[j, i];")]
    [InlineData("double sum = 0; double first = weights[j, nIn];", "for (int i = 0; i <= nIn; i++) weights[j, i] -= wd * weights[j, i];")]
    [InlineData(BiasFirst, "for (int i = 0; i <= nIn; i++) weights[j, i] -= lr * grads[j, i];")]
    [InlineData(AppendedOne, "for (int i = 0; i < nIn; i++) weights[j, i] -= wd * weights[j, i];")]
    [InlineData(OneHot, "for (int i = 0; i < weights.GetLength(1); i++) weights[j, i] -= wd * weights[j, i];")]
    [InlineData("var x = new double[nIn + 1]; x[nIn] = 0.5; double sum = 0; for (int k = 0; k <= nIn; k++) sum += weights[j, k] * x[k];",
        "for (int i = 0; i <= nIn; i++) weights[j, i] -= wd * weights[j, i];")]
    public Task A_decay_that_stops_before_the_bias_column_or_without_evidence_is_not_reported(string forward, string update) =>
        Verify.VerifyAsync(ExtraNeuron(forward, update));

    [Theory]
    [InlineData("int i = 0; while (i <= nIn) { {|L2R002:weights[j, i] -= wd * weights[j, i]|}; i++; }")]
    [InlineData("int n = nIn + 1; for (int i = 0; i < n; i++) {|L2R002:weights[j, i] *= 1 - lr * wd|};")]
    [InlineData("int i; for (i = 0; nIn >= i; i++) {|L2R002:weights[j, i] -= lr * (grads[j, i] + wd * weights[j, i])|};")]
    [InlineData("int columns = weights.GetLength(1), i = 0; do { {|L2R002:weights[j, i] -= wd * weights[j, i]|}; i++; } while (i < columns);")]
    public Task Loops_of_other_shapes_that_reach_the_bias_column_are_reported(string update) =>
        Verify.VerifyAsync(ExtraNeuron(BiasFirst, update));

    [Theory]
    [InlineData("int i = 0; while (i < nIn) { weights[j, i] -= wd * weights[j, i]; i++; }")]
    [InlineData("int n = nIn; for (int i = 0; i < n; i++) weights[j, i] *= 1 - lr * wd;")]
    [InlineData("int n = nIn + 1; n--; for (int i = 0; i < n; i++) weights[j, i] *= 1 - lr * wd;")]
    [InlineData("int i = 0; while (nIn > i) { weights[j, i] -= wd * weights[j, i]; i++; }")]
    [InlineData("int i = 0; i += nIn + 1; while (i <= nIn + nIn) { weights[j, i] -= wd * weights[j, i]; i++; }")]
    public Task Loops_of_other_shapes_that_stop_before_or_start_past_the_bias_column_are_not_reported(string update) =>
        Verify.VerifyAsync(ExtraNeuron(BiasFirst, update));

    private static string FlatVector(string bound, string penalty = "penalty += theta[k] * theta[k]") => $$"""
        class Regression
        {
            const int Inputs = 4, Outputs = 3;
            const int BiasOffset = Inputs * Outputs;
            readonly double[] theta = new double[Inputs * Outputs + Outputs];   // weights, then the biases

            double Predict(double[] x, int o)
            {
                double z = theta[BiasOffset + o];
                for (int i = 0; i < Inputs; i++)
                    z += theta[o * Inputs + i] * x[i];
                return z;
            }

            double Loss(double dataLoss, double lambda)
            {
                double penalty = 0, sumSq = 0;
                for (int k = 0; k < {{bound}}; k++)
                    {{penalty}};
                return dataLoss + 0.5 * lambda * penalty + 0 * sumSq;
            }
        }
        """;

    [Theory]
    [InlineData("theta.Length")]
    [InlineData("BiasOffset + Outputs")]
    [InlineData("Inputs * Outputs + Outputs")]
    public Task A_loss_penalty_whose_range_reaches_the_biases_is_reported(string bound) =>
        Verify.VerifyAsync(FlatVector(bound, "{|L2R002:penalty += theta[k] * theta[k]|}"));

    [Theory]
    [InlineData("BiasOffset", "penalty += theta[k] * theta[k]")]
    [InlineData("Inputs * Outputs", "penalty += System.Math.Pow(theta[k], 2)")]
    [InlineData("theta.Length", "penalty += System.Math.Abs(theta[k])")]
    [InlineData("theta.Length", "sumSq += theta[k] * theta[k]")]
    public Task A_penalty_over_the_weights_only_or_that_is_not_a_penalty_is_not_reported(string bound, string penalty) =>
        Verify.VerifyAsync(FlatVector(bound, penalty));

    /// <summary>The message names the bias by its place in the array, not the array, which holds weights too.</summary>
    [Theory]
    [InlineData(true, "'weights[…, nIn]'")]
    [InlineData(false, "'theta[BiasOffset + …]'")]
    public async Task The_message_names_the_bias_slot(bool extraNeuron, string name)
    {
        string source = extraNeuron
            ? ExtraNeuron("double sum = 0; sum += weights[j, nIn];", "for (int i = 0; i <= nIn; i++) weights[j, i] -= wd * weights[j, i];")
            : FlatVector("theta.Length");
        var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Slots", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers([new LoopRegularizationAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        var bias = Assert.Single(diagnostics);
        Assert.Equal("L2R002", bias.Id);
        Assert.Contains(name, bias.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
