using System.Collections.Immutable;

namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>A disruption of every notification destination, from when it begins until it ends (see
/// <see cref="ReferenceStore.BeginDeliveryDisruption"/>).</summary>
/// <param name="Kind">Down (refuses) or slow.</param>
/// <param name="Delay">For <see cref="DisruptionKind.Slow"/>: how long each delivery takes.</param>
public sealed record DestinationDisruption(DisruptionKind Kind, TimeSpan Delay)
{
    /// <summary>The destination ARNs (queues, topics) disrupted; empty: every destination.</summary>
    public ImmutableHashSet<string> Destinations { get; init; } = [];

    /// <summary>True when the disruption covers the destination <paramref name="arn"/>.</summary>
    public bool Covers(string arn) => Destinations.IsEmpty || Destinations.Contains(arn);

    /// <summary>Every delivery is refused.</summary>
    public static DestinationDisruption Down { get; } = new(DisruptionKind.Down, TimeSpan.Zero);

    /// <summary>Every delivery is accepted after <paramref name="delay"/>.</summary>
    public static DestinationDisruption Slow(TimeSpan delay) =>
        delay > TimeSpan.Zero ? new(DisruptionKind.Slow, delay) : throw new ArgumentException($"a slow destination needs a delay longer than zero (got {delay})");
}
