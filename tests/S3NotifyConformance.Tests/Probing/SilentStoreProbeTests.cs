using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using S3NotifyConformance.Probing;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Probing;

/// <summary>A store that accepts connections and never answers: every probe call is bounded, the probe ends with "error"
/// observations and no finding, never an exception or a hang.</summary>
public sealed class SilentStoreProbeTests
{
    [Test]
    public async Task AStoreThatNeverAnswersGivesErrorObservationsWithinTheBoundsAndNoFinding()
    {
        // Given an endpoint that accepts connections and never sends a byte
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var held = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                held.Add(await listener.AcceptTcpClientAsync(stop.Token));
            }
        });
        var endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        var connection = new TargetConnection("silent", "external", new TargetEndpoints(endpoint, endpoint, null), "us-east-1",
            new BasicAWSCredentials("a", "b"), [.. Enum.GetValues<Capability>()], TargetTimings.Remote, DeliveryPath.SqsQueues);
        using var clients = ProvisioningClients.For(connection);

        try
        {
            // When probed with one-second calls
            var elapsed = Stopwatch.StartNew();
            var probe = await new CapabilityProbe(connection, clients, new QueueDestinationProvisioner(clients.Sqs!, null), TimeSpan.FromSeconds(1))
                .ProbeAsync(RunId.New(DateTimeOffset.UtcNow), CancellationToken.None);

            // Then every probed capability is an error naming the timeout, there is no finding, and it ended (generous bound)
            var probed = probe.Capabilities.Where(c => c.Observed != ObservedCapability.NotProbed).ToList();
            Assert.That(probed.Select(c => c.Capability), Is.EquivalentTo(new[] { "versioning", "tagging", "acl", "configuration-validation", "sqs-destination" }));
            Assert.That(probed.Select(c => c.Observed), Is.All.EqualTo(ObservedCapability.Error));
            Assert.That(probed.Select(c => c.Detail), Is.All.Contain("the probe bucket could not be created: timed out"));
            Assert.That(probe.Findings, Is.Empty);
            Assert.That(elapsed.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        }
        finally
        {
            await stop.CancelAsync();
            listener.Stop();
            await Task.WhenAny(accepting, Task.Delay(1000));
            held.ForEach(c => c.Dispose());
        }
    }
}
