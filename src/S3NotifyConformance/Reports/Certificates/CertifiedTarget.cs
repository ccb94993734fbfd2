namespace S3NotifyConformance.Reports.Certificates;

/// <summary>The certified store: name, kind, endpoint (any user:password@ removed), region, note.</summary>
public sealed record CertifiedTarget(string Name, string Kind, string Endpoint, string Region, string? Note)
{
    /// <summary>From a run's target summary.</summary>
    public static CertifiedTarget Of(TargetSummary target) => new(target.Name, target.Kind, TargetSummary.WithoutUserInfo(target.Endpoint), target.Region, target.Note);
}
