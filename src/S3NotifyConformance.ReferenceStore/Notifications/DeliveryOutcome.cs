namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>What happened when a message reached its destination.</summary>
internal enum DeliveryOutcome
{
    /// <summary>The destination accepted the message.</summary>
    Delivered,

    /// <summary>The destination does not exist or refused the message.</summary>
    Undeliverable,
}
