using L2Analyzers.CheckpointCrashHost;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>Every checkpoint version the crash host can write, replayed in this process with the host's own model.</summary>
internal sealed class ReplayedVersions
{
    private readonly Sequential<double> network = CrashHostModel.CreateNetwork();
    private readonly List<byte[]> files = [CheckpointBytes.Of(CrashHostModel.CreateNetwork())];

    /// <summary>The checkpoint file of <paramref name="version"/> (version 0 is the initialized network).</summary>
    public byte[] File(long version)
    {
        while (files.Count <= version)
        {
            CrashHostModel.TrainVersion(network, files.Count);
            files.Add(CheckpointBytes.Of(network));
        }

        return files[(int)version];
    }
}
