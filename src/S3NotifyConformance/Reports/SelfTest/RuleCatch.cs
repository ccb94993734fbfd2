namespace S3NotifyConformance.Reports.SelfTest;

/// <summary>The findings of one rule in a faulted run: how many, in how many scenarios, and their distinct fingerprints.</summary>
/// <param name="Rule">The rule id, e.g. <c>record.shape</c> (or <c>snapshot</c>).</param>
/// <param name="Findings">Findings of the rule across the run.</param>
/// <param name="Scenarios">Failed scenarios with at least one finding of the rule.</param>
/// <param name="Fingerprints">Distinct finding fingerprints (<c>Finding.Fingerprint</c>), ordered.</param>
public sealed record RuleCatch(string Rule, int Findings, int Scenarios, ImmutableArray<string> Fingerprints);
