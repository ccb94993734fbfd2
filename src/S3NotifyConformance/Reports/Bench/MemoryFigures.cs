namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (d)'s figures.</summary>
/// <param name="PeakManagedGrowth">Highest managed heap seen during the run, above the heap before it (bytes).</param>
/// <param name="RetainedManaged">Managed memory still held by the run's tracker and result after a full collection (bytes).</param>
/// <param name="PeakWorkingSet">The process's peak working set (bytes), runtime included.</param>
/// <param name="ResultsJsonBytes">Size of the run's results.json.</param>
public sealed record MemoryFigures(long Events, double Seconds, long PeakManagedGrowth, long RetainedManaged, long PeakWorkingSet, long ResultsJsonBytes);
