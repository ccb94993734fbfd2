namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>The verified file a scenario is compared with and the received file written when they differ.</summary>
public readonly record struct SnapshotPair(string VerifiedPath, string ReceivedPath);
