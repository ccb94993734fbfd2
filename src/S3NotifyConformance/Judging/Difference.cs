namespace S3NotifyConformance.Judging;

/// <summary>One distinct way a store differs from Amazon S3: every finding with one fingerprint, across all scenarios.</summary>
/// <param name="Aws">What Amazon S3 does (the expected value or its class).</param>
/// <param name="Store">What the store did (the actual value or its class).</param>
/// <param name="Source">The public source of AWS's behaviour: a documentation page's title and URL.</param>
/// <param name="Fix">One sentence on what the store should change.</param>
/// <param name="Blocking">True when it stops scenarios before their main assertion; what follows from it is not counted.</param>
/// <param name="Known">The baseline's reason when a baseline lists it; null for a new difference.</param>
/// <param name="Example">One finding that shows it, with its scenario.</param>
/// <param name="Scenarios">The scenarios that show it, in run order.</param>
/// <param name="Findings">How many findings carry it (a scenario may show it more than once).</param>
public sealed record Difference(
    string Fingerprint,
    string Rule,
    string Aspect,
    string Aws,
    string Store,
    string Source,
    string Fix,
    bool Blocking,
    string? Known,
    DifferenceExample Example,
    ImmutableArray<string> Scenarios,
    int Findings)
{
    /// <summary>True when no baseline lists it.</summary>
    public bool IsNew => Known is null;
}
