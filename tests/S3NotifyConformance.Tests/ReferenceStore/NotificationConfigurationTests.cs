using System.Net;
using System.Xml.Linq;
using Amazon.S3;
using Amazon.S3.Model;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>PutBucketNotificationConfiguration validation and Get round-trip (truth/aws-s3-notification-facts.md: Configuration validation; Reading a configuration back).</summary>
public sealed class NotificationConfigurationTests : StoreSessionFixture
{
    private const string Unparseable = "The ARN could not be parsed";
    private string _queueArn = null!;

    /// <inheritdoc />
    protected override async Task OnStartedAsync() => (_, _queueArn) = await Session.CreateQueueAsync();

    [Test]
    public async Task GetReturnsWhatWasStoredWithGeneratedIdsAndCapitalisedFilterNames()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        var xml = $"""
            <NotificationConfiguration>
              <QueueConfiguration><Id>id0001</Id><Queue>{_queueArn}</Queue><Event>s3:ObjectCreated:*</Event><Event>s3:ObjectRemoved:Delete</Event>
                <Filter><S3Key><FilterRule><Name>prefix</Name><Value>testupload/</Value></FilterRule><FilterRule><Name>SUFFIX</Name><Value></Value></FilterRule></S3Key></Filter>
              </QueueConfiguration>
              <QueueConfiguration><Queue>{_queueArn}</Queue><Event>s3:ObjectTagging:*</Event></QueueConfiguration>
            </NotificationConfiguration>
            """;

        // When
        var put = await PutRawAsync(bucket, xml);
        var get = await Session.S3.GetBucketNotificationAsync(bucket);

        // Then
        Assert.That(put.Status, Is.EqualTo(200));
        Assert.That(get.QueueConfigurations, Has.Count.EqualTo(2));
        var first = get.QueueConfigurations![0];
        Assert.That(first.Id, Is.EqualTo("id0001"));
        Assert.That(first.Events!.Select(e => (string)e), Is.EqualTo(new[] { "s3:ObjectCreated:*", "s3:ObjectRemoved:Delete" }));
        Assert.That(first.Filter.S3KeyFilter.FilterRules!.Select(r => (r.Name, r.Value)), Is.EqualTo(new[] { ("Prefix", "testupload/"), ("Suffix", "") }));
        Assert.That(get.QueueConfigurations[1].Id, Is.Not.Empty);
    }

    [Test]
    public async Task EmptyConfigurationClearsEverything()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        await Session.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket, QueueConfigurations = [new QueueConfiguration { Queue = _queueArn, Events = [EventType.ObjectCreatedAll] }] });

        // When
        await PutRawAsync(bucket, "<NotificationConfiguration/>");
        var raw = await (await Session.SendAsync(HttpMethod.Get, $"/{bucket}?notification")).Content.ReadAsStringAsync();

        // Then
        Assert.That(XDocument.Parse(raw).Root!.HasElements, Is.False);
    }

    [Test]
    public async Task UnparseableQueueArnIsRejectedEvenWhenValidationIsSkipped()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var checkedPut = await PutRawAsync(bucket, Config("Queue", "invalid-queue"));
        var skipped = await PutRawAsync(bucket, Config("Queue", "invalid-queue"), skipValidation: true);

        // Then
        foreach (var put in new[] { checkedPut, skipped })
        {
            AssertError(put, 400, "InvalidArgument", Unparseable, ("ArgumentName", "Queue"), ("ArgumentValue", "invalid-queue"));
        }
    }

    [TestCase("Topic", "arn:aws:sqs:us-east-1:000000000000:not-a-topic")]
    [TestCase("CloudFunction", "arn:aws:lambda:us-east-1:000000000000")]
    public async Task UnparseableTopicAndLambdaArnsNameTheWireElement(string element, string arn)
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var put = await PutRawAsync(bucket, Config(element, arn));

        // Then
        AssertError(put, 400, "InvalidArgument", Unparseable, ("ArgumentName", element), ("ArgumentValue", arn));
    }

    [Test]
    public async Task OnlyTheFirstBadArnIsReportedAndSyntaxComesBeforeExistence()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        var missing = "arn:aws:sqs:us-east-1:000000000000:does-not-exist";

        // When
        var twoBad = await PutRawAsync(bucket, Config("Queue", "invalid_arn", "Queue", "invalid_arn_2"));
        var missingThenBad = await PutRawAsync(bucket, Config("Queue", missing, "Queue", "invalid_arn_2"));

        // Then
        AssertError(twoBad, 400, "InvalidArgument", Unparseable, ("ArgumentName", "Queue"), ("ArgumentValue", "invalid_arn"));
        AssertError(missingThenBad, 400, "InvalidArgument", Unparseable, ("ArgumentName", "Queue"), ("ArgumentValue", "invalid_arn_2"));
    }

    [Test]
    public async Task MissingDestinationsAreReportedAsNumberedPairs()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        var queue = "arn:aws:sqs:us-east-1:000000000000:nope-1";
        var topic = "arn:aws:sns:us-east-1:000000000000:nope-2";
        var function = "arn:aws:lambda:us-east-1:000000000000:function:nope-3";

        // When
        var put = await PutRawAsync(bucket, Config("Queue", queue, "Topic", topic, "CloudFunction", function));
        var skipped = await PutRawAsync(bucket, Config("Queue", queue, "Topic", topic, "CloudFunction", function), skipValidation: true);

        // Then
        AssertError(
            put, 400, "InvalidArgument", "Unable to validate the following destination configurations",
            ("ArgumentName1", queue), ("ArgumentValue1", "The destination queue does not exist"),
            ("ArgumentName2", topic), ("ArgumentValue2", "The destination topic does not exist"),
            ("ArgumentName3", function + ", null"), ("ArgumentValue3", $"Not authorized to invoke function [{function}]"));
        Assert.That(skipped.Status, Is.EqualTo(200));
        Assert.That((await Session.S3.GetBucketNotificationAsync(bucket)).LambdaFunctionConfigurations, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task FilterRuleNamesOtherThanPrefixOrSuffixAreRejected()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var put = await PutRawAsync(bucket, Config("Queue", _queueArn, filter: "<FilterRule><Name>INVALID</Name><Value>x</Value></FilterRule>"));

        // Then
        AssertError(put, 400, "InvalidArgument", "filter rule name must be either prefix or suffix", ("ArgumentName", "FilterRule.Name"), ("ArgumentValue", "INVALID"));
    }

    [TestCase("<FilterRule></FilterRule>")]
    [TestCase("<FilterRule><Name>prefix</Name></FilterRule>")]
    [TestCase("<FilterRule><Value>x</Value></FilterRule>")]
    public async Task FilterRulesWithoutNameOrValueAreMalformedXml(string rule)
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var put = await PutRawAsync(bucket, Config("Queue", _queueArn, filter: rule));

        // Then
        AssertError(put, 400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
    }

    [Test]
    public async Task UnknownEventNamesAreRejected()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var put = await PutRawAsync(bucket, Config("Queue", _queueArn, events: "s3:ObjectCreated:Kaboom"));

        // Then
        AssertError(put, 400, "InvalidArgument", "The event is not supported for notifications", ("ArgumentName", "Event"), ("ArgumentValue", "s3:ObjectCreated:Kaboom"));
    }

    [Test]
    public async Task TwoPrefixRulesInOneFilterAreRejected()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();

        // When
        var put = await PutRawAsync(bucket, Config("Queue", _queueArn, filter: "<FilterRule><Name>prefix</Name><Value>a</Value></FilterRule><FilterRule><Name>Prefix</Name><Value>b</Value></FilterRule>"));

        // Then
        AssertError(put, 400, "InvalidArgument", "Cannot specify more than one prefix rule in a filter.", ("ArgumentName", "FilterRule.Name"), ("ArgumentValue", "Prefix"));
    }

    [Test]
    public async Task OverlappingConfigurationsForTheSameEventAreRejected()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        string Rule(string events, string prefix) =>
            $"<QueueConfiguration><Queue>{_queueArn}</Queue>{events}<Filter><S3Key><FilterRule><Name>prefix</Name><Value>{prefix}</Value></FilterRule></S3Key></Filter></QueueConfiguration>";

        // When
        var overlapping = await PutRawAsync(bucket, $"<NotificationConfiguration>{Rule("<Event>s3:ObjectCreated:*</Event>", "images/")}{Rule("<Event>s3:ObjectCreated:Put</Event>", "images/raw/")}</NotificationConfiguration>");
        var disjointPrefixes = await PutRawAsync(bucket, $"<NotificationConfiguration>{Rule("<Event>s3:ObjectCreated:*</Event>", "images/")}{Rule("<Event>s3:ObjectCreated:Put</Event>", "videos/")}</NotificationConfiguration>");
        var differentEvents = await PutRawAsync(bucket, $"<NotificationConfiguration>{Rule("<Event>s3:ObjectCreated:*</Event>", "images/")}{Rule("<Event>s3:ObjectRemoved:*</Event>", "images/")}</NotificationConfiguration>");

        // Then
        AssertError(
            overlapping, 400, "InvalidArgument",
            "Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if the prefixes are overlapping for the same event type.",
            ("ArgumentName", "Event"), ("ArgumentValue", "s3:ObjectCreated:Put"));
        Assert.That(disjointPrefixes.Status, Is.EqualTo(200));
        Assert.That(differentEvents.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task MissingBucketAnswersNoSuchBucketForPutAndGet()
    {
        // Given
        var bucket = StoreSession.NewName("missing");

        // When
        var put = await PutRawAsync(bucket, Config("Queue", _queueArn), skipValidation: true);
        var get = await Session.SendAsync(HttpMethod.Get, $"/{bucket}?notification");

        // Then
        AssertError(put, 404, "NoSuchBucket", "The specified bucket does not exist", ("BucketName", bucket));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await get.Content.ReadAsStringAsync(), Does.Contain("<Code>NoSuchBucket</Code>"));
    }

    [Test]
    public async Task ValidatedPutSendsOneTestEventPerDistinctDestination()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        var (url, arn) = await Session.CreateQueueAsync();

        // When
        var put = await PutRawAsync(bucket, Config("Queue", arn, "Queue", arn, events: "s3:ObjectCreated:Put", secondEvents: "s3:ObjectRemoved:Delete"));
        var bodies = await Session.ReceiveBodiesAsync(url, 1, includeTestEvents: true);

        // Then
        Assert.That(put.Status, Is.EqualTo(200));
        Assert.That(bodies, Has.Count.EqualTo(1));
        var test = bodies[0];
        Assert.That(test.Keys(), Is.EqualTo(new[] { "Service", "Event", "Time", "Bucket", "RequestId", "HostId" }));
        Assert.That(test.Text("Event"), Is.EqualTo("s3:TestEvent"));
        Assert.That(test.Text("Bucket"), Is.EqualTo(bucket));
        Assert.That(test.Text("RequestId"), Is.EqualTo(put.RequestId));
        await Session.AssertNothingElseAsync(bucket, url);
    }

    [Test]
    public async Task DestinationsWhosePolicyDoesNotLetS3PublishAreRefusedAndNothingIsStored()
    {
        // Given: a queue whose policy lets only the account's own principals send, a topic with no policy at all
        var bucket = await Session.CreateBucketAsync();
        var (queueUrl, queueArn) = await Session.CreateQueueAsync();
        var ownerOnly = $$"""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"{{Session.Store.GetAccountId()}}"},"Action":"SQS:SendMessage","Resource":"{{queueArn}}"}]}""";
        await Session.Sqs.SetQueueAttributesAsync(new Amazon.SQS.Model.SetQueueAttributesRequest { QueueUrl = queueUrl, Attributes = new() { ["Policy"] = ownerOnly } });
        var (_, created) = await Session.SnsAsync("CreateTopic", ("Name", StoreSession.NewName("topic")));
        var topicArn = created.Descendants(XNamespace.Get("http://sns.amazonaws.com/doc/2010-03-31/") + "TopicArn").Single().Value;

        // When
        var put = await PutRawAsync(bucket, Config("Queue", queueArn, "Topic", topicArn));
        var get = await Session.S3.GetBucketNotificationAsync(bucket);

        // Then
        AssertError(
            put, 400, "InvalidArgument", "Unable to validate the following destination configurations",
            ("ArgumentName1", queueArn), ("ArgumentValue1", "Permissions on the destination queue do not allow S3 to publish notifications from this bucket"),
            ("ArgumentName2", topicArn), ("ArgumentValue2", "Permissions on the destination topic do not allow S3 to publish notifications from this bucket"));
        Assert.That(get.QueueConfigurations, Is.Null.Or.Empty);
        Assert.That(get.TopicConfigurations, Is.Null.Or.Empty);
        var received = await Session.Sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest { QueueUrl = queueUrl, WaitTimeSeconds = 1 });
        Assert.That(received.Messages, Is.Null.Or.Empty, "a refused destination got a test event");
    }

    [Test]
    public async Task APolicyForAnotherBucketRefusesThisOneAndSkippingValidationAcceptsIt()
    {
        // Given: S3 may send, but only for another bucket
        var bucket = await Session.CreateBucketAsync();
        var (queueUrl, queueArn) = await Session.CreateQueueAsync();
        var otherBucket = $$$$"""{"Statement":[{"Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"SQS:SendMessage","Resource":"{{{{queueArn}}}}","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::{{{{bucket}}}}-other"}}}]}""";
        await Session.Sqs.SetQueueAttributesAsync(new Amazon.SQS.Model.SetQueueAttributesRequest { QueueUrl = queueUrl, Attributes = new() { ["Policy"] = otherBucket } });

        // When
        var validated = await PutRawAsync(bucket, Config("Queue", queueArn));
        var skipped = await PutRawAsync(bucket, Config("Queue", queueArn), skipValidation: true);

        // Then
        AssertError(
            validated, 400, "InvalidArgument", "Unable to validate the following destination configurations",
            ("ArgumentName1", queueArn), ("ArgumentValue1", "Permissions on the destination queue do not allow S3 to publish notifications from this bucket"));
        Assert.That(skipped.Status, Is.EqualTo(200));
        Assert.That((await Session.S3.GetBucketNotificationAsync(bucket)).QueueConfigurations![0].Queue, Is.EqualTo(queueArn));
    }

    [Test]
    public async Task SdkSkipDestinationValidationAcceptsMissingQueue()
    {
        // Given
        var bucket = await Session.CreateBucketAsync();
        var missing = "arn:aws:sqs:us-east-1:000000000000:nobody-home";

        // When
        var error = await Assert.CatchAsync<AmazonS3Exception>(() => Session.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket, QueueConfigurations = [new QueueConfiguration { Queue = missing, Events = [EventType.ObjectCreatedAll] }] }));
        await Session.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket, SkipDestinationValidation = true, QueueConfigurations = [new QueueConfiguration { Queue = missing, Events = [EventType.ObjectCreatedAll] }] });

        // Then
        Assert.That(error!.ErrorCode, Is.EqualTo("InvalidArgument"));
        Assert.That((await Session.S3.GetBucketNotificationAsync(bucket)).QueueConfigurations![0].Queue, Is.EqualTo(missing));
    }

    private static string Config(string element, string arn, string? secondElement = null, string? secondArn = null, string? thirdElement = null, string? thirdArn = null, string events = "s3:ObjectCreated:*", string? secondEvents = null, string filter = "")
    {
        static string One(string element, string arn, string events, string filter) =>
            $"<{element}Configuration><{element}>{arn}</{element}><Event>{events}</Event>{(filter.Length > 0 ? $"<Filter><S3Key>{filter}</S3Key></Filter>" : string.Empty)}</{element}Configuration>";
        var body = One(element, arn, events, filter);
        if (secondElement is not null)
        {
            body += One(secondElement, secondArn!, secondEvents ?? "s3:ObjectRemoved:*", string.Empty);
        }

        if (thirdElement is not null)
        {
            body += One(thirdElement, thirdArn!, "s3:ObjectTagging:*", string.Empty);
        }

        return $"<NotificationConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">{body}</NotificationConfiguration>";
    }

    private static void AssertError((int Status, XElement? Error, string RequestId) put, int status, string code, string message, params (string Name, string Value)[] details)
    {
        Assert.That(put.Status, Is.EqualTo(status));
        var error = put.Error!;
        Assert.That(error.Element("Code")?.Value, Is.EqualTo(code));
        Assert.That(error.Element("Message")?.Value, Is.EqualTo(message));
        foreach (var (name, value) in details)
        {
            Assert.That(error.Element(name)?.Value, Is.EqualTo(value), name);
        }

        var argumentElements = error.Elements().Where(e => e.Name.LocalName.StartsWith("Argument", StringComparison.Ordinal)).Select(e => e.Name.LocalName);
        Assert.That(argumentElements, Is.EquivalentTo(details.Select(d => d.Name).Where(n => n.StartsWith("Argument", StringComparison.Ordinal))));
        Assert.That(error.Element("RequestId")?.Value, Is.EqualTo(put.RequestId));
    }

    private async Task<(int Status, XElement? Error, string RequestId)> PutRawAsync(string bucket, string xml, bool skipValidation = false)
    {
        var response = await Session.SendAsync(HttpMethod.Put, $"/{bucket}?notification", new StringContent(xml), h =>
        {
            if (skipValidation)
            {
                h.Add("x-amz-skip-destination-validation", "true");
            }
        });
        var text = await response.Content.ReadAsStringAsync();
        var requestId = response.Headers.GetValues("x-amz-request-id").Single();
        return ((int)response.StatusCode, text.Length > 0 ? XDocument.Parse(text).Root : null, requestId);
    }
}
