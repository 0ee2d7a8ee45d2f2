namespace L2Analyzers.Diagnostics;

/// <summary>The IDs of the definition rules: declarations the source generator cannot turn into code.</summary>
internal static class DefinitionRuleIds
{
    /// <summary>A layer, network or [L2] member's type (or a type containing it) is not partial.</summary>
    public const string NotPartial = "L2G001";

    /// <summary>An [L2] field or property the generator cannot write a method for.</summary>
    public const string UnsupportedMember = "L2G002";

    /// <summary>A dense layer with a non-positive number of inputs or outputs.</summary>
    public const string InvalidDimensions = "L2G003";

    /// <summary>A definition in a generic type.</summary>
    public const string GenericDefinition = "L2G004";

    /// <summary>A definition in a declaration the generator cannot extend (file-local, interface, static layer, both layer and network).</summary>
    public const string UnsupportedDeclaration = "L2G005";

    /// <summary>A network whose consecutive layers do not agree on their sizes.</summary>
    public const string LayersDoNotChain = "L2G006";

    /// <summary>A network whose layers use different element types.</summary>
    public const string MixedElementTypes = "L2G007";

    /// <summary>A network that lists a type which is not a usable [DenseLayer] definition.</summary>
    public const string UnusableLayer = "L2G008";

    /// <summary>A dense layer whose element type is neither float nor double.</summary>
    public const string UnsupportedElementType = "L2G009";

    /// <summary>An attribute argument that is not a defined value of its enum.</summary>
    public const string UndefinedEnumValue = "L2G010";

    /// <summary>A network that lists no layers.</summary>
    public const string EmptyNetwork = "L2G011";

    /// <summary>A network whose learning rate or momentum is not usable.</summary>
    public const string InvalidNetworkSetting = "L2G012";

    /// <summary>A type that already declares a member the generator would add.</summary>
    public const string GeneratedNameTaken = "L2G013";
}
