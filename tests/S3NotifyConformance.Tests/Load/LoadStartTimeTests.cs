using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary><c>--start-at</c>: an ISO-8601 instant with its zone, not far in the past nor more than an hour ahead.</summary>
public sealed class LoadStartTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [TestCase("2026-12-02T08:00:05Z", "2026-12-02T08:00:05.000Z")]
    [TestCase("2026-12-02T08:00:05.250Z", "2026-12-02T08:00:05.250Z")]
    [TestCase("2026-12-02T09:00:05+01:00", "2026-12-02T08:00:05.000Z")]
    [TestCase(" 2026-12-02T07:59:59Z ", "2026-12-02T07:59:59.000Z")]
    public void ReadsAnInstantAsUtc(string text, string utc) =>
        Assert.That(LoadStartTime.Format(LoadStartTime.Parse(text, Now)), Is.EqualTo(utc));

    [TestCase("2026-12-02T08:00:05", "with its zone")]
    [TestCase("2026-12-02", "with its zone")]
    [TestCase("in 5 seconds", "with its zone")]
    [TestCase("2026-13-02T08:00:05Z", "with its zone")]
    [TestCase("2026-12-02T07:59:50Z", "10 s in the past")]
    [TestCase("2026-12-02T09:00:01Z", "more than 60 minutes ahead")]
    public void RefusesAnythingElseSayingWhy(string text, string why) =>
        Assert.That(Assert.Throws<LoadPlanException>(() => LoadStartTime.Parse(text, Now))!.Message, Does.StartWith("--start-at").And.Contain(why));

    [Test]
    public void AWaitForAnInstantPassedReturnsHowLateAndOneAheadEndsOnCancel()
    {
        Assert.That(LoadStartTime.WaitUntilAsync(DateTimeOffset.UtcNow.AddMinutes(-1), TimeProvider.System, CancellationToken.None).Result,
            Is.GreaterThan(TimeSpan.FromSeconds(59)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAsync<TaskCanceledException>(() => LoadStartTime.WaitUntilAsync(DateTimeOffset.UtcNow.AddMinutes(30), TimeProvider.System, cancelled.Token));
    }

    [Test]
    public void TheMeasurementIsDueAtTheInstantOrAfterTheWarmUpAndItsGap()
    {
        Assert.That(LoadStartTime.MeasurementDue(Now, TimeSpan.Zero), Is.EqualTo(Now));
        Assert.That(LoadStartTime.MeasurementDue(Now, TimeSpan.FromSeconds(2)), Is.EqualTo(Now.AddSeconds(2) + LoadStartTime.WarmupGap));
    }

    [Test]
    public void TheReportsSayWhenTheMeasurementBeganAndALateStart()
    {
        var run = LoadResults.Run("a", LoadResults.Create(10, 0, 0, [1000]) with { MeasurementStart = Now.AddSeconds(2) });
        run = run with { Settings = run.Settings with { StartAt = Now }, LateStart = "not ready by --start-at" };
        var rows = S3NotifyConformance.Reports.Load.LoadReportTables.Overview(run);
        Assert.That(rows, Does.Contain(("measurement began", "2026-12-02T08:00:02.000Z (plan --start-at 2026-12-02T08:00:00.000Z)")));
        Assert.That(rows, Does.Contain(("late start", "not ready by --start-at")));
        Assert.That(S3NotifyConformance.Reports.Load.LoadReportTables.Overview(LoadResults.Run("b", LoadResults.Create(10, 0, 0, [1000]))).Select(r => r.Label),
            Has.None.EqualTo("measurement began").And.None.EqualTo("late start"));
    }

    [Test]
    public void ALoadFileCarriesTheInstant() =>
        Assert.That(LoadFileLoader.Parse("startAt: 2026-12-02T08:00:05Z\n", "load.yaml").StartAt, Is.EqualTo("2026-12-02T08:00:05Z"));
}
