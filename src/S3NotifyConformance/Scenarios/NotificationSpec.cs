namespace S3NotifyConformance.Scenarios;

/// <summary>A whole notification configuration, as one PutBucketNotificationConfiguration call.</summary>
public sealed record NotificationSpec(ImmutableArray<ConfigurationSpec> Configurations, bool SkipDestinationValidation)
{
    /// <summary>The empty configuration, which turns notifications off.</summary>
    public static NotificationSpec Empty { get; } = new([], false);

    /// <summary>True when the configuration has no entries.</summary>
    public bool IsEmpty => Configurations.IsEmpty;
}
