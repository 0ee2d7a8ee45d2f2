using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Checkpoints;

/// <summary>A failed save names the file the caller asked for, never the temporary file it writes first.</summary>
public sealed class SaveErrorTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Saving_into_a_missing_folder_names_the_checkpoint_and_the_folder()
    {
        string folder = Path.Combine(directory.Path, "missing");
        string path = Path.Combine(folder, "model.l2ck");

        var error = Assert.Throws<DirectoryNotFoundException>(() => Checkpoint.Save(Blobs.Network<float>(), path));

        Assert.Equal($"Cannot save the checkpoint '{path}': the folder '{folder}' does not exist.", error.Message);
        Assert.IsType<DirectoryNotFoundException>(error.InnerException);
    }

    [Fact]
    public void Saving_over_a_folder_names_the_checkpoint_and_leaves_no_temporary_file()
    {
        string path = directory.File("model.l2ck");
        Directory.CreateDirectory(path);

        var error = Assert.ThrowsAny<Exception>(() => Checkpoint.Save(Blobs.Network<float>(), path));

        Assert.True(error is IOException or UnauthorizedAccessException, error.ToString());
        Assert.StartsWith($"Cannot save the checkpoint '{path}': ", error.Message);
        Assert.Equal([path], Directory.GetFileSystemEntries(directory.Path));
    }
}
