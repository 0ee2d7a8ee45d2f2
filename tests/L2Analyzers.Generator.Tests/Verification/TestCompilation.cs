using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Generator.Tests.Verification;

/// <summary>
/// User code compiled as a consumer would: .NET 8 reference assemblies plus the package's lib/ (L2Analyzers.Abstractions
/// and the runtime), nullable on, warnings as errors.
/// </summary>
internal static class TestCompilation
{
    /// <summary>The package's lib/ assemblies: L2Analyzers.Abstractions and the runtime.</summary>
    public static readonly System.Reflection.Assembly[] PackageLibraries = [typeof(L2Attribute).Assembly, typeof(L2Update).Assembly];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult()
            .AddRange(PackageLibraries.Select(assembly => MetadataReference.CreateFromFile(assembly.Location))));

    /// <summary>Parse options with documentation comments checked, as in a project that generates its XML documentation.</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion version) => new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation Create(LanguageVersion version, params string[] sources) => Create(version, [], sources);

    /// <summary>A compilation that also references <paramref name="libraries"/> (assemblies built from other test sources).</summary>
    public static CSharpCompilation Create(LanguageVersion version, IEnumerable<MetadataReference> libraries, params string[] sources) => CSharpCompilation.Create(
        "UserCode" + Guid.NewGuid().ToString("N"),
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: $"User{i}.cs")),
        References.Value.AddRange(libraries),
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            warningLevel: 9999,
            specificDiagnosticOptions: [new("CS1591", ReportDiagnostic.Warn)]));

    /// <summary>Runs <see cref="L2Generator"/> over <paramref name="compilation"/>.</summary>
    public static GeneratorDriver Driver(CSharpCompilation compilation, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new L2Generator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The compilation with the generated sources added, checked to have no diagnostic at all.</summary>
    public static Compilation Generate(LanguageVersion version, params string[] sources) => Generate(version, [], sources);

    /// <summary>The compilation, referencing <paramref name="libraries"/>, with the generated sources added, checked to have no diagnostic at all.</summary>
    public static Compilation Generate(LanguageVersion version, IEnumerable<MetadataReference> libraries, params string[] sources)
    {
        var compilation = Create(version, libraries, sources);
        Driver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        return Checked(output);
    }

    /// <summary>
    /// A library assembly named <paramref name="name"/> built from <paramref name="source"/>, with or without the
    /// generator, checked to have no diagnostic at all: a class library of layers as a referencing project sees it.
    /// </summary>
    public static Compilation LibraryCompilation(string name, string source, bool withGenerator = true) =>
        (withGenerator ? Generate(LanguageVersion.CSharp10, source) : Checked(Create(LanguageVersion.CSharp10, source))).WithAssemblyName(name);

    /// <summary>The image of <see cref="LibraryCompilation"/>, as a built class library.</summary>
    public static byte[] Library(string name, string source, bool withGenerator = true)
    {
        using var image = new MemoryStream();
        var result = LibraryCompilation(name, source, withGenerator).Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return image.ToArray();
    }

    private static Compilation Checked(Compilation compilation)
    {
        // Test inputs are not documented; generated code must be (CS1591 stays an error there).
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !(d.Id == "CS1591" && IsUserCode(d.Location.SourceTree))).ToArray();
        Assert.True(diagnostics.Length == 0, string.Join(Environment.NewLine, diagnostics) + Environment.NewLine + GeneratedText(compilation));
        return compilation;
    }

    private static bool IsUserCode(SyntaxTree? tree) => tree?.FilePath.StartsWith("User", StringComparison.Ordinal) == true;

    /// <summary>All generated sources of <paramref name="output"/>, for failure messages.</summary>
    public static string GeneratedText(Compilation output) =>
        string.Join(Environment.NewLine, output.SyntaxTrees.Where(t => !IsUserCode(t)).Select(t => t.FilePath + ":" + Environment.NewLine + t));
}
