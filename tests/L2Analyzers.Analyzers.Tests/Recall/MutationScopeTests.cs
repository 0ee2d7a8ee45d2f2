using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Issue 15, shape 14: shrinking weights and biases in a genetic algorithm's mutation is not a training step.</summary>
public class MutationScopeTests
{
    private static string Genome(string method) => $$"""
        using System;

        class Genome
        {
            readonly Random rng = new Random(1);
            readonly double[] weights = new double[8];
            readonly double[] biases = new double[2];
            readonly double[] biasGrads = new double[2];

            {{method}}
        }
        """;

    [Theory]
    [InlineData("""
        public void Mutate(double rate)
        {
            for (int i = 0; i < weights.Length; i++)
                if (rng.NextDouble() < rate) weights[i] -= 0.9 * weights[i];
            for (int j = 0; j < biases.Length; j++)
                if (rng.NextDouble() < rate) biases[j] -= 0.1 * biases[j];
        }
        """)]
    [InlineData("""
        public Genome Crossover(Genome other)
        {
            var child = new Genome();
            for (int j = 0; j < biases.Length; j++)
                child.biases[j] = biases[j] - 0.5 * biases[j];
            return child;
        }
        """)]
    public Task Mutation_and_crossover_are_not_reported(string method) => Verify.VerifyAsync(Genome(method));

    [Fact]
    public Task A_gradient_step_in_the_same_genome_is_still_reported() => Verify.VerifyAsync(Genome("""
        public void FineTune(double lr)
            {
                for (int j = 0; j < biases.Length; j++)
                    {|L2R002:biases[j] -= lr * (biasGrads[j] + 0.01 * biases[j])|};
            }
        """));

    [Fact]
    public Task A_mutation_that_also_steps_with_a_gradient_is_reported() => Verify.VerifyAsync(Genome("""
        public void MutateAndLearn(double lr)
            {
                for (int j = 0; j < biases.Length; j++)
                    {|L2R002:biases[j] -= lr * biasGrads[j] + 0.1 * biases[j]|};
            }
        """));
}
