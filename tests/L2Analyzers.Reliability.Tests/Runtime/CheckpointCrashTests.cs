using L2Analyzers.CheckpointCrashHost;
using L2Analyzers.Reliability.Tests.Runtime.Support;
using Xunit.Abstractions;

namespace L2Analyzers.Reliability.Tests.Runtime;

/// <summary>
/// A process that saves checkpoints in a loop is killed at random moments, many times: every time, the checkpoint on
/// disk loads and is bit for bit the newest version that was completely saved (or the one whose save had just
/// completed when the kill came, before the host could log it), optimizer state included, although the host resumed
/// from a checkpoint after every kill; and at most the temporary file of the save that was cut short remains.
/// </summary>
public sealed class CheckpointCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 30;
    private const int Seed = 17;

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact(Timeout = 300_000)] // a guard against a hang, not a time limit
    public async Task Killing_a_process_while_it_saves_always_leaves_the_newest_complete_checkpoint()
    {
        string checkpoint = directory.File("model.l2ck"), log = directory.File("saved.log");
        var replayed = new ReplayedVersions();
        var random = new Random(Seed);
        long onDisk = 0;
        int survived = 0, duringStartup = 0, interruptedSaves = 0;

        await Task.Run(() =>
        {
            for (int kill = 1; kill <= Kills; kill++)
            {
                string[] temporaryFiles = TemporaryFiles();
                using (var host = CrashHost.Start(checkpoint, log, firstVersion: onDisk + 1))
                {
                    // One kill in eight lands during start-up, the resuming load or the first save; the others in the save loop.
                    if (random.Next(8) == 0)
                    {
                        duringStartup++;
                    }
                    else
                    {
                        host.WaitUntilSaving();
                    }

                    Thread.Sleep(random.Next(0, 60));
                    host.Kill();
                }

                string[] left = TemporaryFiles();
                interruptedSaves += left.Except(temporaryFiles).Any() ? 1 : 0;
                Assert.True(left.Length <= 1, $"kill {kill}: {left.Length} temporary files remain, but every save removes those of killed saves before it writes its own");
                onDisk = CheckNewest(kill, checkpoint, CrashHost.NewestLogged(log), replayed);
                survived++;
            }
        });

        output.WriteLine($"{survived} of {Kills} kills survived ({duringStartup} during start-up, {interruptedSaves} with a save cut short); {onDisk} versions saved in all.");
        Assert.True(interruptedSaves >= Kills / 4 && onDisk >= Kills / 2, "the kills should land during saves and the host should make progress between them");
    }

    private string[] TemporaryFiles() => Directory.GetFiles(directory.Path, ".model.l2ck.*.tmp");

    // The version on disk after a kill: it loads, and it is bit for bit the newest logged version or the next one.
    private static long CheckNewest(int kill, string checkpoint, long logged, ReplayedVersions replayed)
    {
        if (!File.Exists(checkpoint))
        {
            Assert.True(logged == 0, $"kill {kill}: version {logged} was saved, but there is no checkpoint");
            return 0;
        }

        var network = CrashHostModel.CreateNetwork();
        Checkpoint.Load(network, checkpoint);
        byte[] file = File.ReadAllBytes(checkpoint);
        long version = logged > 0 && file.AsSpan().SequenceEqual(replayed.File(logged)) ? logged
            : file.AsSpan().SequenceEqual(replayed.File(logged + 1)) ? logged + 1
            : -1;
        Assert.True(version > 0, $"kill {kill}: the checkpoint is neither version {logged}, the newest the host logged as saved, nor version {logged + 1}");
        Assert.Equal(replayed.File(version), CheckpointBytes.Of(network));
        return version;
    }
}
