namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>A bucket's stored notification configuration; immutable, replaced whole by each PUT (SQS::test_notifications_with_filter).</summary>
/// <param name="Rules">Queue, topic and Lambda configurations in document order.</param>
/// <param name="EventBridgeEnabled">True when an EventBridgeConfiguration element was given (stored and returned only).</param>
internal sealed record NotificationConfiguration(IReadOnlyList<NotificationRule> Rules, bool EventBridgeEnabled)
{
    /// <summary>No configuration.</summary>
    public static NotificationConfiguration Empty { get; } = new([], false);
}
