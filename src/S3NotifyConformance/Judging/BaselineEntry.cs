namespace S3NotifyConformance.Judging;

/// <summary>One known difference of a target: a finding fingerprint, optionally limited to scenarios (ids or globs), and why
/// the target differs there.</summary>
/// <param name="Fingerprint">A <see cref="Finding.Fingerprint"/>, e.g. <c>record.shape eventSource #1f0c2a9e</c>.</param>
/// <param name="Reason">Why the target differs (for a person; shown with every known deviation).</param>
/// <param name="Scenarios">Scenario ids or globs the entry is limited to; empty: wherever the fingerprint appears.</param>
/// <param name="Difference">What the difference is, in words (written by <c>s3notify baseline</c>; informational).</param>
/// <param name="Example">A scenario that showed it when the entry was written: when that scenario runs and the fingerprint
/// appears nowhere, the entry is reported as fixed.</param>
public sealed record BaselineEntry(string Fingerprint, string Reason, ImmutableArray<string> Scenarios, string? Difference = null, string? Example = null);
