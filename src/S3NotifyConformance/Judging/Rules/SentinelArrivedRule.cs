namespace S3NotifyConformance.Judging.Rules;

/// <summary>Each destination delivers the sentinel event that ends the scenario: a write the configuration in force is sure to
/// notify. A sentinel that never arrived is an event the store dropped (or a sentinel write it refused); without it the
/// scenario waited for its whole delivery deadline.</summary>
public sealed class SentinelArrivedRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.sentinel";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        var evidence = context.Evidence;
        foreach (var (destination, key) in evidence.Sentinels.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (evidence.Events.Any(e => e.DestinationName == destination && e.Key == key))
            {
                continue;
            }

            var failed = evidence.Writes.FirstOrDefault(w => w.IsSentinel && w.Key == key && !w.Outcome.Succeeded);
            yield return failed is null
                ? Fail($"sentinel event for key '{key}' on {destination}", "one event", "none arrived by the delivery deadline", null, "sentinel event delivered")
                : Fail($"sentinel {failed.Operation} '{key}' for {destination}", "success", failed.Outcome.ToString(), null, $"sentinel {failed.Operation}");
        }
    }
}
