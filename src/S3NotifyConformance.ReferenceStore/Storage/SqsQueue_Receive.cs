namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>Receive, delete and visibility changes.</summary>
internal sealed partial class SqsQueue
{
    /// <summary>
    /// Receives up to <paramref name="max"/> messages; with a wait time, returns as soon as one is available (signalled,
    /// not polled), at the deadline, or empty when the request is cancelled or the queue is deleted.
    /// </summary>
    public async Task<IReadOnlyList<SqsReceivedMessage>> ReceiveAsync(int max, TimeSpan wait, int? visibilityTimeout, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)wait.TotalMilliseconds;
        while (true)
        {
            TaskCompletionSource waiter;
            long sleep;
            lock (_gate)
            {
                var now = Environment.TickCount64;
                var taken = TakeReady(max, visibilityTimeout ?? IntAttribute("VisibilityTimeout", 30), now);
                if (taken.Count > 0 || now >= deadline || _deleted)
                {
                    return taken;
                }

                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add(waiter);
                sleep = deadline - now;
                if (_invisible.TryPeek(out _, out var due))
                {
                    sleep = Math.Min(sleep, Math.Max(1, due - now));
                }
            }

            try
            {
                await waiter.Task.WaitAsync(TimeSpan.FromMilliseconds(sleep), cancellationToken);
            }
            catch (TimeoutException)
            {
                // deadline or next visibility expiry reached: re-check under the lock
            }
            catch (OperationCanceledException)
            {
                return [];
            }
            finally
            {
                lock (_gate)
                {
                    _waiters.Remove(waiter);
                }
            }
        }
    }

    /// <summary>Deletes by receipt handle; false when the handle is malformed (a stale handle of a gone message is ignored like AWS does).</summary>
    public bool Delete(string receiptHandle)
    {
        var messageId = SqsReceipt.MessageIdOf(receiptHandle);
        if (messageId is null)
        {
            return false;
        }

        lock (_gate)
        {
            if (_byId.Remove(messageId, out var message))
            {
                if (message.State == SqsMessageState.Ready)
                {
                    _ready.Remove(message.Sequence);
                }

                message.State = SqsMessageState.Deleted;
            }

            return true;
        }
    }

    /// <summary>Changes the visibility timeout of an in-flight message; null when the handle is malformed, false when the message is not in flight.</summary>
    public bool? ChangeVisibility(string receiptHandle, int seconds)
    {
        var messageId = SqsReceipt.MessageIdOf(receiptHandle);
        if (messageId is null)
        {
            return null;
        }

        lock (_gate)
        {
            if (!_byId.TryGetValue(messageId, out var message) || message.State != SqsMessageState.Invisible || message.ReceiveCount == 0)
            {
                return false;
            }

            if (seconds <= 0)
            {
                message.State = SqsMessageState.Ready;
                _ready[message.Sequence] = message;
                SignalWaiters();
            }
            else
            {
                MakeInvisible(message, Environment.TickCount64 + (seconds * 1000L));
            }

            return true;
        }
    }

    private List<SqsReceivedMessage> TakeReady(int max, int visibilityTimeout, long now)
    {
        PromoteExpired(now);
        var taken = new List<SqsReceivedMessage>(Math.Min(max, _ready.Count));
        if (_deleted)
        {
            return taken;
        }

        foreach (var (_, message) in _ready)
        {
            if (taken.Count == max)
            {
                break;
            }

            message.ReceiveCount++;
            message.ReceiptGeneration++;
            message.FirstReceiveTimestamp ??= DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            taken.Add(new SqsReceivedMessage(message, SqsReceipt.Create(message), message.ReceiveCount, message.FirstReceiveTimestamp.Value));
        }

        foreach (var received in taken)
        {
            _ready.Remove(received.Message.Sequence);
            MakeInvisible(received.Message, now + (visibilityTimeout * 1000L));
        }

        return taken;
    }
}
