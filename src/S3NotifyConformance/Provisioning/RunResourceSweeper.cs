using Amazon.Runtime;
using Amazon.SQS.Model;

using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>After teardown, finds any bucket, queue or topic whose name carries this run's id and deletes it: it covers a
/// resource created by a call that was interrupted before the ledger heard of it. It never touches another name.</summary>
public sealed class RunResourceSweeper(ProvisioningClients clients)
{
    /// <summary>Lists what carries the run id.</summary>
    public async Task<ImmutableArray<ProvisionedResource>> FindAsync(RunId runId, CancellationToken cancellationToken)
    {
        var prefix = runId.ResourcePrefix;
        var found = new List<ProvisionedResource>();
        var buckets = await clients.S3.ListBucketsAsync(cancellationToken);
        found.AddRange((buckets.Buckets ?? []).Where(b => b.BucketName.StartsWith(prefix, StringComparison.Ordinal))
            .Select(b => new ProvisionedResource(ResourceKind.Bucket, b.BucketName, b.BucketName)));
        if (clients.Sqs is not null)
        {
            var queues = await clients.Sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = prefix }, cancellationToken);
            found.AddRange((queues.QueueUrls ?? []).Where(u => u.Split('/')[^1].StartsWith(prefix, StringComparison.Ordinal))
                .Select(u => new ProvisionedResource(ResourceKind.Queue, u.Split('/')[^1], u)));
        }

        if (clients.Sns is not null)
        {
            var topics = await clients.Sns.ListTopicsAsync(cancellationToken);
            found.AddRange(topics.Where(a => a.Split(':')[^1].StartsWith(prefix, StringComparison.Ordinal))
                .Select(a => new ProvisionedResource(ResourceKind.Topic, a.Split(':')[^1], a)));
        }

        return [.. found];
    }

    /// <summary>Deletes what carries the run id; returns what could not be deleted.</summary>
    public async Task<ImmutableArray<string>> SweepAsync(RunId runId, CancellationToken cancellationToken)
    {
        var ledger = new ResourceLedger();
        foreach (var resource in (await FindAsync(runId, cancellationToken)).OrderBy(r => r.Kind))
        {
            ledger.Add(resource);
        }

        return await new ResourceTeardown(clients).TeardownAsync(ledger, cancellationToken);
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
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or OperationCanceledException or SnsQueryException
                                      or TimeoutException or IOException)
        {
            return [$"sweep of run {runId} failed: {e.Message}"];
        }
    }

    /// <summary>The line a run prints after its sweep.</summary>
    public static string Describe(RunId runId, ImmutableArray<string> failures) =>
        failures.IsEmpty ? $"cleanup: nothing carrying run id {runId} remains" : $"cleanup: {failures.Length} resource(s) left";
}
