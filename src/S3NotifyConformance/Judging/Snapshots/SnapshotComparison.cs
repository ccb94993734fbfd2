namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>The result of comparing a received snapshot with its verified file.</summary>
public sealed record SnapshotComparison(bool Equal, bool VerifiedMissing, ImmutableArray<SnapshotDifference> Differences, string? ReceivedPath)
{
    /// <summary>The two files are equal.</summary>
    public static SnapshotComparison Same { get; } = new(true, false, [], null);
}
