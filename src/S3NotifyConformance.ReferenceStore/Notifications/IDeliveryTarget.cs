namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Hands a due message to its SQS queue or SNS topic.</summary>
internal interface IDeliveryTarget
{
    /// <summary>Delivers one message now.</summary>
    DeliveryOutcome Deliver(DeliveryItem item);
}
