namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (c)'s figures.</summary>
public sealed record MeasurementErrorFigures(string Delay, double ConfiguredDuplication, long Writes, double MeasuredDuplication, ImmutableArray<PercentileError> Percentiles);

/// <summary>One percentile: configured, measured, and their difference in ms.</summary>
public sealed record PercentileError(double Percentile, double Configured, double Measured)
{
    /// <summary>Measured − configured (ms).</summary>
    public double Error => Measured - Configured;
}
