using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace L2Analyzers.Judgement;

/// <summary>
/// Carries the <see cref="ModeChange"/>s an analyzer proposes to the code fix through <c>Diagnostic.Properties</c>,
/// so the fix does not recompute learning rates or thresholds.
/// </summary>
internal static class ModeChanges
{
    private const string Count = "ModeChanges";

    public static ImmutableDictionary<string, string?> ToProperties(IReadOnlyList<ModeChange> changes)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[Count] = changes.Count.ToString(CultureInfo.InvariantCulture);
        for (int i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            properties[Name(i, "Key")] = change.Key;
            properties[Name(i, "Title")] = change.Title;
            properties[Name(i, "Mode")] = ((int)change.Mode).ToString(CultureInfo.InvariantCulture);
            properties[Name(i, "Lambda")] = change.Lambda?.ToString("R", CultureInfo.InvariantCulture);
        }

        return properties.ToImmutable();
    }

    /// <summary>The changes in <paramref name="properties"/>; none when they are missing or malformed.</summary>
    public static ImmutableArray<ModeChange> FromProperties(ImmutableDictionary<string, string?> properties)
    {
        if (!properties.TryGetValue(Count, out var countText) ||
            !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            return ImmutableArray<ModeChange>.Empty;
        }

        var changes = ImmutableArray.CreateBuilder<ModeChange>(count);
        for (int i = 0; i < count; i++)
        {
            if (properties.TryGetValue(Name(i, "Key"), out var key) && key is not null &&
                properties.TryGetValue(Name(i, "Title"), out var title) && title is not null &&
                properties.TryGetValue(Name(i, "Mode"), out var modeText) &&
                int.TryParse(modeText, NumberStyles.None, CultureInfo.InvariantCulture, out int mode) &&
                properties.TryGetValue(Name(i, "Lambda"), out var lambdaText))
            {
                double? lambda = double.TryParse(lambdaText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                    ? value
                    : null;
                changes.Add(new ModeChange(key, title, (L2Mode)mode, lambda));
            }
        }

        return changes.ToImmutable();
    }

    private static string Name(int index, string field) => "ModeChange" + index.ToString(CultureInfo.InvariantCulture) + "." + field;
}
