using System.Text.RegularExpressions;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>CreateQueue: idempotent for equal attributes, QueueNameExists otherwise.</summary>
internal static partial class CreateQueueHandler
{
    /// <summary>Handles the request.</summary>
    public static Task<string> HandleAsync(SqsRequest request)
    {
        var name = request.RequireString("QueueName");
        if (!QueueName().IsMatch(name))
        {
            throw new SqsException(SqsError.InvalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"));
        }

        var attributes = request.Map("Attributes");
        QueueAttributesHandler.ValidateNames(attributes.Keys);
        var services = request.Services;
        var (queue, created) = services.Queues.GetOrAdd(name, () => new SqsQueue(name, services.QueueUrl(name), services.QueueArn(name), attributes));
        if (!created)
        {
            var current = queue.Attributes;
            var differing = attributes.FirstOrDefault(a => (current.TryGetValue(a.Key, out var value) ? value : null) != a.Value);
            if (differing.Key is not null)
            {
                throw new SqsException(SqsError.QueueNameExists(differing.Key));
            }
        }

        return Task.FromResult(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("QueueUrl", queue.Url);
            w.WriteEndObject();
        }));
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,80}(\.fifo)?$")]
    private static partial Regex QueueName();
}
