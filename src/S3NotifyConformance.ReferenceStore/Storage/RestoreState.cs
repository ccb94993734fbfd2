namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>Progress of a RestoreObject on an archived object.</summary>
/// <param name="InProgress">True until the restore completes.</param>
/// <param name="Days">Days the restored copy stays.</param>
/// <param name="Tier">Expedited, Standard or Bulk.</param>
/// <param name="ExpiryDate">When the restored copy expires (simulated clock); set on completion.</param>
internal sealed record RestoreState(bool InProgress, int Days, string Tier, DateTimeOffset? ExpiryDate);
