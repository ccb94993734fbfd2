namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>DeleteQueue and PurgeQueue.</summary>
internal static class DeleteQueueHandler
{
    /// <summary>DeleteQueue: removes the queue and ends its long polls.</summary>
    public static Task<string> HandleAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        request.Services.Queues.Remove(queue);
        queue.MarkDeleted();
        return Task.FromResult("{}");
    }

    /// <summary>PurgeQueue: removes every message.</summary>
    public static Task<string> PurgeAsync(SqsRequest request)
    {
        request.RequireQueue().Purge();
        return Task.FromResult("{}");
    }
}
