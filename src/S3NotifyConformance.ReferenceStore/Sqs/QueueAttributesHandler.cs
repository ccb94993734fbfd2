using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>GetQueueAttributes (stored plus computed: QueueArn, counts, timestamps) and SetQueueAttributes (Policy etc. accepted).</summary>
internal static class QueueAttributesHandler
{
    private static readonly HashSet<string> Settable = new(StringComparer.Ordinal)
    {
        "DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod", "Policy", "ReceiveMessageWaitTimeSeconds",
        "VisibilityTimeout", "RedrivePolicy", "RedriveAllowPolicy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds",
        "SqsManagedSseEnabled", "FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit",
    };

    /// <summary>GetQueueAttributes.</summary>
    public static Task<string> GetAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var names = request.Strings("AttributeNames");
        var all = Compute(queue);
        var wanted = names.Contains("All") ? all.Keys.ToList() : names.ToList();
        foreach (var name in wanted.Where(n => !all.ContainsKey(n) && !Settable.Contains(n)))
        {
            throw new SqsException(SqsError.InvalidAttributeName(name));
        }

        return Task.FromResult(JsonText.Write(w =>
        {
            w.WriteStartObject();
            var present = wanted.Where(all.ContainsKey).ToList();
            if (present.Count > 0)
            {
                w.WriteStartObject("Attributes");
                present.ForEach(n => w.WriteString(n, all[n]));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }));
    }

    /// <summary>SetQueueAttributes.</summary>
    public static Task<string> SetAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var attributes = request.Map("Attributes");
        ValidateNames(attributes.Keys);
        queue.SetAttributes(attributes);
        return Task.FromResult("{}");
    }

    /// <summary>InvalidAttributeName for names SQS does not know.</summary>
    public static void ValidateNames(IEnumerable<string> names)
    {
        if (names.FirstOrDefault(n => !Settable.Contains(n)) is { } unknown)
        {
            throw new SqsException(SqsError.InvalidAttributeName(unknown));
        }
    }

    private static Dictionary<string, string> Compute(SqsQueue queue)
    {
        var counts = queue.Counts();
        var attributes = new Dictionary<string, string>(queue.Attributes, StringComparer.Ordinal)
        {
            ["QueueArn"] = queue.Arn,
            ["ApproximateNumberOfMessages"] = counts.Visible.ToString(CultureInfo.InvariantCulture),
            ["ApproximateNumberOfMessagesNotVisible"] = counts.InFlight.ToString(CultureInfo.InvariantCulture),
            ["ApproximateNumberOfMessagesDelayed"] = counts.Delayed.ToString(CultureInfo.InvariantCulture),
            ["CreatedTimestamp"] = queue.CreatedTimestamp.ToString(CultureInfo.InvariantCulture),
            ["LastModifiedTimestamp"] = queue.LastModifiedTimestamp.ToString(CultureInfo.InvariantCulture),
        };
        attributes.TryAdd("SqsManagedSseEnabled", "true");
        return attributes;
    }
}
