namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>One field that differs between the verified and the received snapshot.</summary>
public sealed record SnapshotDifference(string Path, string Verified, string Received)
{
    /// <summary>One line for reports.</summary>
    public override string ToString() => $"{Path}: verified {Verified}, received {Received}";
}
