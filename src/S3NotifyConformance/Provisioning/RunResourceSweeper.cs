using Amazon.Runtime;
using Amazon.SQS.Model;

using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>Finds every bucket, queue, topic and registered function named for the selected run(s) and deletes it (a bucket with its objects, versions,
/// delete markers, uploads and notification configurations; a topic with its subscriptions). After a run it covers a resource
/// created by a call that was interrupted before the ledger heard of it; <c>s3notify sweep</c> uses it after a killed run. It
/// never touches another name (<see cref="RunSelection"/>).</summary>
/// <param name="bucketRegions">Which buckets this sweeper takes by the region ListBuckets reports (null when the store reports
/// none): a sweeper per region, each deleting its region's buckets with clients signed for it (AWS refuses a bucket's calls
/// signed for another region). Null: every bucket.</param>
public sealed class RunResourceSweeper(ProvisioningClients clients, Func<string?, bool>? bucketRegions = null)
{
    /// <summary>The sweepers of a run: the target's region, and the second region's when the run had clients for it (the target
    /// region's then leaves the buckets ListBuckets places in the second region to the second's).</summary>
    public static ImmutableArray<RunResourceSweeper> ForRegions(ProvisioningClients target, string secondRegion, ProvisioningClients? second) => second is null
        ? [new RunResourceSweeper(target)]
        : [new RunResourceSweeper(target, r => r != secondRegion), new RunResourceSweeper(second, r => r == secondRegion)];

    /// <summary>Lists what carries the run id.</summary>
    public Task<ImmutableArray<ProvisionedResource>> FindAsync(RunId runId, CancellationToken cancellationToken) =>
        FindAsync(RunSelection.Of(runId), cancellationToken);

    /// <summary>Lists what the selection selects: buckets, then queues, then topics, then registered functions, then EventBridge rules.</summary>
    public async Task<ImmutableArray<ProvisionedResource>> FindAsync(RunSelection selection, CancellationToken cancellationToken)
    {
        var found = new List<ProvisionedResource>();
        var buckets = await clients.S3.ListBucketsAsync(cancellationToken);
        found.AddRange((buckets.Buckets ?? []).Where(b => selection.Selects(ResourceKind.Bucket, b.BucketName) && (bucketRegions?.Invoke(b.BucketRegion) ?? true))
            .Select(b => new ProvisionedResource(ResourceKind.Bucket, b.BucketName, b.BucketName)));
        if (clients.Sqs is not null)
        {
            var request = new ListQueuesRequest { QueueNamePrefix = selection.ListingPrefix, MaxResults = 1000 };
            do
            {
                var queues = await clients.Sqs.ListQueuesAsync(request, cancellationToken);
                found.AddRange((queues.QueueUrls ?? []).Where(u => selection.Selects(ResourceKind.Queue, u.Split('/')[^1]))
                    .Select(u => new ProvisionedResource(ResourceKind.Queue, u.Split('/')[^1], u)));
                request.NextToken = queues.NextToken;
            }
            while (!string.IsNullOrEmpty(request.NextToken));
        }

        if (clients.Sns is not null)
        {
            var topics = await clients.Sns.ListTopicsAsync(cancellationToken);
            found.AddRange(topics.Where(a => selection.Selects(ResourceKind.Topic, a.Split(':')[^1]))
                .Select(a => new ProvisionedResource(ResourceKind.Topic, a.Split(':')[^1], a)));
        }

        if (clients.Functions is not null)
        {
            var functions = await clients.Functions.ListAsync(cancellationToken);
            found.AddRange(functions.Where(a => selection.Selects(ResourceKind.Function, a.Split(':')[^1]))
                .Select(a => new ProvisionedResource(ResourceKind.Function, a.Split(':')[^1], a)));
        }

        if (clients.Events is not null)
        {
            var rules = await clients.Events.ListRuleNamesAsync(selection.ListingPrefix, cancellationToken);
            found.AddRange(rules.Where(r => selection.Selects(ResourceKind.Rule, r)).Select(r => new ProvisionedResource(ResourceKind.Rule, r, r)));
        }

        return [.. found];
    }

    /// <summary>Deletes what carries the run id; returns what could not be deleted.</summary>
    public async Task<ImmutableArray<string>> SweepAsync(RunId runId, CancellationToken cancellationToken) =>
        await SweepAsync(RunSelection.Of(runId), cancellationToken);

    /// <summary>Deletes what the selection selects (topics first lose their subscriptions); returns what could not be deleted.</summary>
    public async Task<ImmutableArray<string>> SweepAsync(RunSelection selection, CancellationToken cancellationToken) =>
        await DeleteAsync(await FindAsync(selection, cancellationToken), cancellationToken);

    /// <summary>Deletes found resources, buckets first (their configurations name the queues and topics); returns what could not be
    /// deleted, with the cause.</summary>
    public async Task<ImmutableArray<string>> DeleteAsync(ImmutableArray<ProvisionedResource> found, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var topic in found.Where(r => r.Kind == ResourceKind.Topic))
        {
            failures.AddRange(await UnsubscribeAllAsync(topic, cancellationToken));
        }

        var ledger = new ResourceLedger();
        foreach (var resource in found.OrderByDescending(r => r.Kind))
        {
            ledger.Add(resource);
        }

        failures.AddRange(await new ResourceTeardown(clients).TeardownAsync(ledger, cancellationToken));
        return [.. failures];
    }

    /// <summary>Sweeps within <paramref name="timeout"/>; a sweep that itself fails (store unreachable, timed out) is returned as
    /// one failure rather than thrown, so a run still writes its reports.</summary>
    public async Task<ImmutableArray<string>> SweepOrReportAsync(RunId runId, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            return await SweepAsync(runId, cancellation.Token);
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or OperationCanceledException or SnsQueryException or EventBridgeException
                                      or TimeoutException or IOException)
        {
            return [$"sweep of run {runId} failed: {e.Message}"];
        }
    }

    /// <summary>The line a run prints after its sweep.</summary>
    public static string Describe(RunId runId, ImmutableArray<string> failures) =>
        failures.IsEmpty ? $"cleanup: nothing carrying run id {runId} remains" : $"cleanup: {failures.Length} resource(s) left";

    // Deleting a topic deletes its subscriptions on AWS; a store that keeps them (or an SNS that lists them) gets them removed first.
    private async Task<ImmutableArray<string>> UnsubscribeAllAsync(ProvisionedResource topic, CancellationToken cancellationToken)
    {
        if (clients.Sns is null)
        {
            return [];
        }

        IReadOnlyList<string> subscriptions;
        try
        {
            subscriptions = await clients.Sns.ListSubscriptionsByTopicAsync(topic.Locator, cancellationToken);
        }
        catch (SnsQueryException)
        {
            // RGW's topic API has no ListSubscriptionsByTopic; its topics have no subscriptions to leave behind.
            return [];
        }

        var failures = new List<string>();
        foreach (var subscription in subscriptions.Where(s => s.StartsWith("arn:", StringComparison.Ordinal)))
        {
            try
            {
                await clients.Sns.UnsubscribeAsync(subscription, cancellationToken);
            }
            catch (SnsQueryException e) when (e.Code == "NotFound")
            {
            }
            catch (SnsQueryException e)
            {
                failures.Add($"Subscription {subscription}: {e.Message}");
            }
        }

        return [.. failures];
    }
}
