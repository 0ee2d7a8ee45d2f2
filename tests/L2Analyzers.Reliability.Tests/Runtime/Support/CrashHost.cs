using System.Diagnostics;
using System.Globalization;
using System.Text;
using L2Analyzers.CheckpointCrashHost;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>
/// One run of the L2Analyzers.CheckpointCrashHost child process (its dll is copied next to these tests by the project
/// reference): it resumes from the checkpoint, then trains and saves versions in a loop until <see cref="Kill"/>.
/// </summary>
internal sealed class CrashHost : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder errors = new();

    private CrashHost(string checkpoint, string log, long firstVersion)
    {
        var start = new ProcessStartInfo(Muxer)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashHostModel).Assembly.Location);
        start.ArgumentList.Add(checkpoint);
        start.ArgumentList.Add(log);
        start.ArgumentList.Add(firstVersion.ToString(CultureInfo.InvariantCulture));
        process = Process.Start(start) ?? throw new InvalidOperationException("the crash host did not start");
        process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        process.BeginErrorReadLine();
    }

    /// <summary>The dotnet executable running these tests (the host is a framework-dependent dll).</summary>
    private static string Muxer =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    public static CrashHost Start(string checkpoint, string log, long firstVersion) => new(checkpoint, log, firstVersion);

    /// <summary>Waits until the host has resumed from the checkpoint and saved its first version: it is in its save loop.</summary>
    public void WaitUntilSaving()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        string? line = process.StandardOutput.ReadLineAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
        if (line != "saving")
        {
            throw new InvalidOperationException($"the crash host printed '{line}' instead of 'saving'; exit code {(process.HasExited ? process.ExitCode : null)}; errors: {errors}");
        }
    }

    /// <summary>Kills the host at once (SIGKILL on Unix: no finally block, no flush, no cleanup).</summary>
    public void Kill()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"the crash host exited by itself with code {process.ExitCode}: {errors}");
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose() => process.Dispose();

    /// <summary>The versions the host logged as saved: only whole lines count, a kill may cut the last one.</summary>
    public static long NewestLogged(string log)
    {
        if (!File.Exists(log))
        {
            return 0;
        }

        string text = File.ReadAllText(log);
        return text[..(text.LastIndexOf('\n') + 1)]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => long.Parse(line, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
    }
}
