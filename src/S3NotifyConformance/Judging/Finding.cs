namespace S3NotifyConformance.Judging;

/// <summary>One way a target differed from Amazon S3 in one scenario: which rule, about what, what AWS does, what arrived,
/// and the raw event. Findings with the same <see cref="Fingerprint"/> are one <em>difference</em>, however many scenarios
/// show it.</summary>
/// <param name="Subject">What was judged in this scenario, with its run's values (key, version, step).</param>
public sealed record Finding(string Rule, string Subject, string Expected, string Actual, string? RawEvent = null)
{
    /// <summary>What was judged, without run-dependent values: a record field path (<c>eventSource</c>), qualified by the
    /// event type or operation where AWS's expectation depends on it (<c>ObjectRemoved:Delete s3.object.eTag</c>). When
    /// null, the subject with run-dependent values scrubbed stands in.</summary>
    public string? Aspect { get; init; }

    /// <summary>The event record field the finding judges (dotted path inside a record, e.g. <c>s3.object.eTag</c>), so a
    /// snapshot difference on the same field is folded into this finding instead of being reported twice.</summary>
    public string? Field { get; init; }

    /// <summary>The class of the expected value in the fingerprint, when the literal value depends on the scenario
    /// (e.g. "the written object's size"); null: the expected text with run-dependent values scrubbed.</summary>
    public string? ExpectedClass { get; init; }

    /// <summary>The class of the actual value in the fingerprint (e.g. "another value"); null: the actual text with
    /// run-dependent values scrubbed.</summary>
    public string? ActualClass { get; init; }

    /// <summary>True when the finding stops the scenario before its main assertion (a configuration rejected, an upload
    /// refused): what the scenario meant to judge was never reached.</summary>
    public bool Blocking { get; init; }

    /// <summary>The fingerprint of the blocking finding this one follows from. Such a finding is kept with its scenario as
    /// detail, but is not a difference of its own.</summary>
    public string? CausedBy { get; init; }

    /// <summary>Stable and run-independent: rule, aspect and the classes of expected and actual values, e.g.
    /// <c>record.shape eventSource #1f0c2a9e</c>. Baselines list these.</summary>
    public string Fingerprint => FindingFingerprint.Of(this);

    /// <summary>The finding on one line: <c>[rule] subject: expected …, actual …</c>.</summary>
    public string Describe() => $"[{Rule}] {Subject}: expected {Expected}, actual {Actual}";
}
