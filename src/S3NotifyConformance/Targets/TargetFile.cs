namespace S3NotifyConformance.Targets;

// The YAML shape of a target file (targets/*.yaml, or any path given to --target). Unknown keys are errors.

/// <summary>A target file as written.</summary>
public sealed class TargetFile
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Region { get; set; }

    public string? S3 { get; set; }

    public string? Sqs { get; set; }

    public string? Sns { get; set; }

    /// <summary>EventBridge endpoint where the harness creates the rules that route EventBridge events to its queues (optional).</summary>
    public string? Events { get; set; }

    public string? AccountId { get; set; }

    /// <summary>A region other than <see cref="Region"/> for scenarios whose bucket lives elsewhere (<c>region: second</c>);
    /// default us-west-2. Used when the target declares the <c>second-region</c> capability.</summary>
    public string? SecondRegion { get; set; }

    public TargetCredentialsFile? Credentials { get; set; }

    public List<string>? Capabilities { get; set; }

    /// <summary><c>sqs</c> (default), <c>http-push</c> or <c>amqp</c>.</summary>
    public string? Delivery { get; set; }

    public TargetTimingFile? Timing { get; set; }

    /// <summary>For <c>delivery: http-push</c>: where the webhook receiver listens and what the store posts to.</summary>
    public TargetWebhookFile? Webhook { get; set; }

    /// <summary>For <c>delivery: amqp</c>: the broker the store publishes to and the topics' AMQP attributes.</summary>
    public TargetAmqpFile? Amqp { get; set; }

    /// <summary>Destination kinds the store lacks and the kind to deliver them through instead, e.g. <c>sqs: sns</c>.</summary>
    public Dictionary<string, string>? DestinationSubstitutes { get; set; }

    /// <summary>For targets the harness starts in a container (LocalStack): the image, e.g. <c>localstack/localstack:4.4</c>.</summary>
    public string? Image { get; set; }

    /// <summary>The eventVersion this target must send, when it differs from AWS's recorded per-type minimum (e.g. 2.4 for AWS today).</summary>
    public EventVersionFile? EventVersion { get; set; }

    /// <summary>Share of delivered records that may be duplicates before the harness reports them (<c>0</c>, <c>1%</c>,
    /// <c>0.01</c>); a policy of the harness, 0 by default (AWS promises at-least-once delivery).</summary>
    public string? DuplicationAllowance { get; set; }

    /// <summary>Lambda destinations: the forwarding function the user deployed (tools/lambda-forwarder) and where it forwards.</summary>
    public TargetLambdaFile? Lambda { get; set; }

    /// <summary>Must be true for a target whose endpoints are Amazon's own: nobody points the harness at an account by accident.</summary>
    public bool AllowAws { get; set; }
}

/// <summary>Where a target file's credentials come from; with none of these the standard AWS chain is used.</summary>
public sealed class TargetCredentialsFile
{
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    public string? AccessKeyEnv { get; set; }

    public string? SecretKeyEnv { get; set; }

    public string? Profile { get; set; }
}

/// <summary>The eventVersion floor as written: major, and a minimum minor for every event type.</summary>
public sealed class EventVersionFile
{
    public int Major { get; set; } = 2;

    public int? MinimumMinor { get; set; }
}

/// <summary>Timing overrides as written (<c>10s</c>, <c>500ms</c>).</summary>
public sealed class TargetTimingFile
{
    public string? DeliveryDeadline { get; set; }

    public string? Settle { get; set; }

    public int? Parallelism { get; set; }

    /// <summary>Scenarios under way at once, counting those that only wait for deliveries (default 4 × parallelism).</summary>
    public int? Concurrency { get; set; }

    /// <summary>How long an expected event may still arrive after every sentinel has (default the delivery deadline).</summary>
    public string? AfterSentinel { get; set; }

    /// <summary>Operations the store must get one at a time (AWS operation names, e.g. CreateTopic).</summary>
    public List<string>? OneAtATime { get; set; }

    /// <summary>How long one call to the store may take (default 5s).</summary>
    public string? CallTimeout { get; set; }

    /// <summary>Consecutive unanswered calls after which the run stops as "store unresponsive" (default 3).</summary>
    public int? UnresponsiveAfter { get; set; }

    /// <summary>How far eventTime may lie outside the write's request window (default 2s).</summary>
    public string? ClockSkew { get; set; }
}

/// <summary>Webhook receiver settings as written.</summary>
public sealed class TargetWebhookFile
{
    /// <summary>Listen address: 127.0.0.1 (default), or 0.0.0.0 for a store on another host.</summary>
    public string? Bind { get; set; }

    /// <summary>Listen port; 0 or absent picks a free one.</summary>
    public int? Port { get; set; }

    /// <summary>The URL the store posts to, when it is not http://BIND:PORT/.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>A shared token every POST must carry as <c>Authorization: Bearer</c>.</summary>
    public string? Token { get; set; }

    /// <summary>The environment variable holding the token (keeps it out of the file).</summary>
    public string? TokenEnv { get; set; }

    /// <summary>Largest accepted body in bytes (default 1 MiB).</summary>
    public long? MaxBodyBytes { get; set; }

    /// <summary>A destination ARN configured on the store's side (MinIO); absent: the harness creates push topics.</summary>
    public string? DestinationArn { get; set; }

    /// <summary>Extra attributes for created push topics (Ceph RGW: persistent, OpaqueData, verify-ssl).</summary>
    public Dictionary<string, string>? TopicAttributes { get; set; }
}

/// <summary>AMQP delivery settings as written.</summary>
public sealed class TargetAmqpFile
{
    /// <summary><c>amqp://user:password@host:port/vhost</c>; absent for a launched target (ceph-rgw starts its own broker).</summary>
    public string? Broker { get; set; }

    /// <summary>What the store publishes to, when it is not the broker URL (no credentials, another host name).</summary>
    public string? PushEndpoint { get; set; }

    /// <summary>RGW's amqp-ack-level: none, broker (default) or routable.</summary>
    public string? AckLevel { get; set; }

    /// <summary>Extra attributes for created topics (Ceph RGW: persistent, OpaqueData).</summary>
    public Dictionary<string, string>? TopicAttributes { get; set; }
}

/// <summary>A target's Lambda destinations as written: <c>lambda: { functionArn: arn:aws:lambda:…:function:s3n-forwarder, forwardsTo: queue }</c>.</summary>
public sealed class TargetLambdaFile
{
    /// <summary>The deployed forwarding function every Lambda configuration names.</summary>
    public string? FunctionArn { get; set; }

    /// <summary>Where the function sends each event: <c>queue</c> (the SQS queue <c>{bucket}-lambda</c>, the only choice).</summary>
    public string? ForwardsTo { get; set; }
}
