using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>ListQueues with QueueNamePrefix and MaxResults/NextToken paging.</summary>
internal static class ListQueuesHandler
{
    /// <summary>Handles the request; QueueUrls is omitted when empty, as AWS does.</summary>
    public static Task<string> HandleAsync(SqsRequest request)
    {
        var prefix = request.String("QueueNamePrefix") ?? string.Empty;
        var max = request.Int("MaxResults") ?? 1000;
        var after = request.String("NextToken");
        var queues = request.Services.Queues.All()
            .Where(q => q.Name.StartsWith(prefix, StringComparison.Ordinal) && (after is null || string.CompareOrdinal(q.Name, after) > 0))
            .ToList();
        var page = queues.Take(max).ToList();
        return Task.FromResult(JsonText.Write(w =>
        {
            w.WriteStartObject();
            if (page.Count > 0)
            {
                w.WriteStartArray("QueueUrls");
                page.ForEach(q => w.WriteStringValue(q.Url));
                w.WriteEndArray();
            }

            if (queues.Count > page.Count && request.Int("MaxResults") is not null)
            {
                w.WriteString("NextToken", page[^1].Name);
            }

            w.WriteEndObject();
        }));
    }
}
