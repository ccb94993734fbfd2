using System.Text;
using RabbitMQ.Client;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>The AMQP collector against a real throwaway RabbitMQ (tools/rabbitmq.sh): what is published to the run's exchange
/// with a destination's topic as routing key lands in the ledger, unreadable bodies as evidence; a paused collector takes
/// nothing until it resumes, and then everything that queued up; the broker and its epmd are gone after stop. Ignored with
/// the reason where rabbitmq-server is not installed (.ci/run installs it).</summary>
[NonParallelizable]
[Category("RealTarget")]
public sealed class AmqpCollectorTests
{
    private static string Launcher => Path.Combine(Repository.Paths.Tools, "rabbitmq.sh");

    [Test]
    public async Task PublishedMessagesReachTheLedgerAPauseHoldsThemAndStopLeavesNothing()
    {
        // Given a throwaway broker, the run's exchange and a queue bound for topic "s3n-test-0001-q"
        if (!File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
        {
            Assert.Ignore("rabbitmq-server is not installed: run 'tools/rabbitmq.sh install' as root (apt-get; .ci/run does)");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var folder = Path.Combine(Path.GetTempPath(), $"s3notify-rabbitmq-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string> { ["BASE"] = folder };
        try
        {
            var started = await ChildProcess.RunAsync("bash", [Launcher, "start"], environment, null, TimeSpan.FromMinutes(4), timeout.Token);
            Assert.That(started.ExitCode, Is.EqualTo(0), started.Output);
            var port = started.Output.Split('\n').Single(l => l.StartsWith("AMQP_PORT=", StringComparison.Ordinal))["AMQP_PORT=".Length..].Trim();
            var broker = new Uri($"amqp://guest:guest@127.0.0.1:{port}/");
            const string topic = "s3n-test-0001-q";
            var ledger = new EventLedger();
            AmqpCollector collector;
            Task collecting;
            await using (var receiver = await AmqpReceiver.StartAsync(broker, $"amqp://127.0.0.1:{port}", "s3n-test", HarnessClock.Shared, timeout.Token))
            {
                await receiver.DeclareQueueAsync(topic, timeout.Token);
                await using var publisher = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync(timeout.Token);
                await using var channel = await publisher.CreateChannelAsync(cancellationToken: timeout.Token);
                async Task PublishAsync(byte[] body) =>
                    await channel.BasicPublishAsync("s3n-test", topic, mandatory: true, new BasicProperties { MessageId = Guid.NewGuid().ToString() }, body, timeout.Token);

                using var collection = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
                collector = new AmqpCollector(receiver, topic, "q");
                collecting = collector.RunAsync(ledger, collection.Token);

                // When a record, a body that is not JSON and bytes that are not UTF-8 are published
                await PublishAsync(Encoding.UTF8.GetBytes(Record("first")));
                await PublishAsync(Encoding.UTF8.GetBytes("not json"));
                await PublishAsync([0x7B, 0xFF, 0x7D]);

                // Then all three are in the ledger: one record, two unreadable bodies with the reason
                Assert.That(await ledger.WaitUntilAsync(e => e.Length >= 3, TimeSpan.FromSeconds(30), timeout.Token), Is.True, "three messages");
                var events = ledger.Snapshot();
                Assert.That(events.Select(e => e.Key).OfType<string>(), Is.EquivalentTo(new[] { "first" }));
                Assert.That(events.Select(e => e.Problem).OfType<string>(), Has.Some.StartsWith("body is not JSON").And.Some.StartsWith("body is not UTF-8"));
                Assert.That(events.Select(e => (e.Channel, e.DestinationName)).Distinct(), Is.EqualTo(new[] { ("amqp", "q") }));

                // When the collector is paused and a record is published
                await collector.PauseAsync(timeout.Token);
                await PublishAsync(Encoding.UTF8.GetBytes(Record("while-paused")));

                // Then it stays on the broker until the collector resumes
                Assert.That(await ledger.WaitUntilAsync(e => e.Length > 3, TimeSpan.FromSeconds(2), timeout.Token), Is.False, "nothing while paused");
                await collector.ResumeAsync(timeout.Token);
                Assert.That(await ledger.WaitUntilAsync(e => e.Any(x => x.Key == "while-paused"), TimeSpan.FromSeconds(30), timeout.Token), Is.True, "delivered after resume");

                await collection.CancelAsync();
                await collecting;
                Assert.That(ledger.Problems(), Is.Empty);
            }
        }
        finally
        {
            // When the broker is stopped
            await ChildProcess.RunAsync("bash", [Launcher, "purge"], environment, null, TimeSpan.FromMinutes(2), CancellationToken.None);
        }

        // Then neither it nor its epmd runs, and its folder is gone
        Assert.That(HostProcesses.CommandLinesContaining(folder), Is.Empty, "processes left behind");
        Assert.That(Directory.Exists(folder), Is.False);
    }

    private static string Record(string key) =>
        """{"Records":[{"eventVersion":"2.2","eventSource":"ceph:s3","eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"KEY"}}}]}""".Replace("KEY", key, StringComparison.Ordinal);
}
