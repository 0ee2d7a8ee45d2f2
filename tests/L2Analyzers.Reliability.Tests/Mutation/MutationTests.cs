using L2Analyzers.Tests.Shared;
using Xunit.Abstractions;

namespace L2Analyzers.Reliability.Tests.Mutation;

/// <summary>
/// No analyzer exception (AD0001) and no generator failure (CS8785) on any code an editor may show:
/// every test and sample input, mutated many times with a fixed seed, and this repository's own code.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    /// <summary>
    /// About this many mutants per run, spread evenly over the distinct input shapes (at least two each); mutants that
    /// come out identical are run once, so a run may have fewer.
    /// </summary>
    private const int MutantBudget = 4000;
    private const int Seed = 20261126;

    [Fact]
    public void Corpus_is_not_empty()
    {
        var corpus = CorpusCollector.Collect();
        Assert.True(corpus.Count >= 10, $"only {corpus.Count} inputs collected");
        Assert.Contains(corpus, item => item.Source.Contains("[L2(", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyzers_and_generator_never_throw_on_mutated_inputs()
    {
        var corpus = CorpusCollector.CollectDistinctShapes();
        var random = new Random(Seed);
        int mutantsPerInput = Math.Max(2, MutantBudget / corpus.Count);
        var mutants = corpus
            .SelectMany(item => Enumerable.Range(0, mutantsPerInput).Select(n => (item.Origin, Source: Mutator.Mutate(item.Source, random))))
            .DistinctBy(mutant => mutant.Source) // the same mutant twice takes the same path twice
            .ToArray();

        var failures = mutants
            .AsParallel()
            .SelectMany(m => RoslynHarness.Failures([m.Source]).Select(f => $"{m.Origin}: {f}\n--- mutant ---\n{m.Source}"))
            .ToArray();

        output.WriteLine($"{mutants.Length} distinct mutants of {corpus.Count} distinct input shapes ({CorpusCollector.Collect().Count} inputs) run through {RoslynHarness.Analyzers.Length} analyzers and the generator; {failures.Length} exceptions.");
        Assert.True(failures.Length == 0, string.Join("\n\n", failures.Take(3)));
    }

    [Fact]
    public void Analyzers_never_throw_on_this_repository()
    {
        var files = new[] { "src", "tests", "samples" }.SelectMany(CorpusCollector.SourceFiles).ToArray();

        var failures = RoslynHarness.Failures(files.Select(File.ReadAllText));

        output.WriteLine($"{files.Length} files of {RepositoryPaths.Root} analyzed as one compilation; {failures.Count} exceptions.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }
}
