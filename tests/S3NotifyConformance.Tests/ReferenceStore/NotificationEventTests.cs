using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Actions;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Which S3 operation emits which record, with AWS field presence (truth/aws-s3-notification-facts.md: Record fields; Record contents per event type; Which writes produce which events).</summary>
public sealed class NotificationEventTests : StoreSessionFixture
{
    private static readonly string[] CreatedAndRemoved = ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"];
    [Test]
    public async Task PutObjectEmitsOneObjectCreatedPutRecord()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);

        // When
        var put = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "something.txt", ContentBody = "something" });
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];

        // Then
        Assert.That(record.Text("eventVersion"), Is.EqualTo("2.1"));
        Assert.That(record.Text("eventSource"), Is.EqualTo("aws:s3"));
        Assert.That(record.Text("awsRegion"), Is.EqualTo("us-east-1"));
        Assert.That(record.Text("eventTime"), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
        Assert.That(record.Text("eventName"), Is.EqualTo("ObjectCreated:Put"));
        Assert.That(record.Text("userIdentity.principalId"), Does.StartWith("AWS:AIDA"));
        Assert.That(record.Text("requestParameters.sourceIPAddress"), Is.EqualTo("127.0.0.1"));
        Assert.That(record.Text("responseElements.x-amz-request-id"), Is.EqualTo(put.ResponseMetadata.RequestId));
        Assert.That(record.Text("responseElements.x-amz-id-2"), Is.Not.Empty);
        Assert.That(record.Text("s3.s3SchemaVersion"), Is.EqualTo("1.0"));
        Assert.That(record.Text("s3.configurationId"), Is.EqualTo("config-1"));
        Assert.That(record.Text("s3.bucket.name"), Is.EqualTo(bucket));
        Assert.That(record.Text("s3.bucket.arn"), Is.EqualTo("arn:aws:s3:::" + bucket));
        Assert.That(record.Text("s3.bucket.ownerIdentity.principalId"), Is.Not.EqualTo(record.Text("userIdentity.principalId")));
        Assert.That(record.Keys("s3.object"), Is.EqualTo(new[] { "key", "size", "eTag", "sequencer" }));
        Assert.That(record.Text("s3.object.size"), Is.EqualTo("9"));
        Assert.That(record.Text("s3.object.eTag"), Is.EqualTo("437b930db84b8079c2dd804a71936b5f"));
        Assert.That(record.Text("s3.object.sequencer"), Does.Match("^[0-9A-F]{16}$"));
    }

    [TestCase("a@b", "a%40b")]
    [TestCase("testupload/dir1/testfile.txt", "testupload/dir1/testfile.txt")]
    [TestCase("my test.pdf", "my+test.pdf")]
    [TestCase("ä+ö=?.txt", "%C3%A4%2B%C3%B6%3D%3F.txt")]
    public async Task KeysAreFormEncodedInRecords(string key, string encoded)
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "x" });
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];

        // Then
        Assert.That(record.Text("s3.object.key"), Is.EqualTo(encoded));
    }

    [Test]
    public async Task BucketInAnotherRegionReportsItsOwnRegion()
    {
        // Given
        var bucket = StoreSession.NewName("bucket");
        await Session.S3.PutBucketAsync(new PutBucketRequest { BucketName = bucket, BucketRegionName = "ap-southeast-2" });
        var (queue, arn) = await Session.CreateQueueAsync();
        await Session.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket, QueueConfigurations = [new QueueConfiguration { Queue = arn, Events = [EventType.ObjectCreatedAll] }] });

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];

        // Then
        Assert.That(record.Text("awsRegion"), Is.EqualTo("ap-southeast-2"));
    }

    [Test]
    public async Task PutCopyDeleteEmitCopyForTheDestinationThenPutThenDelete()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "source", ContentBody = "something" });
        await Session.S3.CopyObjectAsync(bucket, "source", bucket, "target");
        await Session.S3.DeleteObjectAsync(bucket, "source");
        var records = await Session.ReceiveRecordsAsync(queue, 3);

        // Then
        Assert.That(records.Select(r => (r.Text("eventName"), r.Text("s3.object.key"))), Is.EqualTo(new[]
        {
            ("ObjectCreated:Put", "source"), ("ObjectCreated:Copy", "target"), ("ObjectRemoved:Delete", "source"),
        }));
        Assert.That(records[1].Text("s3.object.eTag"), Is.EqualTo("437b930db84b8079c2dd804a71936b5f"));
        Assert.That(records[2].Keys("s3.object"), Is.EqualTo(new[] { "key", "sequencer" }));
    }

    [Test]
    public async Task CompleteMultipartUploadEmitsOneEventWithTotalSizeAndPartsETag()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);
        var content = new byte[6144];
        var start = await Session.S3.InitiateMultipartUploadAsync(bucket, "mpu");
        var part = await Session.S3.UploadPartAsync(new UploadPartRequest { BucketName = bucket, Key = "mpu", UploadId = start.UploadId, PartNumber = 1, InputStream = new MemoryStream(content) });

        // When
        await Session.S3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest { BucketName = bucket, Key = "mpu", UploadId = start.UploadId, PartETags = [new PartETag(1, part.ETag)] });
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];

        // Then
        Assert.That(record.Text("eventName"), Is.EqualTo("ObjectCreated:CompleteMultipartUpload"));
        Assert.That(record.Text("s3.object.size"), Is.EqualTo("6144"));
        Assert.That(record.Text("s3.object.eTag"), Is.EqualTo(Convert.ToHexStringLower(MD5.HashData(MD5.HashData(content))) + "-1"));
        await Session.AssertNothingElseAsync(bucket, queue);
    }

    [Test]
    public async Task BrowserFormPostEmitsObjectCreatedPostAndExpandsFilename()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in await PostPolicySigner.SignAsync(Session.Credentials, Session.Store.GetRegion(), bucket, "uploads/${filename}", 1024, DateTime.UtcNow, CancellationToken.None))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent("201"), "success_action_status");
        form.Add(new ByteArrayContent("posted body"u8.ToArray()), "file", "photo one.jpg");

        // When
        var response = await Session.SendAsync(HttpMethod.Post, "/" + bucket, form, service: string.Empty);
        var record = (await Session.ReceiveRecordsAsync(queue, 1))[0];

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<Key>uploads/photo one.jpg</Key>"));
        Assert.That(record.Text("eventName"), Is.EqualTo("ObjectCreated:Post"));
        Assert.That(record.Text("s3.object.key"), Is.EqualTo("uploads/photo+one.jpg"));
        Assert.That(record.Text("s3.object.size"), Is.EqualTo("11"));
        Assert.That(record.Text("s3.object.eTag"), Is.EqualTo(Convert.ToHexStringLower(MD5.HashData("posted body"u8.ToArray()))));
        Assert.That(record.Text("userIdentity.principalId"), Does.StartWith("AWS:AIDA"));
    }

    [Test]
    public async Task DeleteObjectsEmitsOneDeletePerRequestedKeyIncludingMissingOnes()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:ObjectRemoved:*", "s3:ObjectCreated:Put"]);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "exists", ContentBody = "x" });
        await Session.ReceiveRecordsAsync(queue, 1);

        // When
        var response = await Session.S3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Quiet = true, Objects = [new KeyVersion { Key = "exists" }, new KeyVersion { Key = "missing-1" }, new KeyVersion { Key = "missing-2" }] });
        var records = await Session.ReceiveRecordsAsync(queue, 3);

        // Then
        Assert.That(response.DeletedObjects ?? [], Is.Empty);
        Assert.That(records.Select(r => r.Text("s3.object.key")), Is.EqualTo(new[] { "exists", "missing-1", "missing-2" }));
        Assert.That(records.Select(r => r.Text("eventName")), Is.All.EqualTo("ObjectRemoved:Delete"));
        Assert.That(records.Select(r => string.Join(',', r.Keys("s3.object"))), Is.All.EqualTo("key,sequencer"));
    }

    [Test]
    public async Task VersionedBucketEmitsPutPutDeleteMarkerCreatedAndVersionDelete()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved, versioned: true);

        // When
        var v1 = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "1" });
        var v2 = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "2" });
        var marker = await Session.S3.DeleteObjectAsync(bucket, "k");
        await Session.S3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = "k", VersionId = v1.VersionId });
        var records = await Session.ReceiveRecordsAsync(queue, 4);

        // Then
        Assert.That(records.Select(r => (r.Text("eventName"), r.Text("s3.object.versionId"))), Is.EqualTo(new[]
        {
            ("ObjectCreated:Put", v1.VersionId), ("ObjectCreated:Put", v2.VersionId),
            ("ObjectRemoved:DeleteMarkerCreated", marker.VersionId), ("ObjectRemoved:Delete", v1.VersionId),
        }));
        Assert.That(records[0].Keys("s3.object"), Is.EqualTo(new[] { "key", "size", "eTag", "versionId", "sequencer" }));
        Assert.That(records[2].Keys("s3.object"), Is.EqualTo(new[] { "key", "eTag", "versionId", "sequencer" }));
        Assert.That(records[2].Text("s3.object.eTag"), Is.EqualTo("d41d8cd98f00b204e9800998ecf8427e"));
        Assert.That(records[3].Keys("s3.object"), Is.EqualTo(new[] { "key", "versionId", "sequencer" }));
        Assert.That(records.Select(r => r.Text("s3.object.sequencer")), Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
    }

    [Test]
    public async Task SuspendedBucketEmitsPutWithoutVersionIdAndDeleteOfMarkerWithVersionId()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved, versioned: true);
        var marker = await Session.S3.DeleteObjectAsync(bucket, "k");
        await Session.S3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended } });
        await Session.ReceiveRecordsAsync(queue, 1);

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "other", ContentBody = "x" });
        await Session.S3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = "k", VersionId = marker.VersionId });
        await Session.S3.DeleteObjectAsync(bucket, "other");
        var records = await Session.ReceiveRecordsAsync(queue, 3);

        // Then
        Assert.That(records[0].Text("eventName"), Is.EqualTo("ObjectCreated:Put"));
        Assert.That(records[0].Has("s3.object", "versionId"), Is.False);
        Assert.That(records[1].Text("eventName"), Is.EqualTo("ObjectRemoved:Delete"));
        Assert.That(records[1].Text("s3.object.versionId"), Is.EqualTo(marker.VersionId));
        Assert.That(records[2].Text("eventName"), Is.EqualTo("ObjectRemoved:DeleteMarkerCreated"));
        Assert.That(records[2].Has("s3.object", "versionId"), Is.False);
    }

    [Test]
    public async Task TaggingEmitsPutAndDeleteAtVersion23WithoutSizeOrSequencer()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:ObjectTagging:*", "s3:ObjectCreated:Put"]);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "something" });
        await Session.ReceiveRecordsAsync(queue, 1);

        // When
        await Session.S3.PutObjectTaggingAsync(new PutObjectTaggingRequest { BucketName = bucket, Key = "k", Tagging = new Tagging { TagSet = [new Tag { Key = "a", Value = "b" }] } });
        await Session.S3.DeleteObjectTaggingAsync(new DeleteObjectTaggingRequest { BucketName = bucket, Key = "k" });
        var records = await Session.ReceiveRecordsAsync(queue, 2);

        // Then
        Assert.That(records.Select(r => r.Text("eventName")), Is.EqualTo(new[] { "ObjectTagging:Put", "ObjectTagging:Delete" }));
        Assert.That(records.Select(r => r.Text("eventVersion")), Is.All.EqualTo("2.3"));
        Assert.That(records.Select(r => string.Join(',', r.Keys("s3.object"))), Is.All.EqualTo("key,eTag"));
    }

    [Test]
    public async Task PutObjectAclEmitsOnlyWhenTheAclChanges()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:ObjectAcl:Put", "s3:ObjectCreated:Put"]);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        await Session.ReceiveRecordsAsync(queue, 1);
        var acl = await Session.S3.GetObjectAclAsync(new GetObjectAclRequest { BucketName = bucket, Key = "k" });

        // When
        await Session.S3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = bucket, Key = "k", ACL = S3CannedACL.Private });
        await Session.S3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = bucket, Key = "k", ACL = S3CannedACL.PublicRead });
        await Session.S3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = bucket, Key = "k", GrantRead = "uri=\"http://acs.amazonaws.com/groups/global/AuthenticatedUsers\"" });
        await Session.S3.PutObjectAclAsync(new PutObjectAclRequest
        {
            BucketName = bucket, Key = "k",
            AccessControlPolicy = new S3AccessControlList { Owner = acl.Owner, Grants = [new S3Grant { Grantee = new S3Grantee { CanonicalUser = acl.Owner.Id }, Permission = S3Permission.FULL_CONTROL }] },
        });
        var records = await Session.ReceiveRecordsAsync(queue, 3);

        // Then
        Assert.That(records.Select(r => r.Text("eventName")), Is.All.EqualTo("ObjectAcl:Put"));
        Assert.That(records.Select(r => r.Text("eventVersion")), Is.All.EqualTo("2.3"));
        Assert.That(records.Select(r => string.Join(',', r.Keys("s3.object"))), Is.All.EqualTo("key,eTag"));
        await Session.AssertNothingElseAsync(bucket, queue);
    }

    [Test]
    public async Task SpecificEventConfigurationIgnoresOtherEventTypes()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:ObjectCreated:Copy", "s3:ObjectRemoved:Delete"]);

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        await Session.S3.CopyObjectAsync(bucket, "k", bucket, "k2");
        await Session.S3.DeleteObjectAsync(bucket, "k2");
        var records = await Session.ReceiveRecordsAsync(queue, 2);

        // Then
        Assert.That(records.Select(r => r.Text("eventName")), Is.EqualTo(new[] { "ObjectCreated:Copy", "ObjectRemoved:Delete" }));
    }

    [Test]
    public async Task PrefixAndSuffixFiltersMatchTheRawKey()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"], prefix: "test upload/", suffix: ".txt");

        // When
        foreach (var key in new[] { "/testdata", "test+upload/a.txt", "test upload/dir1/test file.TXT", "test upload/dir1/test file.txt" })
        {
            await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "x" });
        }

        var records = await Session.ReceiveRecordsAsync(queue, 1);

        // Then
        Assert.That(records[0].Text("s3.object.key"), Is.EqualTo("test+upload/dir1/test+file.txt"));
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "test upload/last.txt", ContentBody = "x" });
        Assert.That((await Session.ReceiveRecordsAsync(queue, 1))[0].Text("s3.object.key"), Is.EqualTo("test+upload/last.txt"));
    }

    [Test]
    public async Task TraceHeaderBecomesTheAwsTraceHeaderAttribute()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);
        var trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

        // When
        var response = await Session.SendAsync(HttpMethod.Put, $"/{bucket}/traced", new StringContent("x"), h => h.Add("X-Amzn-Trace-Id", trace));
        var messages = await Session.Sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest { QueueUrl = queue, WaitTimeSeconds = 5, MessageSystemAttributeNames = ["All"] });

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(messages.Messages![0].Attributes["AWSTraceHeader"], Is.EqualTo(trace));
        Assert.That(JsonNode.Parse(messages.Messages[0].Body)!["Records"]![0]!.Text("userIdentity.principalId"), Does.StartWith("AWS:AIDA"));
    }

    [Test]
    public async Task SequencersIncreasePerKeyAcrossOperations()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);

        // When
        for (var i = 0; i < 5; i++)
        {
            await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "same", ContentBody = i.ToString() });
        }

        await Session.S3.DeleteObjectAsync(bucket, "same");
        var records = await Session.ReceiveRecordsAsync(queue, 6);

        // Then
        var sequencers = records.Select(r => r.Text("s3.object.sequencer")!).ToList();
        Assert.That(sequencers, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(sequencers, Is.Unique);
    }

    [Test]
    public async Task ConcurrentWritesAllArriveWithPerKeyOrderedSequencers()
    {
        // Given
        var (bucket, queue) = await Session.CreateNotifiedBucketAsync(CreatedAndRemoved);

        // When
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = $"key-{i % 4}", ContentBody = i.ToString() })));
        var records = await Session.ReceiveRecordsAsync(queue, 40);

        // Then
        Assert.That(records, Has.Count.EqualTo(40));
        foreach (var group in records.GroupBy(r => r.Text("s3.object.key")))
        {
            Assert.That(group.Select(r => r.Text("s3.object.sequencer")), Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
        }
    }
}
