using L2Analyzers.Common;
using L2Analyzers.Common.Definitions;
using L2Analyzers.Common.Symbols;

namespace L2Analyzers.Generator.Tests.Contract;

/// <summary>What the generator assumes about the runtime (which it cannot reference) matches the runtime.</summary>
public class RuntimeMirrorTests
{
    [Fact]
    public void Network_defaults_match_the_attribute()
    {
        var attribute = new NetworkAttribute();

        Assert.Equal(KnownNames.DefaultLearningRate, attribute.LearningRate);
        Assert.Equal(KnownNames.DefaultMomentum, attribute.Momentum);
        Assert.Equal((LossKind)0, attribute.Loss);
        Assert.Equal((OptimizerKind)0, attribute.Optimizer);
    }

    [Fact]
    public void Dense_layer_defaults_match_the_attribute()
    {
        var attribute = new DenseLayerAttribute(1, 1);

        Assert.Equal(typeof(float), attribute.ElementType);
        Assert.Equal((Activation)0, attribute.Activation);
    }

    [Fact]
    public void L2ModeKind_mirrors_L2Mode_name_for_name_and_value_for_value()
    {
        Assert.Equal(
            Enum.GetValues<L2Mode>().Select(m => (m.ToString(), (int)m)),
            Enum.GetValues<L2ModeKind>().Select(m => (m.ToString(), (int)m)));
    }

    [Fact]
    public void Metadata_names_resolve_to_runtime_types()
    {
        var runtime = typeof(L2Attribute).Assembly;

        Assert.NotNull(runtime.GetType(KnownNames.DenseLayerAttribute));
        Assert.NotNull(runtime.GetType(KnownNames.NetworkAttribute));
        Assert.NotNull(runtime.GetType(KnownNames.LayerInterface));
        Assert.NotNull(runtime.GetType(KnownNames.Parameter));
        Assert.NotNull(Type.GetType(KnownNames.Memory));
    }
}
