namespace L2Analyzers.Conventions;

/// <summary>
/// What multiplying every weight by 1 − x each step does once x ≥ 1 (docs/conventions.md, "Valid ranges and stability"), true at the boundaries:
/// x = 1 sets every weight to 0, 1 &lt; x &lt; 2 flips its sign, x = 2 flips it without shrinking it, x &gt; 2 also grows it.
/// A boundary is met when x is written as 1 or 2, so the message agrees with the numbers it prints.
/// </summary>
internal static class WeightFactor
{
    /// <summary>The effect of 1 − <paramref name="subtracted"/>, written with <paramref name="formula"/> (<c>1 − λ</c>) unless it is empty.</summary>
    public static string Effect(string formula, double subtracted)
    {
        string multiplies = formula.Length == 0 ? "each step multiplies every weight by " : $"each step multiplies every weight by {formula} = ";
        if (Numbers.SameWhenWritten(subtracted, 1))
        {
            return multiplies + "0, setting every weight to 0";
        }

        if (Numbers.SameWhenWritten(subtracted, 2))
        {
            return multiplies + "-1: the weights flip sign every step and never shrink";
        }

        string factor = Numbers.Format(1 - subtracted);
        return subtracted < 2
            ? $"{multiplies}{factor}, flipping its sign"
            : $"{multiplies}{factor}: the weights flip sign and grow without bound";
    }
}
