using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Bucket operations through the real AmazonS3Client, with default and WHEN_REQUIRED checksum settings.</summary>
public abstract class S3BucketOperationTests(bool checksumsWhenRequired) : StoreSessionFixture(checksumsWhenRequired: checksumsWhenRequired)
{
    [Test]
    public async Task CreateBucketThenListBucketsIncludesIt()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var list = await Session.S3.ListBucketsAsync();

        // Then
        Assert.That(list.Buckets!.Select(b => b.BucketName), Does.Contain(bucket));
        Assert.That(list.Owner?.Id, Has.Length.EqualTo(64));
    }

    [Test]
    public async Task CreateBucketWithLocationConstraintReportsThatRegion()
    {
        // Given
        var bucket = StoreSession.NewName("bucket");

        // When
        await Session.S3.PutBucketAsync(new PutBucketRequest { BucketName = bucket, BucketRegionName = "eu-west-1" });
        var location = await Session.S3.GetBucketLocationAsync(bucket);

        // Then
        Assert.That(location.Location.Value, Is.EqualTo("eu-west-1"));
    }

    [Test]
    public async Task CreateBucketTwiceFailsWithBucketAlreadyOwnedByYou()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.PutBucketAsync(bucket));

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("BucketAlreadyOwnedByYou"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task DeleteBucketWithObjectsFailsWithBucketNotEmptyThenSucceedsWhenEmpty()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.DeleteBucketAsync(bucket));
        await Session.S3.DeleteObjectAsync(bucket, "k");
        await Session.S3.DeleteBucketAsync(bucket);

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("BucketNotEmpty"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await Session.S3.ListBucketsAsync()).Buckets?.Select(b => b.BucketName) ?? [], Does.Not.Contain(bucket));
    }

    [Test]
    public async Task VersionedBucketWithOnlyDeleteMarkersIsNotEmpty()
    {
        // Given
        var bucket = await Session.CreateBucketAsync(versioned: true);
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        await Session.S3.DeleteObjectAsync(bucket, "k");

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.DeleteBucketAsync(bucket));

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("BucketNotEmpty"));
    }

    [Test]
    public async Task HeadBucketAnswersForExistingAndMissingBuckets()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var found = await Session.SendAsync(HttpMethod.Head, "/" + bucket);
        var missing = await Session.SendAsync(HttpMethod.Head, "/" + StoreSession.NewName("missing"));

        // Then
        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(found.Headers.GetValues("x-amz-bucket-region"), Is.EqualTo(new[] { "us-east-1" }));
        Assert.That(found.Headers.Contains("x-amz-request-id"), Is.True);
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task VersioningCanBeEnabledAndSuspended()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        var initial = await Session.S3.GetBucketVersioningAsync(bucket);

        // When
        await Session.S3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });
        var enabled = await Session.S3.GetBucketVersioningAsync(bucket);
        await Session.S3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended } });
        var suspended = await Session.S3.GetBucketVersioningAsync(bucket);

        // Then
        Assert.That(initial.VersioningConfig.Status, Is.EqualTo(VersionStatus.Off));
        Assert.That(enabled.VersioningConfig.Status, Is.EqualTo(VersionStatus.Enabled));
        Assert.That(suspended.VersioningConfig.Status, Is.EqualTo(VersionStatus.Suspended));
    }

    [Test]
    public async Task MissingBucketAnswersNoSuchBucketWithBucketName()
    {
        // Given
        var bucket = StoreSession.NewName("missing");

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket }));
        var raw = await (await Session.SendAsync(HttpMethod.Get, $"/{bucket}?list-type=2")).Content.ReadAsStringAsync();

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("NoSuchBucket"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(raw, Does.Contain($"<BucketName>{bucket}</BucketName>").And.Contain("<RequestId>"));
    }

    /// <summary>SDK default checksum behaviour (WHEN_SUPPORTED: aws-chunked uploads with trailing CRC32).</summary>
    public sealed class OnDefaultChecksums() : S3BucketOperationTests(false);

    /// <summary>RequestChecksumCalculation / ResponseChecksumValidation WHEN_REQUIRED.</summary>
    public sealed class OnWhenRequiredChecksums() : S3BucketOperationTests(true);
}
