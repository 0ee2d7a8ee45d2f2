using L2Analyzers.Common.Symbols;

namespace L2Analyzers.Generator.Tests.Contract;

/// <summary>The metadata names the analyzers and the generator look up are the runtime's and the BCL's real types.</summary>
public class KnownNamesTests
{
    [Theory]
    [InlineData(KnownNames.L2Attribute)]
    [InlineData(KnownNames.NetworkAttribute)]
    [InlineData(KnownNames.DenseLayerAttribute)]
    [InlineData(KnownNames.BiasAttribute)]
    [InlineData(KnownNames.NormalizationParameterAttribute)]
    [InlineData(KnownNames.L2Mode)]
    [InlineData(KnownNames.OptimizerKind)]
    [InlineData(KnownNames.L2Convention)]
    [InlineData(KnownNames.ParameterRole)]
    [InlineData(KnownNames.Parameter)]
    [InlineData(KnownNames.LayerInterface)]
    [InlineData(KnownNames.L2Update)]
    [InlineData(KnownNames.L2Kernels)]
    [InlineData(KnownNames.L2Regularization)]
    public void Each_runtime_name_is_a_type_the_runtime_exposes(string metadataName)
    {
        var runtime = typeof(L2Update).Assembly;
        var type = runtime.GetType(metadataName) ?? typeof(L2Attribute).Assembly.GetType(metadataName);
        Assert.NotNull(type);
        Assert.True(type.IsPublic, $"{metadataName} is not public");
    }

    [Fact]
    public void The_memory_name_is_the_BCL_type() => Assert.Equal(typeof(Memory<>), Type.GetType(KnownNames.Memory));
}
