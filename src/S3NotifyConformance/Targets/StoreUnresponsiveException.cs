using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>A call not sent because the store was already found unresponsive (see <see cref="StoreCallMonitor"/>).</summary>
public sealed class StoreUnresponsiveException(string message) : AmazonClientException(message);
