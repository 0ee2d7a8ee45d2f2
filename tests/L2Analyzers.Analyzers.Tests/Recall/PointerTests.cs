using Microsoft.CodeAnalysis.CSharp;
using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Issue 15, shape 7: an array pinned with <c>fixed</c> and decayed through the pointer.</summary>
public class PointerTests
{
    private static Task VerifyUnsafe(string source)
    {
        var test = new Verify.Test { TestCode = source };
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithAllowUnsafe(true));
        });
        return test.RunAsync();
    }

    private static string Pinned(string array, string update) => $$"""
        class Network
        {
            readonly double[] hiddenBiases = new double[4];
            readonly double[] hiddenWeights = new double[16];
            readonly double[] gradients = new double[16];

            unsafe void Update(double lr)
            {
                fixed (double* p = {{array}}, g = gradients)
                {
                    for (int i = 0; i < 4; i++)
                    {
                        double step = -lr * g[i];
                        {{update}};
                    }
                }
            }
        }
        """;

    [Fact]
    public Task A_bias_decayed_through_its_pinned_pointer_is_reported() =>
        VerifyUnsafe(Pinned("hiddenBiases", "{|L2R002:p[i] += step - 1e-4 * p[i]|}"));

    [Fact]
    public Task A_suspicious_constant_through_a_pinned_weight_pointer_is_reported() =>
        VerifyUnsafe(Pinned("hiddenWeights", "p[i] += step - {|L2R001:0.97|} * p[i]"));

    [Theory]
    [InlineData("hiddenWeights", "p[i] += step - 1e-4 * p[i]")]
    [InlineData("hiddenBiases", "p[i] += step")]
    [InlineData("&hiddenWeights[0]", "p[i] += step - 1e-4 * p[i]")]
    public Task Usual_updates_through_pointers_are_not_reported(string array, string update) =>
        VerifyUnsafe(Pinned(array, update));
}
