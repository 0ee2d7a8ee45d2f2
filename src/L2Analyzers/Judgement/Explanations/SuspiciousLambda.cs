using System.Linq;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Judgement.Explanations;

/// <summary>
/// Rule L2R001: what the value does per step, and the first accepted reading in the site's own words (or, when none is
/// plausible, the typical values); every accepted reading is a fix.
/// </summary>
internal static class SuspiciousLambda
{
    public static Finding Judge(Setting setting, Wording words, SuspicionThresholds thresholds)
    {
        var readings = Readings.For(setting, words, thresholds);
        string effect = $"{words.Subject(setting.Mode, setting.Lambda)} {Effects.Describe(setting, words)}.";
        var changes = readings.Select(reading => ModeChange.To(RuleIds.LambdaSuspiciousForMode, reading, setting, words)).ToArray();
        if (changes.Length > 0)
        {
            // Fix All started from the suggested fix applies each finding's own suggestion, whatever its mode.
            changes[0] = changes[0] with { Key = ModeChange.SuggestedKey(RuleIds.LambdaSuspiciousForMode) };
        }

        return Finding.Of(Descriptors.LambdaSuspiciousForMode, FindingTarget.Lambda, effect, Advice(setting, words, readings.IsEmpty ? null : readings[0]), changes);
    }

    private static string Advice(Setting setting, Wording words, Reading? reading)
    {
        string value = Numbers.Format(setting.Lambda);
        string typical = $"No other reading is plausible; typical values are {Modes.TypicalValues(setting.Mode)}";
        return reading switch
        {
            { Kind: ReadingKind.Keep } keep => $"If {value} is the fraction to keep, write {words.Rewrite(keep.Mode, keep.Lambda)}.",
            { Kind: ReadingKind.Remove } remove => $"If {value} is the fraction to remove, write {words.Rewrite(remove.Mode, remove.Lambda)}.",
            { Kind: ReadingKind.Penalty } penalty => $"If {value} is a gradient penalty, write {words.Rewrite(penalty.Mode, penalty.Lambda)}.",
            { } usual => $"{typical}, such as {words.Rewrite(usual.Mode, usual.Lambda)}.",
            _ => typical + ".",
        };
    }
}
