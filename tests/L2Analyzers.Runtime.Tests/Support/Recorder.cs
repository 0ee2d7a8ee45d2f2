namespace L2Analyzers.Runtime.Tests.Support;

/// <summary>A synchronous <see cref="IProgress{T}"/> that keeps every report.</summary>
internal sealed class Recorder<T> : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value) => Reports.Add(value);
}
