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

    public string? AccountId { get; set; }

    public TargetCredentialsFile? Credentials { get; set; }

    public List<string>? Capabilities { get; set; }

    /// <summary><c>sqs</c> (default) or <c>http-push</c>.</summary>
    public string? Delivery { get; set; }

    public TargetTimingFile? Timing { get; set; }

    /// <summary>The eventVersion this target must send, when it differs from AWS's recorded per-type minimum (e.g. 2.4 for AWS today).</summary>
    public EventVersionFile? EventVersion { get; set; }

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
}
