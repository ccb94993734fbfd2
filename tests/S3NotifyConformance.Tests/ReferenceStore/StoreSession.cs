using System.Net.Http.Headers;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Targets;
using Store = S3NotifyConformance.ReferenceStore.ReferenceStore;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>A started reference store with real AWS SDK clients, plus helpers to provision and drain destinations.</summary>
public sealed class StoreSession : IAsyncDisposable
{
    private static readonly HttpClient Http = new();

    private StoreSession(Store store, AmazonS3Client s3, AmazonSQSClient sqs)
    {
        Store = store;
        S3 = s3;
        Sqs = sqs;
    }

    /// <summary>The running store.</summary>
    public Store Store { get; }

    /// <summary>An S3 client (path style) on the store.</summary>
    public AmazonS3Client S3 { get; }

    /// <summary>An SQS client on the store.</summary>
    public AmazonSQSClient Sqs { get; }

    /// <summary>The store's credentials, as the clients use them.</summary>
    public AWSCredentials Credentials { get; private init; } = null!;

    /// <summary>The store endpoint without a trailing slash.</summary>
    public string Endpoint => Store.GetEndpoint().ToString().TrimEnd('/');

    /// <summary>Starts a store and clients; checksums WHEN_REQUIRED or the SDK defaults.</summary>
    public static async Task<StoreSession> StartAsync(ReferenceStoreBuilder? builder = null, bool checksumsWhenRequired = false)
    {
        var store = (builder ?? new ReferenceStoreBuilder()).Build();
        await store.StartAsync(CancellationToken.None);
        var credentials = new BasicAWSCredentials(store.GetConfiguration().Credentials.AccessKey, store.GetConfiguration().Credentials.SecretKey);
        var s3Config = new AmazonS3Config { ServiceURL = store.GetEndpoint().ToString(), ForcePathStyle = true, AuthenticationRegion = store.GetRegion() };
        if (checksumsWhenRequired)
        {
            s3Config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            s3Config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }

        var sqsConfig = new AmazonSQSConfig { ServiceURL = store.GetEndpoint().ToString(), AuthenticationRegion = store.GetRegion() };
        return new StoreSession(store, new AmazonS3Client(credentials, s3Config), new AmazonSQSClient(credentials, sqsConfig)) { Credentials = credentials };
    }

    /// <summary>A random resource name.</summary>
    public static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Creates a queue whose policy lets S3 send for any bucket of the store's account (as a queue must allow on AWS to
    /// be a destination); returns its URL and ARN.</summary>
    public async Task<(string Url, string Arn)> CreateQueueAsync()
    {
        var url = (await Sqs.CreateQueueAsync(NewName("queue"))).QueueUrl;
        var attributes = await Sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["QueueArn"] });
        var arn = attributes.Attributes["QueueArn"];
        await Sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest { QueueUrl = url, Attributes = new() { ["Policy"] = S3MayPublish("SQS:SendMessage", arn) } });
        return (url, arn);
    }

    /// <summary>An access policy letting the S3 service principal call <paramref name="action"/> on <paramref name="resource"/> for
    /// any bucket of the store's account ("Granting permissions to publish event notification messages to a destination").</summary>
    public string S3MayPublish(string action, string resource) => new System.Text.Json.Nodes.JsonObject
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["Effect"] = "Allow",
            ["Principal"] = new System.Text.Json.Nodes.JsonObject { ["Service"] = "s3.amazonaws.com" },
            ["Action"] = action,
            ["Resource"] = resource,
            ["Condition"] = new System.Text.Json.Nodes.JsonObject { ["StringEquals"] = new System.Text.Json.Nodes.JsonObject { ["aws:SourceAccount"] = Store.GetAccountId() } },
        }),
    }.ToJsonString();

    /// <summary>Creates a bucket, optionally versioned.</summary>
    public async Task<string> CreateBucketAsync(bool versioned = false)
    {
        var bucket = NewName("bucket");
        await S3.PutBucketAsync(bucket);
        if (versioned)
        {
            await S3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });
        }

        return bucket;
    }

    /// <summary>A bucket wired to a fresh queue for <paramref name="events"/>; the s3:TestEvent is drained.</summary>
    public async Task<(string Bucket, string QueueUrl)> CreateNotifiedBucketAsync(IReadOnlyList<string> events, bool versioned = false, string? prefix = null, string? suffix = null)
    {
        var bucket = await CreateBucketAsync(versioned);
        var (url, arn) = await CreateQueueAsync();
        var rules = new List<FilterRule>();
        if (prefix is not null)
        {
            rules.Add(new FilterRule("prefix", prefix));
        }

        if (suffix is not null)
        {
            rules.Add(new FilterRule("suffix", suffix));
        }

        var configuration = new QueueConfiguration { Id = "config-1", Queue = arn, Events = events.Select(e => new EventType(e)).ToList() };
        if (rules.Count > 0)
        {
            configuration.Filter = new Filter { S3KeyFilter = new S3KeyFilter { FilterRules = rules } };
        }

        await S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket, QueueConfigurations = [configuration] });
        var test = await ReceiveBodiesAsync(url, 1, includeTestEvents: true);
        Assert.That(test[0]["Event"]?.GetValue<string>(), Is.EqualTo("s3:TestEvent"));
        return (bucket, url);
    }

    /// <summary>Receives and deletes <paramref name="count"/> message bodies (JSON), skipping test events unless asked.</summary>
    public async Task<List<JsonNode>> ReceiveBodiesAsync(string queueUrl, int count, bool includeTestEvents = false, int timeoutSeconds = 5)
    {
        var bodies = new List<JsonNode>();
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (bodies.Count < count && DateTime.UtcNow < deadline)
        {
            var response = await Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10, WaitTimeSeconds = 1 });
            foreach (var message in response.Messages ?? [])
            {
                await Sqs.DeleteMessageAsync(queueUrl, message.ReceiptHandle);
                var body = JsonNode.Parse(message.Body)!;
                if (includeTestEvents || body["Event"]?.GetValue<string>() != "s3:TestEvent")
                {
                    bodies.Add(body);
                }
            }
        }

        Assert.That(bodies, Has.Count.GreaterThanOrEqualTo(count), $"expected {count} messages on {queueUrl}");
        return bodies;
    }

    /// <summary>Receives <paramref name="count"/> S3 records (Records[0] of each body).</summary>
    public async Task<List<JsonNode>> ReceiveRecordsAsync(string queueUrl, int count)
    {
        var bodies = await ReceiveBodiesAsync(queueUrl, count);
        Assert.That(bodies.Select(b => b["Records"]!.AsArray().Count), Is.All.EqualTo(1), "one record per message");
        return bodies.Select(b => b["Records"]![0]!).ToList();
    }

    /// <summary>Writes a sentinel object, then asserts that its event is the only one left (events are delivered in order).</summary>
    public async Task AssertNothingElseAsync(string bucket, string queueUrl)
    {
        var sentinel = NewName("sentinel");
        await S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = sentinel, ContentBody = "s" });
        var records = await ReceiveRecordsAsync(queueUrl, 1);
        Assert.That(records[0]["s3"]!["object"]!["key"]!.GetValue<string>(), Is.EqualTo(sentinel), "an unexpected event arrived before the sentinel");
    }

    /// <summary>Calls an SNS Query action, signed (SigV4, service "sns") with the store's credentials.</summary>
    public async Task<(int Status, XDocument Body)> SnsAsync(string action, params (string Name, string Value)[] parameters)
    {
        var form = new[] { ("Action", action), ("Version", "2010-03-31") }.Concat(parameters).Select(p => KeyValuePair.Create(p.Item1, p.Item2));
        using var response = await SendAsync(HttpMethod.Post, "/", new FormUrlEncodedContent(form), service: "sns");
        return ((int)response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Sends a raw HTTP request to the store, signed with the store's credentials for <paramref name="service"/>
    /// (default: "sqs" when an X-Amz-Target header names SQS, else "s3"), or unsigned when <paramref name="service"/> is "".</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, HttpContent? content = null, Action<HttpRequestHeaders>? headers = null, string? service = null)
    {
        using var request = new HttpRequestMessage(method, Endpoint + pathAndQuery) { Content = content };
        headers?.Invoke(request.Headers);
        service ??= request.Headers.TryGetValues("X-Amz-Target", out var target) && target.First().StartsWith("AmazonSQS.", StringComparison.Ordinal) ? "sqs" : "s3";
        if (service.Length > 0)
        {
            var body = content is null ? [] : await content.ReadAsByteArrayAsync();
            await new SigV4Signer(Store.GetRegion(), service, Credentials).SignAsync(request, body, CancellationToken.None);
        }

        return await Http.SendAsync(request);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        S3.Dispose();
        Sqs.Dispose();
        await Store.DisposeAsync();
    }
}
