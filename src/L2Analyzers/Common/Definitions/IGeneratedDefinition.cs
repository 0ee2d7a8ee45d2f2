namespace L2Analyzers.Common.Definitions;

/// <summary>A definition the generator turns into one file.</summary>
internal interface IGeneratedDefinition
{
    /// <summary>The hint name of the generated file.</summary>
    string HintName { get; }
}
