namespace S3NotifyConformance.Probing;

/// <summary>What one probe concluded.</summary>
/// <param name="Observed">The observation.</param>
/// <param name="Detail">One line with the run's values (sizes, ETags, error codes).</param>
/// <param name="Class">The same without run-dependent values, for the finding's fingerprint.</param>
public sealed record ProbeVerdict(ObservedCapability Observed, string Detail, string Class)
{
    /// <summary>The probe could not decide.</summary>
    public static ProbeVerdict Error(string detail) => new(ObservedCapability.Error, $"error: {detail}", "error");
}
