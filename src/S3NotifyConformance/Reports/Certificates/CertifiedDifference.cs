using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Certificates;

/// <summary>One difference from Amazon S3 as certified: its fingerprint, aspect and standing.</summary>
public sealed record CertifiedDifference(string Fingerprint, string Rule, string Aspect, bool Blocking, bool Known, int Scenarios)
{
    /// <summary>From a run's difference.</summary>
    public static CertifiedDifference Of(Difference d) => new(d.Fingerprint, d.Rule, d.Aspect, d.Blocking, !d.IsNew, d.Scenarios.Length);
}
