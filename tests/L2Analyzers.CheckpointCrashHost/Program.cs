// Usage: L2Analyzers.CheckpointCrashHost <checkpoint> <progress log> <first version>
// Resumes from <checkpoint> when the first version is above 1, then forever: trains version v, saves it to <checkpoint>
// and appends "v\n" to the log once the save has returned; prints "saving" once the first save is done (start-up and
// JIT compilation are over). The crash test kills it at random moments.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using L2Analyzers;
using L2Analyzers.CheckpointCrashHost;

string checkpoint = args[0], progress = args[1];
long first = long.Parse(args[2], CultureInfo.InvariantCulture);
var network = CrashHostModel.CreateNetwork();
if (first > 1)
{
    Checkpoint.Load(network, checkpoint);
}

using var log = new FileStream(progress, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);

// A host the test failed to kill stops on its own rather than writing forever.
var lifetime = Stopwatch.StartNew();
for (long version = first; lifetime.Elapsed < TimeSpan.FromMinutes(2); version++)
{
    CrashHostModel.TrainVersion(network, version);
    Checkpoint.Save(network, checkpoint);
    log.Write(Encoding.ASCII.GetBytes($"{version}\n"));
    log.Flush();
    if (version == first)
    {
        Console.WriteLine("saving");
    }
}

return 1;
