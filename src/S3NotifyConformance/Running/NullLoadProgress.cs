using S3NotifyConformance.Load;

namespace S3NotifyConformance.Running;

/// <summary>Load progress that goes nowhere (tests, benchmarks).</summary>
public sealed class NullLoadProgress : ILoadProgress
{
    /// <summary>The instance.</summary>
    public static NullLoadProgress Instance { get; } = new();

    /// <inheritdoc />
    public void Info(string message)
    {
    }

    /// <inheritdoc />
    public void Report(LoadProgress progress)
    {
    }
}
