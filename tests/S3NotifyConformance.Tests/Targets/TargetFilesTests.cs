using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Targets;

/// <summary>The committed target files: they load, and they say what the README says they say.</summary>
public sealed class TargetFilesTests
{
    private static IEnumerable<string> Files() => Directory.EnumerateFiles(Repository.Paths.Targets, "*.yaml").Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Files))]
    public void EveryTargetFileLoads(string file)
    {
        // Given the environment variables the files name (minio.yaml's token)
        Environment.SetEnvironmentVariable("S3NOTIFY_WEBHOOK_TOKEN", "t0ken");
        try
        {
            // When
            var declaration = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, file), TargetTimings.Remote);

            // Then
            Assert.That(declaration.Capabilities, Is.Not.Empty);
        }
        finally
        {
            Environment.SetEnvironmentVariable("S3NOTIFY_WEBHOOK_TOKEN", null);
        }
    }

    [TestCase("localstack.yaml", true)]
    [TestCase("aws.yaml", true)]
    [TestCase("ceph-rgw.yaml", false)]
    [TestCase("fauxqs.yaml", false)]
    public void EventBridgeScenariosAreUnsupportedExactlyWhereTheTargetDoesNotDeclareEventBridge(string file, bool declared)
    {
        // Given the target file, connected as its launcher connects it, and every EventBridge scenario
        var connection = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, file), TargetTimings.Remote)
            .Connect(file, "test", new TargetEndpoints(new Uri("http://127.0.0.1:1"), null, null), "us-east-1", new Amazon.Runtime.BasicAWSCredentials("a", "b"), DeliveryPath.SqsQueues);
        var scenarios = ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios).Where(s => s.Id.StartsWith("eventbridge/", StringComparison.Ordinal)).ToList();

        // Then the capability is declared as the README's destination table says, and a target without it reports every
        // EventBridge scenario unsupported naming eventbridge-destination (no substitute stands in for it)
        Assert.That(scenarios, Is.Not.Empty);
        Assert.That(connection.Capabilities.Contains(Capability.EventBridgeDestination), Is.EqualTo(declared));
        foreach (var scenario in scenarios)
        {
            var missing = connection.Missing(scenario.Needs, scenario.LiteralDestinationNeeds).Select(c => c.ToName());
            Assert.That(missing, declared ? Has.No.Member("eventbridge-destination") : Has.Member("eventbridge-destination"), scenario.Id);
        }
    }

    [TestCase("localstack.yaml", true)]
    [TestCase("aws.yaml", true)]
    [TestCase("ceph-rgw.yaml", false)]
    [TestCase("fauxqs.yaml", false)]
    public void SecondRegionScenariosAreUnsupportedExactlyWhereTheTargetDoesNotDeclareSecondRegion(string file, bool declared)
    {
        // Given the target file, connected as its launcher connects it, and every scenario whose bucket lives in a second region
        var connection = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, file), TargetTimings.Remote)
            .Connect(file, "test", new TargetEndpoints(new Uri("http://127.0.0.1:1"), null, null), "us-east-1", new Amazon.Runtime.BasicAWSCredentials("a", "b"), DeliveryPath.SqsQueues);
        var scenarios = ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios).Where(s => s.Region == BucketRegion.Second).ToList();

        // Then a target without the capability reports each unsupported naming second-region; one with it has us-west-2
        Assert.That(scenarios.Select(s => s.Id), Has.Member("eventbridge/put-in-second-region"));
        Assert.That(connection.Capabilities.Contains(Capability.SecondRegion), Is.EqualTo(declared));
        Assert.That(connection.SecondRegion, Is.EqualTo("us-west-2"));
        foreach (var scenario in scenarios)
        {
            var missing = connection.Missing(scenario.Needs, scenario.LiteralDestinationNeeds).Select(c => c.ToName());
            Assert.That(missing, declared ? Has.No.Member("second-region") : Has.Member("second-region"), scenario.Id);
        }
    }

    [TestCase("us-east-1", "secondRegion must differ from the target's region us-east-1")]
    [TestCase("West", "secondRegion must be an AWS region name")]
    public void ABadSecondRegionIsASetupErrorNamingIt(string secondRegion, string message)
    {
        // Given a target file in us-east-1 declaring second-region with a bad secondRegion
        var file = new TargetFile { Region = "us-east-1", SecondRegion = secondRegion, Capabilities = ["second-region"] };

        // Then loading it is a setup error that says what is wrong
        var error = Assert.Throws<TargetSetupException>(() => TargetDeclaration.From(file, "t.yaml", TargetTimings.Remote));
        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void TheSecondRegionsEndpointsAreTheTargetsWithTheRegionRenamedOnAwsHostsOnly()
    {
        // Given an AWS-style connection and a single-endpoint store's
        var aws = new TargetConnection("aws", "aws", new TargetEndpoints(new Uri("https://s3.us-east-1.amazonaws.com"), new Uri("https://sqs.us-east-1.amazonaws.com"), null)
            { Events = new Uri("https://events.us-east-1.amazonaws.com") }, "us-east-1", new Amazon.Runtime.BasicAWSCredentials("a", "b"), [], TargetTimings.Remote, DeliveryPath.SqsQueues);
        var local = aws with { Endpoints = new TargetEndpoints(new Uri("http://127.0.0.1:4566"), new Uri("http://127.0.0.1:4566"), null) };

        // When each is seen from us-west-2
        var awsWest = aws.InRegion("us-west-2");
        var localWest = local.InRegion("us-west-2");

        // Then clients sign for us-west-2 and AWS's regional host names name it, while the single endpoint stays
        Assert.That((awsWest.Region, awsWest.Endpoints.S3.Host, awsWest.Endpoints.Sqs!.Host, awsWest.Endpoints.Events!.Host),
            Is.EqualTo(("us-west-2", "s3.us-west-2.amazonaws.com", "sqs.us-west-2.amazonaws.com", "events.us-west-2.amazonaws.com")));
        Assert.That((localWest.Region, localWest.Endpoints.S3), Is.EqualTo(("us-west-2", new Uri("http://127.0.0.1:4566"))));
    }

    [Test]
    public void AWebhookTokenVariableThatIsNotSetIsASetupError()
    {
        var error = Assert.Throws<TargetSetupException>(() => TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "minio.yaml"), TargetTimings.Remote));
        Assert.That(error!.Message, Does.Contain("S3NOTIFY_WEBHOOK_TOKEN"));
    }

    [Test]
    public async Task TheAwsFileRefusesToRunUntilAllowAwsIsSet()
    {
        // Given the committed aws.yaml, whose allowAws line is commented out
        var path = Path.Combine(Repository.Paths.Targets, "aws.yaml");
        await using var target = new ExternalTarget(TargetFileLoader.Load(path), path);

        // When / Then
        var error = await Assert.ThrowsAsync<TargetSetupException>(() => target.StartAsync(CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("allowAws: true"));
    }

    [Test]
    public void CephRgwClaimsTopicsOnlyAndRunsQueueScenariosThroughThem()
    {
        var declaration = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "ceph-rgw.yaml"), TargetTimings.Remote);
        Assert.That(declaration.Delivery, Is.EqualTo(DeliveryPath.HttpPush));
        Assert.That(declaration.Capabilities, Does.Contain(Capability.SnsDestination).And.Not.Contains(Capability.SqsDestination).And.Not.Contains(Capability.TestEvent));
        Assert.That(declaration.DestinationSubstitutes[DestinationKind.Sqs], Is.EqualTo(DestinationKind.Sns));
    }

    [Test]
    public void CephRgwAmqpIsTheSameStoreDeliveringThroughAmqpWithSyncTopicsAndBrokerAcks()
    {
        // Given the two committed RGW files
        var http = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "ceph-rgw.yaml"), TargetTimings.Remote);

        // When the AMQP one is read
        var amqp = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "ceph-rgw-amqp.yaml"), TargetTimings.Remote);

        // Then it claims what the HTTP one claims, delivers by AMQP to the broker the target starts (none named), and asks
        // for sync topics with the broker's confirm
        Assert.That((amqp.Delivery, amqp.Webhook, amqp.Amqp?.Broker, amqp.Amqp?.AckLevel), Is.EqualTo((DeliveryPath.Amqp, (WebhookSettings?)null, (Uri?)null, "broker")));
        Assert.That(amqp.Amqp!.TopicAttributes, Is.EquivalentTo(new Dictionary<string, string> { ["persistent"] = "false" }));
        Assert.That(amqp.Capabilities, Is.EqualTo(http.Capabilities));
        Assert.That(amqp.DestinationSubstitutes, Is.EqualTo(http.DestinationSubstitutes));
    }

    [TestCase("amqp: { ackLevel: sometimes }", "ackLevel must be one of none, broker, routable")]
    [TestCase("amqp: { broker: http://127.0.0.1:5672 }", "broker must be an amqp:// URL")]
    public void AnAmqpBlockThatRgwCannotUseIsASetupError(string block, string message)
    {
        // Given a target file delivering by AMQP with a bad setting
        var path = Path.Combine(Path.GetTempPath(), $"s3n-amqp-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, $"name: t\ncapabilities: [sns-destination]\ndelivery: amqp\n{block}\n");
        try
        {
            // When / Then
            var error = Assert.Throws<TargetSetupException>(() => TargetDeclaration.Load(path, TargetTimings.Remote));
            Assert.That(error!.Message, Does.Contain(message));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void TheMinioFileNamesAStoreSideWebhookAndAToken()
    {
        Environment.SetEnvironmentVariable("S3NOTIFY_WEBHOOK_TOKEN", "t0ken");
        try
        {
            var declaration = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "minio.yaml"), TargetTimings.Remote);
            Assert.That(declaration.Webhook, Is.Not.Null);
            Assert.That((declaration.Webhook!.DestinationArn, declaration.Webhook.Token, declaration.Webhook.BindAddress, declaration.Webhook.Port),
                Is.EqualTo(("arn:minio:sqs::s3notify:webhook", "t0ken", "0.0.0.0", 9099)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("S3NOTIFY_WEBHOOK_TOKEN", null);
        }
    }

    [Test]
    public void ClockSkewAndDuplicationAllowanceAreReadFromTheFileWithDefaultsOfTwoSecondsAndNone()
    {
        var stated = TargetDeclaration.From(
            new TargetFile { Name = "t", Capabilities = [], Timing = new TargetTimingFile { ClockSkew = "500ms" }, DuplicationAllowance = "1%" }, "t.yaml", TargetTimings.Remote);
        var unstated = TargetDeclaration.From(new TargetFile { Name = "t", Capabilities = [] }, "t.yaml", TargetTimings.Remote);
        Assert.That((stated.Timings.ClockSkew, stated.DuplicationAllowance), Is.EqualTo((TimeSpan.FromMilliseconds(500), 0.01)));
        Assert.That((unstated.Timings.ClockSkew, unstated.DuplicationAllowance), Is.EqualTo((TimeSpan.FromSeconds(2), 0.0)));
        Assert.Throws<TargetSetupException>(() => TargetDeclaration.From(new TargetFile { Name = "t", Capabilities = [], DuplicationAllowance = "lots" }, "t.yaml", TargetTimings.Remote));
    }

    [Test]
    public void ConcurrencyAndTheWaitAfterTheSentinelDefaultToFourTimesParallelismAndTheWholeDeadline()
    {
        // When one file states them and another states only a parallelism and a deadline
        var stated = TargetDeclaration.From(new TargetFile
        {
            Name = "t", Capabilities = [],
            Timing = new TargetTimingFile { Parallelism = 2, Concurrency = 5, AfterSentinel = "250ms", OneAtATime = ["CreateTopic", " DeleteTopic "] },
        }, "t.yaml", TargetTimings.Remote);
        var unstated = TargetDeclaration.From(
            new TargetFile { Name = "t", Capabilities = [], Timing = new TargetTimingFile { Parallelism = 3, DeliveryDeadline = "40s" } }, "t.yaml", TargetTimings.Remote);

        // Then the stated values are taken; otherwise four times the parallelism, the sentinel shortens no wait, nothing goes one at a time
        Assert.That((stated.Timings.Concurrency, stated.Timings.AfterSentinel, string.Join(",", stated.Timings.OneAtATime)),
            Is.EqualTo((5, TimeSpan.FromMilliseconds(250), "CreateTopic,DeleteTopic")));
        Assert.That((unstated.Timings.Concurrency, unstated.Timings.AfterSentinel, unstated.Timings.OneAtATime.Count), Is.EqualTo((12, TimeSpan.FromSeconds(40), 0)));
        Assert.Throws<TargetSetupException>(() => TargetDeclaration.From(
            new TargetFile { Name = "t", Capabilities = [], Timing = new TargetTimingFile { Concurrency = 0 } }, "t.yaml", TargetTimings.Remote));
    }

    [Test]
    public void CephRgwOverlapsWaitingScenariosAndWritesItsTopicObjectOneCallAtATime()
    {
        // When the committed file and the launcher's defaults are read
        foreach (var timings in new[] { TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "ceph-rgw.yaml"), TargetTimings.Remote).Timings, CephRgwTarget.DefaultTimings })
        {
            // Then every writer of RGW's topic object goes one at a time, and the sentinel ends a wait a second after it arrived
            Assert.That(timings.OneAtATime, Is.EquivalentTo(new[] { "CreateTopic", "DeleteTopic", "PutBucketNotificationConfiguration", "DeleteBucketNotification" }));
            Assert.That((timings.AfterSentinel, timings.Concurrency > timings.Parallelism), Is.EqualTo((TimeSpan.FromSeconds(1), true)));
        }
    }
}
