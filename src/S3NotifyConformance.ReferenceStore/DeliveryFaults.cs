namespace S3NotifyConformance.ReferenceStore;

/// <summary>Faults injected between S3 and the notification destinations: delay, duplication, loss and reordering, from a seeded RNG.</summary>
/// <param name="Delay">Delay drawn per delivered message.</param>
/// <param name="DuplicateProbability">Chance (0..1) that a message is delivered a second time with an identical body.</param>
/// <param name="DropProbability">Chance (0..1) that a message is never delivered.</param>
/// <param name="ReorderWindow">Messages are shuffled within windows of this many (0 or 1: no reordering).</param>
/// <param name="Seed">Seed of the fault draws (one stream per fault), for reproducible runs.</param>
public sealed record DeliveryFaults(DelayDistribution Delay, double DuplicateProbability, double DropProbability, int ReorderWindow, int Seed)
{
    /// <summary>No faults: immediate, exactly-once, in-order delivery.</summary>
    public static DeliveryFaults None { get; } = new(DelayDistribution.None, 0, 0, 0, 0);

    /// <summary>True when any fault is configured.</summary>
    public bool IsActive => Delay.Kind != DelayDistributionKind.None || DuplicateProbability > 0 || DropProbability > 0 || ReorderWindow > 1;

    /// <summary>Throws <see cref="ArgumentException"/> when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Delay);
        if (DuplicateProbability is < 0 or > 1 || double.IsNaN(DuplicateProbability))
        {
            throw new ArgumentException($"DuplicateProbability must be within 0..1 (got {DuplicateProbability}).");
        }

        if (DropProbability is < 0 or > 1 || double.IsNaN(DropProbability))
        {
            throw new ArgumentException($"DropProbability must be within 0..1 (got {DropProbability}).");
        }

        if (ReorderWindow < 0)
        {
            throw new ArgumentException($"ReorderWindow must not be negative (got {ReorderWindow}).");
        }
    }
}
