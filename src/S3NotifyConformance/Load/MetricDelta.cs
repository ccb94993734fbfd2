namespace S3NotifyConformance.Load;

/// <summary>One metric in a comparison of two runs.</summary>
/// <param name="RelativeChange">(current − baseline) ÷ baseline; null when the baseline is 0.</param>
/// <param name="IsRegression">Worse than the baseline by more than the allowed regression and the metric's noise floor.</param>
/// <param name="IsImprovement">Better by as much.</param>
public sealed record MetricDelta(
    string Metric,
    double Baseline,
    double Current,
    string BaselineText,
    string CurrentText,
    double? RelativeChange,
    bool IsRegression,
    bool IsImprovement);
