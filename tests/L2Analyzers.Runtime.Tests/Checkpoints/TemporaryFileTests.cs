using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Checkpoints;

/// <summary>A save killed mid-write leaves <c>.{name}.{guid}.tmp</c>; the next save to the same path removes it, and nothing else.</summary>
public sealed class TemporaryFileTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_save_removes_the_temporary_files_that_killed_saves_to_the_same_path_left()
    {
        string path = directory.File("model.l2ck");
        Checkpoint.Save(Blobs.Network<float>(seed: 1), path);
        directory.File(TemporaryName("model.l2ck"), "half a checkpoint");
        directory.File(TemporaryName("model.l2ck"), "another half");

        Checkpoint.Save(Blobs.Network<float>(seed: 2), path);

        Assert.Equal(["model.l2ck"], Directory.GetFileSystemEntries(directory.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_save_leaves_files_that_are_not_its_temporary_files_alone()
    {
        string guid = Guid.NewGuid().ToString("N");
        string[] others =
        [
            ".model.l2ck.tmp", $".model.l2ck.{guid.ToUpperInvariant()}.tmp", $".model.l2ck.{guid[..31]}.tmp", $".model.l2ck.{guid}0.tmp",
            $".model.l2ck.{guid}.tmp.bak", $"model.l2ck.{guid}.tmp", $".model.l2ck.{guid[..31]}g.tmp", TemporaryName("other.l2ck"),
            TemporaryName("model.l2c"), $".model.l2ck.{guid}.TMP",
        ];
        foreach (string name in others)
        {
            directory.File(name, "someone else's");
        }

        Directory.CreateDirectory(directory.File(TemporaryName("model.l2ck")));
        string target = directory.File("target.txt", "a link's target");
        string link = directory.File(TemporaryName("model.l2ck"));
        File.CreateSymbolicLink(link, target);

        Checkpoint.Save(Blobs.Network<float>(seed: 1), directory.File("model.l2ck"));

        Assert.All(others, name => Assert.Equal("someone else's", File.ReadAllText(directory.File(name))));
        Assert.Equal(others.Length + 4, Directory.GetFileSystemEntries(directory.Path).Length); // + directory, link, target, checkpoint
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("a link's target", File.ReadAllText(target));
    }

    [Fact]
    public void A_temporary_file_that_a_live_save_holds_open_is_left_alone()
    {
        string live = directory.File(TemporaryName("model.l2ck"));

        // Opened as Save opens its own: being written, so it is not stale.
        using (var writing = new FileStream(live, FileMode.CreateNew, FileAccess.Write, FileShare.Delete))
        {
            writing.WriteByte(1);
            Checkpoint.Save(Blobs.Network<float>(seed: 1), directory.File("model.l2ck"));
            Assert.True(File.Exists(live));
        }

        Checkpoint.Save(Blobs.Network<float>(seed: 1), directory.File("model.l2ck"));
        Assert.False(File.Exists(live));
    }

    private static string TemporaryName(string checkpoint) => $".{checkpoint}.{Guid.NewGuid():N}.tmp";
}
