namespace S3NotifyConformance.Reports.Bench;

/// <summary>What one delivery path made of the fuzzed bodies.</summary>
/// <param name="Path"><c>sqs</c> (the embedded store's queue → the SQS collector) or <c>webhook</c> (POSTs → the webhook receiver).</param>
/// <param name="Sent">Bodies sent.</param>
/// <param name="ExpectedUnreadable">Bodies that must be recorded as unreadable (at least in part).</param>
/// <param name="Received">Bodies the harness received (distinct queue messages in the ledger; POSTs the receiver counted).</param>
/// <param name="RecordedAsEvents">Bodies recorded as events (records or test events) only.</param>
/// <param name="RecordedAsUnreadable">Bodies recorded as unreadable, wholly or in one of their records.</param>
/// <param name="Misjudged">Bodies whose entries differ from what they must become (count, or readable vs unreadable).</param>
/// <param name="Crashes">Exceptions anywhere (a receiver restarted, a sink or rule that threw); must be 0.</param>
/// <param name="ReadableFindings">delivery.readable findings judging made of the ledger.</param>
/// <param name="LoadProblems">Problems the load run's tracker counted for the same bodies.</param>
public sealed record FuzzPathFigures(
    string Path, int Sent, int ExpectedUnreadable, long Received, long RecordedAsEvents, long RecordedAsUnreadable, int Misjudged, int Crashes,
    int ReadableFindings, long LoadProblems, TimeSpan Elapsed)
{
    /// <summary>Sent bodies neither recorded as events nor as unreadable; must be 0.</summary>
    public long Unaccounted => Sent - RecordedAsEvents - RecordedAsUnreadable;
}
