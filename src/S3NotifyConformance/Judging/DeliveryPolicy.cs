namespace S3NotifyConformance.Judging;

/// <summary>What the harness allows a target's delivery beyond AWS's documented behaviour, as the target file states it.</summary>
/// <param name="ClockSkew">How far a record's eventTime may lie outside the request window of its write: the store's clock and
/// the harness's may differ (target file <c>timing.clockSkew</c>).</param>
/// <param name="DuplicationAllowance">Share of a scenario's delivered records that may be duplicates before the harness reports
/// them (target file <c>duplicationAllowance</c>). AWS documents at-least-once delivery, so a duplicate is not a breach of an
/// AWS rule; this is a policy of the harness, 0 by default. Duplicates are counted whatever the allowance.</param>
public sealed record DeliveryPolicy(TimeSpan ClockSkew, double DuplicationAllowance)
{
    /// <summary>The default clock-skew allowance: two seconds, wide enough for NTP-synchronised hosts and the store's own
    /// processing time between receiving a request and stamping the event, narrow enough to catch a wrong clock or zone.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(2);

    /// <summary>Two seconds of clock skew, no duplicates.</summary>
    public static DeliveryPolicy Default { get; } = new(DefaultClockSkew, 0);
}
