using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using L2Analyzers.Benchmarks.Synthetic;
using L2Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace L2Analyzers.Benchmarks.Generator;

/// <summary>
/// <see cref="L2Generator"/> in the IDE's situation: the synthetic consumer project (<see cref="ConsumerSources"/>) has
/// been generated once, then one unrelated file is edited and the driver runs again. The rerun must regenerate nothing
/// (checked once in the setup, on a driver that tracks its steps as the cache tests do); it is compared with a full run
/// of a new driver on the same project. The timed drivers do not track steps, as neither the IDE nor a build does:
/// recording the steps costs more than the generator's own transforms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerFileConfig))]
public class GeneratorRerunBenchmarks
{
    private CSharpCompilation compilation = null!;
    private GeneratorDriver generated = null!;
    private GeneratorDriver floor = null!;
    private SyntaxTree unrelated = null!;
    private int edits;

    /// <summary>The number of files in the synthetic project.</summary>
    public static int FileCount { get; } = ConsumerSources.Create().Count;

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = ConsumerSources.Create().Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, file.Path));
        var references = Basic.Reference.Assemblies.Net80.References.All
            .Append(MetadataReference.CreateFromFile(typeof(L2Mode).Assembly.Location));
        compilation = CSharpCompilation.Create("Consumer", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        unrelated = compilation.SyntaxTrees.Single(tree => tree.FilePath == ConsumerSources.UnrelatedFile);
        generated = NewDriver(parseOptions, new L2Generator()).RunGenerators(compilation);
        floor = NewDriver(parseOptions, new AttributeLookupFloor()).RunGenerators(compilation);
        var tracked = NewDriver(parseOptions, new L2Generator(), trackSteps: true).RunGenerators(compilation);
        CheckNothingRegenerated(tracked.RunGenerators(EditUnrelatedFile()).GetRunResult().Results.Single());
    }

    [Benchmark(Baseline = true, Description = "full run, new driver")]
    public GeneratorDriver FullRun() => NewDriver((CSharpParseOptions)unrelated.Options, new L2Generator()).RunGenerators(compilation);

    [Benchmark(Description = "rerun after an unrelated edit")]
    public GeneratorDriver RerunAfterUnrelatedEdit() => generated.RunGenerators(EditUnrelatedFile());

    [Benchmark(Description = "rerun, attribute lookup alone (floor)")]
    public GeneratorDriver FloorRerunAfterUnrelatedEdit() => floor.RunGenerators(EditUnrelatedFile());

    private static GeneratorDriver NewDriver(CSharpParseOptions parseOptions, IIncrementalGenerator generator, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    // Changes a constant in a method body of an ordinary class: what typing in an unrelated file does.
    private CSharpCompilation EditUnrelatedFile()
    {
        var text = unrelated.GetText();
        int at = text.ToString().IndexOf("value < 0", StringComparison.Ordinal) + "value < ".Length;
        var edited = unrelated.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, 1), (++edits % 10).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return compilation.ReplaceSyntaxTree(unrelated, edited);
    }

    // The generator's own named steps (as in its cache tests) and its source outputs must all be Cached or Unchanged.
    private static void CheckNothingRegenerated(GeneratorRunResult result)
    {
        var names = typeof(L2Generator).Assembly.GetType("L2Analyzers.Generator.GeneratorStepNames", throwOnError: true)!
            .GetFields().Select(field => (string)field.GetRawConstantValue()!).ToHashSet();
        var changed = result.TrackedSteps.Where(step => names.Contains(step.Key)).Concat(result.TrackedOutputSteps)
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (step.Key, output.Reason)))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Distinct()
            .ToImmutableArray();
        if (result.Exception is not null || changed.Length > 0 || names.Any(name => !result.TrackedSteps.ContainsKey(name)))
        {
            throw new InvalidOperationException(
                $"After an unrelated edit the generator should regenerate nothing, but: {result.Exception?.Message} " +
                string.Join(", ", changed.Select(c => $"{c.Key} {c.Reason}")));
        }
    }

    /// <summary>Adds the time per file of the synthetic project.</summary>
    public sealed class PerFileConfig : ManualConfig
    {
        public PerFileConfig() => AddColumn(new DerivedColumn(
            "μs/file", $"Median time divided by the {FileCount} files of the synthetic project", median => median / 1000 / FileCount, "F3"));
    }
}
