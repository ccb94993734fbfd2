using S3NotifyConformance.Reports;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Reports;

/// <summary>index.html of a conformance run as a person sees it: headless Chromium opens it from disk at 1280 px.</summary>
public sealed class ConformanceReportBrowserTests
{
    [Test]
    public async Task TheVerdictDifferencesAndGridShowWithoutHorizontalScrollingAt1280Pixels()
    {
        HeadlessChromium.RequireInstalled();

        // Given the index.html of a run with a blocking difference, hostile store text and a 3,000-character token
        var directory = Path.Combine(Path.GetTempPath(), $"s3n-index-{Guid.NewGuid():N}");
        await new ConformanceHtmlReportWriter().WriteAsync(ConformanceRuns.Sample(), directory, CancellationToken.None);
        try
        {
            // When Chromium lays it out 1280 px wide with every scenario opened
            var page = await HeadlessChromium.EvaluateAsync(Path.Combine(directory, "index.html"), 1280, """
                (() => {
                  document.querySelectorAll('details').forEach(d => d.open = true);
                  const right = s => { const e = document.querySelector(s); return e ? Math.ceil(e.getBoundingClientRect().right) : -1; };
                  return {
                    scrollWidth: document.documentElement.scrollWidth,
                    verdict: document.querySelector('#verdict').innerText,
                    verdictRight: right('#verdict span'),
                    differencesRight: right('table.differences'),
                    differenceRows: document.querySelectorAll('table.differences tr').length - 1,
                    gridRight: right('table.grid'),
                    gridRows: document.querySelectorAll('table.grid tr').length - 1,
                    scripts: document.scripts.length,
                    images: document.images.length,
                  };
                })()
                """);

            // Then
            TestContext.Progress.WriteLine(page.ToString());
            Assert.That(page.GetProperty("scrollWidth").GetInt32(), Is.LessThanOrEqualTo(1280));
            Assert.That(page.GetProperty("verdict").GetString(), Does.StartWith("Verdict: 3 new difference(s) from Amazon S3"));
            Assert.That(page.GetProperty("differenceRows").GetInt32(), Is.EqualTo(3));
            Assert.That(page.GetProperty("gridRows").GetInt32(), Is.EqualTo(8));
            foreach (var right in new[] { "verdictRight", "differencesRight", "gridRight" })
            {
                Assert.That(page.GetProperty(right).GetInt32(), Is.InRange(1, 1280), right);
            }

            Assert.That((page.GetProperty("scripts").GetInt32(), page.GetProperty("images").GetInt32()), Is.EqualTo((0, 0)), "hostile markup became elements");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
