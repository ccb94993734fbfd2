using System.Text.Json;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>ReceiveMessage: 1-10 messages, long polling that returns as soon as a message arrives, system attributes on request.</summary>
internal static class ReceiveMessageHandler
{
    /// <summary>Handles the request; "Messages" is omitted when nothing arrived, as AWS does.</summary>
    public static async Task<string> HandleAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var max = request.Int("MaxNumberOfMessages") ?? 1;
        if (max is < 1 or > 10)
        {
            throw new SqsException(SqsError.InvalidParameterValue($"Value {max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided."));
        }

        var wait = request.Int("WaitTimeSeconds") ?? int.Parse(queue.Attributes["ReceiveMessageWaitTimeSeconds"], CultureInfo.InvariantCulture);
        if (wait is < 0 or > 20)
        {
            throw new SqsException(SqsError.InvalidParameterValue($"Value {wait} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided."));
        }

        var systemNames = request.Strings("MessageSystemAttributeNames").Concat(request.Strings("AttributeNames")).ToHashSet(StringComparer.Ordinal);
        var attributeNames = request.Strings("MessageAttributeNames");
        var received = await queue.ReceiveAsync(max, TimeSpan.FromSeconds(wait), request.Int("VisibilityTimeout"), request.Cancellation);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            if (received.Count > 0)
            {
                w.WriteStartArray("Messages");
                foreach (var message in received)
                {
                    WriteMessage(w, message, systemNames, attributeNames, request.Services.AccountId);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        });
    }

    private static void WriteMessage(Utf8JsonWriter w, SqsReceivedMessage received, HashSet<string> systemNames, IReadOnlyList<string> attributeNames, string accountId)
    {
        var message = received.Message;
        w.WriteStartObject();
        w.WriteString("MessageId", message.MessageId);
        w.WriteString("ReceiptHandle", received.ReceiptHandle);
        w.WriteString("MD5OfBody", SqsMd5.OfBody(message.Body));
        w.WriteString("Body", message.Body);
        var system = new List<(string Name, string Value)>
        {
            ("SenderId", accountId),
            ("ApproximateFirstReceiveTimestamp", received.FirstReceiveTimestamp.ToString(CultureInfo.InvariantCulture)),
            ("ApproximateReceiveCount", received.ReceiveCount.ToString(CultureInfo.InvariantCulture)),
            ("SentTimestamp", message.SentTimestamp.ToString(CultureInfo.InvariantCulture)),
        };
        if (message.TraceHeader is { } trace)
        {
            system.Add(("AWSTraceHeader", trace));
        }

        var all = systemNames.Contains("All");
        var selected = system.Where(a => all || systemNames.Contains(a.Name)).ToList();
        if (selected.Count > 0)
        {
            w.WriteStartObject("Attributes");
            selected.ForEach(a => w.WriteString(a.Name, a.Value));
            w.WriteEndObject();
        }

        var attributes = message.Attributes.Where(a => attributeNames.Any(n => n is "All" or ".*" || n == a.Name || (n.EndsWith(".*", StringComparison.Ordinal) && a.Name.StartsWith(n[..^1], StringComparison.Ordinal)))).ToList();
        if (attributes.Count > 0)
        {
            w.WriteString("MD5OfMessageAttributes", SqsMd5.OfAttributes(attributes));
            w.WriteStartObject("MessageAttributes");
            foreach (var attribute in attributes)
            {
                w.WriteStartObject(attribute.Name);
                w.WriteString("DataType", attribute.DataType);
                if (attribute.BinaryValue is { } binary)
                {
                    w.WriteBase64String("BinaryValue", binary);
                }
                else
                {
                    w.WriteString("StringValue", attribute.StringValue);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
