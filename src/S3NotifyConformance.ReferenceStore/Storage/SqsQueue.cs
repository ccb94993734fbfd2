namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A standard SQS queue: ready messages in arrival order, invisible ones in a due-time heap, long-poll waiters signalled on arrival.</summary>
internal sealed partial class SqsQueue
{
    /// <summary>Attribute defaults of a new queue.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultAttributes = new Dictionary<string, string>
    {
        ["VisibilityTimeout"] = "30",
        ["MaximumMessageSize"] = "262144",
        ["MessageRetentionPeriod"] = "345600",
        ["DelaySeconds"] = "0",
        ["ReceiveMessageWaitTimeSeconds"] = "0",
    };

    private readonly object _gate = new();
    private readonly Dictionary<string, string> _attributes;
    private readonly SortedDictionary<long, SqsMessage> _ready = new();
    private readonly PriorityQueue<SqsMessage, long> _invisible = new();
    private readonly Dictionary<string, SqsMessage> _byId = new(StringComparer.Ordinal);
    private readonly List<TaskCompletionSource> _waiters = [];
    private long _sequence;
    private bool _deleted;

    /// <summary>Creates a queue.</summary>
    public SqsQueue(string name, string url, string arn, IReadOnlyDictionary<string, string> attributes)
    {
        Name = name;
        Url = url;
        Arn = arn;
        CreatedTimestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _attributes = new Dictionary<string, string>(DefaultAttributes, StringComparer.Ordinal);
        foreach (var (key, value) in attributes)
        {
            _attributes[key] = value;
        }
    }

    /// <summary>The queue name.</summary>
    public string Name { get; }

    /// <summary>{endpoint}/{account}/{name}.</summary>
    public string Url { get; }

    /// <summary>arn:aws:sqs:{region}:{account}:{name}.</summary>
    public string Arn { get; }

    /// <summary>Epoch seconds of creation.</summary>
    public long CreatedTimestamp { get; }

    /// <summary>Epoch seconds of the last attribute change.</summary>
    public long LastModifiedTimestamp { get; private set; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>Stored attributes (not the computed ones).</summary>
    public IReadOnlyDictionary<string, string> Attributes
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_attributes);
            }
        }
    }

    /// <summary>MaximumMessageSize in bytes.</summary>
    public int MaximumMessageSize => IntAttribute("MaximumMessageSize", 262144);

    /// <summary>Sets attributes (SetQueueAttributes).</summary>
    public void SetAttributes(IReadOnlyDictionary<string, string> attributes)
    {
        lock (_gate)
        {
            foreach (var (key, value) in attributes)
            {
                _attributes[key] = value;
            }

            LastModifiedTimestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }
    }

    /// <summary>Adds a message; delaySeconds null uses the queue's DelaySeconds.</summary>
    public SqsMessage Enqueue(string body, IReadOnlyList<SqsMessageAttribute> attributes, string? traceHeader, int? delaySeconds = null)
    {
        lock (_gate)
        {
            var message = new SqsMessage(_sequence++, Guid.NewGuid().ToString("D"), body, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), attributes, traceHeader);
            _byId[message.MessageId] = message;
            var delay = delaySeconds ?? IntAttribute("DelaySeconds", 0);
            if (delay > 0)
            {
                MakeInvisible(message, Environment.TickCount64 + (delay * 1000L));
            }
            else
            {
                message.State = SqsMessageState.Ready;
                _ready[message.Sequence] = message;
                SignalWaiters();
            }

            return message;
        }
    }

    /// <summary>Current approximate counts.</summary>
    public SqsQueueCounts Counts()
    {
        lock (_gate)
        {
            PromoteExpired(Environment.TickCount64);
            var inFlight = 0;
            var delayed = 0;
            foreach (var message in _byId.Values)
            {
                if (message.State == SqsMessageState.Invisible)
                {
                    if (message.ReceiveCount > 0)
                    {
                        inFlight++;
                    }
                    else
                    {
                        delayed++;
                    }
                }
            }

            return new SqsQueueCounts(_ready.Count, inFlight, delayed);
        }
    }

    /// <summary>Removes every message (PurgeQueue).</summary>
    public void Purge()
    {
        lock (_gate)
        {
            foreach (var message in _byId.Values)
            {
                message.State = SqsMessageState.Deleted;
            }

            _byId.Clear();
            _ready.Clear();
            _invisible.Clear();
        }
    }

    /// <summary>Marks the queue deleted and wakes every long poll.</summary>
    public void MarkDeleted()
    {
        lock (_gate)
        {
            _deleted = true;
            SignalWaiters();
        }
    }

    private int IntAttribute(string name, int fallback)
    {
        lock (_gate)
        {
            return _attributes.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
        }
    }

    private void MakeInvisible(SqsMessage message, long visibleAt)
    {
        message.State = SqsMessageState.Invisible;
        message.VisibleAt = visibleAt;
        _invisible.Enqueue(message, visibleAt);
    }

    private void PromoteExpired(long now)
    {
        var promoted = false;
        while (_invisible.TryPeek(out var message, out var due) && due <= now)
        {
            _invisible.Dequeue();
            if (message.State == SqsMessageState.Invisible && message.VisibleAt == due)
            {
                message.State = SqsMessageState.Ready;
                _ready[message.Sequence] = message;
                promoted = true;
            }
        }

        if (promoted)
        {
            SignalWaiters();
        }
    }

    private void SignalWaiters()
    {
        foreach (var waiter in _waiters)
        {
            waiter.TrySetResult();
        }

        _waiters.Clear();
    }
}
