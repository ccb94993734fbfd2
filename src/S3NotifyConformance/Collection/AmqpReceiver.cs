using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using S3NotifyConformance.Actions;

namespace S3NotifyConformance.Collection;

/// <summary>The run's side of AMQP delivery (Ceph RGW's AMQP topics): one connection to the broker, one exchange named after
/// the run (<c>s3n-{run id}</c>, a topic exchange the store publishes to with the topic's name as routing key), and per
/// destination a queue named after its topic, declared and bound before the destination is configured so that no event
/// finds it missing. Queues are exclusive to this connection; disposal deletes them and the exchange, which is everything
/// the harness created on the broker. Every call is bounded by <see cref="CallTimeout"/>.</summary>
public sealed class AmqpReceiver : IAsyncDisposable
{
    /// <summary>How long connecting, or any one call to the broker, may take.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly IConnection _connection;
    private readonly IChannel _control;
    private readonly HarnessClock _clock;
    private readonly SemaphoreSlim _calls = new(1, 1);
    private readonly HashSet<string> _queues = [];
    private long _messages;
    private long _unreadable;

    private AmqpReceiver(Uri broker, string storeEndpoint, string exchange, IConnection connection, IChannel control, HarnessClock clock)
    {
        Broker = broker;
        StoreEndpoint = storeEndpoint;
        Exchange = exchange;
        _connection = connection;
        _control = control;
        _clock = clock;
    }

    /// <summary>The broker the harness consumes from.</summary>
    public Uri Broker { get; }

    /// <summary>The broker as the store is told it (the topics' push-endpoint).</summary>
    public string StoreEndpoint { get; }

    /// <summary>The run's exchange (the topics' <c>amqp-exchange</c>).</summary>
    public string Exchange { get; }

    /// <summary>The clock deliveries are stamped with.</summary>
    public HarnessClock Clock => _clock;

    /// <summary>Messages consumed, and how many of them were unreadable, over the run.</summary>
    public (long Messages, long Unreadable) Statistics => (Interlocked.Read(ref _messages), Interlocked.Read(ref _unreadable));

    /// <summary>Connects to <paramref name="broker"/> and declares the run's exchange <paramref name="exchange"/>; the store
    /// publishes to <paramref name="storeEndpoint"/> (the same broker, as the store reaches it).</summary>
    public static async Task<AmqpReceiver> StartAsync(Uri broker, string storeEndpoint, string exchange, HarnessClock clock, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = broker,
            ClientProvidedName = $"s3notify {exchange}",
            RequestedConnectionTimeout = CallTimeout,
            ContinuationTimeout = CallTimeout,
            HandshakeContinuationTimeout = CallTimeout,
            // A broker that restarts is reconnected to, with its queues, bindings and consumers declared again.
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
        };
        using var bounded = Bounded(cancellationToken);
        IConnection? connection = null;
        try
        {
            connection = await factory.CreateConnectionAsync(bounded.Token);
            var control = await connection.CreateChannelAsync(cancellationToken: bounded.Token);
            await control.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: false, autoDelete: false, cancellationToken: bounded.Token);
            return new AmqpReceiver(broker, storeEndpoint, exchange, connection, control, clock);
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or OperationCanceledException or TimeoutException
                                      && !cancellationToken.IsCancellationRequested)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw new Targets.TargetSetupException($"AMQP broker {broker.Host}:{broker.Port} did not accept the harness within {CallTimeout.TotalSeconds:0} s: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Declares the queue for the topic <paramref name="topic"/> (named after it) and binds it to the run's exchange
    /// with the topic's name as routing key, which is what RGW publishes with. Idempotent.</summary>
    public Task DeclareQueueAsync(string topic, CancellationToken cancellationToken) => CallAsync(
        async token =>
        {
            await _control.QueueDeclareAsync(topic, durable: false, exclusive: true, autoDelete: false, cancellationToken: token);
            await _control.QueueBindAsync(topic, Exchange, topic, cancellationToken: token);
            _queues.Add(topic);
        },
        cancellationToken);

    /// <summary>Deletes the run's exchange (an endpoint-down fault): its bindings go with it, the queues stay, publishes to it fail.</summary>
    public Task DeleteExchangeAsync(CancellationToken cancellationToken) =>
        CallAsync(token => _control.ExchangeDeleteAsync(Exchange, ifUnused: false, cancellationToken: token), cancellationToken);

    /// <summary>Declares the run's exchange again and binds every queue still in use to it, as <see cref="DeclareQueueAsync"/> did.</summary>
    public Task RedeclareExchangeAsync(CancellationToken cancellationToken) => CallAsync(
        async token =>
        {
            await _control.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: false, autoDelete: false, cancellationToken: token);
            foreach (var queue in _queues)
            {
                await _control.QueueBindAsync(queue, Exchange, queue, cancellationToken: token);
            }
        },
        cancellationToken);

    private async Task CallAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        using var bounded = Bounded(cancellationToken);
        await _calls.WaitAsync(bounded.Token);
        try
        {
            await call(bounded.Token);
        }
        finally
        {
            _calls.Release();
        }
    }

    /// <summary>Deletes the queue of <paramref name="topic"/> (collection of its destination ended); a failure is returned, not thrown.</summary>
    public async Task<string?> DeleteQueueAsync(string topic)
    {
        using var bounded = new CancellationTokenSource(CallTimeout);
        try
        {
            await _calls.WaitAsync(bounded.Token);
            try
            {
                await _control.QueueDeleteAsync(topic, ifUnused: false, ifEmpty: false, cancellationToken: bounded.Token);
                _queues.Remove(topic);
                return null;
            }
            finally
            {
                _calls.Release();
            }
        }
        catch (Exception e)
        {
            return $"delete of AMQP queue {topic} failed: {e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}";
        }
    }

    /// <summary>A channel of its own for one consumer.</summary>
    internal async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        using var bounded = Bounded(cancellationToken);
        var channel = await _connection.CreateChannelAsync(cancellationToken: bounded.Token);
        await channel.BasicQosAsync(0, 100, false, bounded.Token);
        return channel;
    }

    internal void Count(bool unreadable)
    {
        Interlocked.Increment(ref _messages);
        if (unreadable)
        {
            Interlocked.Increment(ref _unreadable);
        }
    }

    /// <summary>Bounds one broker call by <see cref="CallTimeout"/> as well as the caller's token.</summary>
    internal static CancellationTokenSource Bounded(CancellationToken cancellationToken)
    {
        var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(CallTimeout);
        return bounded;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var bounded = new CancellationTokenSource(CallTimeout);
        try
        {
            foreach (var queue in _queues.ToList())
            {
                await _control.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false, cancellationToken: bounded.Token);
            }

            await _control.ExchangeDeleteAsync(Exchange, ifUnused: false, cancellationToken: bounded.Token);
            await _control.CloseAsync(bounded.Token);
            await _connection.CloseAsync(Constants.ReplySuccess, "run finished", CallTimeout, false, bounded.Token);
        }
        catch (Exception e) when (e is OperationInterruptedException or AlreadyClosedException or OperationCanceledException or TimeoutException or IOException)
        {
            // A broker already gone took the exclusive queues with it; the exchange of a throwaway broker goes with the broker.
        }
        finally
        {
            await _control.DisposeAsync();
            await _connection.DisposeAsync();
            _calls.Dispose();
        }
    }
}
