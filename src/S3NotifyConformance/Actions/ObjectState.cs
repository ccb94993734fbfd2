namespace S3NotifyConformance.Actions;

/// <summary>What the harness last wrote to a key, so tagging/ACL events can be expected with the object's current ETag.</summary>
public sealed record ObjectState(string ETag, long Size, string CannedAcl);
