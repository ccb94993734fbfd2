using System.Net;
using System.Net.Sockets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>Every user error of every verb ends the real process with exit 2 and one line on stderr, never a stack trace.</summary>
public sealed class CliUserErrorTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), $"s3n-usererr-{Guid.NewGuid():N}"));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("run", "--parallel", "abc")]
    [TestCase("run", "--parallel", "-3")]
    [TestCase("load", "--warmup", "xyz")]
    [TestCase("load", "--object-size", "big")]
    [TestCase("serve", "--port", "port")]
    [TestCase("serve", "--max-body-bytes", "0")]
    [TestCase("serve", "--duplicate", "lots")]
    [TestCase("compare", "a", "b", "--max-regression", "ten")]
    public async Task AnOptionValueThatDoesNotParseIsOneLine(params string[] args) => AssertOneLine(await CliProcess.RunAsync(args));

    [Test]
    public async Task ServeOnABusyPortIsOneLine()
    {
        // Given a port something listens on
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            // When
            var result = await CliProcess.RunAsync("serve", "--port", ((IPEndPoint)listener.LocalEndpoint).Port.ToString());

            // Then
            AssertOneLine(result);
            Assert.That(result.Error, Does.Contain("address already in use"));
        }
        finally
        {
            listener.Stop();
        }
    }

    [TestCase("report")]
    [TestCase("compare")]
    [TestCase("merge")]
    public async Task AMalformedResultsFileIsOneLine(string verb)
    {
        // Given a results.json that is not JSON and one that is JSON but not a load run
        var broken = Write("broken.json", "{\"schemaVersion\": ");
        var foreign = Write("foreign.json", "{\"a\": 1}");

        // When
        var result = verb == "report" ? await CliProcess.RunAsync(verb, broken) : await CliProcess.RunAsync(verb, broken, foreign);
        var missing = await CliProcess.RunAsync(verb == "report" ? [verb, Path.Combine(_folder, "absent")] : [verb, foreign, Path.Combine(_folder, "absent")]);

        // Then
        AssertOneLine(result);
        AssertOneLine(missing);
    }

    [Test]
    public async Task AMalformedBaselineIsOneLine()
    {
        // Given
        var baseline = Write("baseline.yaml", "deviations: [[[");

        // When
        var result = await CliProcess.RunAsync("run", "--filter", "keys/*", "--baseline", baseline, "--report-dir", _folder);

        // Then
        AssertOneLine(result);
        Assert.That(result.Error, Does.Contain("baseline.yaml"));
    }

    [TestCase("run")]
    [TestCase("load")]
    public async Task AnUnwritableReportDirIsFoundBeforeTheRunStarts(string verb)
    {
        // Given a report folder below a file, which cannot be created
        var blocked = Path.Combine(Write("a-file", "x"), "reports");

        // When
        var result = await CliProcess.RunAsync(verb, "--report-dir", blocked);

        // Then
        AssertOneLine(result);
        Assert.That(result.Error, Does.Contain("--report-dir"));
        Assert.That(result.Out, Does.Not.Contain("scenario(s)"), "nothing ran");
    }

    [Test]
    public async Task ANaNOrMissingMetricIsAnInputErrorNotARegression()
    {
        // Given a real load run, a copy whose p99 latencies are NaN, and a copy without its delivery section
        var load = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "load", "--simulation", "inject:rate=10,interval=1s,during=1s", "--warmup", "0s", "--drain", "3s", "--report-dir", _folder);
        Assert.That(load.ExitCode, Is.EqualTo(0), load.Error);
        var run = Directory.GetDirectories(_folder).Single();
        var text = File.ReadAllText(Path.Combine(run, "results.json"));
        var nan = Write("nan.json", System.Text.RegularExpressions.Regex.Replace(text, "\"p99\": [0-9.eE+-]+", "\"p99\": \"NaN\""));
        var document = JsonNode.Parse(text)!;
        document["result"]!.AsObject().Remove("delivery");
        var cut = Write("cut.json", document.ToJsonString());

        // When
        var withNaN = await CliProcess.RunAsync("compare", run, nan, "--out", _folder);
        var withoutDelivery = await CliProcess.RunAsync("compare", run, cut, "--out", _folder);
        var reportWithoutDelivery = await CliProcess.RunAsync("report", cut);

        // Then
        AssertOneLine(withNaN);
        Assert.That(withNaN.Error, Does.Contain("NaN"));
        AssertOneLine(withoutDelivery);
        AssertOneLine(reportWithoutDelivery);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertOneLine(CliProcess.Result result)
    {
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.StartWith("s3notify: "));
        Assert.That(result.Error, Does.Not.Contain("   at "));
    }
}
