using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;
using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>
/// One diagnostic per root cause: a suspicious constant read through a name is reported once, at the constant
/// expression of its declaration, with its uses as additional locations (docs/recognition.md).
/// </summary>
public class ConstantDeclarationTests
{
    // The judgement and its words are the rule's own (L2R001 tests); these tests check where and how often.
    private static DiagnosticResult L2R001() => new("L2R001", DiagnosticSeverity.Warning);

    [Fact]
    public Task A_local_used_in_four_decays_is_reported_once_at_its_value_with_the_four_uses() => Verify.VerifyAsync(
        """
        class Network
        {
            double[] ihWeights = new double[4], hoWeights = new double[4], ihKernel = new double[4], hoKernel = new double[4];

            void Decay()
            {
                double decay = {|#0:0.97|};
                for (int i = 0; i < 4; i++)
                {
                    ihWeights[i] -= {|#1:decay|} * ihWeights[i];
                    hoWeights[i] -= {|#2:decay|} * hoWeights[i];
                    ihKernel[i] -= {|#3:decay|} * ihKernel[i];
                    hoKernel[i] -= {|#4:decay|} * hoKernel[i];
                }
            }
        }
        """,
        L2R001().WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4));

    [Fact]
    public Task The_fix_changes_only_the_declaration() => Fix.VerifyAsync(
        """
        class Network
        {
            double[] ihWeights = new double[4], hoWeights = new double[4];

            void Decay()
            {
                double decay = {|L2R001:0.97|};
                for (int i = 0; i < 4; i++)
                {
                    ihWeights[i] -= decay * ihWeights[i];
                    hoWeights[i] -= decay * hoWeights[i];
                }
            }
        }
        """,
        """
        class Network
        {
            double[] ihWeights = new double[4], hoWeights = new double[4];

            void Decay()
            {
                double decay = 0.03;
                for (int i = 0; i < 4; i++)
                {
                    ihWeights[i] -= decay * ihWeights[i];
                    hoWeights[i] -= decay * hoWeights[i];
                }
            }
        }
        """,
        "L2R001.Suggested");

    [Fact]
    public Task A_field_used_in_two_methods_is_reported_once_at_its_initializer() => Verify.VerifyAsync(
        """
        class Network
        {
            static readonly double Decay = {|#0:0.97|};
            double[] weights = new double[4], kernel = new double[4];

            void DecayWeights()
            {
                for (int i = 0; i < 4; i++) weights[i] -= {|#1:Decay|} * weights[i];
            }

            void DecayKernel()
            {
                for (int i = 0; i < 4; i++) kernel[i] -= {|#2:Decay|} * kernel[i];
            }
        }
        """,
        L2R001().WithLocation(0).WithLocation(1).WithLocation(2));

    [Fact]
    public Task A_declaration_used_in_statements_of_which_only_some_are_decays_is_reported_once() => Verify.VerifyAsync(
        """
        class Network
        {
            double[] weights = new double[4];
            double momentum;

            void Step(double[] gradient)
            {
                const double decay = {|#0:0.97|};
                momentum = decay * momentum;
                double scaled = decay * 2;
                for (int i = 0; i < 4; i++)
                {
                    weights[i] -= {|#1:decay|} * weights[i];
                    gradient[i] *= decay;
                    weights[i] = weights[i] - {|#2:decay|} * weights[i];
                }
            }
        }
        """,
        L2R001().WithLocation(0).WithLocation(1).WithLocation(2));

    [Fact]
    public Task A_field_of_another_type_is_reported_at_each_use() => Verify.VerifyAsync(
        """
        static class Settings
        {
            public const double Decay = 0.97;
        }

        class Network
        {
            double[] weights = new double[4], kernel = new double[4];

            void Decay()
            {
                for (int i = 0; i < 4; i++)
                {
                    weights[i] -= {|#0:Settings.Decay|} * weights[i];
                    kernel[i] -= {|#1:Settings.Decay|} * kernel[i];
                }
            }
        }
        """,
        L2R001().WithLocation(0),
        L2R001().WithLocation(1));
}
