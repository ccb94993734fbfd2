using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS.Model;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>Deletes resources this run created: buckets (after emptying every version and upload), topics, queues, registered functions and EventBridge rules (after removing their targets).</summary>
public sealed class ResourceTeardown(ProvisioningClients clients)
{
    /// <summary>Deletes everything still in the ledger, newest first; returns what could not be deleted, with the cause.</summary>
    public async Task<ImmutableArray<string>> TeardownAsync(ResourceLedger ledger, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var resource in ledger.NewestFirst())
        {
            try
            {
                await DeleteAsync(resource, cancellationToken);
                ledger.Remove(resource);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add($"{resource.Kind} {resource.Name}: {e.Message}");
            }
        }

        return [.. failures];
    }

    /// <summary>Deletes one resource; a resource that is already gone counts as deleted.</summary>
    public async Task DeleteAsync(ProvisionedResource resource, CancellationToken cancellationToken)
    {
        switch (resource.Kind)
        {
            case ResourceKind.Bucket:
                await DeleteBucketAsync(resource.Locator, cancellationToken);
                break;
            case ResourceKind.Queue when clients.Sqs is not null:
                try
                {
                    await clients.Sqs.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = resource.Locator }, cancellationToken);
                }
                catch (QueueDoesNotExistException)
                {
                }

                break;
            case ResourceKind.Topic when clients.Sns is not null:
                await clients.Sns.DeleteTopicAsync(resource.Locator, cancellationToken);
                break;
            case ResourceKind.Function when clients.Functions is not null:
                await clients.Functions.UnregisterAsync(resource.Locator, cancellationToken);
                break;
            case ResourceKind.Rule when clients.Events is not null:
                await DeleteRuleAsync(clients.Events, resource.Name, cancellationToken);
                break;
        }
    }

    // EventBridge deletes no rule that still has targets: the targets go first.
    private static async Task DeleteRuleAsync(EventBridgeJsonClient events, string rule, CancellationToken cancellationToken)
    {
        try
        {
            var targets = await events.ListTargetIdsAsync(rule, cancellationToken);
            if (targets.Count > 0)
            {
                await events.RemoveTargetsAsync(rule, targets, cancellationToken);
            }

            await events.DeleteRuleAsync(rule, cancellationToken);
        }
        catch (EventBridgeException e) when (e.Code == "ResourceNotFoundException")
        {
        }
    }

    // One listing of versions (which lists every object of an unversioned bucket too) and one delete of what it lists empty
    // a bucket on most stores; only when the store still finds the bucket not empty does the full pass follow: uploads in
    // progress (Ceph RGW refuses to delete a bucket with any; S3 deletes them with it), versions, and objects a store does
    // not list as versions (fauxqs answers ListObjectVersions with an empty listing: once the plain listing found what the
    // versions listing did not, the run lists such a store's objects plainly from then on). Two listings fewer per bucket
    // than always doing the full pass: each is a call the store works on (~10-50 ms on Ceph RGW).
    private async Task DeleteBucketAsync(string bucket, CancellationToken cancellationToken)
    {
        var s3 = clients.S3;
        try
        {
            await RemoveNotificationsAsync(bucket, cancellationToken);
            if (clients.Teardown.VersionsListingMissesObjects)
            {
                await DeleteRemainingObjectsAsync(bucket, cancellationToken);
            }
            else
            {
                await DeleteAllVersionsAsync(bucket, cancellationToken);
            }

            try
            {
                await s3.DeleteBucketAsync(new DeleteBucketRequest { BucketName = bucket }, cancellationToken);
            }
            catch (AmazonS3Exception e) when (e.ErrorCode == "BucketNotEmpty")
            {
                await AbortUploadsAsync(bucket, cancellationToken);
                await DeleteAllVersionsAsync(bucket, cancellationToken);
                if (await DeleteRemainingObjectsAsync(bucket, cancellationToken) > 0)
                {
                    clients.Teardown.ListsObjectsPlainly();
                }

                await s3.DeleteBucketAsync(new DeleteBucketRequest { BucketName = bucket }, cancellationToken);
            }
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
        }
    }

    // Ceph RGW answers MalformedXML to the empty configuration and removes configurations with DELETE ?notification; once it
    // did, the run sends that at once (the empty PUT is one of the calls RGW takes one at a time). Another error (a one-off
    // SlowDown) falls back to the DELETE once without changing what the run sends. A bucket already gone (404 to the DELETE)
    // is left to the calls that follow, whose NoSuchBucket counts it as deleted.
    private async Task RemoveNotificationsAsync(string bucket, CancellationToken cancellationToken)
    {
        if (clients.S3Extensions is { } extensions && clients.Teardown.EmptyConfigurationRefused)
        {
            await DeleteNotificationsAsync(extensions, bucket, cancellationToken);
            return;
        }

        try
        {
            await clients.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket }, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode != "NoSuchBucket" && clients.S3Extensions is not null)
        {
            if (await DeleteNotificationsAsync(clients.S3Extensions, bucket, cancellationToken) && e.ErrorCode == "MalformedXML")
            {
                clients.Teardown.RefusesEmptyConfiguration();
            }
        }
    }

    // True when the configurations were removed; false when the bucket is gone.
    private static async Task<bool> DeleteNotificationsAsync(S3ExtensionClient extensions, string bucket, CancellationToken cancellationToken)
    {
        try
        {
            await extensions.DeleteBucketNotificationsAsync(bucket, cancellationToken);
            return true;
        }
        catch (HttpRequestException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private async Task AbortUploadsAsync(string bucket, CancellationToken cancellationToken)
    {
        var uploads = await clients.S3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = bucket }, cancellationToken);
        foreach (var upload in uploads.MultipartUploads ?? [])
        {
            await clients.S3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = upload.Key, UploadId = upload.UploadId }, cancellationToken);
        }
    }

    private async Task DeleteAllVersionsAsync(string bucket, CancellationToken cancellationToken)
    {
        var request = new ListVersionsRequest { BucketName = bucket, MaxKeys = KeyDeletionBatches.MaxKeys };
        var batches = new KeyDeletionBatches(clients.CallTimeout);
        while (true)
        {
            var page = await clients.S3.ListVersionsAsync(request, cancellationToken);
            var versions = (page.Versions ?? []).Select(v => new KeyVersion { Key = v.Key, VersionId = v.VersionId }).ToList();
            await batches.DeleteAsync(versions, (batch, token) => DeleteObjectsAsync(bucket, batch, token), cancellationToken);

            if (page.IsTruncated != true)
            {
                return;
            }

            request.KeyMarker = page.NextKeyMarker;
            request.VersionIdMarker = page.NextVersionIdMarker;
        }
    }

    // Stores without ListObjectVersions (fauxqs answers it with an empty listing) keep their objects after the versions
    // pass: a plain listing finds them.
    // Returns how many objects it deleted.
    private async Task<int> DeleteRemainingObjectsAsync(string bucket, CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, MaxKeys = KeyDeletionBatches.MaxKeys };
        var batches = new KeyDeletionBatches(clients.CallTimeout);
        var deleted = 0;
        while (true)
        {
            var page = await clients.S3.ListObjectsV2Async(request, cancellationToken);
            var keys = (page.S3Objects ?? []).Select(o => new KeyVersion { Key = o.Key }).ToList();
            await batches.DeleteAsync(keys, (batch, token) => DeleteObjectsAsync(bucket, batch, token), cancellationToken);
            deleted += keys.Count;

            if (page.IsTruncated != true)
            {
                return deleted;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    // One multi-object delete; a key it reports as not deleted fails the teardown of the bucket (DeleteBucket would anyway).
    private async Task DeleteObjectsAsync(string bucket, List<KeyVersion> keys, CancellationToken cancellationToken)
    {
        var answer = await clients.S3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Objects = keys, Quiet = true }, cancellationToken);
        if (answer.DeleteErrors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"DeleteObjects left {errors.Count} of {keys.Count} key(s) in {bucket}, e.g. {errors[0].Key}: {errors[0].Code} {errors[0].Message}");
        }
    }
}
