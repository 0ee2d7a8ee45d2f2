namespace L2Analyzers;

/// <summary>The types of optimizer state a checkpoint can load, by the byte that names them in the file.</summary>
internal static class SavedStateFormats<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Every saved type of state, in the order of their bytes.</summary>
    public static IReadOnlyList<SavedStateFormat<T>> All { get; } = [MomentumState<T>.SavedFormat, AdamState<T>.SavedFormat];

    /// <summary>The known bytes for messages: "0 none, 1 momentum, 2 Adam".</summary>
    public static string Known { get; } = string.Join(", ", All.Select(format => $"{format.Kind} {format.Name}").Prepend("0 none"));

    /// <summary>The format named by <paramref name="kind"/>, or null (for 0, no state, and for bytes no format has).</summary>
    public static SavedStateFormat<T>? Find(byte kind) => All.FirstOrDefault(format => format.Kind == kind);

    /// <summary>The most bytes any saved state takes for a parameter of <paramref name="length"/> values.</summary>
    public static long LongestByteLength(int length) => All.Max(format => format.ByteLength(length));
}
