using System.Threading.Channels;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using S3NotifyConformance.Actions;

namespace S3NotifyConformance.Collection;

/// <summary>Drains one SQS queue with concurrent long-polling receivers, hands every message to the sink, then deletes what it read.
/// A receiver whose batch came full (a backlog) asks for the next one before handing it over. Deletes go through a background
/// deleter in batches of up to 10 (several full ones at once), so under load a receiver is back on the queue at once and the
/// harness sends about one delete per received batch.</summary>
public sealed class SqsCollector(IAmazonSQS sqs, string queueUrl, string destinationName, HarnessClock clock, int receivers = 2) : ICollector
{
    /// <summary>Long-poll wait per receive; cancellation ends a poll early.</summary>
    public const int WaitTimeSeconds = 2;

    private const int MaxMessages = 10;

    private const int DeletesInFlight = 3;

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

    // The receive time of each message is taken when its response came, whether or not the next receive is already under way.
    private async Task ReceiveLoopAsync(IEventSink sink, ChannelWriter<string> read, CancellationToken cancellationToken)
    {
        Task<ReceiveMessageResponse?>? next = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var response = await (next ?? ReceiveAsync(sink, cancellationToken));
                var received = clock.Now();

                // Only a full batch says more are waiting: then the next receive goes out before this batch is handed over.
                // Otherwise it waits until then, so that at rates below the backlog each receive still brings what piled up
                // meanwhile (fewer, fuller receives) instead of one message each.
                next = response?.Messages is { Count: MaxMessages } && !cancellationToken.IsCancellationRequested ? ReceiveAsync(sink, cancellationToken) : null;
                if (response?.Messages is { Count: > 0 } messages)
                {
                    Hand(sink, read, messages, received);
                }
            }
        }
        catch (QueueGoneException)
        {
            // Recorded where it was seen; nothing more comes from a queue that is gone.
        }
        finally
        {
            // A receive still under way may yet bring messages: they are handed over too, not left to come back later.
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (next.IsCompletedSuccessfully && next.Result?.Messages is { Count: > 0 } messages)
                {
                    Hand(sink, read, messages, clock.Now());
                }
            }
        }
    }

    // Null when the receive failed (recorded, after a pause) or was cancelled.
    private async Task<ReceiveMessageResponse?> ReceiveAsync(IEventSink sink, CancellationToken cancellationToken)
    {
        try
        {
            return await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = MaxMessages,
                WaitTimeSeconds = WaitTimeSeconds,
                VisibilityTimeout = 30,
                MessageSystemAttributeNames = ["SentTimestamp", "ApproximateReceiveCount"],
            }, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (QueueDoesNotExistException)
        {
            sink.RecordProblem($"queue {queueUrl} disappeared while collecting");
            throw new QueueGoneException();
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException)
        {
            sink.RecordProblem($"receive from {queueUrl} failed: {BodyExcerpt.Of(e.Message, 300)}");
            await DelayUnlessCancelled(TimeSpan.FromMilliseconds(200), cancellationToken);
            return null;
        }
    }

    private void Hand(IEventSink sink, ChannelWriter<string> read, List<Message> messages, long received)
    {
        var delivered = new List<DeliveredMessage>(messages.Count);
        foreach (var m in messages)
        {
            delivered.Add(ToDelivered(m, received));
        }

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

    private DeliveredMessage ToDelivered(Message message, long received)
    {
        var attributes = message.Attributes ?? [];
        DateTimeOffset? sent = attributes.TryGetValue("SentTimestamp", out var ms) && long.TryParse(ms, out var epochMs)
            ? DateTimeOffset.FromUnixTimeMilliseconds(epochMs)
            : null;
        var receiveCount = attributes.TryGetValue("ApproximateReceiveCount", out var count) && int.TryParse(count, out var n) ? n : 1;
        return new DeliveredMessage(destinationName, "sqs", message.MessageId ?? "(no MessageId)", message.Body ?? string.Empty, received, clock.ToUtc(received), sent, receiveCount);
    }

    // Not cancelled with the collection: what was read must not come back to a later reader. Up to DeletesInFlight batches go
    // at once, so deleting keeps up with receivers that each bring a batch per round trip.
    private async Task DeleteLoopAsync(IEventSink sink, ChannelReader<string> read)
    {
        var deleting = new List<Task>();
        while (await read.WaitToReadAsync())
        {
            var batch = new List<string>(MaxMessages);
            Fill(batch);
            deleting.RemoveAll(t => t.IsCompleted);

            // A partial batch waits for a delete under way (more handles come meanwhile); full ones go at once, up to a few.
            while (deleting.Count >= DeletesInFlight || (batch.Count < MaxMessages && deleting.Count > 0))
            {
                await Task.WhenAny(deleting);
                deleting.RemoveAll(t => t.IsCompleted);
                Fill(batch);
            }

            deleting.Add(DeleteAsync(sink, batch));
        }

        await Task.WhenAll(deleting);

        void Fill(List<string> batch)
        {
            while (batch.Count < MaxMessages && read.TryRead(out var handle))
            {
                batch.Add(handle);
            }
        }
    }

    private async Task DeleteAsync(IEventSink sink, List<string> batch)
    {
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
    }

    private sealed class QueueGoneException : Exception;

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
