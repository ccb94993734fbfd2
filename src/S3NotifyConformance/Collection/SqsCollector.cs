using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using S3NotifyConformance.Actions;

namespace S3NotifyConformance.Collection;

/// <summary>Drains one SQS queue with concurrent long-polling receivers, hands every message to the sink, then deletes what it read.</summary>
public sealed class SqsCollector(IAmazonSQS sqs, string queueUrl, string destinationName, HarnessClock clock, int receivers = 2) : ICollector
{
    /// <summary>Long-poll wait per receive; cancellation ends a poll early.</summary>
    public const int WaitTimeSeconds = 2;

    /// <inheritdoc />
    public Task RunAsync(IEventSink sink, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, receivers).Select(_ => ReceiveLoopAsync(sink, cancellationToken)));

    private async Task ReceiveLoopAsync(IEventSink sink, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            ReceiveMessageResponse response;
            try
            {
                response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
                {
                    QueueUrl = queueUrl,
                    MaxNumberOfMessages = 10,
                    WaitTimeSeconds = WaitTimeSeconds,
                    VisibilityTimeout = 30,
                    MessageSystemAttributeNames = ["All"],
                }, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (QueueDoesNotExistException)
            {
                sink.RecordProblem($"queue {queueUrl} disappeared while collecting");
                return;
            }
            catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException)
            {
                sink.RecordProblem($"receive from {queueUrl} failed: {e.Message}");
                await DelayUnlessCancelled(TimeSpan.FromMilliseconds(200), cancellationToken);
                continue;
            }

            var messages = response.Messages ?? [];
            if (messages.Count == 0)
            {
                continue;
            }

            var received = clock.Now();
            sink.Accept([.. messages.Select(m => ToDelivered(m, received))]);
            await DeleteAsync(sink, messages);
        }
    }

    private DeliveredMessage ToDelivered(Message message, long received)
    {
        var attributes = message.Attributes ?? [];
        DateTimeOffset? sent = attributes.TryGetValue("SentTimestamp", out var ms) && long.TryParse(ms, out var epochMs)
            ? DateTimeOffset.FromUnixTimeMilliseconds(epochMs)
            : null;
        var receiveCount = attributes.TryGetValue("ApproximateReceiveCount", out var count) && int.TryParse(count, out var n) ? n : 1;
        return new DeliveredMessage(destinationName, "sqs", message.MessageId, message.Body, received, clock.ToUtc(received), sent, receiveCount);
    }

    private async Task DeleteAsync(IEventSink sink, List<Message> messages)
    {
        try
        {
            // Not cancelled with the collection: what was read must not come back to a later reader.
            var result = await sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest
            {
                QueueUrl = queueUrl,
                Entries = [.. messages.Select((m, i) => new DeleteMessageBatchRequestEntry(i.ToString(), m.ReceiptHandle))],
            });
            foreach (var failed in result.Failed ?? [])
            {
                sink.RecordProblem($"delete of a message from {queueUrl} failed: {failed.Code} {failed.Message}");
            }
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException)
        {
            sink.RecordProblem($"delete from {queueUrl} failed: {e.Message}");
        }
    }

    private static async Task DelayUnlessCancelled(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
