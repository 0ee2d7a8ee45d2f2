using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Checkpoints;

public sealed class CheckpointTests : IDisposable
{
    // Offsets of the header (every version): magic 0, version 4, element code 6, layer count 8, first layer's parameter count 12.
    private const int VersionOffset = 4, ElementOffset = 6, LayerCountOffset = 8;

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Save_then_load_restores_every_parameter_bit_for_bit()
    {
        AssertRoundTrip<float>();
        AssertRoundTrip<double>();
    }

    [Fact]
    public void Saving_replaces_the_previous_checkpoint_and_leaves_no_temporary_file()
    {
        string path = directory.File("model.l2ck");
        var network = Blobs.Network<float>(seed: 1);
        Checkpoint.Save(network, path);
        var other = Blobs.Network<float>(seed: 2);
        Checkpoint.Save(other, path);
        Assert.Equal(["model.l2ck"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
        Checkpoint.Load(network, path);
        TestData.AssertBitEqual<float>(other.Layers[0].Parameters[0].Values, network.Layers[0].Parameters[0].Values);
    }

    [Fact]
    public void A_failed_save_keeps_the_previous_checkpoint()
    {
        string path = directory.File("model.l2ck");
        Checkpoint.Save(Blobs.Network<float>(seed: 1), path);
        byte[] before = File.ReadAllBytes(path);
        var tooLongName = new Sequential<float>(LossKind.MeanSquaredError, new NamedLayer(new string('w', 300)));
        Assert.Throws<ArgumentException>(() => Checkpoint.Save(tooLongName, path));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(directory.Path));
        Assert.Throws<DirectoryNotFoundException>(() => Checkpoint.Save(Blobs.Network<float>(), Path.Combine(directory.Path, "missing", "model.l2ck")));
    }

    [Fact]
    public void A_missing_file_is_named() =>
        Assert.Contains("absent.l2ck", Assert.Throws<FileNotFoundException>(() => Checkpoint.Load(Blobs.Network<float>(), directory.File("absent.l2ck"))).Message);

    [Fact]
    public void A_file_that_is_not_a_checkpoint_is_named_as_such()
    {
        string path = directory.File("notes.txt", "hello, world");
        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(Blobs.Network<float>(), path));
        Assert.Equal(path, error.Path);
        Assert.Contains("does not start with \"L2CK\"", error.Message);
    }

    [Fact]
    public void Corruption_and_truncation_fail_the_checksum_and_leave_the_network_unchanged()
    {
        var (path, bytes) = Saved<float>();
        var network = Blobs.Network<float>(seed: 9);
        float[] original = network.Layers[0].Parameters[0].Values.ToArray();

        bytes[^40] ^= 0x10;
        File.WriteAllBytes(path, bytes);
        Assert.Contains("checksum does not match", Assert.Throws<CheckpointException>(() => Checkpoint.Load(network, path)).Message);

        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Contains("checksum does not match", Assert.Throws<CheckpointException>(() => Checkpoint.Load(network, path)).Message);

        File.WriteAllBytes(path, bytes[..10]);
        Assert.Contains("truncated", Assert.Throws<CheckpointException>(() => Checkpoint.Load(network, path)).Message);
        Assert.Equal(original, network.Layers[0].Parameters[0].Values);
    }

    [Fact]
    public void An_unknown_version_is_reported()
    {
        var (path, bytes) = Saved<float>();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(VersionOffset), 7);
        WriteWithChecksum(path, bytes);
        Assert.Contains("format version 7 is not supported", Assert.Throws<CheckpointException>(() => Checkpoint.Load(Blobs.Network<float>(), path)).Message);
    }

    [Fact]
    public void Another_element_type_is_reported()
    {
        var (path, _) = Saved<double>();
        Assert.Contains("holds double parameters but the network's are float", Assert.Throws<CheckpointException>(() => Checkpoint.Load(Blobs.Network<float>(), path)).Message);
        var (_, bytes) = Saved<float>();
        bytes[ElementOffset] = 9;
        WriteWithChecksum(path, bytes);
        Assert.Contains("unknown element code 9", Assert.Throws<CheckpointException>(() => Checkpoint.Load(Blobs.Network<float>(), path)).Message);
    }

    [Fact]
    public void Another_architecture_names_the_layer_and_shapes()
    {
        var (path, _) = Saved<float>();
        var wider = new Sequential<float>(LossKind.CrossEntropy, new DenseLayer<float>(4, 8, Activation.Tanh), new DenseLayer<float>(8, 3, Activation.Softmax));
        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(wider, path));
        Assert.Contains("layer 0 parameter 0 is 'Weights' (Weight, 7 × 4) in the file but 'Weights' (Weight, 8 × 4) in the network", error.Message);

        var deeper = new Sequential<float>(LossKind.CrossEntropy, new DenseLayer<float>(4, 7), new DenseLayer<float>(7, 7), new DenseLayer<float>(7, 3));
        Assert.Contains("it holds 2 layers but the network has 3", Assert.Throws<CheckpointException>(() => Checkpoint.Load(deeper, path)).Message);
    }

    [Fact]
    public void Absurd_sizes_in_the_header_fail_fast()
    {
        var (path, bytes) = Saved<float>();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(LayerCountOffset), int.MaxValue);
        WriteWithChecksum(path, bytes);
        Assert.Contains($"it holds {int.MaxValue} layers", Assert.Throws<CheckpointException>(() => Checkpoint.Load(Blobs.Network<float>(), path)).Message);

        // A file far longer than any checkpoint of this network is refused before it is read.
        using (var stream = File.Create(path))
        {
            stream.Write(CheckpointMagic);
            stream.SetLength(64L << 20);
        }

        Assert.Contains("more than any checkpoint of this network", Assert.Throws<CheckpointException>(() => Checkpoint.Load(Blobs.Network<float>(), path)).Message);
    }

    [Fact]
    public void Non_finite_values_are_named()
    {
        var (path, bytes) = Saved<double>();
        // The first value follows the layout: 12 header bytes, then per layer 4 bytes and per parameter 1 + name + 14 bytes.
        int firstValue = 12 + (2 * 4) + (2 * (1 + "Weights".Length + 14)) + (2 * (1 + "Biases".Length + 14));
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(firstValue + (8 * 3)), double.NaN);
        WriteWithChecksum(path, bytes);
        Assert.Contains("value 3 of 'Weights' is NaN", Assert.Throws<CheckpointException>(() => Checkpoint.Load(Blobs.Network<double>(), path)).Message);
    }

    private static ReadOnlySpan<byte> CheckpointMagic => "L2CK"u8;

    private static void WriteWithChecksum(string path, byte[] bytes)
    {
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes, bytes.Length - 32);
        File.WriteAllBytes(path, bytes);
    }

    private (string Path, byte[] Bytes) Saved<T>()
        where T : IFloatingPointIeee754<T>
    {
        string path = directory.File($"saved-{typeof(T).Name}.l2ck");
        Checkpoint.Save(Blobs.Network<T>(seed: 3), path);
        return (path, File.ReadAllBytes(path));
    }

    private void AssertRoundTrip<T>()
        where T : IFloatingPointIeee754<T>
    {
        string path = directory.File($"round-trip-{typeof(T).Name}.l2ck");
        var saved = Blobs.Network<T>(seed: 4);
        saved.Layers[1].Parameters[1].Values[2] = T.CreateChecked(0.1); // biases too
        Checkpoint.Save(saved, path);
        var loaded = Blobs.Network<T>(seed: 5);
        Checkpoint.Load(loaded, path);
        for (int l = 0; l < 2; l++)
        {
            for (int p = 0; p < 2; p++)
            {
                TestData.AssertBitEqual<T>(saved.Layers[l].Parameters[p].Values, loaded.Layers[l].Parameters[p].Values);
            }
        }
    }

    /// <summary>A layer whose only parameter has a given name; it computes nothing.</summary>
    private sealed class NamedLayer(string name) : ILayer<float>
    {
        public int InputSize => 1;

        public int OutputSize => 1;

        public IReadOnlyList<Parameter<float>> Parameters { get; } = [new Parameter<float>(name, ParameterRole.Weight, 1, 1)];

        public void Initialize(Random random)
        {
        }

        public void Forward(ReadOnlySpan<float> input, Span<float> output, int batchSize) => throw new NotSupportedException();

        public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, Span<float> outputGradient, Span<float> inputGradient, int batchSize) => throw new NotSupportedException();

        public void Update(IOptimizer<float> optimizer) => throw new NotSupportedException();
    }
}
