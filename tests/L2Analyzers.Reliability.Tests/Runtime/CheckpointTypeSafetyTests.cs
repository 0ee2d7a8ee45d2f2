using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using L2Analyzers.Reliability.Tests.Runtime.Support;

namespace L2Analyzers.Reliability.Tests.Runtime;

/// <summary>Checkpoint loading never resolves, loads or instantiates a type named by the file.</summary>
public sealed class CheckpointTypeSafetyTests : IDisposable
{
    // An assembly of the shared framework that nothing in this test process uses.
    private const string UnusedAssembly = "System.Formats.Tar";
    private const string TypeName = $"System.Formats.Tar.TarFile, {UnusedAssembly}, Version=10.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51";

    private static readonly string[] ForbiddenTypes =
    [
        "System.Activator", "System.Reflection.Assembly", "System.Runtime.Loader.AssemblyLoadContext",
        "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter", "System.Runtime.Serialization.DataContractSerializer",
        "System.Xml.Serialization.XmlSerializer", "System.Text.Json.JsonSerializer", "System.Reflection.Emit.AssemblyBuilder",
    ];

    private static readonly string[] ForbiddenMembers =
    [
        "System.Type::GetType", "System.Type::GetTypeFromProgID", "System.Type::GetTypeFromCLSID", "System.Type::InvokeMember",
        "System.AppDomain::CreateInstance", "System.AppDomain::CreateInstanceAndUnwrap", "System.AppDomain::Load",
    ];

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_parameter_named_by_an_assembly_qualified_type_is_only_a_name()
    {
        Assert.False(IsLoaded(UnusedAssembly), $"precondition: {UnusedAssembly} must not be loaded yet");
        string path = directory.File("typed.l2ck");
        var saved = NamedNetwork(value: 0.25f);
        Checkpoint.Save(saved, path);

        var same = NamedNetwork(value: -1f);
        Checkpoint.Load(same, path);
        var dense = NetworkValues.Dense<float>([1, 1], seed: 1);
        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(dense, path));

        Assert.Equal(0.25f, same.Layers[0].Parameters[0].Values[0]);
        Assert.Contains($"is '{TypeName}' (Weight, 1 × 1) in the file but 'Weights'", error.Message);
        Assert.False(IsLoaded(UnusedAssembly), $"loading a checkpoint naming {TypeName} loaded its assembly");
    }

    [Fact]
    public void The_runtime_references_no_API_that_resolves_or_creates_types_by_name()
    {
        using var pe = new PEReader(File.OpenRead(typeof(Checkpoint).Assembly.Location));
        var metadata = pe.GetMetadataReader();
        var types = metadata.TypeReferences.Select(handle => FullName(metadata, handle)).ToHashSet();
        var members = metadata.MemberReferences
            .Select(metadata.GetMemberReference)
            .Where(member => member.Parent.Kind == HandleKind.TypeReference)
            .Select(member => $"{FullName(metadata, (TypeReferenceHandle)member.Parent)}::{metadata.GetString(member.Name)}")
            .ToHashSet();

        Assert.Contains("System.Security.Cryptography.SHA256", types); // the scan sees what the checkpoint code uses
        Assert.Contains("System.Type::GetTypeFromHandle", members);   // typeof(T), which names no type from the file
        Assert.Equal([], ForbiddenTypes.Intersect(types));
        Assert.Equal([], ForbiddenMembers.Intersect(members));
    }

    private static bool IsLoaded(string assembly) => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == assembly);

    private static string FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        string name = metadata.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{FullName(metadata, (TypeReferenceHandle)type.ResolutionScope)}+{name}"
            : $"{metadata.GetString(type.Namespace)}.{name}";
    }

    private static Sequential<float> NamedNetwork(float value)
    {
        var layer = new NamedLayer(TypeName);
        layer.Parameters[0].Values[0] = value;
        return new Sequential<float>(LossKind.MeanSquaredError, layer);
    }

    /// <summary>A one-input layer whose weight carries a given name; it computes nothing.</summary>
    private sealed class NamedLayer(string weightName) : ILayer<float>
    {
        public int InputSize => 1;

        public int OutputSize => 1;

        public IReadOnlyList<Parameter<float>> Parameters { get; } =
            [new Parameter<float>(weightName, ParameterRole.Weight, 1, 1), new Parameter<float>("Biases", ParameterRole.Bias, 1, 1)];

        public void Initialize(Random random)
        {
        }

        public void Forward(ReadOnlySpan<float> input, Span<float> output, int batchSize) => throw new NotSupportedException();

        public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, Span<float> outputGradient, Span<float> inputGradient, int batchSize) =>
            throw new NotSupportedException();

        public void Update(IOptimizer<float> optimizer) => throw new NotSupportedException();
    }
}
