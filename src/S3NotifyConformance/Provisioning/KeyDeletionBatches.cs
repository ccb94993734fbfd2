using Amazon.S3.Model;

using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>Deletes many keys with multi-object deletes (DeleteObjects, at most <see cref="MaxKeys"/> a request, as the AWS SDKs
/// do) sized so that each request stays well inside the call timeout: a store that deletes slowly (Ceph RGW on a busy machine took
/// more than 5 s for 1,000 keys) gets smaller requests. The first request holds <see cref="FirstBatch"/> keys; each answered request
/// sizes the next to take about a third of the call timeout at the rate just measured; a request that got no answer is sent again
/// with half the keys (down to <see cref="MinKeys"/>, below which the timeout is the store's to explain).</summary>
public sealed class KeyDeletionBatches(TimeSpan callTimeout)
{
    /// <summary>The most keys one DeleteObjects request may carry (S3's limit).</summary>
    public const int MaxKeys = 1000;

    /// <summary>The keys of the first request.</summary>
    public const int FirstBatch = 200;

    /// <summary>The fewest keys a request is cut down to.</summary>
    public const int MinKeys = 10;

    /// <summary>The keys the next request carries.</summary>
    public int Next { get; private set; } = FirstBatch;

    /// <summary>Deletes <paramref name="keys"/> through <paramref name="deleteBatch"/> (one DeleteObjects call per batch, each
    /// bounded by the store's call timeout).</summary>
    public async Task DeleteAsync(IReadOnlyList<KeyVersion> keys, Func<List<KeyVersion>, CancellationToken, Task> deleteBatch, CancellationToken cancellationToken)
    {
        var done = 0;
        while (done < keys.Count)
        {
            var batch = keys.Skip(done).Take(Next).ToList();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await deleteBatch(batch, cancellationToken);
            }
            catch (StoreCallTimeoutException) when (batch.Count > MinKeys)
            {
                Next = Math.Max(MinKeys, batch.Count / 2);
                continue;
            }

            Answered(batch.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            done += batch.Count;
        }
    }

    /// <summary>Sizes the next request from one answered in <paramref name="elapsed"/> for <paramref name="count"/> keys: about a
    /// third of the call timeout at that rate, between <see cref="MinKeys"/> and <see cref="MaxKeys"/>, at most doubling.</summary>
    public void Answered(int count, TimeSpan elapsed)
    {
        var perKey = Math.Max(elapsed.TotalMilliseconds, 1) / Math.Max(count, 1);
        var fits = (int)(callTimeout.TotalMilliseconds / 3 / perKey);
        Next = Math.Clamp(Math.Min(fits, count * 2), MinKeys, MaxKeys);
    }
}
