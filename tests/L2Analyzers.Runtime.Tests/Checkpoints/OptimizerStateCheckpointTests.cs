using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Checkpoints;

public sealed class OptimizerStateCheckpointTests : IDisposable
{
    private const int Epochs = 6, SavedAfterEpochs = 2;

    // A version-1 file (before optimizer state), laid out by hand: "L2CK", version 1, float, reserved 0, 1 layer of 2
    // parameters: 'Weights' (Weight, 1 × 2) and 'Biases' (Bias, 1 × 1); values 0.5, −0.25, 0.125; SHA-256.
    private const string Version1File =
        "4C32434B0100010001000000020000000757656967687473000100000002000000064269617365730101000000010000000000003F000080BE0000003E" +
        "BAB8580232464178DE2CD4AB7B4FE505CFE882C9939F5967EFDC92CBD40AF107";

    // The version-2 layout of Blobs.Network<double> (4 → 7 → 3): 12 header bytes, per layer 4, per parameter 1 + name +
    // 9 (role, rows, columns) + 5 (state kind, state length); then 59 values; then the state section.
    private const int WeightsStateKind = 12 + 4 + 1 + 7 + 9;
    private const int StateSection = 12 + (2 * 4) + (2 * (1 + 7 + 14)) + (2 * (1 + 6 + 14)) + (59 * sizeof(double));
    private const int FirstMoment = StateSection + sizeof(long), SecondMoment = FirstMoment + (28 * sizeof(double));

    private static readonly L2Regularization Penalty = new(L2Mode.GradientPenalty, 0.01);

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData(OptimizerKind.Momentum)]
    [InlineData(OptimizerKind.Adam)]
    public void Training_resumed_from_a_checkpoint_matches_an_uninterrupted_run_bit_for_bit(OptimizerKind kind)
    {
        AssertResumesExactly<float>(kind);
        AssertResumesExactly<double>(kind);
    }

    [Fact]
    public void A_version_1_file_loads_and_its_optimizers_start_again_from_zero()
    {
        string path = directory.File("version1.l2ck");
        File.WriteAllBytes(path, Convert.FromHexString(Version1File));
        var network = new Sequential<float>(LossKind.MeanSquaredError, new DenseLayer<float>(2, 1));
        network.Initialize(seed: 3);
        var adam = new AdamOptimizer<float>(0.1);
        foreach (var parameter in OptimizerStates.All(network))
        {
            adam.Step(parameter); // state the file knows nothing about
        }

        Checkpoint.Load(network, path);

        Assert.Equal([0.5f, -0.25f], network.Layers[0].Parameters[0].Values);
        Assert.Equal([0.125f], network.Layers[0].Parameters[1].Values);
        Assert.All(OptimizerStates.All(network), parameter => Assert.Null(parameter.OptimizerState));
    }

    [Fact]
    public void Parameters_without_state_load_as_null_next_to_parameters_with_state()
    {
        string path = directory.File("mixed.l2ck");
        var saved = Trained<double>(OptimizerKind.Momentum, epochs: 1);
        saved.Layers[1].Parameters[1].OptimizerState = null;
        Checkpoint.Save(saved, path);
        var loaded = Trained<double>(OptimizerKind.Momentum, epochs: 2);
        Checkpoint.Load(loaded, path);
        OptimizerStates.AssertSame(saved, loaded);
        Assert.Null(loaded.Layers[1].Parameters[1].OptimizerState);
        Assert.IsType<MomentumState<double>>(loaded.Layers[1].Parameters[0].OptimizerState);
    }

    [Theory]
    [InlineData("kind", "layer 0 parameter 0 'Weights' has optimizer state of unknown kind 7 (known: 0 none, 1 momentum, 2 Adam)")]
    [InlineData("length", "layer 0 parameter 0 'Weights' has Adam state of 5 elements, but the parameter has 28 values (7 × 4)")]
    [InlineData("no kind", "layer 0 parameter 0 'Weights' has no optimizer state but a state length of 28 (0 expected)")]
    [InlineData("other kind", "bytes of values and optimizer state but the parameters need 472 and their state")]
    [InlineData("truncated", "bytes of values and optimizer state but the parameters need 472 and their state")]
    [InlineData("step", "the Adam step count of 'Weights' in layer 0 is 0: it must be at least 1")]
    [InlineData("NaN", "first moment value 3 of 'Weights' in layer 0 is NaN: saved optimizer state must be finite")]
    [InlineData("negative", "second moment value 0 of 'Weights' in layer 0 is -1: saved optimizer state must be finite and not negative")]
    [InlineData("bit flip", "checksum does not match")]
    public void A_corrupt_state_section_is_named_and_changes_nothing(string damage, string message)
    {
        string path = directory.File("adam.l2ck");
        Checkpoint.Save(Trained<double>(OptimizerKind.Adam, epochs: 1), path);
        byte[] bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        switch (damage)
        {
            case "kind": bytes[WeightsStateKind] = 7; break;
            case "length": BinaryPrimitives.WriteInt32LittleEndian(span[(WeightsStateKind + 1)..], 5); break;
            case "no kind": bytes[WeightsStateKind] = 0; break;
            case "other kind": bytes[WeightsStateKind] = 1; break;
            case "truncated": bytes = [.. bytes[..^40], .. bytes[^32..]]; break;
            case "step": BinaryPrimitives.WriteInt64LittleEndian(span[StateSection..], 0); break;
            case "NaN": BinaryPrimitives.WriteDoubleLittleEndian(span[(FirstMoment + (3 * sizeof(double)))..], double.NaN); break;
            case "negative": BinaryPrimitives.WriteDoubleLittleEndian(span[SecondMoment..], -1); break;
            case "bit flip": bytes[SecondMoment + 5] ^= 0x20; break;
        }

        File.WriteAllBytes(path, damage == "bit flip" ? bytes : WithChecksum(bytes));
        var network = Trained<double>(OptimizerKind.Adam, epochs: 2);
        var untouched = Trained<double>(OptimizerKind.Adam, epochs: 2);

        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(network, path));

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
        OptimizerStates.AssertSame(untouched, network);
    }

    [Fact]
    public void Save_refuses_state_it_cannot_hold_and_keeps_the_previous_checkpoint()
    {
        string path = directory.File("model.l2ck");
        var network = Trained<double>(OptimizerKind.Momentum, epochs: 1);
        Checkpoint.Save(network, path);
        byte[] before = File.ReadAllBytes(path);
        var weights = network.Layers[0].Parameters[0];
        var own = weights.OptimizerState;

        weights.OptimizerState = new CustomState<double>(28);
        AssertRefused("Layer 0 (", "parameter 'Weights' holds optimizer state of type CustomState<Double>, which a checkpoint cannot hold");

        weights.OptimizerState = new CustomOptimizer<double>.State();
        AssertRefused("holds optimizer state of type State<Double>");

        weights.OptimizerState = network.Layers[0].Parameters[1].OptimizerState;
        AssertRefused("parameter 'Weights' has a velocity of 7 elements but 28 values");

        weights.OptimizerState = own;
        ((MomentumState<double>)own!).Velocity[3] = double.PositiveInfinity;
        AssertRefused("parameter 'Weights' has ", " at index 3 of its velocity: a checkpoint holds finite optimizer state only");

        void AssertRefused(params string[] parts)
        {
            string message = Assert.Throws<ArgumentException>(() => Checkpoint.Save(network, path)).Message;
            Assert.All(parts, part => Assert.Contains(part, message));
            Assert.Equal(before, File.ReadAllBytes(path));
        }
    }

    [Fact]
    public void Loaded_state_of_one_optimizer_is_refused_by_another()
    {
        string path = directory.File("adam.l2ck");
        Checkpoint.Save(Trained<double>(OptimizerKind.Adam, epochs: 1), path);
        var network = Blobs.Network<double>(Penalty);
        Checkpoint.Load(network, path);
        var error = Assert.Throws<InvalidOperationException>(() => Train(network, OptimizerKind.Momentum, epochs: 1));
        Assert.Contains("holds optimizer state of type AdamState<Double>, not of MomentumOptimizer", error.Message);
    }

    private void AssertResumesExactly<T>(OptimizerKind kind)
        where T : IFloatingPointIeee754<T>
    {
        var uninterrupted = Trained<T>(kind, Epochs);

        string path = directory.File($"{kind}-{typeof(T).Name}.l2ck");
        Checkpoint.Save(Trained<T>(kind, SavedAfterEpochs), path);
        var resumed = Blobs.Network<T>(Penalty, seed: 9); // a fresh network and, below, a fresh optimizer
        Checkpoint.Load(resumed, path);
        Train(resumed, kind, Epochs - SavedAfterEpochs);

        OptimizerStates.AssertSame(uninterrupted, resumed);

        // Restarting the optimizer from zero (what a checkpoint without state does) gives other weights.
        var restarted = Blobs.Network<T>(Penalty, seed: 9);
        Checkpoint.Load(restarted, path);
        foreach (var parameter in OptimizerStates.All(restarted))
        {
            parameter.OptimizerState = null;
        }

        Train(restarted, kind, Epochs - SavedAfterEpochs);
        Assert.NotEqual(uninterrupted.Layers[0].Parameters[0].Values, restarted.Layers[0].Parameters[0].Values);
    }

    private static Sequential<T> Trained<T>(OptimizerKind kind, int epochs)
        where T : IFloatingPointIeee754<T>
    {
        var network = Blobs.Network<T>(Penalty, seed: 1);
        Train(network, kind, epochs);
        return network;
    }

    // Without shuffling, every epoch sees the same batches, so K epochs then N − K are the same steps as N epochs.
    private static void Train<T>(Sequential<T> network, OptimizerKind kind, int epochs)
        where T : IFloatingPointIeee754<T> =>
        Trainer.Train(
            network, L2Analyzers.Optimizers.Create<T>(kind, learningRate: 0.02, momentum: 0.9), Blobs.Create<T>(60, seed: 2),
            new TrainingOptions { Epochs = epochs, BatchSize = 7, Shuffle = false });

    private static byte[] WithChecksum(byte[] bytes)
    {
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes, bytes.Length - 32);
        return bytes;
    }

    /// <summary>A custom optimizer's state: a type nested in a generic one has no arity in its name.</summary>
    private sealed record CustomState<T>(int Length) : IOptimizerState<T>
        where T : IFloatingPointIeee754<T>;

    private static class CustomOptimizer<T>
        where T : IFloatingPointIeee754<T>
    {
        public sealed class State : IOptimizerState<T>
        {
            public int Length => 28;
        }
    }
}
