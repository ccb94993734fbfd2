using System.Diagnostics;
using System.Net;
using Amazon.SQS;
using Amazon.SQS.Model;
using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>SQS JSON protocol through the real AmazonSQSClient.</summary>
public sealed class SqsTests : StoreSessionFixture
{
    [Test]
    public async Task LongPollReturnsAsSoonAsAMessageArrives()
    {
        // Given
        var (url, _) = await Session.CreateQueueAsync();
        var watch = Stopwatch.StartNew();
        var receive = Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, WaitTimeSeconds = 20 });

        // When
        await Task.Delay(200);
        await Session.Sqs.SendMessageAsync(url, "hello");
        var response = await receive;

        // Then
        Assert.That(response.Messages![0].Body, Is.EqualTo("hello"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task EmptyLongPollWaitsTheWaitTimeAndReturnsNoMessages()
    {
        // Given
        var (url, _) = await Session.CreateQueueAsync();
        var watch = Stopwatch.StartNew();

        // When
        var response = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, WaitTimeSeconds = 1 });

        // Then
        Assert.That(response.Messages ?? [], Is.Empty);
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)));
    }

    [Test]
    public async Task ReceivedMessageCarriesSystemAttributesAndTheSdkAcceptsItsMd5s()
    {
        // Given
        var (url, _) = await Session.CreateQueueAsync();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await Session.Sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url, MessageBody = "with attributes ✓",
            MessageAttributes = new Dictionary<string, MessageAttributeValue> { ["color"] = new() { DataType = "String", StringValue = "blue" }, ["n"] = new() { DataType = "Number", StringValue = "7" } },
        });

        // When
        var response = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MessageSystemAttributeNames = ["All"], MessageAttributeNames = ["All"] });

        // Then
        var message = response.Messages![0];
        Assert.That(message.Body, Is.EqualTo("with attributes ✓"));
        Assert.That(long.Parse(message.Attributes["SentTimestamp"]), Is.InRange(before, before + 5000));
        Assert.That(message.Attributes["ApproximateReceiveCount"], Is.EqualTo("1"));
        Assert.That(message.Attributes.ContainsKey("ApproximateFirstReceiveTimestamp"), Is.True);
        Assert.That(message.MessageAttributes!["color"].StringValue, Is.EqualTo("blue"));
    }

    [Test]
    public async Task InvisibleMessageReturnsAfterTheVisibilityTimeout()
    {
        // Given
        var (url, _) = await Session.CreateQueueAsync();
        await Session.Sqs.SendMessageAsync(url, "again");
        var first = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, VisibilityTimeout = 1 });
        var watch = Stopwatch.StartNew();

        // When
        var hidden = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url });
        var second = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, WaitTimeSeconds = 5, MessageSystemAttributeNames = ["ApproximateReceiveCount"] });

        // Then
        Assert.That(first.Messages, Has.Count.EqualTo(1));
        Assert.That(hidden.Messages ?? [], Is.Empty);
        Assert.That(second.Messages![0].Body, Is.EqualTo("again"));
        Assert.That(second.Messages[0].Attributes["ApproximateReceiveCount"], Is.EqualTo("2"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task ChangeMessageVisibilityToZeroMakesItVisibleAtOnce()
    {
        // Given
        var (url, _) = await Session.CreateQueueAsync();
        await Session.Sqs.SendMessageAsync(url, "x");
        var first = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, VisibilityTimeout = 60 });

        // When
        await Session.Sqs.ChangeMessageVisibilityAsync(url, first.Messages![0].ReceiptHandle, 0);
        var second = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url });

        // Then
        Assert.That(second.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task MaxNumberOfMessagesAndBatchDeleteDrainTheQueue()
    {
        // Given
        var (url, _) = await Session.CreateQueueAsync();
        await Session.Sqs.SendMessageBatchAsync(url, Enumerable.Range(0, 10).Select(i => new SendMessageBatchRequestEntry($"e{i}", $"m{i}")).ToList());
        var attributes = await Session.Sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["All"] });

        // When
        var received = await Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 10 });
        var deleted = await Session.Sqs.DeleteMessageBatchAsync(url, received.Messages!.Select((m, i) => new DeleteMessageBatchRequestEntry($"d{i}", m.ReceiptHandle)).ToList());
        var after = await Session.Sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"] });

        // Then
        Assert.That(attributes.Attributes["ApproximateNumberOfMessages"], Is.EqualTo("10"));
        Assert.That(attributes.Attributes["QueueArn"], Does.StartWith("arn:aws:sqs:us-east-1:000000000000:queue-"));
        Assert.That(received.Messages!.Select(m => m.Body), Is.EqualTo(Enumerable.Range(0, 10).Select(i => $"m{i}")));
        Assert.That(deleted.Successful, Has.Count.EqualTo(10));
        Assert.That(after.Attributes["ApproximateNumberOfMessages"], Is.EqualTo("0"));
        Assert.That(after.Attributes["ApproximateNumberOfMessagesNotVisible"], Is.EqualTo("0"));
    }

    [Test]
    public async Task MaxNumberOfMessagesOutOfRangeIsRejected()
    {
        // Given
        var (url, _) = await Session.CreateQueueAsync();

        // When
        var error = await Assert.CatchAsync<AmazonSQSException>(() => Session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 11 }));

        // Then
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task CreateGetListSetPurgeAndDeleteQueue()
    {
        // Given
        var name = StoreSession.NewName("lifecycle");
        var url = (await Session.Sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = new Dictionary<string, string> { ["VisibilityTimeout"] = "45" } })).QueueUrl;

        // When
        var again = await Session.Sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = new Dictionary<string, string> { ["VisibilityTimeout"] = "45" } });
        var byName = await Session.Sqs.GetQueueUrlAsync(name);
        var listed = await Session.Sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = "lifecycle" });
        await Session.Sqs.SetQueueAttributesAsync(url, new Dictionary<string, string> { ["Policy"] = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" });
        await Session.Sqs.SendMessageAsync(url, "gone soon");
        await Session.Sqs.PurgeQueueAsync(url);
        var purged = await Session.Sqs.ReceiveMessageAsync(url);
        await Session.Sqs.DeleteQueueAsync(url);
        var error = await Assert.CatchAsync<QueueDoesNotExistException>(() => Session.Sqs.GetQueueUrlAsync(name));

        // Then
        Assert.That(url, Is.EqualTo($"{Session.Endpoint}/000000000000/{name}"));
        Assert.That(again.QueueUrl, Is.EqualTo(url));
        Assert.That(byName.QueueUrl, Is.EqualTo(url));
        Assert.That(listed.QueueUrls, Does.Contain(url));
        Assert.That(purged.Messages ?? [], Is.Empty);
        Assert.That(error!.ErrorCode, Is.EqualTo("AWS.SimpleQueueService.NonExistentQueue"));
    }

    [Test]
    public async Task MissingQueueErrorUsesTheJsonShapeAndQueryErrorHeader()
    {
        // Given
        var body = new StringContent("{\"QueueUrl\":\"http://127.0.0.1/000000000000/nope\"}");
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-amz-json-1.0");

        // When
        var response = await Session.SendAsync(HttpMethod.Post, "/", body, h => h.Add("X-Amz-Target", "AmazonSQS.GetQueueAttributes"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(json.Text("__type"), Is.EqualTo("com.amazonaws.sqs#QueueDoesNotExist"));
        Assert.That(json.Text("message"), Is.Not.Empty);
        Assert.That(response.Headers.GetValues("x-amzn-query-error").Single(), Is.EqualTo("AWS.SimpleQueueService.NonExistentQueue;Sender"));
    }

    [Test]
    public async Task StoppingTheStoreEndsLongPollsPromptly()
    {
        // Given
        await using var session = await StoreSession.StartAsync();
        var (url, _) = await session.CreateQueueAsync();
        var receive = session.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, WaitTimeSeconds = 20 });
        await Task.Delay(200);
        var watch = Stopwatch.StartNew();

        // When
        await session.Store.StopAsync(CancellationToken.None);
        try
        {
            await receive;
        }
        catch (Exception)
        {
            // the connection may be closed instead of answered; either way the poll ended
        }

        // Then
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }
}
