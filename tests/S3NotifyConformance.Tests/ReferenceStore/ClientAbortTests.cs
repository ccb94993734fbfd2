using System.Net.Sockets;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>A client that goes away mid-request is the client's business: no object, no event, no store error, and the store
/// goes on serving.</summary>
public sealed class ClientAbortTests
{
    [TestCaseSource(nameof(ClientSideEndings))]
    public void AClientSideEndingIsNotAStoreFailure(Exception exception) =>
        Assert.That(UnexpectedFailure.Is(new DefaultHttpContext(), exception), Is.False);

    [Test]
    public void AnyOtherExceptionIsAStoreFailureWhileTheResponseCanStillSayIt() =>
        Assert.That(UnexpectedFailure.Is(new DefaultHttpContext(), new InvalidOperationException("bug")), Is.True);

    [Test]
    public async Task ATruncatedPutCreatesNoObjectAndNoEvent()
    {
        // Given a notified bucket on a store that does not check signatures (the raw request below is unsigned)
        await using var session = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithSignatureVerification(false));
        var (bucket, _) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);
        var emittedBefore = session.Store.GetStatistics().EventsEmitted;

        // When a client announces 100 bytes, sends 10 and closes the connection
        var endpoint = session.Store.GetEndpoint();
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port);
            var request = $"PUT /{bucket}/truncated HTTP/1.1\r\nHost: {endpoint.Authority}\r\nContent-Length: 100\r\n\r\n0123456789";
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request));
        }

        // Then the object never appears, nothing is emitted, and the next request is served
        var missing = await Assert.ThrowsAsync<AmazonS3Exception>(() => session.S3.GetObjectMetadataAsync(bucket, "truncated"));
        Assert.That(missing!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
        await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "whole", ContentBody = "x" });
        Assert.That(session.Store.GetStatistics().EventsEmitted, Is.EqualTo(emittedBefore + 1));
    }

    private static IEnumerable<TestCaseData> ClientSideEndings()
    {
        yield return new TestCaseData(new OperationCanceledException()).SetArgDisplayNames("cancelled");
        yield return new TestCaseData(new ConnectionResetException("reset")).SetArgDisplayNames("connection reset");
        yield return new TestCaseData(new BadHttpRequestException("Unexpected end of request content.")).SetArgDisplayNames("truncated body");
    }
}
