using System.Diagnostics;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Load;
using S3NotifyConformance.Provisioning;

namespace S3NotifyConformance.Running;

/// <summary>One stage's wiring: a recorder, a tracker pairing its writes, a collector draining the destination (an SQS queue, the
/// webhook receiver's channel, an AMQP queue) into the tracker, the engine.</summary>
public sealed class LoadStageRunner
{
    private readonly Func<ICollector> _collector;

    /// <summary>Wires a stage against a provisioned bucket and SQS queue, drained by <paramref name="receivers"/> long polls.</summary>
    public LoadStageRunner(ProvisioningClients clients, string bucket, ProvisionedDestination queue, int objectSize, int receivers, LoadMetrics metrics)
        : this(clients, bucket, () => new SqsCollector(clients.Sqs!, queue.QueueUrl!, queue.Name, HarnessClock.Shared, receivers), objectSize, metrics)
    {
    }

    /// <summary>Wires a stage against a provisioned bucket whose destination <paramref name="collector"/> drains (a fresh one per run).</summary>
    public LoadStageRunner(ProvisioningClients clients, string bucket, Func<ICollector> collector, int objectSize, LoadMetrics metrics)
    {
        _collector = collector;
        Metrics = metrics;
        Tracker = new DeliveryTracker(LoadRunner.KeyPrefix, metrics, HarnessClock.Shared);
        Step = new PutObjectLoadStep(clients.S3, bucket, objectSize, Tracker);
    }

    /// <summary>The stage's recorder.</summary>
    public LoadMetrics Metrics { get; }

    /// <summary>Pairs the stage's writes with their events.</summary>
    public DeliveryTracker Tracker { get; }

    /// <summary>The PutObject step.</summary>
    public PutObjectLoadStep Step { get; }

    /// <summary>Runs the plan while collecting, then <paramref name="drain"/>; true when cancelled before the end.</summary>
    public async Task<bool> RunAsync(LoadPlan plan, LoadStage stage, CancellationToken cancellationToken, Func<Task>? drain = null)
    {
        using var collection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var collecting = _collector().RunAsync(Tracker, collection.Token);
        try
        {
            // A warm-up records too, into its own recorder that is thrown away: so the recording code is compiled and warm
            // before the measurement, and not first run (unoptimised) while it is measured.
            var run = await new LoadEngine(Step, LoadEngineOptions.Default).RunAsync(plan, stage, Math.Max(Metrics.Origin, Stopwatch.GetTimestamp()), Metrics, cancellationToken);
            Tracker.WritingFinished();
            if (drain is not null && !cancellationToken.IsCancellationRequested)
            {
                await drain();
            }

            if (run.StoppedEarly && cancellationToken.IsCancellationRequested)
            {
                Metrics.RecordStopped();
                return true;
            }

            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Metrics.RecordStopped();
            return true;
        }
        finally
        {
            await collection.CancelAsync();
            await collecting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
