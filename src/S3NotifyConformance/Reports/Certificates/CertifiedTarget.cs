namespace S3NotifyConformance.Reports.Certificates;

/// <summary>The certified store: name, kind, endpoint (any user:password@ removed), region, note.</summary>
public sealed record CertifiedTarget(string Name, string Kind, string Endpoint, string Region, string? Note)
{
    /// <summary>From a run's target summary.</summary>
    public static CertifiedTarget Of(TargetSummary target) => new(target.Name, target.Kind, WithoutUserInfo(target.Endpoint), target.Region, target.Note);

    private static string WithoutUserInfo(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? endpoint.Replace(uri.UserInfo + "@", string.Empty, StringComparison.Ordinal) : endpoint;
}
