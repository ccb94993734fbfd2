using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>Fans a published message out to the topic's SQS subscriptions.</summary>
internal sealed class SnsPublisher
{
    private readonly QueueRegistry _queues;
    private readonly Func<string> _endpoint;

    /// <summary>Creates a publisher; <paramref name="endpoint"/> gives the store URL once started.</summary>
    public SnsPublisher(QueueRegistry queues, Func<string> endpoint)
    {
        _queues = queues;
        _endpoint = endpoint;
    }

    /// <summary>Delivers to every sqs subscription whose queue exists.</summary>
    public void Publish(SnsTopic topic, string messageId, string message, string? subject, DateTimeOffset timestamp, IReadOnlyList<SqsMessageAttribute> attributes)
    {
        foreach (var subscription in topic.Subscriptions)
        {
            if (subscription.Protocol != "sqs" || _queues.FindByArn(subscription.Endpoint) is not { } queue)
            {
                continue;
            }

            if (subscription.RawMessageDelivery)
            {
                queue.Enqueue(message, attributes, traceHeader: null);
            }
            else
            {
                var envelope = SnsEnvelopeWriter.Write(_endpoint(), subscription, messageId, message, subject, timestamp, attributes);
                queue.Enqueue(envelope, [], traceHeader: null);
            }
        }
    }
}
