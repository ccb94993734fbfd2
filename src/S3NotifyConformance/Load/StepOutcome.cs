namespace S3NotifyConformance.Load;

/// <summary>How one step call ended: ok with the bytes it sent, or failed with why.</summary>
public sealed record StepOutcome(bool Ok, long Bytes, string? Error)
{
    /// <summary>Succeeded, having sent <paramref name="bytes"/>.</summary>
    public static StepOutcome Success(long bytes) => new(true, bytes, null);

    /// <summary>Failed for <paramref name="error"/>.</summary>
    public static StepOutcome Failure(string error) => new(false, 0, error);
}
