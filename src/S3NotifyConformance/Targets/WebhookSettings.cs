namespace S3NotifyConformance.Targets;

/// <summary>How a push target (Ceph RGW, MinIO) reaches the harness's webhook receiver.</summary>
/// <param name="BindAddress">Where the receiver listens: 127.0.0.1 by default; 0.0.0.0 for a store on another host.</param>
/// <param name="Port">The receiver's port; 0 picks a free one.</param>
/// <param name="PublicBaseUrl">The URL the store posts to, when it differs from the bind address (another host, a proxy).</param>
/// <param name="Token">When set, every POST must carry <c>Authorization: Bearer {token}</c> (MinIO's auth_token); others get 401.</param>
/// <param name="MaxBodyBytes">Largest accepted POST body; larger ones get 413 and are counted.</param>
/// <param name="DestinationArn">A destination configured on the store's side (MinIO's <c>arn:minio:sqs::ID:webhook</c>); when
/// null the harness creates a push topic per destination (Ceph RGW).</param>
/// <param name="TopicAttributes">Extra attributes for created push topics, e.g. <c>persistent: "true"</c>.</param>
public sealed record WebhookSettings(
    string BindAddress,
    int Port,
    Uri? PublicBaseUrl,
    string? Token,
    long MaxBodyBytes,
    string? DestinationArn,
    ImmutableSortedDictionary<string, string> TopicAttributes)
{
    /// <summary>The default body limit: AWS caps a notification at 64 KB; a batch of records stays well under 1 MiB.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>A receiver on a free loopback port, no token, harness-created topics.</summary>
    public static WebhookSettings Loopback { get; } = new("127.0.0.1", 0, null, null, DefaultMaxBodyBytes, null, ImmutableSortedDictionary<string, string>.Empty);
}
