using System.Diagnostics;
using S3NotifyConformance.Load;
using S3NotifyConformance.Reports.Load;
using SkiaSharp;

namespace S3NotifyConformance.Tests.Load;

/// <summary>index.html as a person sees it: headless Chromium renders it from disk with no network, and the four charts are drawn.</summary>
public sealed class LoadReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    // ScottPlot's default palette: the first four series of every chart.
    private static readonly SKColor[] SeriesColors = [new(0x1f, 0x77, 0xb4), new(0xff, 0x7f, 0x0e), new(0x2c, 0xa0, 0x2c), new(0xd6, 0x27, 0x28)];

    [Test]
    public async Task TheChartsOfIndexHtmlAreDrawnInHeadlessChromium()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed (.ci/run installs Debian's chromium); the screenshot test needs it");
        }

        // Given a report with every chart filled
        var directory = Path.Combine(Path.GetTempPath(), $"s3n-html-{Guid.NewGuid():N}");
        var profile = Path.Combine(directory, "profile");
        var screenshot = Path.Combine(directory, "index.png");
        await new LoadHtmlReportWriter().WriteAsync(Run(), directory, CancellationToken.None);
        try
        {
            // When
            await ScreenshotAsync(Path.Combine(directory, "index.html"), screenshot, profile);

            // Then each of the four chart areas (2 × 2 grid) holds series pixels
            using var bitmap = SKBitmap.Decode(screenshot);
            var quadrants = SeriesPixelsByQuadrant(bitmap);
            TestContext.Progress.WriteLine($"series pixels per chart: {string.Join(", ", quadrants)}");
            Assert.That(quadrants, Has.Length.EqualTo(4).And.All.GreaterThan(300));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static LoadRunResult Run()
    {
        var random = new Random(3);
        var delivery = Enumerable.Range(0, 2000).Select(_ => (long)(25_000 + (random.NextDouble() * 20_000))).ToArray();
        var request = Enumerable.Range(0, 2000).Select(_ => (long)(500 + (random.NextDouble() * random.NextDouble() * 9_000))).ToArray();
        var one = LoadResults.Create(200, 10, 2, delivery, request);
        var seconds = Enumerable.Range(0, 10).Select(i => one.Seconds[0] with { Second = i, Duplicates = i % 4, Lost = i % 3 }).ToImmutableArray();
        return LoadResults.Run("20261123t120000-test", one with { Seconds = seconds }, "loss == 0");
    }

    private static async Task ScreenshotAsync(string html, string png, string profile)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", $"--screenshot={png}", "--window-size=1400,2000",
                     new Uri(html).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.That(File.Exists(png), Is.True, $"chromium wrote no screenshot: {await output} {await error}");
    }

    // Splits the bounding box of all series-coloured pixels into a 2 × 2 grid, one cell per chart.
    private static int[] SeriesPixelsByQuadrant(SKBitmap bitmap)
    {
        var points = new List<(int X, int Y)>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (SeriesColors.Any(c => Math.Abs(c.Red - pixel.Red) + Math.Abs(c.Green - pixel.Green) + Math.Abs(c.Blue - pixel.Blue) < 40))
                {
                    points.Add((x, y));
                }
            }
        }

        if (points.Count == 0)
        {
            return [0, 0, 0, 0];
        }

        var midX = (points.Min(p => p.X) + points.Max(p => p.X)) / 2;
        var midY = (points.Min(p => p.Y) + points.Max(p => p.Y)) / 2;
        return
        [
            points.Count(p => p.X < midX && p.Y < midY), points.Count(p => p.X >= midX && p.Y < midY),
            points.Count(p => p.X < midX && p.Y >= midY), points.Count(p => p.X >= midX && p.Y >= midY),
        ];
    }
}
