using System.Globalization;
using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>The words every view of a <see cref="LoadComparison"/> uses (comparison.md, comparison.html, the console), written once.</summary>
public static class ComparisonText
{
    /// <summary>One-line verdict.</summary>
    public static string Verdict(LoadComparison comparison) => comparison.HasRegression
        ? $"{comparison.Deltas.Count(d => d.IsRegression)} metric(s) regressed beyond {Bound(comparison)}"
        : $"no regression beyond {Bound(comparison)}";

    /// <summary>The change column's text: <c>+12.5%</c>, or the absolute change when the baseline is 0.</summary>
    public static string Change(MetricDelta delta) => delta.RelativeChange is { } r
        ? (r >= 0 ? "+" : string.Empty) + (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : delta.Current == delta.Baseline ? "±0" : $"from 0 to {delta.CurrentText}";

    /// <summary>regression, improvement, or blank.</summary>
    public static string Mark(MetricDelta delta) => delta.IsRegression ? "REGRESSION" : delta.IsImprovement ? "improved" : string.Empty;

    /// <summary>The allowed regression as a percentage.</summary>
    public static string Bound(LoadComparison comparison) => (comparison.MaxRegression * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
