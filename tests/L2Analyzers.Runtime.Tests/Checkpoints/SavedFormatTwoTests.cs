using System.Numerics;
using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Checkpoints;

/// <summary>
/// Checkpoint files of format version 2 written by the library before optimizer state was typed (each state type now
/// writes and reads itself): they still load to the same values and state, and the library still writes them byte for byte.
/// </summary>
public sealed class SavedFormatTwoTests : IDisposable
{
    // The checkpoints of SavedFormatTwoFiles.Network<float>() and <double>(), as the untyped-state library saved them.
    private const string FloatFile =
        "4C32434B02000100020000000200000007576569676874730003000000020000000106000000064269617365730103000000010000000203" +
        "00000002000000075765696768747300010000000300000002030000000642696173657301010000000100000000000000000000003E0000" +
        "A03C0000B0BD000044BE000098BE0000CEBEFCFF3F3F0000403EF9FFBFBEFEFF5F3FFCFF4F3F0000803E0000003F000000000000603D0000" +
        "E03D0000283E0000603E00008C3E02000000000000005C8FC2BB000000005C8FC23BA801033600000000A801033602000000000000005C8F" +
        "42BC5C8FC2BB00000000A8010337A801033600000000FE8D59FFB9942D9A0E8CD52ED9AAB731D38B93D066D9AE4A6A1BFCB0B7745427";

    private const string DoubleFile =
        "4C32434B02000200020000000200000007576569676874730003000000020000000106000000064269617365730103000000010000000203" +
        "0000000200000007576569676874730001000000030000000203000000064269617365730101000000010000000000000000000000000000" +
        "C03F000000000000943F000000000000B6BF000000000080C8BF000000000000D3BF0000000000C0D9BF34C619AAFFFFE73F000000000000" +
        "C83F688C3354FFFFD7BFA0E20CD5FFFFEB3F34C619AAFFFFE93F000000000000D03F000000000000E03F0000000000000000000000000000" +
        "AC3F000000000000BC3F000000000000C53F000000000000CC3F000000000080D13F020000000000000050B81E85EB5178BF000000000000" +
        "000050B81E85EB51783F4293FDF33460C03E00000000000000004293FDF33460C03E020000000000000050B81E85EB5188BF50B81E85EB51" +
        "78BF00000000000000004293FDF33460E03E4293FDF33460C03E0000000000000000FF8816FEF09C950B9C09DA726D414F99F325A0DA4071" +
        "B4D4A606F86BE9C3582F";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Files_written_before_typed_state_load_with_their_values_and_state()
    {
        AssertLoads<float>(FloatFile);
        AssertLoads<double>(DoubleFile);
    }

    [Fact]
    public void The_same_network_saves_to_the_same_bytes()
    {
        AssertSavesTo<float>(FloatFile);
        AssertSavesTo<double>(DoubleFile);
    }

    [Fact]
    public void The_files_hold_each_kind_of_state()
    {
        var parameters = SavedFormatTwoFiles.Network<double>().Layers.SelectMany(layer => layer.Parameters).ToArray();
        Assert.IsType<MomentumState<double>>(parameters[0].OptimizerState);
        Assert.Equal(2, Assert.IsType<AdamState<double>>(parameters[1].OptimizerState).Step);
        Assert.IsType<AdamState<double>>(parameters[2].OptimizerState);
        Assert.Null(parameters[3].OptimizerState);
    }

    private void AssertLoads<T>(string hex)
        where T : IFloatingPointIeee754<T>
    {
        string path = directory.File($"saved-{typeof(T).Name}.l2ck");
        File.WriteAllBytes(path, Convert.FromHexString(hex));
        var loaded = new Sequential<T>(LossKind.MeanSquaredError, new DenseLayer<T>(2, 3, Activation.Tanh), new DenseLayer<T>(3, 1));
        Checkpoint.Load(loaded, path);
        OptimizerStates.AssertSame(SavedFormatTwoFiles.Network<T>(), loaded);
    }

    private void AssertSavesTo<T>(string hex)
        where T : IFloatingPointIeee754<T>
    {
        string path = directory.File($"new-{typeof(T).Name}.l2ck");
        Checkpoint.Save(SavedFormatTwoFiles.Network<T>(), path);
        Assert.Equal(hex, Convert.ToHexString(File.ReadAllBytes(path)));
    }
}
