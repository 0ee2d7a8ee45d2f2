namespace L2Analyzers;

/// <summary>A checkpoint file that cannot be loaded into a network; the message names the file and what is wrong.</summary>
public sealed class CheckpointException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public CheckpointException(string path, string problem)
        : base($"Checkpoint '{path}': {problem}")
    {
        Path = path;
    }

    /// <summary>The checkpoint file.</summary>
    public string Path { get; }
}
