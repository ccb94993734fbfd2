using Amazon.S3.Model;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Targets;

/// <summary>Keys the AWS SDK for .NET rewrites go out as written, as boto3 and the AWS CLI send them.</summary>
public sealed class S3ExtensionClientTests
{
    [TestCase("a b/c+d=é", "a%20b/c%2Bd%3D%C3%A9")]
    [TestCase("dir//x", "dir//x")]
    [TestCase("/testdata", "/testdata")]
    public void SegmentsAreEncodedAsSigV4Canonicalises(string key, string path) =>
        Assert.That(S3ExtensionClient.ObjectPath(key), Is.EqualTo(path));

    [Test]
    public async Task AKeyWithALeadingSlashIsStoredWithIt()
    {
        // Given a store that checks signatures, and a bucket
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var connection = EmbeddedTarget.ConnectionFor(store);
        using var clients = ProvisioningClients.For(connection);
        await clients.S3.PutBucketAsync("slash-keys");

        // When /testdata is put as written
        var answer = await S3ExtensionClient.For(connection).PutObjectAsync("slash-keys", "/testdata", "x"u8.ToArray(), CancellationToken.None);

        // Then the signature held and the object's key keeps its leading slash
        Assert.That(answer.Succeeded, Is.True, answer.Body);
        var listed = await clients.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "slash-keys" });
        Assert.That(listed.S3Objects.Select(o => o.Key), Is.EqualTo(new[] { "/testdata" }));
        Assert.That(answer.ETag, Is.EqualTo("\"9dd4e461268c8034f5c8564e155c67a6\""));
    }

    [Test]
    public async Task ASignedStorageClassHeaderGoesOutWithAKeyAsWritten()
    {
        // Given a store that checks signatures, and a bucket
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var connection = EmbeddedTarget.ConnectionFor(store);
        using var clients = ProvisioningClients.For(connection);
        await clients.S3.PutBucketAsync("slash-keys-class");

        // When /cold is put as written with a storage class
        var answer = await S3ExtensionClient.For(connection).PutObjectAsync("slash-keys-class", "/cold", "x"u8.ToArray(), CancellationToken.None,
            new Dictionary<string, string> { ["x-amz-storage-class"] = "STANDARD_IA" });

        // Then the signature held, and the object has its slash and its class
        Assert.That(answer.Succeeded, Is.True, answer.Body);
        var listed = await clients.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "slash-keys-class" });
        Assert.That(listed.S3Objects.Select(o => (o.Key, o.StorageClass?.Value)), Is.EqualTo(new[] { ("/cold", "STANDARD_IA") }));
    }
}
