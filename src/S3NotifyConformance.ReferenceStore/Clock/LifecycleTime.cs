namespace S3NotifyConformance.ReferenceStore.Clock;

/// <summary>Day arithmetic of lifecycle and restore expiry (documentation: creation time + days, rounded up to the next midnight UTC).</summary>
internal static class LifecycleTime
{
    /// <summary>The midnight UTC after <paramref name="start"/> + <paramref name="days"/>.</summary>
    public static DateTimeOffset Due(DateTimeOffset start, int days)
    {
        var end = start.UtcDateTime.AddDays(days);
        var midnight = end.Date;
        return new DateTimeOffset(midnight == end ? midnight : midnight.AddDays(1), TimeSpan.Zero);
    }
}
