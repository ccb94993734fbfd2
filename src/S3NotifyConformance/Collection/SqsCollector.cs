using System.Threading.Channels;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using S3NotifyConformance.Actions;

namespace S3NotifyConformance.Collection;

/// <summary>Drains one SQS queue with concurrent long-polling receivers, hands every message to the sink, then deletes what it read.
/// Deletes go through one background deleter in batches of up to 10, so under load a receiver is back on the queue at once and the
/// harness sends about one request per received batch instead of two.</summary>
public sealed class SqsCollector(IAmazonSQS sqs, string queueUrl, string destinationName, HarnessClock clock, int receivers = 2) : ICollector
{
    /// <summary>Long-poll wait per receive; cancellation ends a poll early.</summary>
    public const int WaitTimeSeconds = 2;

    /// <inheritdoc />
    public async Task RunAsync(IEventSink sink, CancellationToken cancellationToken)
    {
        var read = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var deleting = DeleteLoopAsync(sink, read.Reader);
        try
        {
            await Task.WhenAll(Enumerable.Range(1, receivers).Select(n => SuperviseAsync(n, sink, read.Writer, cancellationToken)));
        }
        finally
        {
            read.Writer.TryComplete();
            await deleting;
        }
    }

    // A receiver that fails for anything but cancellation is restarted and its failure recorded: a body the sink chokes on, or
    // an SDK surprise, must not leave the queue unread and report the rest of the run's events as lost.
    private async Task SuperviseAsync(int receiver, IEventSink sink, ChannelWriter<string> read, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ReceiveLoopAsync(sink, read, cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                sink.RecordProblem($"receiver {receiver} on {queueUrl} failed and was restarted: {e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}");
                await DelayUnlessCancelled(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }

    private async Task ReceiveLoopAsync(IEventSink sink, ChannelWriter<string> read, CancellationToken cancellationToken)
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
                    // Only the two attributes the collector reads (SentTimestamp, ApproximateReceiveCount), not All.
                    MessageSystemAttributeNames = ["SentTimestamp", "ApproximateReceiveCount"],
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
                sink.RecordProblem($"receive from {queueUrl} failed: {BodyExcerpt.Of(e.Message, 300)}");
                await DelayUnlessCancelled(TimeSpan.FromMilliseconds(200), cancellationToken);
                continue;
            }

            var messages = response.Messages ?? [];
            if (messages.Count == 0)
            {
                continue;
            }

            var received = clock.Now();
            var delivered = messages.Select(m => ToDelivered(m, received)).ToList();
            try
            {
                sink.Accept(delivered);
            }
            catch (Exception e)
            {
                // Recorded here with each body's start, then deleted: a message that stayed would come back and fail again.
                foreach (var m in delivered)
                {
                    sink.RecordProblem($"message {m.MessageId} on {queueUrl} could not be recorded ({e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}); body: {BodyExcerpt.Of(m.Body)}");
                }
            }

            foreach (var message in messages)
            {
                if (message.ReceiptHandle is { } handle)
                {
                    read.TryWrite(handle);
                }
            }
        }
    }

    private DeliveredMessage ToDelivered(Message message, long received)
    {
        var attributes = message.Attributes ?? [];
        DateTimeOffset? sent = attributes.TryGetValue("SentTimestamp", out var ms) && long.TryParse(ms, out var epochMs)
            ? DateTimeOffset.FromUnixTimeMilliseconds(epochMs)
            : null;
        var receiveCount = attributes.TryGetValue("ApproximateReceiveCount", out var count) && int.TryParse(count, out var n) ? n : 1;
        return new DeliveredMessage(destinationName, "sqs", message.MessageId ?? "(no MessageId)", message.Body ?? string.Empty, received, clock.ToUtc(received), sent, receiveCount);
    }

    // Not cancelled with the collection: what was read must not come back to a later reader.
    private async Task DeleteLoopAsync(IEventSink sink, ChannelReader<string> read)
    {
        var batch = new List<string>(10);
        while (await read.WaitToReadAsync())
        {
            while (batch.Count < 10 && read.TryRead(out var handle))
            {
                batch.Add(handle);
            }

            try
            {
                var result = await sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest
                {
                    QueueUrl = queueUrl,
                    Entries = [.. batch.Select((h, i) => new DeleteMessageBatchRequestEntry(i.ToString(), h))],
                });
                foreach (var failed in result.Failed ?? [])
                {
                    sink.RecordProblem($"delete of a message from {queueUrl} failed: {failed.Code} {failed.Message}");
                }
            }
            catch (Exception e)
            {
                sink.RecordProblem($"delete from {queueUrl} failed: {e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}");
            }

            batch.Clear();
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
