using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>Publish: fans out to SQS subscriptions with the standard envelope (SNS::test_object_created_put).</summary>
internal static class PublishHandler
{
    /// <summary>Handles the request.</summary>
    public static XElement? Handle(SnsRequest request)
    {
        var topic = request.RequireTopic();
        var message = request.Field("Message") ?? throw new SnsException(SnsError.InvalidParameter("Invalid parameter: Empty message"));
        var messageId = Identifiers.NewUuid();
        request.Services.Publisher.Publish(topic, messageId, message, request.Field("Subject"), DateTimeOffset.UtcNow, request.MessageAttributes());
        return SnsRequest.E("MessageId", messageId);
    }
}
