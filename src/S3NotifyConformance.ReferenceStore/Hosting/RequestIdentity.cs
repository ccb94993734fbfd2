namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Who sent a request and the ids the response carries; copied into event records.</summary>
/// <param name="RequestId">The x-amz-request-id response header.</param>
/// <param name="HostId">The x-amz-id-2 response header.</param>
/// <param name="PrincipalId">The requester principal, e.g. AWS:AIDA... (userIdentity.principalId).</param>
/// <param name="SourceIp">The client IP (requestParameters.sourceIPAddress).</param>
/// <param name="TraceHeader">The X-Amzn-Trace-Id request header, if any (becomes the SQS AWSTraceHeader attribute).</param>
internal sealed record RequestIdentity(string RequestId, string HostId, string PrincipalId, string SourceIp, string? TraceHeader)
{
    /// <summary>The address S3 uses for events it initiates itself (lifecycle, replication, restore completion); inferred.</summary>
    public const string ServiceAddress = "s3.amazonaws.com";

    /// <summary>Identity for an event S3 raises on its own (documentation example of replication events: principal and IP "s3.amazonaws.com").</summary>
    public static RequestIdentity Service() => new(Identifiers.NewS3RequestId(), Identifiers.NewHostId(), ServiceAddress, ServiceAddress, null);
}
