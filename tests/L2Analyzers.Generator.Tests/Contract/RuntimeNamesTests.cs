using L2Analyzers.Common.Symbols;

namespace L2Analyzers.Generator.Tests.Contract;

/// <summary>
/// The runtime's metadata names the analyzers and the generator write out (they cannot reference the net8.0 runtime)
/// name real runtime types; the names of L2Analyzers.Abstractions types come from the types themselves.
/// </summary>
public class RuntimeNamesTests
{
    [Theory]
    [InlineData(KnownNames.ParameterRole)]
    [InlineData(KnownNames.Parameter)]
    [InlineData(KnownNames.LayerInterface)]
    [InlineData(KnownNames.L2Update)]
    [InlineData(KnownNames.L2Kernels)]
    [InlineData(KnownNames.L2Regularization)]
    public void Runtime_names_resolve_to_runtime_types(string metadataName) =>
        Assert.NotNull(typeof(L2Update).Assembly.GetType(metadataName));

    [Fact]
    public void Memory_name_resolves_to_the_framework_type() => Assert.NotNull(Type.GetType(KnownNames.Memory));
}
