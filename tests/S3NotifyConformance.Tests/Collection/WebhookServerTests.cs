using System.Net;
using System.Net.Http.Headers;
using S3NotifyConformance.Actions;
using System.Text;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Rules;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>The webhook receiver: both stores' body shapes, routing by channel and by bucket, token, size limit.</summary>
public sealed class WebhookServerTests
{
    private static readonly HttpClient Http = new();

    private static Task<WebhookServer> StartAsync(WebhookSettings? settings = null) =>
        WebhookServer.StartAsync(settings ?? WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);

    private static Task<HttpResponseMessage> PostAsync(Uri uri, string body, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    private static string RgwBody(string key = "my_key_0") => new JsonObject { ["Records"] = new JsonArray(Fakes.Record("ObjectCreated:Put", key)) }.ToJsonString();

    [Test]
    public async Task AnRgwPostLandsInTheLedgerOfItsChannelAsAWebhookEvent()
    {
        // Given a receiver with one registered channel
        await using var server = await StartAsync();
        var ledger = new EventLedger();
        using var registration = server.Register("s3n-run-0001-sqs-1", "sqs-1", ledger);

        // When RGW posts one record to the channel
        using var response = await PostAsync(server.EndpointFor("s3n-run-0001-sqs-1"), RgwBody());

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var events = ledger.Snapshot();
        Assert.That(events.Select(e => (e.DestinationName, e.Channel, e.EventName, e.Key)), Is.EqualTo(new[] { ("sqs-1", "webhook", "ObjectCreated:Put", "my_key_0") }));
        Assert.That(events[0].ReceivedTimestamp, Is.GreaterThan(0));
    }

    [Test]
    public async Task AMinioPostWithSeveralRecordsAppendsEachRecord()
    {
        // Given
        await using var server = await StartAsync();
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);
        var body = new JsonObject
        {
            ["EventName"] = "s3:ObjectCreated:Put",
            ["Key"] = "bucket/a",
            ["Records"] = new JsonArray(Fakes.Record("ObjectCreated:Put", "a"), Fakes.Record("ObjectCreated:Put", "b")),
        }.ToJsonString();

        // When
        using var response = await PostAsync(server.EndpointFor("chan"), body);

        // Then
        Assert.That(ledger.Snapshot().Select(e => (e.Key, e.RecordIndex)), Is.EqualTo(new[] { ("a", 0), ("b", 1) }));
        Assert.That(server.Statistics, Is.EqualTo(new WebhookStatistics(1, 1, 0, 0, 0, 2)));
    }

    [Test]
    public async Task APostOnAFixedPathIsRoutedByTheBucketItNames()
    {
        // Given a channel named after the scenario's bucket, and a store-side endpoint that always posts to /minio
        await using var server = await StartAsync();
        var ledger = new EventLedger();
        using var registration = server.Register($"{Fakes.Bucket}-sqs-1", "sqs-1", ledger);

        // When
        using var response = await PostAsync(new Uri(server.BaseUrl, "minio"), RgwBody());

        // Then
        Assert.That(ledger.Snapshot(), Has.Length.EqualTo(1));
        Assert.That(server.Statistics.UnknownChannel, Is.Zero);
    }

    [Test]
    public async Task APostForNoRegisteredDestinationIsAnsweredAndCounted()
    {
        // Given a channel that was registered and has ended
        await using var server = await StartAsync();
        var ledger = new EventLedger();
        server.Register("gone", "sqs-1", ledger).Dispose();

        // When a late event arrives for it, and a body naming no known bucket arrives anywhere
        using var late = await PostAsync(server.EndpointFor("gone"), new JsonObject { ["Records"] = new JsonArray(new JsonObject { ["eventName"] = "x" }) }.ToJsonString());
        using var stray = await PostAsync(server.EndpointFor("elsewhere"), "not json");

        // Then both are answered 200 (a store must not retry them) and counted, none lands in a ledger
        Assert.That((late.StatusCode, stray.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(server.Statistics.UnknownChannel, Is.EqualTo(2));
        Assert.That(ledger.Snapshot(), Is.Empty);
    }

    [Test]
    public async Task AConfiguredTokenIsRequiredAsABearerHeader()
    {
        // Given
        await using var server = await StartAsync(WebhookSettings.Loopback with { Token = "s3cret" });
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);

        // When
        using var missing = await PostAsync(server.EndpointFor("chan"), RgwBody());
        using var wrong = await PostAsync(server.EndpointFor("chan"), RgwBody(), "guess");
        using var right = await PostAsync(server.EndpointFor("chan"), RgwBody(), "s3cret");

        // Then
        Assert.That(new[] { missing.StatusCode, wrong.StatusCode, right.StatusCode },
            Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK }));
        Assert.That(ledger.Snapshot(), Has.Length.EqualTo(1));
        Assert.That(server.Statistics.Unauthorized, Is.EqualTo(2));
    }

    [Test]
    public async Task ABodyOverTheLimitIsRejectedWith413AndCounted()
    {
        // Given a 1 KiB limit
        await using var server = await StartAsync(WebhookSettings.Loopback with { MaxBodyBytes = 1024 });
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);

        // When
        using var response = await PostAsync(server.EndpointFor("chan"), RgwBody(new string('k', 4096)));

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(server.Statistics.TooLarge, Is.EqualTo(1));
        Assert.That(ledger.Snapshot(), Is.Empty);
    }

    [Test]
    public async Task AStoresProbeIsAnsweredWithoutRecording()
    {
        await using var server = await StartAsync();
        using var response = await Http.GetAsync(server.BaseUrl);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(server.Statistics.Posts, Is.Zero);
    }

    [Test]
    public async Task UnreadableBodiesAreAnswered200RecordedAsReadableFindingsAndCounted()
    {
        // Given a channel
        await using var server = await StartAsync();
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);
        byte[][] bodies =
        [
            Encoding.UTF8.GetBytes("""{"Records":[{"eventName":"ObjectCreated:Put"}],"Records":[]}"""),
            Encoding.UTF8.GetBytes("""{"Records":[{"s3":{"object":{"key":"\ud800"}}}]}"""),
            [.. Encoding.UTF8.GetBytes("""{"Records":[{"s3":{"object":{"key":"a"""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}}}]}")],
        ];

        // When a store posts a duplicate name, an escaped lone surrogate and invalid UTF-8, then a good body
        var statuses = new List<HttpStatusCode>();
        foreach (var body in bodies)
        {
            using var response = await Http.PostAsync(server.EndpointFor("chan"), new ByteArrayContent(body));
            statuses.Add(response.StatusCode);
        }

        using var good = await PostAsync(server.EndpointFor("chan"), RgwBody());

        // Then each is answered 200 (a store must not retry it forever), recorded with its problem, and counted
        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        var events = ledger.Snapshot();
        Assert.That(events.Select(e => e.Problem is null ? e.Key : e.Problem), Is.EqualTo(new[]
        {
            "body has a name twice in one object (Duplicate property 'Records' encountered during deserialization.); RFC 8259 section 4: readers then disagree on which value counts, so neither is judged",
            "body holds an escaped unpaired surrogate (\\uD800-\\uDFFF) in the string at $.Records[0].s3.object.key, which no UTF-8 reader can decode",
            "body is not UTF-8 (an invalid byte sequence at byte 37 of 45)",
            "my_key_0",
        }));
        Assert.That(server.Statistics, Is.EqualTo(new WebhookStatistics(4, 4, 0, 0, 0, 4, 3)));
        var findings = new CollectionProblemRule().Judge(JudgingContext.From(Fakes.Evidence([], events))).ToList();
        Assert.That(findings.Select(f => f.Rule), Is.EqualTo(Enumerable.Repeat("delivery.readable", 3)));
        Assert.That(findings[2].RawEvent, Does.Contain("\"key\":\"a\uFFFD("));
    }

    [Test]
    public async Task ABodyWithAByteOrderMarkIsRead()
    {
        await using var server = await StartAsync();
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);
        using var response = await Http.PostAsync(server.EndpointFor("chan"), new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(RgwBody())]));
        Assert.That(ledger.Snapshot().Select(e => (e.Problem, e.Key)), Is.EqualTo(new[] { ((string?)null, "my_key_0") }));
    }
}
