using S3NotifyConformance.Load;
using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.Running;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Load;

/// <summary>Figures under faults with known answers: the embedded store's destinations down for 5 s while it is loaded at
/// 100 writes/s; with retry nothing is lost and the backlog drains within the store's retry backoff; with drop the writes of the
/// window are lost, and only they.</summary>
[NonParallelizable]
public sealed class LoadFaultTests
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);
    private string _reports = null!;
    private LoadRunResult _retry = null!;
    private LoadRunResult _drop = null!;

    [OneTimeSetUp]
    public async Task RunWithAFiveSecondOutage()
    {
        _reports = Path.Combine(Path.GetTempPath(), $"s3n-faults-{Guid.NewGuid():N}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _retry = await RunAsync(OutagePolicy.Retry, timeout.Token);
        _drop = await RunAsync(OutagePolicy.Drop, timeout.Token);
    }

    [OneTimeTearDown]
    public void RemoveReports()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [Test]
    public void TheWindowIsRecordedAsApplied()
    {
        // Then one window, from about 1 s to about 6 s of the measurement, five seconds long
        var window = _retry.Result.Faults.Single().Window;
        Assert.That(window.Kind, Is.EqualTo("endpoint-down"));
        Assert.That(window.Seconds, Is.InRange(4.99, 6.0), "a timer on a busy machine wakes late, never early");
        Assert.That(window.StartSeconds, Is.InRange(0.99, 2.0));
        Assert.That(window.EndedAt - window.StartedAt, Is.EqualTo(TimeSpan.FromSeconds(window.Seconds)).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(window.Error, Is.Null);
    }

    [Test]
    public void WithRetryNothingIsLostAndTheBacklogDrainsWithinTheBackoff()
    {
        var figures = _retry.Result.Faults.Single();
        TestContext.Progress.WriteLine($"retry: {figures}; requests {_retry.Result.Requests}; errors {string.Join(", ", _retry.Result.Errors)}; stopped {_retry.StoppedBecause}; problems {string.Join(" | ", _retry.Problems)}");

        // Then every write of the window was delivered after it, once, and the backlog drained within the retry backoff cap
        Assert.That(_retry.Result.Delivery.Lost, Is.Zero);
        Assert.That(figures.Expected, Is.InRange(300, 600), "5 s at 100 writes/s");
        Assert.That((figures.Delivered, figures.Lost, figures.Duplicates), Is.EqualTo((figures.Expected, 0L, 0L)));
        Assert.That(figures.Backlog, Is.GreaterThanOrEqualTo(figures.Expected - figures.Straddling), "delivered after the window, but for writes raised before it");
        Assert.That(figures.RecoveryDrainedMs, Is.LessThan((DeliveryPipeline.RetryBackoffCap + Slack).TotalMilliseconds));
        Assert.That(figures.RecoveryFirstMs, Is.Not.Null.And.LessThanOrEqualTo(figures.RecoveryDrainedMs));
        Assert.That(figures.DuringMaxMs, Is.GreaterThan(4000), "the window's first write waited out the outage");
        Assert.That(_retry.Succeeded, Is.True, string.Join("; ", _retry.Thresholds.Select(t => $"{t.Threshold} {t.Actual}")));
    }

    [Test]
    public void WithDropExactlyTheWindowsWritesAreLost()
    {
        var figures = _drop.Result.Faults.Single();
        TestContext.Progress.WriteLine($"drop: {figures}; run lost {_drop.Result.Delivery.Lost}");

        // Then the window's writes are lost and nothing else: a write in flight at an edge (planned before, answered after it) may
        // fall either side, and the figures count those
        Assert.That(figures.Expected, Is.InRange(300, 600), "5 s at 100 writes/s");
        Assert.That(figures.Lost, Is.InRange(figures.Expected - figures.Straddling, figures.Expected));
        Assert.That(_drop.Result.Delivery.Lost, Is.InRange(figures.Expected - figures.Straddling, figures.Expected + figures.Straddling), "a loss outside the window");
        Assert.That((figures.Duplicates, figures.Backlog), Is.EqualTo((0L, 0L)));
        Assert.That(_drop.Succeeded, Is.False, "loss == 0 fails");
    }

    [Test]
    public void TheReportsShowTheWindowsAndThresholdsTakeTheNewMetrics()
    {
        // When the retry run's reports are rendered from its results.json
        var read = global::S3NotifyConformance.Reports.Load.LoadJsonReportWriter.Read(Path.Combine(_reports, _retry.RunId));
        var markdown = new global::S3NotifyConformance.Reports.Load.LoadMarkdownReportWriter().Render(read);
        var html = new global::S3NotifyConformance.Reports.Load.LoadHtmlReportWriter().Render(read);
        var csv = new global::S3NotifyConformance.Reports.Load.LoadCsvReportWriter().Render(read);

        // Then the window is in results.json, summary.md, stats.csv and shaded on the time charts, and the thresholds judged it
        Assert.That(read.Result.Faults.Single().Window, Is.EqualTo(_retry.Result.Faults.Single().Window));
        Assert.That(markdown, Does.Contain("## Faults").And.Contain("| endpoint-down:at=1s,for=5s |"));
        Assert.That(csv, Does.Contain(",fault_1_endpoint-down,"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "fault: endpoint-down:at=1s,for=5s").Count, Is.GreaterThanOrEqualTo(3));
        Assert.That(_retry.Thresholds.Select(t => (t.Threshold, t.Passed)), Is.EquivalentTo(new[] { ("loss == 0", true), ("recovery < 10s", true) }));
    }

    [TestCase("endpoint-down:at=10s,for=5s", "endpoint-down:at=10s,for=5s")]
    [TestCase("endpoint-slow:at=1s,for=2s,delay=2s", "endpoint-slow:at=1s,for=2s,delay=2s")]
    [TestCase("endpoint-error:at=500ms,for=5s", "endpoint-error:at=500ms,for=5s,status=500")]
    [TestCase("store-restart:at=10s", "store-restart:at=10s")]
    public void FaultsParseToTheirNormalForm(string text, string normal) => Assert.That(global::S3NotifyConformance.Faults.FaultSpec.Parse(text).Text, Is.EqualTo(normal));

    [TestCase("endpoint-gone:at=1s,for=1s", "unknown fault 'endpoint-gone'")]
    [TestCase("endpoint-down:at=1s", "for= is missing")]
    [TestCase("endpoint-down:at=1s,for=0s", "for= must be longer than zero")]
    [TestCase("endpoint-slow:at=1s,for=1s", "delay= is missing")]
    [TestCase("endpoint-error:at=1s,for=1s,status=200", "status= must be an HTTP error status")]
    [TestCase("store-restart:at=1s,for=2s", "store-restart takes at, not 'for'")]
    [TestCase("endpoint-down:at=soon,for=1s", "at: 'soon' is not a duration")]
    public void ABadFaultIsOneClearError(string text, string message) =>
        Assert.That(() => global::S3NotifyConformance.Faults.FaultSpec.Parse(text), Throws.TypeOf<global::S3NotifyConformance.Faults.FaultPlanException>().With.Message.Contains(message));

    [Test]
    public void ALoadFileCarriesFaultsAndTheOutagePolicy()
    {
        // When
        var file = LoadFileLoader.Parse("faults:\n  - endpoint-down:at=10s,for=5s\nstore:\n  onOutage: drop\n", "load.yaml");

        // Then
        Assert.That(file.Faults, Is.EqualTo(new[] { "endpoint-down:at=10s,for=5s" }));
        Assert.That(file.Store?.OnOutage, Is.EqualTo("drop"));
    }

    [Test]
    public void OverlappingEndpointFaultsAreRefused() =>
        Assert.That(() => global::S3NotifyConformance.Faults.FaultSpec.ParsePlan(["endpoint-down:at=1s,for=5s", "endpoint-slow:at=3s,for=1s,delay=1s"]),
            Throws.TypeOf<global::S3NotifyConformance.Faults.FaultPlanException>().With.Message.Contains("overlap"));

    private async Task<LoadRunResult> RunAsync(OutagePolicy policy, CancellationToken cancellationToken)
    {
        var options = new LoadRunOptions(
            null, ["inject:rate=100,interval=1s,during=8s"], TimeSpan.Zero, TimeSpan.FromSeconds(8), null, 256, ["loss == 0", "recovery < 10s"], null, _reports,
            Repository.Paths)
        {
            Faults = ["endpoint-down:at=1s,for=5s"],
            StoreOutagePolicy = policy,
        };
        return (await new LoadRunner(BuiltInTargets.Catalog(Repository.Paths), NullLoadProgress.Instance).RunAsync(options, cancellationToken)).Result;
    }
}
