using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>A call to the store got no answer within the target's <c>timing.callTimeout</c>. An <see cref="AmazonClientException"/>
/// (the harness's side, never a service answer), so it is a scenario error and never a finding, and never taken for Ctrl+C.</summary>
public sealed class StoreCallTimeoutException(string operation, TimeSpan waited)
    : AmazonClientException($"{operation} got no answer within {waited.TotalSeconds:0.0} s (timing.callTimeout)")
{
    /// <summary>The operation, e.g. <c>S3 PutObject PUT /bucket/key</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>How long the harness waited.</summary>
    public TimeSpan Waited { get; } = waited;
}
