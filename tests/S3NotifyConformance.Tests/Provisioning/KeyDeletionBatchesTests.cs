using Amazon.S3.Model;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Provisioning;

/// <summary>Multi-object deletes are sized to stay inside the call timeout: every key is deleted exactly once, a request that got
/// no answer is sent again with half the keys, and a slow store gets smaller requests.</summary>
public sealed class KeyDeletionBatchesTests
{
    private static List<KeyVersion> Keys(int count) => [.. Enumerable.Range(0, count).Select(i => new KeyVersion { Key = $"k{i:00000}" })];

    [Test]
    public async Task EveryKeyIsDeletedOnceInRequestsOfAtMostAThousand()
    {
        // Given 2,500 keys and a store that answers at once
        var keys = Keys(2500);
        var sent = new List<List<KeyVersion>>();

        // When
        await new KeyDeletionBatches(TimeSpan.FromSeconds(5)).DeleteAsync(keys, (batch, _) => { sent.Add(batch); return Task.CompletedTask; }, CancellationToken.None);

        // Then
        Assert.That(sent.SelectMany(b => b).Select(k => k.Key), Is.EqualTo(keys.Select(k => k.Key)));
        Assert.That(sent.Max(b => b.Count), Is.LessThanOrEqualTo(KeyDeletionBatches.MaxKeys));
        Assert.That(sent[0], Has.Count.EqualTo(KeyDeletionBatches.FirstBatch));
    }

    [Test]
    public async Task ARequestThatGotNoAnswerIsSentAgainWithHalfTheKeys()
    {
        // Given a store that leaves a request of more than 60 keys unanswered
        var keys = Keys(300);
        var deleted = new List<string>();
        var sizes = new List<int>();

        // When
        await new KeyDeletionBatches(TimeSpan.FromSeconds(5)).DeleteAsync(keys, (batch, _) =>
        {
            sizes.Add(batch.Count);
            if (batch.Count > 60)
            {
                throw new StoreCallTimeoutException("S3 DeleteObjects POST /b?delete", TimeSpan.FromSeconds(5));
            }

            deleted.AddRange(batch.Select(k => k.Key));
            return Task.CompletedTask;
        }, CancellationToken.None);

        // Then 200, 100 and 50 keys: the unanswered requests deleted nothing and every key went exactly once
        Assert.That(sizes.Take(3), Is.EqualTo(new[] { 200, 100, 50 }));
        Assert.That(deleted, Is.EqualTo(keys.Select(k => k.Key)));
    }

    [Test]
    public async Task AStoreThatLeavesEvenTheSmallestRequestUnansweredFailsTheDeletion()
    {
        // Given a store that answers no request
        var calls = 0;

        // When / Then
        Assert.ThrowsAsync<StoreCallTimeoutException>(() => new KeyDeletionBatches(TimeSpan.FromSeconds(5)).DeleteAsync(Keys(50), (_, _) =>
        {
            calls++;
            throw new StoreCallTimeoutException("S3 DeleteObjects POST /b?delete", TimeSpan.FromSeconds(5));
        }, CancellationToken.None));
        Assert.That(calls, Is.EqualTo(4), "50, 25, 12, 10 keys, then it gives up");
        await Task.CompletedTask;
    }

    [TestCase(200, 2600, 128)] // 13 ms a key (RGW here): a third of 5 s is 128 keys
    [TestCase(200, 20, 400)]   // fast: at most doubling
    [TestCase(800, 10, 1000)]  // never more than S3's limit
    [TestCase(20, 5000, 10)]   // very slow: never fewer than the floor
    public void TheNextRequestTakesAboutAThirdOfTheCallTimeout(int count, int milliseconds, int next)
    {
        // Given
        var batches = new KeyDeletionBatches(TimeSpan.FromSeconds(5));

        // When
        batches.Answered(count, TimeSpan.FromMilliseconds(milliseconds));

        // Then
        Assert.That(batches.Next, Is.EqualTo(next));
    }
}
