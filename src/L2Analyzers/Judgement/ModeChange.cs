using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// A rewrite a code fix offers: state <see cref="Mode"/> and, unless null, <see cref="Lambda"/>.
/// <see cref="Key"/> names the kind of rewrite (rule and target mode, or the typical value), so Fix All applies the same
/// kind everywhere.
/// </summary>
internal readonly record struct ModeChange(string Key, string Title, L2Mode Mode, double? Lambda)
{
    /// <summary>The rewrite a reading of <paramref name="setting"/> asks for, titled by what it does per step and how the site writes it.</summary>
    public static ModeChange To(string ruleId, Reading reading, Setting setting, Wording words)
    {
        string kind = reading.Kind == ReadingKind.Typical ? "Typical" : Modes.Name(reading.Mode);
        string meaning = reading.Kind == ReadingKind.Typical ? "Use a typical value" : Effects.Title(setting.With(reading.Mode, reading.Lambda), words);
        return new ModeChange(ruleId + "." + kind, meaning + ": " + words.Rewrite(reading.Mode, reading.Lambda), reading.Mode, reading.Lambda);
    }
}
