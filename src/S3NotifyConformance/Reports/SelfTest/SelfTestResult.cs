namespace S3NotifyConformance.Reports.SelfTest;

/// <summary>A self-test: the conformance suite run against the reference store once per seeded fault. Serialized as
/// results.json, the single source summary.md is rendered from.</summary>
/// <param name="RunId">The self-test's id (its report folder's name).</param>
/// <param name="Tool">Harness name and version.</param>
/// <param name="Filter">The scenario glob each faulted run used, or null for the whole suite.</param>
/// <param name="Parallelism">How many faulted runs ran at once.</param>
/// <param name="Faults">The control run (fault <c>none</c>) first, then one verdict per fault in catalog order.</param>
/// <param name="Machine">OS, cores, memory, .NET.</param>
public sealed record SelfTestResult(
    string RunId,
    string Tool,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string? Filter,
    int Parallelism,
    ImmutableArray<FaultVerdict> Faults,
    string Machine)
{
    /// <summary>What this results.json holds, so a reader of conformance or load runs can tell it apart.</summary>
    public string Kind => "selftest";

    /// <summary>True when the self-test was interrupted (Ctrl+C) before every fault had its verdict.</summary>
    public bool Interrupted { get; init; }

    /// <summary>The name of the control run's "fault": the store as built, which must pass.</summary>
    public const string ControlName = "none";

    /// <summary>Wall time of the whole self-test.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;

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

    /// <summary>Reads a self-test's results.json.</summary>
    public static SelfTestResult Read(string path) =>
        JsonSerializer.Deserialize<SelfTestResult>(File.ReadAllText(path), ReportJson.Options) ?? throw new InvalidDataException($"{path} is empty");
}
