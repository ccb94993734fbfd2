using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Object operations through the real AmazonS3Client, with default and WHEN_REQUIRED checksum settings.</summary>
public abstract class S3ObjectOperationTests(bool checksumsWhenRequired) : StoreSessionFixture(checksumsWhenRequired: checksumsWhenRequired)
{
    private string _bucket = null!;

    /// <inheritdoc />
    protected override async Task OnStartedAsync() => _bucket = await Session.CreateBucketAsync();

    [Test]
    public async Task PutObjectThenGetObjectReturnsTheContentAndMd5ETag()
    {
        // Given
        var key = StoreSession.NewName("dir/some key+@");
        var put = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = "something", ContentType = "text/plain", Metadata = { ["color"] = "blue" } });

        // When
        using var get = await Session.S3.GetObjectAsync(_bucket, key);
        using var reader = new StreamReader(get.ResponseStream);
        var content = await reader.ReadToEndAsync();

        // Then
        Assert.That(put.ETag, Is.EqualTo("\"437b930db84b8079c2dd804a71936b5f\""));
        Assert.That(put.VersionId, Is.Null);
        Assert.That(content, Is.EqualTo("something"));
        Assert.That(get.ETag, Is.EqualTo(put.ETag));
        Assert.That(get.Headers.ContentType, Is.EqualTo("text/plain"));
        Assert.That(get.Metadata["x-amz-meta-color"], Is.EqualTo("blue"));
    }

    [Test]
    public async Task LargeStreamingUploadIsStoredWithoutChunkFraming()
    {
        // Given
        var key = StoreSession.NewName("large");
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, InputStream = new MemoryStream(bytes) });
        var head = await Session.S3.GetObjectMetadataAsync(_bucket, key);

        // Then
        Assert.That(head.ContentLength, Is.EqualTo(bytes.Length));
        Assert.That(head.ETag, Is.EqualTo($"\"{Convert.ToHexStringLower(MD5.HashData(bytes))}\""));
    }

    [Test]
    public async Task GetObjectOfMissingKeyFailsWithNoSuchKey()
    {
        // Given
        var key = StoreSession.NewName("missing");

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.GetObjectAsync(_bucket, key));

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("NoSuchKey"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task RangeGetReturnsPartialContent()
    {
        // Given
        var key = StoreSession.NewName("range");
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = "0123456789" });

        // When
        using var get = await Session.S3.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = key, ByteRange = new ByteRange(2, 5) });
        using var reader = new StreamReader(get.ResponseStream);

        // Then
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo("2345"));
        Assert.That(get.HttpStatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
    }

    [Test]
    public async Task DeleteObjectsRemovesEveryKeyAndReportsThem()
    {
        // Given
        var keys = Enumerable.Range(0, 3).Select(i => StoreSession.NewName($"multi{i}")).ToList();
        foreach (var key in keys)
        {
            await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = "x" });
        }

        // When
        var loud = await Session.S3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = _bucket, Objects = keys.Take(2).Select(k => new KeyVersion { Key = k }).ToList() });
        var quiet = await Session.S3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = _bucket, Quiet = true, Objects = [new KeyVersion { Key = keys[2] }] });
        var listed = await Session.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket, Prefix = "multi" });

        // Then
        Assert.That(loud.DeletedObjects!.Select(d => d.Key), Is.EquivalentTo(keys.Take(2)));
        Assert.That(quiet.DeletedObjects ?? [], Is.Empty);
        Assert.That(listed.S3Objects ?? [], Is.Empty);
    }

    [Test]
    public async Task ListObjectsV2PagesWithContinuationTokensAndRollsUpPrefixes()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        foreach (var key in new[] { "a/1", "a/2", "b", "c/1", "d", "e" })
        {
            await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "x" });
        }

        // When
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Session.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Delimiter = "/", MaxKeys = 2, ContinuationToken = token });
            seen.AddRange(page.CommonPrefixes ?? []);
            seen.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
            pages++;
        }
        while (token is not null);

        // Then
        Assert.That(seen, Is.EquivalentTo(new[] { "a/", "b", "c/", "d", "e" }));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task ListObjectsV1PagesWithMarkers()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        foreach (var key in new[] { "a/1", "a/2", "b", "c" })
        {
            await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "x" });
        }

        // When
        var first = await Session.S3.ListObjectsAsync(new ListObjectsRequest { BucketName = bucket, Delimiter = "/", MaxKeys = 2 });
        var second = await Session.S3.ListObjectsAsync(new ListObjectsRequest { BucketName = bucket, Delimiter = "/", MaxKeys = 2, Marker = first.NextMarker });

        // Then
        Assert.That(first.CommonPrefixes, Is.EqualTo(new[] { "a/" }));
        Assert.That(first.S3Objects!.Select(o => o.Key), Is.EqualTo(new[] { "b" }));
        Assert.That(first.IsTruncated, Is.True);
        Assert.That(second.S3Objects!.Select(o => o.Key), Is.EqualTo(new[] { "c" }));
        Assert.That(second.IsTruncated, Is.False);
    }

    [Test]
    public async Task DeleteMarkersAndBadVersionIdsAnswerLikeS3()
    {
        // Given
        var bucket = await Session.CreateBucketAsync(versioned: true);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        var marker = await Session.S3.DeleteObjectAsync(bucket, "k");

        // When
        var latest = await Session.SendAsync(HttpMethod.Get, $"/{bucket}/k");
        var byVersion = await Session.SendAsync(HttpMethod.Get, $"/{bucket}/k?versionId={marker.VersionId}");
        var malformed = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "k", VersionId = "not-a-version" }));

        // Then
        Assert.That(latest.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(latest.Headers.GetValues("x-amz-delete-marker").Single(), Is.EqualTo("true"));
        Assert.That(byVersion.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(malformed!.ErrorCode, Is.EqualTo("InvalidArgument"));
    }

    [Test]
    public async Task CopyObjectWithReplaceDirectiveTakesTheNewMetadata()
    {
        // Given
        var key = StoreSession.NewName("meta");
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = "x", ContentType = "text/plain", Metadata = { ["a"] = "1" } });

        // When
        await Session.S3.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = _bucket, SourceKey = key, DestinationBucket = _bucket, DestinationKey = key,
            MetadataDirective = S3MetadataDirective.REPLACE, ContentType = "application/json", Metadata = { ["b"] = "2" },
        });
        var head = await Session.S3.GetObjectMetadataAsync(_bucket, key);

        // Then
        Assert.That(head.Headers.ContentType, Is.EqualTo("application/json"));
        Assert.That(head.Metadata.Keys, Is.EqualTo(new[] { "x-amz-meta-b" }));
    }

    [Test]
    public async Task ListObjectVersionsIncludesVersionsAndDeleteMarkersNewestFirst()
    {
        // Given
        var bucket = await Session.CreateBucketAsync(versioned: true);
        var v1 = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "1" });
        var v2 = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "2" });
        var marker = await Session.S3.DeleteObjectAsync(bucket, "k");

        // When
        var versions = await Session.S3.ListVersionsAsync(new ListVersionsRequest { BucketName = bucket });

        // Then
        Assert.That(versions.Versions!.Select(v => (v.VersionId, v.IsDeleteMarker == true, v.IsLatest == true)), Is.EqualTo(new[]
        {
            (marker.VersionId, true, true), (v2.VersionId, false, false), (v1.VersionId, false, false),
        }));
        Assert.That(marker.DeleteMarker, Is.EqualTo("true"));
    }

    [Test]
    public async Task DeletingEveryVersionEmptiesAVersionedBucket()
    {
        // Given
        var bucket = await Session.CreateBucketAsync(versioned: true);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "1" });
        await Session.S3.DeleteObjectAsync(bucket, "k");

        // When
        var versions = await Session.S3.ListVersionsAsync(new ListVersionsRequest { BucketName = bucket });
        await Session.S3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Objects = versions.Versions!.Select(v => new KeyVersion { Key = v.Key, VersionId = v.VersionId }).ToList() });
        await Session.S3.DeleteBucketAsync(bucket);

        // Then
        Assert.That((await Session.S3.ListBucketsAsync()).Buckets?.Select(b => b.BucketName) ?? [], Does.Not.Contain(bucket));
    }

    [Test]
    public async Task SuspendedBucketWritesTheNullVersionWithoutVersionId()
    {
        // Given
        var bucket = await Session.CreateBucketAsync(versioned: true);
        await Session.S3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended } });

        // When
        var first = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "1" });
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "2" });
        var versions = await Session.S3.ListVersionsAsync(new ListVersionsRequest { BucketName = bucket });

        // Then
        Assert.That(first.VersionId, Is.Null);
        Assert.That(versions.Versions!.Select(v => v.VersionId), Is.EqualTo(new[] { "null" }));
    }

    [Test]
    public async Task CopyObjectCopiesContentFromAnEncodedSourceKeyAndVersion()
    {
        // Given
        var bucket = await Session.CreateBucketAsync(versioned: true);
        var source = "src dir/ä+b?.txt";
        var v1 = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = source, ContentBody = "first" });
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = source, ContentBody = "second" });

        // When
        var copy = await Session.S3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = bucket, SourceKey = source, SourceVersionId = v1.VersionId, DestinationBucket = _bucket, DestinationKey = "copied" });
        using var get = await Session.S3.GetObjectAsync(_bucket, "copied");
        using var reader = new StreamReader(get.ResponseStream);

        // Then
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo("first"));
        Assert.That(copy.ETag, Is.EqualTo(v1.ETag));
    }

    [Test]
    public async Task CopyObjectOntoItselfWithoutChangesIsRejected()
    {
        // Given
        var key = StoreSession.NewName("self");
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = "x" });

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.CopyObjectAsync(_bucket, key, _bucket, key));

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("InvalidRequest"));
    }

    [Test]
    public async Task MultipartUploadAssemblesPartsWithTheMultipartETag()
    {
        // Given
        var key = StoreSession.NewName("mpu");
        var part1 = RandomNumberGenerator.GetBytes(5 * 1024 * 1024);
        var part2 = RandomNumberGenerator.GetBytes(1000);
        var start = await Session.S3.InitiateMultipartUploadAsync(_bucket, key);

        // When
        var up1 = await Session.S3.UploadPartAsync(new UploadPartRequest { BucketName = _bucket, Key = key, UploadId = start.UploadId, PartNumber = 1, InputStream = new MemoryStream(part1) });
        var up2 = await Session.S3.UploadPartAsync(new UploadPartRequest { BucketName = _bucket, Key = key, UploadId = start.UploadId, PartNumber = 2, InputStream = new MemoryStream(part2) });
        var done = await Session.S3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = _bucket, Key = key, UploadId = start.UploadId, PartETags = [new PartETag(1, up1.ETag), new PartETag(2, up2.ETag)],
        });
        var head = await Session.S3.GetObjectMetadataAsync(_bucket, key);

        // Then
        var expected = Convert.ToHexStringLower(MD5.HashData(MD5.HashData(part1).Concat(MD5.HashData(part2)).ToArray())) + "-2";
        Assert.That(done.ETag, Is.EqualTo($"\"{expected}\""));
        Assert.That(head.ContentLength, Is.EqualTo(part1.Length + part2.Length));
    }

    [Test]
    public async Task SmallNonLastPartIsRejectedWithEntityTooSmall()
    {
        // Given
        var key = StoreSession.NewName("small");
        var start = await Session.S3.InitiateMultipartUploadAsync(_bucket, key);
        var up1 = await Session.S3.UploadPartAsync(new UploadPartRequest { BucketName = _bucket, Key = key, UploadId = start.UploadId, PartNumber = 1, InputStream = new MemoryStream(new byte[10]) });
        var up2 = await Session.S3.UploadPartAsync(new UploadPartRequest { BucketName = _bucket, Key = key, UploadId = start.UploadId, PartNumber = 2, InputStream = new MemoryStream(new byte[10]) });

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = _bucket, Key = key, UploadId = start.UploadId, PartETags = [new PartETag(1, up1.ETag), new PartETag(2, up2.ETag)],
        }));

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("EntityTooSmall"));
    }

    [Test]
    public async Task AbortedUploadCannotBeCompleted()
    {
        // Given
        var key = StoreSession.NewName("abort");
        var start = await Session.S3.InitiateMultipartUploadAsync(_bucket, key);
        var part = await Session.S3.UploadPartAsync(new UploadPartRequest { BucketName = _bucket, Key = key, UploadId = start.UploadId, PartNumber = 1, InputStream = new MemoryStream(new byte[10]) });

        // When
        var uploads = await Session.S3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = _bucket, Prefix = key });
        await Session.S3.AbortMultipartUploadAsync(_bucket, key, start.UploadId);
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = _bucket, Key = key, UploadId = start.UploadId, PartETags = [new PartETag(1, part.ETag)],
        }));

        // Then
        Assert.That(uploads.MultipartUploads!.Select(u => u.UploadId), Is.EqualTo(new[] { start.UploadId }));
        Assert.That(error!.ErrorCode, Is.EqualTo("NoSuchUpload"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ObjectTaggingRoundTripsAndCanBeDeleted()
    {
        // Given
        var key = StoreSession.NewName("tags");
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = "x" });

        // When
        await Session.S3.PutObjectTaggingAsync(new PutObjectTaggingRequest { BucketName = _bucket, Key = key, Tagging = new Tagging { TagSet = [new Tag { Key = "team", Value = "blue" }] } });
        var tagged = await Session.S3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = _bucket, Key = key });
        await Session.S3.DeleteObjectTaggingAsync(new DeleteObjectTaggingRequest { BucketName = _bucket, Key = key });
        var cleared = await Session.S3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = _bucket, Key = key });

        // Then
        Assert.That(tagged.Tagging!.Select(t => (t.Key, t.Value)), Is.EqualTo(new[] { ("team", "blue") }));
        Assert.That(cleared.Tagging ?? [], Is.Empty);
    }

    [Test]
    public async Task PutObjectAclWithCannedAclIsReturnedAsGrants()
    {
        // Given
        var key = StoreSession.NewName("acl");
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = "x" });

        // When
        await Session.S3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = _bucket, Key = key, ACL = S3CannedACL.PublicRead });
        var acl = await Session.S3.GetObjectAclAsync(new GetObjectAclRequest { BucketName = _bucket, Key = key });

        // Then
        Assert.That(acl.Grants!.Select(g => g.Permission.Value), Is.EquivalentTo(new[] { "FULL_CONTROL", "READ" }));
        Assert.That(acl.Grants!.Any(g => g.Grantee.URI == "http://acs.amazonaws.com/groups/global/AllUsers"), Is.True);
    }

    [Test]
    public async Task PresignedPutUrlUploadsWithoutAuthorizationHeader()
    {
        // Given
        var key = StoreSession.NewName("presigned");
        var url = await Session.S3.GetPreSignedURLAsync(new GetPreSignedUrlRequest { BucketName = _bucket, Key = key, Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(5), Protocol = Protocol.HTTP });

        // When
        using var response = await new HttpClient().PutAsync(url, new StringContent("presigned body"));
        var head = await Session.S3.GetObjectMetadataAsync(_bucket, key);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(head.ContentLength, Is.EqualTo("presigned body".Length));
    }

    /// <summary>SDK default checksum behaviour.</summary>
    public sealed class OnDefaultChecksums() : S3ObjectOperationTests(false);

    /// <summary>RequestChecksumCalculation / ResponseChecksumValidation WHEN_REQUIRED.</summary>
    public sealed class OnWhenRequiredChecksums() : S3ObjectOperationTests(true);
}
