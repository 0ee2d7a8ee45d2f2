namespace L2Analyzers.Generator;

/// <summary>Tracking names of the generator's pipeline steps, for cache tests.</summary>
internal static class GeneratorStepNames
{
    public const string ParameterMembers = nameof(ParameterMembers);
}
