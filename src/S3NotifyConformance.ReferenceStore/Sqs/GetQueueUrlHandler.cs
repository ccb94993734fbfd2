using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>GetQueueUrl.</summary>
internal static class GetQueueUrlHandler
{
    /// <summary>Handles the request.</summary>
    public static Task<string> HandleAsync(SqsRequest request)
    {
        var queue = request.Services.Queues.FindByName(request.RequireString("QueueName")) ?? throw new SqsException(SqsError.QueueDoesNotExist());
        return Task.FromResult(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("QueueUrl", queue.Url);
            w.WriteEndObject();
        }));
    }
}
