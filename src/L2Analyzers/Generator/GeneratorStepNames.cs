namespace L2Analyzers.Generator;

/// <summary>Tracking names of the generator's pipeline steps, for cache tests.</summary>
internal static class GeneratorStepNames
{
    /// <summary><c>[L2]</c> fields and properties read into definitions (null for the ones that cannot be generated).</summary>
    public const string ParameterMembers = nameof(ParameterMembers);

    /// <summary>The <c>[L2]</c> member definitions that are generated.</summary>
    public const string ValidParameterMembers = nameof(ValidParameterMembers);

    /// <summary>The generated <c>[L2]</c> member definitions, each with a file name unique ignoring case.</summary>
    public const string UniqueParameterMembers = nameof(UniqueParameterMembers);

    /// <summary><c>[DenseLayer]</c> classes read into definitions.</summary>
    public const string DenseLayers = nameof(DenseLayers);

    /// <summary>The dense layer definitions that are generated.</summary>
    public const string ValidDenseLayers = nameof(ValidDenseLayers);

    /// <summary>The generated dense layer definitions, each with a file name unique ignoring case.</summary>
    public const string UniqueDenseLayers = nameof(UniqueDenseLayers);

    /// <summary><c>[Network]</c> classes read into definitions.</summary>
    public const string Networks = nameof(Networks);

    /// <summary>The network definitions that are generated.</summary>
    public const string ValidNetworks = nameof(ValidNetworks);

    /// <summary>The generated network definitions, each with a file name unique ignoring case.</summary>
    public const string UniqueNetworks = nameof(UniqueNetworks);
}
