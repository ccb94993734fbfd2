namespace S3NotifyConformance.Load;

/// <summary>Which part of a run an iteration belongs to; only the measurement counts in results.</summary>
public enum LoadStage
{
    /// <summary>Warm-up: connections, JIT and the store's caches settle; nothing is recorded.</summary>
    Warmup,

    /// <summary>The measured plan.</summary>
    Measurement,
}
