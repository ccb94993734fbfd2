using Amazon.SQS;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>The harness's side of the AWS Lambda path, on the embedded store: a stand-in for tools/lambda-forwarder (it does what
/// index.mjs does: sends each event it is invoked with to the queue <c>{bucket}-lambda</c>) is registered as the forwarding
/// function a target file names; the harness creates the run-scoped queues, drains them, judges, and removes exactly those
/// queues. The Node.js forwarder itself and AWS are not exercised here.</summary>
public sealed class LambdaForwarderRunTests
{
    private const string ForwarderArn = "arn:aws:lambda:us-east-1:000000000000:function:s3n-forwarder";

    [Test]
    public async Task LambdaScenariosPassThroughAForwardingFunctionAndItsQueues()
    {
        // Given the store, a forwarder registered as its function, and a target naming that forwarder
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var connection = EmbeddedTarget.ConnectionFor(store) with { Lambda = LambdaDelivery.Forwarding(ForwarderArn) };
        using var sqs = AwsClientFactory.CreateSqs(connection);
        var forwarder = new ForwardingSink(sqs, $"{store.GetEndpoint().ToString().TrimEnd('/')}/{store.GetAccountId()}/");
        await using var receiver = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);
        using var registration = receiver.Register("forwarder", "forwarder", forwarder);
        store.RegisterFunction(ForwarderArn, receiver.EndpointFor("forwarder"));
        var reports = Path.Combine(Path.GetTempPath(), "s3n-forwarder-" + Guid.NewGuid().ToString("N"));

        // When
        var outcome = await new HarnessRunner(new FixedTarget(connection).Catalog(), NullRunProgress.Instance)
            .RunAsync(new RunOptions(null, "lambda/put,lambda/created-and-removed,lambda/beside-queue-and-topic,validation/lambda-*", reports, Repository.Paths), CancellationToken.None);

        // Then every scenario passed, each event went through the forwarder, and only the run's queues are gone
        var results = outcome.Result.Scenarios;
        Assert.That(results.Select(s => (s.Id, s.Outcome)), Has.All.Matches<(string Id, ScenarioOutcome Outcome)>(r => r.Outcome == ScenarioOutcome.Passed),
            string.Join("\n", results.SelectMany(s => s.Findings.Select(f => $"{s.Id}: {f.Describe()}")).Concat(results.Select(s => s.Error).OfType<string>())));
        Assert.That(results, Has.Length.EqualTo(5));
        Assert.That(forwarder.Forwarded, Is.GreaterThanOrEqualTo(7), "1 + 3 + 1 events and their sentinels");
        Assert.That(forwarder.Problems, Is.Empty);
        Assert.That(await Leftovers.OfRunAsync(store, outcome.Result.RunId), Is.Empty);
        Directory.Delete(reports, recursive: true);
    }

    private sealed class ForwardingSink(IAmazonSQS sqs, string queueUrlPrefix) : IEventSink
    {
        private int _forwarded;

        public int Forwarded => _forwarded;

        public List<string> Problems { get; } = [];

        public void Accept(IReadOnlyList<DeliveredMessage> messages)
        {
            foreach (var message in messages)
            {
                var bucket = (string)JsonNode.Parse(message.Body)!["Records"]![0]!["s3"]!["bucket"]!["name"]!;
                sqs.SendMessageAsync(queueUrlPrefix + bucket + LambdaDelivery.ForwardQueueSuffix, message.Body).GetAwaiter().GetResult();
                Interlocked.Increment(ref _forwarded);
            }
        }

        public void RecordProblem(string problem) => Problems.Add(problem);
    }

    private sealed class FixedTarget(TargetConnection connection) : ITarget
    {
        public string Name => "embedded";

        public Task<TargetConnection> StartAsync(CancellationToken cancellationToken) => Task.FromResult(connection);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        public TargetCatalog Catalog() => new(new Dictionary<string, Func<ITarget>> { ["embedded"] = () => this }, Repository.Paths.Targets);
    }
}
