namespace S3NotifyConformance.Judging;

/// <summary>One way a target differed from Amazon S3: which rule, about what, what AWS does, what arrived, and the raw event.</summary>
public sealed record Finding(string Rule, string Subject, string Expected, string Actual, string? RawEvent = null)
{
    /// <summary>The finding on one line: <c>[rule] subject: expected …, actual …</c>.</summary>
    public string Describe() => $"[{Rule}] {Subject}: expected {Expected}, actual {Actual}";
}
