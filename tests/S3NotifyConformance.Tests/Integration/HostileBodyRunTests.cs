using System.Text.Json;
using System.Xml.Linq;
using Amazon.SQS.Model;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>Hostile bodies sent into one scenario's queue while a real run on the embedded store is going: they become that
/// scenario's delivery.readable findings, the run ends with its reports, and the other scenario is untouched.</summary>
[NonParallelizable]
public sealed class HostileBodyRunTests
{
    private const string Scenarios = """
        scenarios:
          - id: hostile/a-receives-injected-bodies
            source: inferred fixture
            notification: [{ id: c, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps: [{ put: { key: a, body: "1" } }]
            expect: { snapshot: false }
          - id: hostile/b-untouched
            source: inferred fixture
            notification: [{ id: c, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps: [{ put: { key: b, body: "1" } }]
            expect: { snapshot: false }
        """;

    // The two bodies first (a duplicate Records key; an escaped lone surrogate in a key), then more of their kind.
    private static readonly (string Body, string Problem)[] Bodies =
    [
        ("""{"Records":[{"eventName":"ObjectCreated:Put","s3":{"object":{"key":"a"}}}],"Records":[]}""", "body has a name twice in one object"),
        ("""{"Records":[{"eventName":"ObjectCreated:Put","s3":{"object":{"key":"load/m/\ud800"}}}]}""", "escaped unpaired surrogate"),
        (new JsonObject { ["Type"] = "Notification", ["Message"] = """{"Records":[],"Records":[]}""" }.ToJsonString(), "SNS Message has a name twice"),
        (new string('[', 10_000) + new string(']', 10_000), "maximum configured depth"),
        ("""{"Records":[{"s3":{"bucket":"not an object"}}]}""", "has s3.bucket as a string"),
    ];

    [Test]
    public async Task HostileBodiesInAScenariosQueueAreItsReadableFindingsAndTheRunGoesOn()
    {
        // Given a store, and a target whose settle window leaves the injection seconds to land
        using var project = TempProject.Create("s3n-hostile-");
        project.WriteScenarios("hostile.yaml", Scenarios);
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var connection = EmbeddedTarget.ConnectionFor(store) with { Timings = TargetTimings.Embedded with { SettleWindow = TimeSpan.FromSeconds(3) } };
        var catalog = new TargetCatalog(new Dictionary<string, Func<ITarget>> { ["embedded"] = () => new FixedTarget(connection) }, Repository.Paths.Targets);
        using var clients = ProvisioningClients.For(connection);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // When the bodies are sent to the first scenario's queue as soon as it exists, while the run goes on
        var injecting = InjectAsync(clients, timeout.Token);
        var outcome = await new HarnessRunner(catalog, NullRunProgress.Instance)
            .RunAsync(new RunOptions(null, "hostile/*", project.Paths.Reports, project.Paths), timeout.Token);
        await injecting;

        // Then the run finished, failing on exactly those findings of the first scenario, and the second passed
        var scenarios = outcome.Result.Scenarios.ToDictionary(s => s.Id);
        var hit = scenarios["hostile/a-receives-injected-bodies"];
        Assert.That(hit.Outcome, Is.EqualTo(ScenarioOutcome.Failed), hit.Error);
        Assert.That(hit.Findings.Select(f => f.Rule).Distinct(), Is.EqualTo(new[] { "delivery.readable" }));
        Assert.That(Bodies.Select(b => hit.Findings.Count(f => f.Actual.Contains(b.Problem))), Is.All.EqualTo(1), string.Join("\n", hit.Findings.Select(f => f.Describe())));
        Assert.That(hit.Findings.Select(f => f.RawEvent!.Length), Is.All.LessThan(300));
        Assert.That(scenarios["hostile/b-untouched"].Outcome, Is.EqualTo(ScenarioOutcome.Passed));
        Assert.That(outcome.Result.Succeeded, Is.False);

        // And its reports are written and readable, the surrogate escaped where XML could not carry it
        Assert.That(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.ReportDirectory, "results.json"))), Throws.Nothing);
        Assert.That(XDocument.Load(Path.Combine(outcome.ReportDirectory, "junit.xml")).ToString(), Does.Contain("delivery.readable"));
    }

    private static async Task InjectAsync(ProvisioningClients clients, CancellationToken cancellationToken)
    {
        string? queueUrl = null;
        while (queueUrl is null)
        {
            var queues = await clients.Sqs!.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = "s3n-" }, cancellationToken);
            queueUrl = queues.QueueUrls?.FirstOrDefault(u => u.Contains("-0001-", StringComparison.Ordinal));
            if (queueUrl is null)
            {
                await Task.Delay(10, cancellationToken);
            }
        }

        foreach (var (body, _) in Bodies)
        {
            await clients.Sqs!.SendMessageAsync(queueUrl, body, cancellationToken);
        }
    }

    private sealed class FixedTarget(TargetConnection connection) : ITarget
    {
        public string Name => "embedded";

        public Task<TargetConnection> StartAsync(CancellationToken cancellationToken) => Task.FromResult(connection);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
