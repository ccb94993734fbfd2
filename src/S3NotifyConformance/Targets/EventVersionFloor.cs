namespace S3NotifyConformance.Targets;

/// <summary>A target's own eventVersion requirement: major version, and a minimum minor that replaces the recorded per-type one.</summary>
public sealed record EventVersionFloor(int Major, int? MinimumMinor);
