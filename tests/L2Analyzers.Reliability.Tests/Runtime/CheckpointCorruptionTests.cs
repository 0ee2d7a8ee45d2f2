using System.Buffers.Binary;
using System.Numerics;
using L2Analyzers.Reliability.Tests.Runtime.Support;
using Xunit.Abstractions;

namespace L2Analyzers.Reliability.Tests.Runtime;

/// <summary>
/// Checkpoint.Load on corrupted, truncated, extended, random and lying files: it loads exactly what a valid file holds
/// or throws a <see cref="CheckpointException"/> naming the file and leaves the network unchanged; never another
/// exception, a hang or an allocation out of proportion to the file.
/// </summary>
public sealed class CheckpointCorruptionTests(ITestOutputHelper output) : IDisposable
{
    private const int Files = 3000;
    private const uint PcgStream = 5;

    // Loading reads the file once and validates it in place: a few times its length, plus a fixed amount for messages.
    private const long BytesPerFileByte = 4, FixedBytes = 256 << 10;

    private const string Loaded = "loaded exactly", BadChecksum = "CheckpointExceptions for the checksum",
        BadContent = "CheckpointExceptions for the content past a valid checksum", BadState = "CheckpointExceptions for the optimizer state past a valid checksum";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact(Timeout = 300_000)] // a guard against a hang, not a time limit
    public async Task Corrupted_checkpoints_load_exactly_or_fail_with_a_CheckpointException_and_change_nothing()
    {
        var (outcomes, failures) = await Task.Run(() =>
        {
            var outcomes = new SortedDictionary<string, int>();
            var failures = new List<string>();
            string path = directory.File("model.l2ck");
            foreach (var (index, checkpoint) in SeededCases.Draw(CheckpointCase.All, Files, PcgStream))
            {
                byte[] bytes = checkpoint.Bytes();
                File.WriteAllBytes(path, bytes);
                var (outcome, failure) = checkpoint.TargetIsDouble
                    ? Check(checkpoint.Target<double>(), path, bytes)
                    : Check(checkpoint.Target<float>(), path, bytes);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (failure is not null)
                {
                    failures.Add($"case {index}: {failure}\n{checkpoint}\n{Convert.ToHexString(bytes)}");
                }
            }

            return (outcomes, failures);
        });

        output.WriteLine($"{Files} corrupted checkpoint files tried: {string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))}; {failures.Count} failures.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
        Assert.True(
            outcomes.GetValueOrDefault(Loaded) > 0 && outcomes.GetValueOrDefault(BadChecksum) > Files / 10 && outcomes.GetValueOrDefault(BadContent) + outcomes.GetValueOrDefault(BadState) > Files / 2
            && outcomes.GetValueOrDefault(BadState) > Files / 20,
            "the corruptions should keep some files loadable, fail some checksums, reach the parser with most and its optimizer state checks with some");
    }

    [Fact]
    public void The_cases_are_built_on_the_bytes_Save_writes()
    {
        string path = directory.File("saved.l2ck");
        var floats = NetworkValues.Dense<float>([5, 4, 3, 2], seed: 7);
        Checkpoint.Save(floats, path);
        Assert.Equal(CheckpointBytes.Of(floats), File.ReadAllBytes(path));
        var doubles = NetworkValues.Dense<double>([1, 6], seed: 8);
        Checkpoint.Save(doubles, path);
        Assert.Equal(CheckpointBytes.Of(doubles), File.ReadAllBytes(path));
        foreach (var (kind, seed) in new[] { (OptimizerKind.Momentum, 2), (OptimizerKind.Adam, 4), (OptimizerKind.Adam, 5) })
        {
            var stepped = NetworkValues.WithState(NetworkValues.Dense<float>([3, 4, 2], seed), kind, seed);
            Checkpoint.Save(stepped, path);
            Assert.Equal(CheckpointBytes.Of(stepped), File.ReadAllBytes(path));
        }
    }

    [Theory]
    [InlineData("layer 0 'Weights' rows", 1_000_000, "layer 0 'Weights' columns", 1_000_000)] // 10^12 elements
    [InlineData("layer count", int.MaxValue, "layer count", int.MaxValue)]
    [InlineData("layer 0 parameter count", int.MaxValue, "layer 1 parameter count", int.MinValue)]
    [InlineData("layer 0 'Weights' name length", 255, "layer 0 'Weights' rows", -1)]
    [InlineData("layer 0 'Weights' state length", int.MaxValue, "layer 1 'Biases' state length", int.MinValue)]
    [InlineData("layer 0 'Weights' state kind", 1, "layer 0 'Weights' Adam step", long.MinValue)]
    [InlineData("layer 1 'Weights' Adam step", long.MaxValue, "layer 1 'Biases' state kind", 255)]
    public void A_header_claiming_huge_sizes_fails_fast(string field, long value, string otherField, long otherValue)
    {
        var network = NetworkValues.WithState(NetworkValues.Dense<float>([4, 3, 2], seed: 1), OptimizerKind.Adam, seed: 2);
        byte[] bytes = CheckpointBytes.Of(network);
        var fields = CheckpointBytes.Fields(network);
        CheckpointBytes.Write(bytes, fields.Single(f => f.Name == field), value);
        CheckpointBytes.Write(bytes, fields.Single(f => f.Name == otherField), otherValue);
        string path = directory.File("claim.l2ck");
        File.WriteAllBytes(path, CheckpointBytes.WithValidChecksum(bytes));

        var (error, allocated) = Allocation.Measure(() => Checkpoint.Load(network, path));

        output.WriteLine($"{allocated} bytes allocated rejecting a {bytes.Length}-byte file with {field} = {value}: {error?.Message}");
        Assert.Equal(path, Assert.IsType<CheckpointException>(error).Path);
        Assert.True(allocated < FixedBytes + (2 * bytes.Length), $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_file_longer_than_any_checkpoint_of_the_network_is_refused_before_it_is_read()
    {
        var network = NetworkValues.Dense<double>([4, 3, 2], seed: 1);
        string path = directory.File("huge.l2ck");
        using (var stream = File.Create(path))
        {
            stream.Write(CheckpointBytes.Of(network));
            stream.SetLength(4L << 30); // sparse: 4 GiB that take no disk space
        }

        var (error, allocated) = Allocation.Measure(() => Checkpoint.Load(network, path));

        output.WriteLine($"{allocated} bytes allocated rejecting a 4 GiB file: {error?.Message}");
        Assert.Contains("more than any checkpoint of this network", Assert.IsType<CheckpointException>(error).Message);
        Assert.True(allocated < FixedBytes, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_link_to_an_endless_device_is_refused_after_reading_little_more_than_one_checkpoint()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/zero: a file of length 0 that never ends
        }

        var network = NetworkValues.Dense<double>([4, 3, 2], seed: 1);
        string path = directory.File("zero.l2ck");
        File.CreateSymbolicLink(path, "/dev/zero");

        var (error, allocated) = Allocation.Measure(() => Checkpoint.Load(network, path));

        output.WriteLine($"{allocated} bytes allocated rejecting a link to /dev/zero: {error?.Message}");
        Assert.Contains("more than any checkpoint of this network", Assert.IsType<CheckpointException>(error).Message);
        Assert.True(allocated < FixedBytes, $"{allocated} bytes allocated");
    }

    // What happened to one file, and what went wrong if that is not what the documentation promises.
    private static (string Outcome, string? Failure) Check<T>(Sequential<T> network, string path, byte[] bytes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        byte[] before = CheckpointBytes.Of(network); // every value and optimizer state bit
        var (error, allocated) = Allocation.Measure(() => Checkpoint.Load(network, path));
        if (allocated > FixedBytes + (BytesPerFileByte * bytes.Length))
        {
            return ("too large allocations", $"{allocated} bytes allocated for a file of {bytes.Length} bytes ({error?.GetType().Name ?? "loaded"})");
        }

        switch (error)
        {
            case null:
                // A loaded network's checkpoint, in the file's version, is the very same file: every name, shape, value
                // and state bit came from it; a version-1 file leaves no state behind.
                ushort version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
                return (
                    Loaded,
                    !CheckpointBytes.Of(network, version).AsSpan().SequenceEqual(bytes) ? "loaded, but the network's checkpoint is not the file"
                    : version == 1 && network.Layers.SelectMany(layer => layer.Parameters).Any(p => p.OptimizerState is not null) ? "loaded a version-1 file, but optimizer state remained"
                    : null);
            case CheckpointException checkpoint when checkpoint.Path == path && checkpoint.Message.StartsWith($"Checkpoint '{path}': ", StringComparison.Ordinal):
                return (
                    checkpoint.Message.Contains("checksum", StringComparison.Ordinal) ? BadChecksum
                    : checkpoint.Message.Contains("state", StringComparison.Ordinal) ? BadState
                    : BadContent,
                    CheckpointBytes.Of(network).AsSpan().SequenceEqual(before) ? null : $"rejected ({checkpoint.Message}) but the network changed");
            default:
                return ("undocumented exceptions", $"undocumented {error}");
        }
    }
}
