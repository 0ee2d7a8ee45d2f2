namespace L2Analyzers.Judgement;

/// <summary>What a suspicious value was probably meant as.</summary>
internal enum ReadingKind
{
    /// <summary>The value is the fraction of each weight to keep per step.</summary>
    Keep,

    /// <summary>The value is the fraction of each weight to remove per step.</summary>
    Remove,

    /// <summary>The value is a gradient penalty.</summary>
    Penalty,

    /// <summary>No reading is plausible: the context's typical value.</summary>
    Typical,
}

/// <summary>A plausible rewrite of a value: write <see cref="Lambda"/> in <see cref="Mode"/>.</summary>
internal readonly record struct Reading(ReadingKind Kind, L2Mode Mode, double Lambda);
