namespace L2Analyzers.Common;

/// <summary>Metadata names of the runtime types the analyzers and the generator look for.</summary>
internal static class KnownNames
{
    public const string L2Attribute = "L2Analyzers.L2Attribute";
    public const string L2Mode = "L2Analyzers.L2Mode";
    public const string ModeProperty = "Mode";
    public const string LambdaProperty = "Lambda";
}
