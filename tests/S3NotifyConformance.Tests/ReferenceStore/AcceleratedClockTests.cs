using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Phase 2: hour- and day-scale behaviour on the accelerated clock (200 simulated days per real second).</summary>
public sealed class AcceleratedClockTests() : StoreSessionFixture(new ReferenceStoreBuilder().WithTimeScale(TwoHundredDaysPerSecond))
{
    private const double TwoHundredDaysPerSecond = 200 * 86400;
    [Test]
    public async Task RestoreEmitsPostThenCompletedThenDeleteWhenTheCopyExpires()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:ObjectRestore:*", "s3:ObjectCreated:*"]);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "archived", ContentBody = "cold data", StorageClass = S3StorageClass.Glacier });
        var archivedGet = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.GetObjectAsync(bucket, "archived"));

        // When
        var restore = await Session.S3.RestoreObjectAsync(new RestoreObjectRequest { BucketName = bucket, Key = "archived", Days = 1, RetrievalTier = GlacierJobTier.Expedited });
        var records = await Session.ReceiveRecordsAsync(queue, 4);

        // Then
        Assert.That(archivedGet!.ErrorCode, Is.EqualTo("InvalidObjectState"));
        Assert.That(restore.HttpStatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(records.Select(r => r.Text("eventName")), Is.EqualTo(new[] { "ObjectCreated:Put", "ObjectRestore:Post", "ObjectRestore:Completed", "ObjectRestore:Delete" }));
        var (post, completed, expired) = (records[1], records[2], records[3]);
        Assert.That(post.Text("eventVersion"), Is.EqualTo("2.1"));
        Assert.That(post.Keys("s3.object"), Is.EqualTo(new[] { "key", "size", "eTag", "sequencer" }));
        Assert.That(post.Text("userIdentity.principalId"), Does.StartWith("AWS:AIDA"));
        Assert.That(completed.Text("eventVersion"), Is.EqualTo("2.1"));
        Assert.That(completed.Text("userIdentity.principalId"), Is.EqualTo("AmazonCustomer:" + completed.Text("s3.bucket.ownerIdentity.principalId")));
        Assert.That(completed.Text("requestParameters.sourceIPAddress"), Is.Not.EqualTo(post.Text("requestParameters.sourceIPAddress")));
        Assert.That(completed.Keys("glacierEventData.restoreEventData"), Is.EqualTo(new[] { "lifecycleRestorationExpiryTime", "lifecycleRestoreStorageClass" }));
        Assert.That(completed.Text("glacierEventData.restoreEventData.lifecycleRestoreStorageClass"), Is.EqualTo("GLACIER"));
        Assert.That(completed.Text("glacierEventData.restoreEventData.lifecycleRestorationExpiryTime"), Does.EndWith("T00:00:00.000Z"));
        Assert.That(expired.Text("eventVersion"), Is.EqualTo("2.3"));
        Assert.That(records.Skip(1).Select(r => r.Text("s3.object.sequencer")), Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
    }

    [Test]
    public async Task RestoredCopyIsReadableUntilItExpires()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "cold", StorageClass = S3StorageClass.DeepArchive });

        // When
        var notGlacier = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "warm", ContentBody = "x" });
        var invalid = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.RestoreObjectAsync(new RestoreObjectRequest { BucketName = bucket, Key = "warm", Days = 1 }));
        await Session.S3.RestoreObjectAsync(new RestoreObjectRequest { BucketName = bucket, Key = "k", Days = 365, RetrievalTier = GlacierJobTier.Standard });
        var head = await WaitForAsync(async () => await Session.S3.GetObjectMetadataAsync(bucket, "k"), h => h.RestoreExpiration is not null);

        // Then
        Assert.That(notGlacier.ETag, Is.Not.Empty);
        Assert.That(invalid!.ErrorCode, Is.EqualTo("InvalidObjectState"));
        Assert.That(head.RestoreInProgress, Is.Not.True);
        using var get = await Session.S3.GetObjectAsync(bucket, "k");
        Assert.That(get.HttpStatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task LifecycleExpirationDeletesUnversionedObjectsAndMarksVersionedOnes()
    {
        // Given
        var (plain, plainQueue) = await Session.CreateNotifiedBucketAsync(["s3:LifecycleExpiration:*"]);
        var (versioned, versionedQueue) = await Session.CreateNotifiedBucketAsync(["s3:LifecycleExpiration:*"], versioned: true);
        foreach (var bucket in new[] { plain, versioned })
        {
            await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "logs/old.txt", ContentBody = "x" });
            await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "keep/me.txt", ContentBody = "x" });
        }

        // When
        foreach (var bucket in new[] { plain, versioned })
        {
            await Session.S3.PutLifecycleConfigurationAsync(new PutLifecycleConfigurationRequest
            {
                BucketName = bucket,
                Configuration = new LifecycleConfiguration { Rules = [new LifecycleRule { Id = "expire-logs", Status = LifecycleRuleStatus.Enabled, Filter = new LifecycleFilter { LifecycleFilterPredicate = new LifecyclePrefixPredicate { Prefix = "logs/" } }, Expiration = new LifecycleRuleExpiration { Days = 1 } }] },
            });
        }

        var deleted = (await Session.ReceiveRecordsAsync(plainQueue, 1))[0];
        var marked = (await Session.ReceiveRecordsAsync(versionedQueue, 1))[0];
        var stored = await Session.S3.GetLifecycleConfigurationAsync(plain);

        // Then
        Assert.That(deleted.Text("eventName"), Is.EqualTo("LifecycleExpiration:Delete"));
        Assert.That(deleted.Text("eventVersion"), Is.EqualTo("2.3"));
        Assert.That(deleted.Text("s3.object.key"), Is.EqualTo("logs/old.txt"));
        Assert.That(deleted.Text("userIdentity.principalId"), Is.EqualTo("s3.amazonaws.com"));
        Assert.That(marked.Text("eventName"), Is.EqualTo("LifecycleExpiration:DeleteMarkerCreated"));
        Assert.That(marked.Text("s3.object.eTag"), Is.EqualTo("d41d8cd98f00b204e9800998ecf8427e"));
        Assert.That(marked.Has("s3.object", "versionId"), Is.True);
        Assert.That(stored.Configuration.Rules![0].Id, Is.EqualTo("expire-logs"));
        Assert.That((await Session.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = plain })).S3Objects!.Select(o => o.Key), Is.EqualTo(new[] { "keep/me.txt" }));
    }

    [Test]
    public async Task LifecycleTransitionEmitsTheDestinationStorageClass()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:LifecycleTransition"]);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "to-glacier", ContentBody = "x" });

        // When
        await Session.S3.PutLifecycleConfigurationAsync(new PutLifecycleConfigurationRequest
        {
            BucketName = bucket,
            Configuration = new LifecycleConfiguration { Rules = [new LifecycleRule { Id = "archive", Status = LifecycleRuleStatus.Enabled, Filter = new LifecycleFilter { LifecycleFilterPredicate = new LifecyclePrefixPredicate { Prefix = string.Empty } }, Transitions = [new LifecycleTransition { Days = 1, StorageClass = S3StorageClass.Glacier }] }] },
        });
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];
        var head = await Session.S3.GetObjectMetadataAsync(bucket, "to-glacier");

        // Then
        Assert.That(record.Text("eventName"), Is.EqualTo("LifecycleTransition"));
        Assert.That(record.Text("eventVersion"), Is.EqualTo("2.3"));
        Assert.That(record.Text("lifecycleEventData.transitionEventData.destinationStorageClass"), Is.EqualTo("GLACIER"));
        Assert.That(head.StorageClass, Is.EqualTo(S3StorageClass.Glacier));
    }

    [Test]
    public async Task IntelligentTieringArchivesIdleObjects()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:IntelligentTiering"]);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "idle", ContentBody = "x", StorageClass = S3StorageClass.IntelligentTiering });

        // When
        await Session.S3.PutBucketIntelligentTieringConfigurationAsync(new PutBucketIntelligentTieringConfigurationRequest
        {
            BucketName = bucket, IntelligentTieringId = "archive",
            IntelligentTieringConfiguration = new IntelligentTieringConfiguration { IntelligentTieringId = "archive", Status = IntelligentTieringStatus.Enabled, Tierings = [new Tiering { AccessTier = IntelligentTieringAccessTier.ARCHIVE_ACCESS, Days = 90 }] },
        });
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];

        // Then
        Assert.That(record.Text("eventName"), Is.EqualTo("IntelligentTiering"));
        Assert.That(record.Text("eventVersion"), Is.EqualTo("2.3"));
        Assert.That(record.Text("intelligentTieringEventData.destinationAccessTier"), Is.EqualTo("ARCHIVE_ACCESS"));
    }

    [Test]
    public async Task ReplicationCopiesNewVersionsToTheDestinationBucket()
    {
        // Given
        var source = await Session.CreateBucketAsync(versioned: true);
        var (destination, destinationQueue) = await Session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"], versioned: true);
        await Session.S3.PutBucketReplicationAsync(Replication(source, destination, rtc: false));

        // When
        var put = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = source, Key = "replicated", ContentBody = "copy me" });
        var record = (await Session.ReceiveRecordsAsync(destinationQueue, 1))[0];
        var head = await Session.S3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = source, Key = "replicated" });
        var replica = await Session.S3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = destination, Key = "replicated" });

        // Then
        Assert.That(record.Text("s3.object.versionId"), Is.EqualTo(put.VersionId));
        Assert.That(head.ReplicationStatus, Is.EqualTo(ReplicationStatus.Completed));
        Assert.That(replica.ReplicationStatus, Is.EqualTo(ReplicationStatus.Replica));
        Assert.That(replica.ETag, Is.EqualTo(put.ETag));
    }

    [Test]
    public async Task ReplicationToAVanishedDestinationEmitsOperationFailedReplication()
    {
        // Given
        var (source, queue) = await Session.CreateNotifiedBucketAsync(["s3:Replication:*"], versioned: true);
        var destination = await Session.CreateBucketAsync(versioned: true);
        await Session.S3.PutBucketReplicationAsync(Replication(source, destination, rtc: false));
        await Session.S3.DeleteBucketAsync(destination);

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = source, Key = "lost", ContentBody = "x" });
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];

        // Then
        Assert.That(record.Text("eventName"), Is.EqualTo("Replication:OperationFailedReplication"));
        Assert.That(record.Text("eventVersion"), Is.EqualTo("2.2"));
        Assert.That(record.Text("replicationEventData.failureReason"), Is.EqualTo("DstBucketNotFound"));
        Assert.That(record.Text("replicationEventData.replicationRuleId"), Is.EqualTo("rule-1"));
        Assert.That(record.Text("replicationEventData.destinationBucket"), Is.EqualTo("arn:aws:s3:::" + destination));
    }

    [Test]
    public async Task SlowReplicationWithTimeControlMissesThenReachesTheThreshold()
    {
        // Given
        await using var slow = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithTimeScale(3600).WithReplicationLatency(TimeSpan.FromMinutes(20)));
        var (source, queue) = await slow.CreateNotifiedBucketAsync(["s3:Replication:*"], versioned: true);
        var destination = await slow.CreateBucketAsync(versioned: true);
        await slow.S3.PutBucketReplicationAsync(Replication(source, destination, rtc: true));

        // When
        await slow.S3.PutObjectAsync(new PutObjectRequest { BucketName = source, Key = "late", ContentBody = "x" });
        var records = await slow.ReceiveRecordsAsync(queue, 2);

        // Then
        Assert.That(records.Select(r => r.Text("eventName")), Is.EqualTo(new[] { "Replication:OperationMissedThreshold", "Replication:OperationReplicatedAfterThreshold" }));
        Assert.That(records[0].Text("replicationEventData.threshold"), Is.EqualTo("15"));
        Assert.That(records[1].Text("replicationEventData.replicationTime"), Is.EqualTo("20"));
    }

    [Test]
    public async Task LosingAReducedRedundancyObjectEmitsReducedRedundancyLostObject()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:ReducedRedundancyLostObject"]);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "rrs-1", ContentBody = "x", StorageClass = S3StorageClass.ReducedRedundancy });
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "rrs-2", ContentBody = "x", StorageClass = S3StorageClass.ReducedRedundancy });

        // When
        var lostByApi = await Session.Store.LoseObjectAsync(bucket, "rrs-1");
        var admin = await Session.SendAsync(HttpMethod.Post, $"/_s3notify/lose-object?bucket={bucket}&key=rrs-2");
        var notRrs = await Session.Store.LoseObjectAsync(bucket, "missing");
        var records = await Session.ReceiveRecordsAsync(queue, 2);
        var get = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.GetObjectAsync(bucket, "rrs-1"));

        // Then
        Assert.That(lostByApi, Is.True);
        Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(notRrs, Is.False);
        Assert.That(records.Select(r => (r.Text("eventName"), r.Text("s3.object.key"))), Is.EqualTo(new[] { ("ReducedRedundancyLostObject", "rrs-1"), ("ReducedRedundancyLostObject", "rrs-2") }));
        Assert.That(get!.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    private static PutBucketReplicationRequest Replication(string source, string destination, bool rtc) => new()
    {
        BucketName = source,
        Configuration = new ReplicationConfiguration
        {
            Role = "arn:aws:iam::000000000000:role/replication",
            Rules =
            [
                new ReplicationRule
                {
                    Id = "rule-1", Priority = 1, Status = ReplicationRuleStatus.Enabled,
                    Filter = new ReplicationRuleFilter { Prefix = string.Empty },
                    DeleteMarkerReplication = new DeleteMarkerReplication { Status = DeleteMarkerReplicationStatus.Disabled },
                    Destination = new ReplicationDestination
                    {
                        BucketArn = "arn:aws:s3:::" + destination,
                        Metrics = new Metrics { Status = MetricsStatus.Enabled, EventThreshold = new ReplicationTimeValue { Minutes = 15 } },
                        ReplicationTime = rtc ? new ReplicationTime { Status = ReplicationTimeStatus.Enabled, Time = new ReplicationTimeValue { Minutes = 15 } } : null,
                    },
                },
            ],
        },
    };

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"not reached within 5 s; last seen {value}");
            }

            await Task.Delay(20);
        }
    }
}
