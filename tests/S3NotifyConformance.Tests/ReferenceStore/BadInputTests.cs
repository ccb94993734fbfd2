using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Whatever a client sends to SQS or SNS, the answer is a 4xx in the protocol's error format, never a 500.</summary>
public sealed class BadInputTests : StoreSessionFixture
{
    private static readonly string[] SqsOperations =
    [
        "CreateQueue", "GetQueueUrl", "ListQueues", "GetQueueAttributes", "SetQueueAttributes", "SendMessage", "SendMessageBatch", "ReceiveMessage",
        "DeleteMessage", "DeleteMessageBatch", "ChangeMessageVisibility", "ChangeMessageVisibilityBatch", "PurgeQueue", "DeleteQueue",
    ];

    private string _queueUrl = null!;

    protected override async Task OnStartedAsync() => _queueUrl = (await Session.CreateQueueAsync()).Url;

    private static IEnumerable<TestCaseData> SqsBodies()
    {
        yield return new TestCaseData(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' }).SetArgDisplayNames("invalid UTF-8");
        yield return new TestCaseData("{\"QueueName\":"u8.ToArray()).SetArgDisplayNames("truncated JSON");
        yield return new TestCaseData("[1,2]"u8.ToArray()).SetArgDisplayNames("array root");
        yield return new TestCaseData("\"text\""u8.ToArray()).SetArgDisplayNames("string root");
    }

    [TestCaseSource(nameof(SqsBodies))]
    public async Task UnreadableSqsBodiesAreSerializationErrors(byte[] body)
    {
        foreach (var operation in SqsOperations)
        {
            // When
            var (status, json) = await SqsAsync(operation, body);

            // Then
            Assert.That(status, Is.EqualTo(400), operation);
            Assert.That(json.Text("__type"), Is.EqualTo("com.amazon.coral.service#SerializationException"), operation);
        }
    }

    [Test]
    public async Task MembersOfTheWrongTypeAreAnsweredWith400ForEveryOperation()
    {
        var shapes = new[]
        {
            "{\"QueueName\":5,\"QueueUrl\":5,\"Attributes\":5,\"AttributeNames\":5,\"MessageBody\":5,\"Entries\":5,\"ReceiptHandle\":5,\"VisibilityTimeout\":\"x\",\"MaxNumberOfMessages\":\"x\",\"WaitTimeSeconds\":\"x\"}",
            "{\"QueueUrl\":\"URL\",\"Entries\":[5,\"x\",null],\"AttributeNames\":[5],\"Attributes\":{\"VisibilityTimeout\":5}}",
            "{\"QueueUrl\":\"URL\",\"Entries\":[{\"Id\":5,\"MessageBody\":[],\"ReceiptHandle\":{},\"VisibilityTimeout\":1.5}],\"MaxNumberOfMessages\":1.5,\"WaitTimeSeconds\":99999999999,\"VisibilityTimeout\":1e40}",
            "{\"QueueUrl\":\"URL\",\"MessageBody\":\"m\",\"MessageAttributes\":{\"a\":{\"DataType\":\"Binary\",\"BinaryValue\":\"!!notbase64\"}},\"MessageSystemAttributes\":5,\"DelaySeconds\":1.5}",
            "{\"QueueUrl\":\"URL\",\"MessageBody\":\"m\",\"MessageAttributes\":{\"a\":5,\"b\":{\"DataType\":5}},\"Entries\":[{}]}",
        };
        foreach (var shape in shapes)
        {
            foreach (var operation in SqsOperations)
            {
                // When
                var (status, json) = await SqsAsync(operation, Encoding.UTF8.GetBytes(shape.Replace("URL", _queueUrl, StringComparison.Ordinal)));

                // Then
                Assert.That(status, Is.Not.GreaterThanOrEqualTo(500), $"{operation} {shape}: {json.ToJsonString()}");
                if (status != 200)
                {
                    Assert.That(json.Text("__type"), Does.Contain("#"), $"{operation} {shape}");
                }
            }
        }
    }

    [Test]
    public async Task AnUnknownSqsOperationIsInvalidAction()
    {
        // When
        var (status, json) = await SqsAsync("FlyToTheMoon", "{}"u8.ToArray());

        // Then
        Assert.That(status, Is.EqualTo(400));
        Assert.That(json.Text("__type"), Is.EqualTo("com.amazonaws.sqs#InvalidAction"));
    }

    [TestCase("CreateTopic", "Name", "\0")]
    [TestCase("CreateTopic", "Name", "bad name")]
    [TestCase("CreateTopic", "Name", "")]
    [TestCase("Publish", "Message", "nul\0inside")]
    [TestCase("GetTopicAttributes", "TopicArn", "\u0001")]
    [TestCase("SetTopicAttributes", "AttributeValue", "\0")]
    [TestCase("Publish", "MessageAttributes.entry.1.Value.BinaryValue", "!!notbase64")]
    [TestCase("Subscribe", "Protocol", "\0")]
    [TestCase("NoSuchAction", "Name", "x")]
    [TestCase("\0", "Name", "x")]
    public async Task BadSnsParametersAreQueryErrorsNot500(string action, string name, string value)
    {
        // Given a topic, so the parameter under test is the only thing wrong
        var (_, created) = await Session.SnsAsync("CreateTopic", ("Name", StoreSession.NewName("topic")));
        var topicArn = created.Descendants().First(e => e.Name.LocalName == "TopicArn").Value;
        var parameters = new List<(string, string)> { ("TopicArn", topicArn), ("Message", "m"), ("AttributeName", "DisplayName"), ("Protocol", "sqs"), ("Endpoint", "arn:aws:sqs:us-east-1:000000000000:q") };
        parameters.RemoveAll(p => p.Item1 == name);
        parameters.Add((name, value));
        if (name.StartsWith("MessageAttributes", StringComparison.Ordinal))
        {
            parameters.Add(("MessageAttributes.entry.1.Name", "a"));
            parameters.Add(("MessageAttributes.entry.1.Value.DataType", "Binary"));
        }

        // When
        var (status, body) = await Session.SnsAsync(action, [.. parameters]);

        // Then
        Assert.That(status, Is.InRange(400, 499));
        Assert.That(body.Root!.Name.LocalName, Is.EqualTo("ErrorResponse"));
        Assert.That(body.Descendants().First(e => e.Name.LocalName == "Code").Value, Is.Not.Empty);
    }

    [Test]
    public async Task AMalformedSnsFormIsAQueryError()
    {
        // Given a multipart content type without a boundary
        var content = new ByteArrayContent("Action=ListTopics"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        // When
        using var response = await Session.SendAsync(HttpMethod.Post, "/", content, service: "sns");

        // Then
        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<ErrorResponse"));
    }

    private async Task<(int Status, JsonNode Json)> SqsAsync(string operation, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        using var response = await Session.SendAsync(HttpMethod.Post, "/", content, h => h.Add("X-Amz-Target", "AmazonSQS." + operation));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text.Length == 0 ? "{}" : text)!);
    }
}
