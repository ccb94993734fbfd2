using System.Text;
using S3NotifyConformance.ReferenceStore.Sns;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Delivers due messages to SQS queues directly or through SNS topics, and to registered Lambda functions.</summary>
internal sealed class DestinationRouter : IDeliveryTarget
{
    private readonly QueueRegistry _queues;
    private readonly TopicRegistry _topics;
    private readonly SnsPublisher _publisher;
    private readonly FunctionRegistry? _functions;
    private readonly FunctionInvoker? _invoker;
    private readonly EventBusRegistry? _eventBus;

    /// <summary>Creates a router over the store's queues, topics and (when given) functions and event bus rules.</summary>
    public DestinationRouter(
        QueueRegistry queues, TopicRegistry topics, SnsPublisher publisher, FunctionRegistry? functions = null, FunctionInvoker? invoker = null, EventBusRegistry? eventBus = null)
    {
        _queues = queues;
        _topics = topics;
        _publisher = publisher;
        _functions = functions;
        _invoker = invoker;
        _eventBus = eventBus;
    }

    /// <inheritdoc />
    public DeliveryOutcome Deliver(DeliveryItem item)
    {
        switch (item.Kind)
        {
            case DestinationKind.Queue when _queues.FindByArn(item.DestinationArn) is { } queue:
                // SQS refuses an event larger than MaximumMessageSize (facts, time caveat: newer docs).
                if (Encoding.UTF8.GetByteCount(item.Body) > queue.MaximumMessageSize)
                {
                    return DeliveryOutcome.Undeliverable;
                }

                queue.Enqueue(item.Body, [], item.TraceHeader);
                return DeliveryOutcome.Delivered;
            case DestinationKind.Topic when _topics.Find(item.DestinationArn) is { } topic:
                _publisher.Publish(topic, item.SnsMessageId, item.Body, DeliveryItem.S3Subject, item.SnsTimestamp, []);
                return DeliveryOutcome.Delivered;
            case DestinationKind.CloudFunction when _invoker is not null && _functions?.Find(item.DestinationArn) is { } function:
                _invoker.Invoke(function, item.Body);
                return DeliveryOutcome.Delivered;
            case DestinationKind.EventBus when _eventBus is not null:
                // The bus delivers to each SQS target of each rule whose pattern matches; an event no rule matches is
                // accepted by the bus and goes nowhere, as on AWS.
                foreach (var queue in _eventBus.TargetsFor(item.DestinationArn, item.Body).Select(_queues.FindByArn).OfType<SqsQueue>())
                {
                    queue.Enqueue(item.Body, [], null);
                }

                return DeliveryOutcome.Delivered;
            default:
                return DeliveryOutcome.Undeliverable;
        }
    }
}
