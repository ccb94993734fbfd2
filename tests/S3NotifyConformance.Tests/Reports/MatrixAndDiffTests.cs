using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Reports.Diff;
using S3NotifyConformance.Reports.Matrix;
using S3NotifyConformance.Tests.Support;
using static S3NotifyConformance.Tests.Reports.ConformanceRuns;

namespace S3NotifyConformance.Tests.Reports;

/// <summary>s3notify matrix (stores side by side) and s3notify diff (what changed since the last run of one store).</summary>
public sealed class MatrixAndDiffTests
{
    private static RunResult LastNight() => Run("nightly-store", "20261130t032300-old1",
        ("created/put", ScenarioOutcome.Failed, [EventSource()]),
        ("created/copy", ScenarioOutcome.Passed, []),
        ("filters/prefix-hit", ScenarioOutcome.Failed, [Rejected()]));

    private static RunResult Tonight() => Run("nightly-store", "20261201t032300-new1",
        ("created/put", ScenarioOutcome.Failed, [EventSource()]),
        ("created/copy", ScenarioOutcome.Failed, [EventSource(), new Finding("record.shape", "ObjectCreated:Copy awsRegion", "us-east-1", "") { Aspect = "awsRegion", Field = "awsRegion" }]),
        ("filters/prefix-hit", ScenarioOutcome.Passed, []));

    private static RunResult AfterTheFix() => Run("nightly-store", "20261202t032300-fix1",
        ("created/put", ScenarioOutcome.Failed, [EventSource()]),
        ("created/copy", ScenarioOutcome.Passed, []),
        ("filters/prefix-hit", ScenarioOutcome.Passed, []));

    [Test]
    public void TheDiffNamesNewFixedAndChangedDifferencesAndChangedOutcomes()
    {
        var diff = RunDiff.Of(LastNight(), Tonight());

        Assert.That(diff.NewDifferences.Select(d => d.Aspect), Is.EqualTo(new[] { "awsRegion" }));
        Assert.That(diff.Fixed.Select(d => d.Aspect), Is.EqualTo(new[] { "PutBucketNotificationConfiguration" }));
        Assert.That(diff.Changed.Select(c => (c.Old.Scenarios.Length, c.New.Scenarios.Length)), Is.EqualTo(new[] { (1, 2) }));
        Assert.That(diff.Outcomes.Select(o => (o.Scenario, o.Describe(), o.IsRegression)),
            Is.EqualTo(new[] { ("created/copy", "passed → failed", true), ("filters/prefix-hit", "failed → passed", false) }));
        Assert.That(diff.HasNew, Is.True);
        Assert.That(new RunDiffMarkdownWriter().Render(diff), Does.Contain("## New differences (1)").And.Contain("## Fixed differences (1)").And.Contain("**passed → failed**"));
    }

    [Test]
    public void ADiffWithOnlyFixesHasNothingNew()
    {
        var diff = RunDiff.Of(Tonight(), AfterTheFix());
        Assert.That((diff.HasNew, diff.NewDifferences.Length, diff.Fixed.Length, diff.Changed.Length, diff.Outcomes.Length), Is.EqualTo((false, 0, 1, 1, 1)));
    }

    [Test]
    public void TheMatrixShowsEveryScenarioPerStoreAndTheDifferencesPerStore()
    {
        // Given two stores, one of which did not run a scenario
        var matrix = StoreMatrix.Of([Sample("store-a"), Tonight() with { Header = Tonight().Header with { Target = Tonight().Target with { Name = "store-b" } } }]);

        // When
        var html = new MatrixHtmlReportWriter().Render(matrix);
        var md = new MatrixMarkdownReportWriter().Render(matrix);

        // Then
        Assert.That(matrix.Stores.Select(s => s.Label), Is.EqualTo(new[] { "store-a", "store-b" }));
        var shared = matrix.Differences[0];
        Assert.That((shared.Example.Aspect, shared.PerStore.Select(d => d?.Scenarios.Length)), Is.EqualTo(("eventSource", new int?[] { 4, 2 })), "shown by both stores, so first");
        Assert.That(html, Does.Contain("<span class=\"none\">not run</span>").And.Contain("<b>trigger/ObjectCreated:Put</b> (3)").And.Not.Contain("<script"));
        Assert.That(md, Does.Contain("| `created` | 2 | 1/2 | 0/2 |").And.Contain("| `keys/space` | **failed** | not run |"));
    }

    [Test]
    public async Task DiffExitsOneOnSomethingNewZeroOnNothingNewAndTwoOnRunsOfTwoStores()
    {
        using var project = TempProject.Create("s3n-diff-");
        var reports = project.Paths.Reports;
        foreach (var run in new[] { LastNight(), Tonight(), AfterTheFix(), Sample("other-store") })
        {
            await DefaultReportWriters.Conformance.WriteAsync(run, Path.Combine(reports, run.RunId), CancellationToken.None);
        }

        var worse = await CliProcess.RunAsync("diff", LastNight().RunId, Tonight().RunId, "--report-dir", reports);
        var better = await CliProcess.RunAsync("diff", Tonight().RunId, AfterTheFix().RunId, "--report-dir", reports, "--out", project.Root);
        var mixed = await CliProcess.RunAsync("diff", LastNight().RunId, Sample().RunId, "--report-dir", reports);
        var matrix = await CliProcess.RunAsync("matrix", LastNight().RunId, Sample().RunId, "--report-dir", reports, "--out", project.Root);

        Assert.That((worse.ExitCode, better.ExitCode, mixed.ExitCode, matrix.ExitCode), Is.EqualTo((1, 0, 2, 0)), worse.Error + better.Error + mixed.Error + matrix.Error);
        Assert.That(worse.Out, Does.Contain("New differences (1)"));
        Assert.That(File.ReadAllText(Path.Combine(reports, Tonight().RunId, "diff.md")), Does.Contain("awsRegion"));
        Assert.That(File.Exists(Path.Combine(project.Root, "diff.md")), Is.True);
        Assert.That(mixed.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(mixed.Error, Does.Contain("diff compares two runs of one store"));
        Assert.That(Directory.GetFiles(project.Root).Select(Path.GetFileName), Is.SupersetOf(new[] { "matrix.html", "matrix.md" }));
    }
}
