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
    private const uint Stream = 5;

    // Loading reads the file once and validates it in place: a few times its length, plus a fixed amount for messages.
    private const long BytesPerFileByte = 4, FixedBytes = 256 << 10;

    private readonly ScratchDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact(Timeout = 120_000)]
    public async Task Corrupted_checkpoints_load_exactly_or_fail_with_a_CheckpointException_and_change_nothing()
    {
        var (loaded, rejected, failures) = await Task.Run(() =>
        {
            int loaded = 0, rejected = 0;
            var failures = new List<string>();
            string path = directory.File("model.l2ck");
            foreach (var (index, checkpoint) in SeededCases.Draw(CheckpointCase.All, Files, Stream))
            {
                byte[] bytes = checkpoint.Bytes();
                File.WriteAllBytes(path, bytes);
                string? problem = checkpoint.TargetIsDouble
                    ? Check(NetworkValues.Dense<double>(checkpoint.TargetWidths, seed: 99), path, bytes)
                    : Check(NetworkValues.Dense<float>(checkpoint.TargetWidths, seed: 99), path, bytes);
                if (problem is null)
                {
                    loaded++;
                }
                else if (problem.Length == 0)
                {
                    rejected++;
                }
                else
                {
                    failures.Add($"case {index}: {problem}\n{checkpoint}\n{Convert.ToHexString(bytes)}");
                }
            }

            return (loaded, rejected, failures);
        });

        output.WriteLine($"{Files} corrupted checkpoint files tried: {loaded} loaded exactly, {rejected} CheckpointExceptions, {failures.Count} other outcomes.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
        Assert.True(loaded > 0 && rejected > Files / 2, "the corruptions should both keep some files loadable and break most of them");
    }

    [Fact]
    public void The_cases_are_built_on_the_bytes_Save_writes()
    {
        string path = directory.File("saved.l2ck");
        var single = NetworkValues.Dense<float>([5, 4, 3, 2], seed: 7);
        Checkpoint.Save(single, path);
        Assert.Equal(CheckpointBytes.Of(single), File.ReadAllBytes(path));
        var twice = NetworkValues.Dense<double>([1, 6], seed: 8);
        Checkpoint.Save(twice, path);
        Assert.Equal(CheckpointBytes.Of(twice), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("layer 0 'Weights' rows", 1_000_000, "layer 0 'Weights' columns", 1_000_000)] // 10^12 elements
    [InlineData("layer count", int.MaxValue, "layer count", int.MaxValue)]
    [InlineData("layer 0 parameter count", int.MaxValue, "layer 1 parameter count", int.MinValue)]
    [InlineData("layer 0 'Weights' name length", 255, "layer 0 'Weights' rows", -1)]
    public void A_header_claiming_huge_sizes_fails_fast(string field, long value, string otherField, long otherValue)
    {
        var network = NetworkValues.Dense<float>([4, 3, 2], seed: 1);
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

    // null: loaded exactly; empty: rejected as documented; otherwise what went wrong.
    private static string? Check<T>(Sequential<T> network, string path, byte[] bytes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        byte[] before = NetworkValues.Bits(network);
        var (error, allocated) = Allocation.Measure(() => Checkpoint.Load(network, path));
        if (allocated > FixedBytes + (BytesPerFileByte * bytes.Length))
        {
            return $"{allocated} bytes allocated for a file of {bytes.Length} bytes ({error?.GetType().Name ?? "loaded"})";
        }

        switch (error)
        {
            case null:
                // A loaded network's checkpoint is the very same file: every name, shape and value bit came from it.
                return CheckpointBytes.Of(network).AsSpan().SequenceEqual(bytes) ? null : "loaded, but the network's checkpoint is not the file";
            case CheckpointException checkpoint when checkpoint.Path == path && checkpoint.Message.StartsWith($"Checkpoint '{path}': ", StringComparison.Ordinal):
                return NetworkValues.Bits(network).AsSpan().SequenceEqual(before) ? string.Empty : $"rejected ({checkpoint.Message}) but the network changed";
            default:
                return $"undocumented {error}";
        }
    }
}
