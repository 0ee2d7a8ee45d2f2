namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>Managed bytes allocated by the current thread while an action runs.</summary>
internal static class Allocation
{
    /// <summary>Runs <paramref name="action"/>, returning its exception (if any) and the bytes it allocated on this thread.</summary>
    public static (Exception? Error, long Bytes) Measure(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Exception? error = null;
        try
        {
            action();
        }
        catch (Exception e)
        {
            error = e;
        }

        return (error, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
