using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Certificates;

/// <summary>certificate.json: what a store was certified against (tool, scenario set) and with what result, and the digest of
/// every file of the bundle, so anyone can check it with <c>s3notify verify</c>. Every field but <see cref="Reproduce"/>
/// and the digests follows from the bundle's results.json.</summary>
/// <param name="Format">The certificate format's version.</param>
/// <param name="Tool">The harness name and version that ran the suite.</param>
/// <param name="ScenarioSetDigest">Digest of scenarios/ and expected/ of that version (see <see cref="Certificates.ScenarioSetDigest"/>).</param>
/// <param name="Target">The store, without credentials (a target file names environment variables, never values, and none is copied).</param>
/// <param name="Machine">The machine the suite ran on (OS, cores, memory, .NET), from the run header.</param>
/// <param name="Capabilities">Declared by the target file; those the run's capability probe saw working, when it had one.</param>
/// <param name="Files">Relative path → digest of every file in the bundle except certificate.json itself.</param>
public sealed record Certificate(
    int Format,
    string Tool,
    string RunId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    RunMachine Machine,
    string ScenarioSetDigest,
    CertifiedTarget Target,
    CertifiedCapabilities Capabilities,
    RunTotals Totals,
    string Verdict,
    string? Baseline,
    ImmutableArray<CertifiedDifference> Differences,
    CertificationCommand Reproduce,
    ImmutableSortedDictionary<string, string> Files)
{
    /// <summary>The current format.</summary>
    public const int CurrentFormat = 2;

    /// <summary>The certificate of a run: everything from its results, the command and digests as given.</summary>
    public static Certificate Of(RunResult run, string scenarioSetDigest, CertificationCommand reproduce, ImmutableSortedDictionary<string, string> files) => new(
        CurrentFormat,
        run.Tool,
        run.RunId,
        run.StartedAt,
        run.FinishedAt,
        run.Header.Machine,
        scenarioSetDigest,
        CertifiedTarget.Of(run.Target),
        CertifiedCapabilities.Of(run.Target.Capabilities, run.Probe),
        run.Totals,
        run.Verdict,
        run.Baseline is null ? null : Path.GetFileName(run.Baseline),
        [.. run.Differences.Select(CertifiedDifference.Of)],
        reproduce,
        files);
}
