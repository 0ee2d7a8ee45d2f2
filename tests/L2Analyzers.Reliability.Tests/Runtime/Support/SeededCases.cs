using CsCheck;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>
/// Draws cases from a CsCheck generator deterministically: case i always comes from the same PCG seed, so a failure
/// names a case that reproduces on every run (CsCheck's own Sample seeds only its first iteration).
/// </summary>
internal static class SeededCases
{
    public static IEnumerable<(int Index, T Case)> Draw<T>(Gen<T> gen, int count, uint stream)
    {
        for (int i = 0; i < count; i++)
        {
            yield return (i, gen.Generate(new PCG(stream, (ulong)i), null, out _));
        }
    }
}
