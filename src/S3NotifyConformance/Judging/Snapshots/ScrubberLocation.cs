namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>Where a scrubber goes in the ordered list (Verify's convention).</summary>
public enum ScrubberLocation
{
    First,
    Last,
}
