using S3NotifyConformance.ReferenceStore.Faults;

namespace S3NotifyConformance.Running.SelfTest;

/// <summary>What a self-test is asked to do.</summary>
/// <param name="Faults">The faults to seed, one run each; empty: every fault of <see cref="StoreFaultCatalog"/>.</param>
/// <param name="Filter">Scenario id glob each run uses, or null for the whole suite.</param>
/// <param name="ReportRoot">Folder under which <c>{run id}/</c> is written.</param>
/// <param name="Paths">The project's folders.</param>
/// <param name="Parallelism">Faulted runs at once (each runs its scenarios in parallel too).</param>
/// <param name="Control">True: first a run without a fault, which must pass (otherwise no verdict below means anything).</param>
public sealed record SelfTestOptions(
    ImmutableArray<StoreFault> Faults, string? Filter, string ReportRoot, ProjectPaths Paths, int Parallelism = 2, bool Control = true);
