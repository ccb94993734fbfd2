namespace S3NotifyConformance.Load;

/// <summary>A threshold as evaluated on a run: every report lists these, failed ones first.</summary>
/// <param name="Threshold">The threshold as written.</param>
/// <param name="Actual">The metric's value.</param>
/// <param name="ActualText">The value for people, with its unit.</param>
public sealed record ThresholdResult(string Threshold, double Actual, string ActualText, bool Passed);
