using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Bodies over the configured maximum are refused before they are read: S3 EntityTooLarge, SQS/SNS 413.</summary>
public sealed class BodyLimitTests() : StoreSessionFixture(new ReferenceStoreBuilder().WithMaxBodyBytes(4096))
{
    [Test]
    public async Task AnObjectOverTheLimitIsEntityTooLargeAndNotStored()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "big", InputStream = new MemoryStream(new byte[8192]) }));
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "small", InputStream = new MemoryStream(new byte[4096]) });

        // Then
        Assert.That((error!.StatusCode, error.ErrorCode), Is.EqualTo((HttpStatusCode.BadRequest, "EntityTooLarge")));
        Assert.That(error.Message, Is.EqualTo("Your proposed upload exceeds the maximum allowed size"));
        Assert.That((await Assert.ThrowsAsync<AmazonS3Exception>(() => Session.S3.GetObjectMetadataAsync(bucket, "big")))!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Session.S3.GetObjectMetadataAsync(bucket, "small")).ContentLength, Is.EqualTo(4096), "a body of exactly the limit is accepted");
    }

    [Test]
    public async Task AHugeDeclaredLengthIsAnsweredBeforeTheBodyIsSent()
    {
        // Given a client that announces 512 MiB and sends none of it
        var endpoint = Session.Store.GetEndpoint();
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port);
        var stream = client.GetStream();
        var head = $"PUT /any-bucket/huge HTTP/1.1\r\nHost: {endpoint.Authority}\r\nContent-Length: {512L * 1024 * 1024}\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // When the store answers at once
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await ReadUntilAsync(reader, "</Error>").WaitAsync(TimeSpan.FromSeconds(30));

        // Then
        Assert.That(answer, Does.StartWith("HTTP/1.1 400"));
        Assert.That(answer, Does.Contain("<Code>EntityTooLarge</Code>").And.Contain("<ProposedSize>536870912</ProposedSize>").And.Contain("<MaxSizeAllowed>4096</MaxSizeAllowed>"));
    }

    [Test]
    public async Task ABodyWithoutDeclaredLengthIsCutOffAtTheLimit()
    {
        // Given a chunked-transfer body far over the limit
        var bucket = await Session.CreateBucketAsync();
        var content = new StreamContent(new MemoryStream(new byte[1024 * 1024]));
        content.Headers.ContentLength = null;

        // When
        using var response = await Session.SendAsync(HttpMethod.Post, $"/{bucket}?delete", content, h => h.TransferEncodingChunked = true);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<Code>EntityTooLarge</Code>"));
    }

    [Test]
    public async Task SqsAndSnsAnswer413InTheirProtocols()
    {
        // Given
        var (queueUrl, _) = await Session.CreateQueueAsync();

        // When
        var sqs = await Assert.ThrowsAsync<AmazonSQSException>(() => Session.Sqs.SendMessageAsync(queueUrl, new string('x', 8192)));
        var (snsStatus, snsBody) = await Session.SnsAsync("Publish", ("TopicArn", "arn:aws:sns:us-east-1:000000000000:t"), ("Message", new string('x', 8192)));

        // Then
        Assert.That((sqs!.StatusCode, sqs.ErrorCode), Is.EqualTo((HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge")));
        Assert.That(snsStatus, Is.EqualTo(413));
        Assert.That(snsBody.ToString(), Does.Contain("RequestEntityTooLarge"));
    }

    private static async Task<string> ReadUntilAsync(StreamReader reader, string end)
    {
        var text = new StringBuilder();
        var buffer = new char[4096];
        while (!text.ToString().Contains(end, StringComparison.Ordinal))
        {
            var read = await reader.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
