using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>The store's Lambda functions: a function registered with a URL validates and is invoked by a POST of the bare event
/// (LBD::test_create_object_put_via_dynamodb); an unregistered one is the recorded "Unable to validate" error
/// (LBD::test_invalid_lambda_arn); the admin routes register, list and unregister.</summary>
public sealed class LambdaFunctionTests : StoreSessionFixture
{
    private static readonly HttpClient Http = new();
    private WebhookServer _receiver = null!;

    protected override async Task OnStartedAsync() =>
        _receiver = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task ARegisteredFunctionIsInvokedWithTheBareEventOfEachMatchingWrite()
    {
        // Given a function registered through the admin route, configured for ObjectCreated:* under logs/
        var bucket = await Session.CreateBucketAsync();
        var arn = $"arn:aws:lambda:us-east-1:000000000000:function:{StoreSession.NewName("fn")}";
        var ledger = new EventLedger();
        using var channel = _receiver.Register("fn", "fn", ledger);
        var registered = await Http.PutAsync($"{Session.Endpoint}/_s3notify/functions?arn={Uri.EscapeDataString(arn)}&url={Uri.EscapeDataString(_receiver.EndpointFor("fn").ToString())}", null);
        await PutFunctionConfigurationAsync(bucket, arn, prefix: "logs/");

        // When one matching and one other key are written
        var put = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "logs/a.txt", ContentBody = "something" });
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "data/b.txt", ContentBody = "something" });
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "logs/c.txt", ContentBody = "something" });
        var arrived = await ledger.WaitUntilAsync(e => e.Length >= 2, TimeSpan.FromSeconds(10), CancellationToken.None);

        // Then the function got one POST per matching write, in order: {"Records":[record]} without an envelope
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(arrived, Is.True);
        var events = ledger.Snapshot();
        Assert.That(events.Select(e => e.Key), Is.EqualTo(new[] { "logs/a.txt", "logs/c.txt" }));
        Assert.That(events.Select(e => e.Envelope), Is.All.Null);
        Assert.That(JsonNode.Parse(events[0].RawBody)!["Records"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(events[0].EventName, Is.EqualTo("ObjectCreated:Put"));
        Assert.That(events[0].ConfigurationId, Is.EqualTo("to-function"));
        Assert.That(events[0].RequestId, Is.EqualTo(put.ResponseMetadata.RequestId));
        var readBack = (await Session.S3.GetBucketNotificationAsync(bucket)).LambdaFunctionConfigurations;
        Assert.That(readBack.Select(c => (c.Id, c.FunctionArn)), Is.EqualTo(new[] { ("to-function", arn) }));
    }

    [Test]
    public async Task AnUnregisteredFunctionIsTheRecordedUnableToValidateError()
    {
        // Given a function registered, then unregistered again
        var bucket = await Session.CreateBucketAsync();
        var arn = $"arn:aws:lambda:us-east-1:000000000000:function:{StoreSession.NewName("fn")}";
        Session.Store.RegisterFunction(arn, new Uri("http://127.0.0.1:9/"));
        await PutFunctionConfigurationAsync(bucket, arn);
        var removed = await Http.DeleteAsync($"{Session.Endpoint}/_s3notify/functions?arn={Uri.EscapeDataString(arn)}");

        // When the same configuration is put again
        var xml = "<NotificationConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><CloudFunctionConfiguration><Id>to-function</Id>" +
                  $"<CloudFunction>{arn}</CloudFunction><Event>s3:ObjectCreated:*</Event></CloudFunctionConfiguration></NotificationConfiguration>";
        var response = await Session.SendAsync(HttpMethod.Put, $"/{bucket}?notification", new StringContent(xml));
        var error = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        // Then it is refused as AWS refuses a function it may not invoke
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(error.Element("Code")?.Value, Is.EqualTo("InvalidArgument"));
        Assert.That(error.Element("Message")?.Value, Is.EqualTo("Unable to validate the following destination configurations"));
        Assert.That(error.Element("ArgumentName1")?.Value, Is.EqualTo($"{arn}, null"));
        Assert.That(error.Element("ArgumentValue1")?.Value, Is.EqualTo($"Not authorized to invoke function [{arn}]"));
    }

    [Test]
    public async Task TheAdminRoutesListRegisteredFunctionsAndRefuseWhatIsNoFunctionArn()
    {
        // Given
        var arn = $"arn:aws:lambda:us-east-1:000000000000:function:{StoreSession.NewName("fn")}";
        Session.Store.RegisterFunction(arn, new Uri("http://127.0.0.1:9/"));

        // When
        var listed = await Http.GetStringAsync($"{Session.Endpoint}/_s3notify/functions");
        var notAnArn = await Http.PutAsync($"{Session.Endpoint}/_s3notify/functions?arn=invalid-queue&url=http://127.0.0.1:9/", null);
        var notAUrl = await Http.PutAsync($"{Session.Endpoint}/_s3notify/functions?arn={Uri.EscapeDataString(arn)}&url=ftp://x", null);
        var unknown = await Http.DeleteAsync($"{Session.Endpoint}/_s3notify/functions?arn=arn:aws:lambda:us-east-1:000000000000:function:never");

        // Then
        Assert.That(JsonNode.Parse(listed)!["functions"]!.AsArray().Select(f => (string?)f!["arn"]), Has.Member(arn));
        Assert.That(notAnArn.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(notAUrl.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private Task PutFunctionConfigurationAsync(string bucket, string arn, string? prefix = null) =>
        Session.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest
        {
            BucketName = bucket,
            LambdaFunctionConfigurations =
            [
                new LambdaFunctionConfiguration
                {
                    Id = "to-function",
                    FunctionArn = arn,
                    Events = [EventType.ObjectCreatedAll],
                    Filter = prefix is null ? null : new Filter { S3KeyFilter = new S3KeyFilter { FilterRules = [new FilterRule("prefix", prefix)] } },
                },
            ],
        });
}
