using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// A rewrite a code fix offers: state <see cref="Mode"/> and, unless null, <see cref="Lambda"/>.
/// <see cref="Key"/> names the kind of rewrite (rule and target mode, or the typical value), so Fix All applies the same
/// kind everywhere; a finding's first, suggested rewrite has the key <see cref="SuggestedKey"/> instead, so Fix All
/// started from it applies every finding's own suggestion (as <c>dotnet format analyzers</c> does).
/// </summary>
internal readonly record struct ModeChange(string Key, string Title, L2Mode Mode, double? Lambda)
{
    /// <summary>The key of a finding's suggested rewrite of rule <paramref name="ruleId"/>, the same at every finding.</summary>
    public static string SuggestedKey(string ruleId) => ruleId + ".Suggested";

    /// <summary>The rewrite a reading of <paramref name="setting"/> asks for, titled by what it does per step and how the site writes it.</summary>
    public static ModeChange To(string ruleId, Reading reading, Setting setting, Wording words)
    {
        string kind = reading.Kind == ReadingKind.Typical ? "Typical" : Modes.Name(reading.Mode);
        string meaning = reading.Kind == ReadingKind.Typical ? "Use a typical value" : Effects.Title(setting.With(reading.Mode, reading.Lambda), words);
        return new ModeChange(ruleId + "." + kind, meaning + ": " + words.Rewrite(reading.Mode, reading.Lambda), reading.Mode, reading.Lambda);
    }
}
