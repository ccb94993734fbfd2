namespace S3NotifyConformance.Collection;

/// <summary>One entry of a body's <c>Records</c> array as <see cref="NotificationBody"/> read it.</summary>
/// <param name="Index">Position in <c>Records</c>.</param>
/// <param name="Record">The entry; valid only while its body is not disposed.</param>
/// <param name="Problem">Why the entry cannot be read as an event record, if it cannot.</param>
public readonly record struct NotificationRecord(int Index, JsonElement Record, string? Problem);
