using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Reports;

/// <summary>The files of a conformance run come from results.json alone, and index.html never lets store text become markup.</summary>
public sealed class ConformanceReportRenderTests
{
    [Test]
    public void HostileStoreTextIsEscapedInIndexHtml()
    {
        // Given findings whose actual value and raw event carry markup
        var html = new ConformanceHtmlReportWriter().Render(ConformanceRuns.Sample());

        // Then the page has no script, image or external reference, and the text is shown escaped
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("<link").And.Not.Contain("<iframe"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("default-src 'none'"));
    }

    [Test]
    public void IndexHtmlLeadsWithTheVerdictThenTheDifferencesBiggestFirstThenTheGrid()
    {
        var run = ConformanceRuns.Sample();
        var html = new ConformanceHtmlReportWriter().Render(run);

        var positions = new[] { "id=\"verdict\"", "id=\"differences\"", "id=\"capabilities\"", "id=\"grid\"", "id=\"scenarios\"" }.Select(s => html.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.That(positions, Is.All.GreaterThan(0));
        Assert.That(positions, Is.Ordered);
        Assert.That(run.Differences[0].Scenarios, Has.Length.EqualTo(4), "the eventSource difference touches the most scenarios");
        Assert.That(html.IndexOf(run.Differences[0].Fingerprint, StringComparison.Ordinal), Is.LessThan(html.IndexOf(run.Differences[1].Fingerprint, StringComparison.Ordinal)));
        Assert.That(html, Does.Contain("<span class=\"tag error\">blocking</span>"));
        Assert.That(html, Does.Contain("<a href=\"https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html\" rel=\"noreferrer\">"));
        Assert.That(html, Does.Contain("<code>trigger/ObjectCreated:Put</code>"), "a generated matrix's family is its first two segments");
        Assert.That(ScenarioFamily.Of("created/put"), Is.EqualTo("created"));
    }

    [Test]
    public async Task EveryFileOfAConformanceRunRendersAgainFromResultsJsonAlone()
    {
        using var project = TempProject.Create("s3n-rerender-");

        // Given a real run on the embedded store and a run with differences, each written by the run's writers
        var (exitCode, _, error, _) = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "run", "--filter", "created/put*", "--report-dir", project.Paths.Reports);
        Assert.That(exitCode, Is.EqualTo(0), error);
        var sample = ConformanceRuns.Sample();
        await DefaultReportWriters.Conformance.WriteAsync(sample, Path.Combine(project.Paths.Reports, sample.RunId), CancellationToken.None);

        foreach (var folder in Directory.GetDirectories(project.Paths.Reports))
        {
            var before = DefaultReportWriters.Rendered.FileNames.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)));
            foreach (var file in DefaultReportWriters.Rendered.FileNames)
            {
                File.Delete(Path.Combine(folder, file));
            }

            // When
            var report = await CliProcess.RunAsync("report", Path.GetFileName(folder), "--report-dir", project.Paths.Reports);

            // Then every file is back, byte for byte, and results.json itself survives a read and write unchanged
            Assert.That(report.ExitCode, Is.EqualTo(0), report.Error);
            foreach (var (file, bytes) in before)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(folder, file)), Is.EqualTo(bytes), $"{Path.GetFileName(folder)}/{file}");
            }

            var json = Path.Combine(folder, "results.json");
            Assert.That(new JsonReportWriter().Render(ReportJson.Read(json)), Is.EqualTo(File.ReadAllText(json)));
        }
    }

    [Test]
    public async Task ReportOfAMissingRunExitsTwoWithOneLine()
    {
        var (exitCode, _, error, _) = await CliProcess.RunAsync("report", "no-such-run", "--report-dir", Path.GetTempPath());
        Assert.That((exitCode, error.Trim().Split('\n').Length), Is.EqualTo((2, 1)));
        Assert.That(error, Does.Contain("no results.json"));
    }

    [Test]
    public void TheOutcomeGridCountsEveryScenarioOnce()
    {
        var html = new ConformanceHtmlReportWriter().Render(ConformanceRuns.Sample());
        Assert.That(html, Does.Contain("<td><a href=\"#f-trigger.2fObjectCreated.3aPut\"><code>trigger/ObjectCreated:Put</code></a></td><td class=\"num\">3</td>"));
        Assert.That(Enum.GetValues<ScenarioOutcome>().Select(o => html.Contains($"<th>{S3NotifyConformance.Reports.Html.ConformanceHtml.Word(o)}</th>", StringComparison.Ordinal)), Is.All.True);
    }
}
