namespace S3NotifyConformance.Load;

/// <summary>A load file (<c>--config load.yaml</c>) as written; command-line options override it. Simulations are text forms or
/// one-key maps (<c>- inject: { rate: 500, interval: 1s, during: 20s }</c>).</summary>
public sealed class LoadFile
{
    /// <summary>Store to load (as <c>--target</c>).</summary>
    public string? Target { get; set; }

    /// <summary>The plan.</summary>
    public List<object>? Simulations { get; set; }

    /// <summary>Warm-up length, e.g. <c>5s</c>.</summary>
    public string? Warmup { get; set; }

    /// <summary>Drain deadline after the last write, e.g. <c>10s</c>.</summary>
    public string? Drain { get; set; }

    /// <summary>Wait for late duplicates after every write's event arrived, e.g. <c>1s</c>.</summary>
    public string? Settle { get; set; }

    /// <summary>Bytes per object.</summary>
    public int? ObjectSize { get; set; }

    /// <summary>Pass conditions, e.g. <c>delivery.p99 &lt; 500ms</c>.</summary>
    public List<string>? Thresholds { get; set; }

    /// <summary>Faults applied during the measurement, e.g. <c>endpoint-down:at=10s,for=5s</c> (command-line <c>--fault</c>s are added).</summary>
    public List<string>? Faults { get; set; }

    /// <summary>The instant the plan begins at, ISO-8601 UTC (as <c>--start-at</c>), e.g. <c>2026-12-02T08:00:00Z</c>.</summary>
    public string? StartAt { get; set; }

    /// <summary>Fault knobs of the embedded store.</summary>
    public LoadFileStore? Store { get; set; }

    /// <summary>The embedded store's faults section.</summary>
    public sealed class LoadFileStore
    {
        /// <summary>Delivery delay distribution, e.g. <c>normal:mean=30ms,sd=5ms</c>.</summary>
        public string? Delay { get; set; }

        /// <summary>Probability (0..1) of a duplicate delivery.</summary>
        public double? Duplicate { get; set; }

        /// <summary>Probability (0..1) of a lost event.</summary>
        public double? Drop { get; set; }

        /// <summary>Seed of the fault RNG.</summary>
        public int? Seed { get; set; }

        /// <summary>What delivery does while a destination is down: <c>retry</c> (default) or <c>drop</c>.</summary>
        public string? OnOutage { get; set; }
    }
}
