using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace S3NotifyConformance.Collection;

/// <summary>Drains one destination's AMQP queue (declared and bound by <see cref="AmqpReceiver.DeclareQueueAsync"/> before the
/// destination was configured) into the event sink, acknowledging each message once the sink has it; deletes the queue when
/// collection ends. A body the sink cannot read is recorded as unreadable like any other; a failure to record is a problem
/// of the run, never a crash. <see cref="PauseAsync"/> and <see cref="ResumeAsync"/> stop and restart consuming (an outage
/// of the harness's endpoint): messages stay queued on the broker meanwhile.</summary>
public sealed class AmqpCollector(AmqpReceiver receiver, string queue, string destinationName) : ICollector
{
    private readonly SemaphoreSlim _state = new(1, 1);
    private IChannel? _channel;
    private AsyncEventingBasicConsumer? _consumer;
    private string? _consumerTag;
    private bool _paused;

    /// <summary>True between <see cref="PauseAsync"/> and <see cref="ResumeAsync"/>.</summary>
    public bool IsPaused => _paused;

    /// <inheritdoc />
    public async Task RunAsync(IEventSink sink, CancellationToken cancellationToken)
    {
        try
        {
            _channel = await receiver.OpenChannelAsync(cancellationToken);
            _consumer = new AsyncEventingBasicConsumer(_channel);
            _consumer.ReceivedAsync += (_, delivery) => DeliverAsync(sink, delivery);
            await SetConsumingAsync(!_paused, cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            sink.RecordProblem($"AMQP consumer of {queue} failed: {e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}");
        }
        finally
        {
            await StopAsync(sink);
        }
    }

    /// <summary>Stops consuming; what the store publishes meanwhile waits in the queue.</summary>
    public async Task PauseAsync(CancellationToken cancellationToken)
    {
        _paused = true;
        await SetConsumingAsync(false, cancellationToken);
    }

    /// <summary>Consumes again, starting with what queued up while paused.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        _paused = false;
        await SetConsumingAsync(true, cancellationToken);
    }

    private async Task SetConsumingAsync(bool consuming, CancellationToken cancellationToken)
    {
        using var bounded = AmqpReceiver.Bounded(cancellationToken);
        await _state.WaitAsync(bounded.Token);
        try
        {
            if (_channel is null || _consumer is null || consuming == (_consumerTag is not null))
            {
                return;
            }

            if (consuming)
            {
                _consumerTag = await _channel.BasicConsumeAsync(queue, autoAck: false, _consumer, bounded.Token);
            }
            else
            {
                await _channel.BasicCancelAsync(_consumerTag!, noWait: false, bounded.Token);
                _consumerTag = null;
            }
        }
        finally
        {
            _state.Release();
        }
    }

    private async Task DeliverAsync(IEventSink sink, BasicDeliverEventArgs delivery)
    {
        var received = receiver.Clock.Now();
        var (body, problem) = Utf8Body.Decode(delivery.Body.Span);
        var properties = delivery.BasicProperties;
        DateTimeOffset? sent = properties.IsTimestampPresent() && properties.Timestamp.UnixTime > 0
            ? DateTimeOffset.FromUnixTimeSeconds(properties.Timestamp.UnixTime)
            : null;
        var messageId = properties.MessageId ?? $"amqp-{delivery.DeliveryTag}";
        var message = new DeliveredMessage(destinationName, "amqp", messageId, body, received, receiver.Clock.ToUtc(received), sent, delivery.Redelivered ? 2 : 1, problem);
        try
        {
            sink.Accept([message]);
            receiver.Count(problem is not null || NotificationMessageParser.Parse(body, "amqp").Any(p => p.Problem is not null));
        }
        catch (Exception e)
        {
            sink.RecordProblem($"AMQP message {messageId} on {queue} could not be recorded ({e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}); body: {BodyExcerpt.Of(body)}");
        }

        // Acknowledged whatever the body held: it is recorded, and a message that stayed would come back and fail again.
        if (_channel is { } channel)
        {
            using var bounded = AmqpReceiver.Bounded(CancellationToken.None);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, bounded.Token);
        }
    }

    private async Task StopAsync(IEventSink sink)
    {
        if (_channel is { } channel)
        {
            try
            {
                using var bounded = new CancellationTokenSource(AmqpReceiver.CallTimeout);
                await channel.CloseAsync(bounded.Token);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                sink.RecordProblem($"AMQP consumer channel of {queue} did not close: {e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}");
            }

            await channel.DisposeAsync();
            _channel = null;
        }

        if (await receiver.DeleteQueueAsync(queue) is { } failure)
        {
            sink.RecordProblem(failure);
        }
    }
}
