namespace S3NotifyConformance.Foundation;

/// <summary>The target a run was made against, as reports show it: never credentials (a target file names environment
/// variables, not values), and the endpoint without any user:password@.</summary>
/// <param name="Note">What else the run says about the target: an unavailable reason, webhook counts, a load run's injected faults.</param>
public sealed record TargetSummary(string Name, string Kind, string Endpoint, string Region, ImmutableArray<string> Capabilities, string? Note = null)
{
    /// <summary>An endpoint without the user:password@ a URL may carry.</summary>
    public static string WithoutUserInfo(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? endpoint.Replace(uri.UserInfo + "@", string.Empty, StringComparison.Ordinal) : endpoint;

    /// <summary>The embedded reference store as a run without one target shows it (a self-test, the benchmarks: one store or more, in process).</summary>
    public static TargetSummary Embedded(string endpoint) => new("embedded", "embedded", endpoint, "us-east-1", []);
}
