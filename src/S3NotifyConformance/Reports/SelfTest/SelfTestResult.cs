namespace S3NotifyConformance.Reports.SelfTest;

/// <summary>A self-test: the conformance suite run against the reference store once per seeded fault. Serialized as
/// results.json (the header every run kind shares, then the verdicts), the single source summary.md is rendered from.</summary>
/// <param name="Header">Kind (selftest), the self-test's id (its report folder's name), tool, target (the embedded store), machine, times.</param>
/// <param name="Filter">The scenario glob each faulted run used, or null for the whole suite.</param>
/// <param name="Parallelism">How many faulted runs ran at once.</param>
/// <param name="Faults">The control run (fault <c>none</c>) first, then one verdict per fault in catalog order.</param>
public sealed record SelfTestResult(
    RunHeader Header,
    string? Filter,
    int Parallelism,
    ImmutableArray<FaultVerdict> Faults) : RunResultBase(Header)
{
    /// <summary>The store every faulted run is made against: the embedded reference store, one per fault on its own port.</summary>
    public static TargetSummary ReferenceStore { get; } = TargetSummary.Embedded("in-process, one store per seeded fault");

    /// <summary>True when the self-test was interrupted (Ctrl+C) before every fault had its verdict.</summary>
    public bool Interrupted { get; init; }

    /// <summary>The name of the control run's "fault": the store as built, which must pass.</summary>
    public const string ControlName = "none";

    /// <summary>Must-fail faults the suite caught.</summary>
    public int Caught => Faults.Count(f => f.MustFail && f.Flagged);

    /// <summary>Must-fail faults in the self-test.</summary>
    public int MustFailCount => Faults.Count(f => f.MustFail);

    /// <summary>Must-not faults (and the control run) that failed a run.</summary>
    public int FalseAlarms => Faults.Count(f => !f.MustFail && f.Flagged);

    /// <summary>The mutation score: caught must-fail faults ÷ all must-fail faults (1 when there are none).</summary>
    public double Score => MustFailCount == 0 ? 1 : (double)Caught / MustFailCount;

    /// <summary>True when every must-fail fault was caught and nothing else failed a run.</summary>
    public bool Succeeded => !Interrupted && Faults.All(f => f.AsExpected);

    /// <summary>Reads a self-test's results.json (see <see cref="RunResultsReader"/>).</summary>
    public static SelfTestResult Read(string path) => RunResultsReader.Read(path).AsSelfTest();
}
