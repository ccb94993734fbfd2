using S3NotifyConformance.Reports;
using S3NotifyConformance.Tests.Load;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Reports;

/// <summary>results.json is the single source of a run folder, whatever the run's kind: one header shape, one reader, and
/// <c>s3notify report</c> brings every other file back from it alone.</summary>
public sealed class RunFolderRenderTests
{
    [Test]
    public async Task EveryFileOfAConformanceRunAndALoadRunComesBackFromResultsJsonAlone()
    {
        using var project = TempProject.Create("s3n-folders-");
        var reports = project.Paths.Reports;

        // Given a small conformance run and a small load run on the embedded store
        var run = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "run", "--filter", "created/put*", "--report-dir", reports);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var load = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "load", "--simulation", "inject:rate=20,interval=1s,during=1s", "--warmup", "0s", "--drain", "5s", "--report-dir", reports);
        Assert.That(load.ExitCode, Is.EqualTo(0), load.Out + load.Error);
        var folders = Directory.GetDirectories(reports).ToDictionary(f => RunResultsReader.Read(f).Header.Kind);
        Assert.That(folders.Keys, Is.EquivalentTo(new[] { RunKind.Conformance, RunKind.Load }));

        foreach (var (kind, folder) in folders)
        {
            var before = Files(folder);
            Assert.That(before.Keys, Has.Count.GreaterThan(1).And.Contain("results.json"), $"{kind}");

            // When every file but results.json is deleted and the run is reported again
            foreach (var file in before.Keys.Where(f => f != "results.json"))
            {
                File.Delete(Path.Combine(folder, file));
            }

            var report = await CliProcess.RunAsync("report", Path.GetFileName(folder), "--report-dir", reports);

            // Then the same files are back with the same bytes
            Assert.That(report.ExitCode, Is.EqualTo(0), report.Error);
            var after = Files(folder);
            Assert.That(after.Keys, Is.EquivalentTo(before.Keys), $"{kind}");
            foreach (var (file, bytes) in before)
            {
                Assert.That(after[file], Is.EqualTo(bytes), $"{kind}: {file}");
            }
        }

        // And both results.json start with a header of one shape
        var headers = folders.Values.Select(f => JsonNode.Parse(File.ReadAllText(Path.Combine(f, "results.json")))!.AsObject()).ToList();
        Assert.That(headers.Select(h => h.First().Key), Is.All.EqualTo("header"));
        Assert.That(Shape(headers[0]["header"]!), Is.EqualTo(Shape(headers[1]["header"]!)));
    }

    [Test]
    public async Task BenchFiguresAreAResultsJsonTheirSummaryRendersFrom()
    {
        using var project = TempProject.Create("s3n-bench-");

        // Given a short benchmark run
        var bench = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "bench", "--only", "webhook", "--posts", "200", "--report-dir", project.Paths.Reports);
        Assert.That(bench.ExitCode, Is.EqualTo(0), bench.Error);
        var folder = Directory.GetDirectories(project.Paths.Reports).Single();
        var read = RunResultsReader.Read(folder);
        var summary = await File.ReadAllTextAsync(Path.Combine(folder, "summary.md"));

        // Then results.json holds the figures under a bench header, and what bench printed is what summary.md lists
        Assert.That(read.Header.Kind, Is.EqualTo(RunKind.Bench));
        var figures = read.AsBench().Webhook;
        Assert.That(figures, Is.Not.Null);
        Assert.That((figures!.Sent, figures.Lost), Is.EqualTo((200, 0L)));
        var line = bench.Out.Split('\n').Single(l => l.StartsWith("(e) ", StringComparison.Ordinal)).TrimEnd();
        Assert.That(summary, Does.Contain("- " + line));

        // When summary.md is deleted and the run reported again, then it is back unchanged
        File.Delete(Path.Combine(folder, "summary.md"));
        Assert.That((await CliProcess.RunAsync("report", folder)).ExitCode, Is.EqualTo(0));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "summary.md")), Is.EqualTo(summary));
    }

    [TestCase("{ \"header\": ", "not JSON")]
    [TestCase("[1, 2]", "not a JSON object")]
    [TestCase("{ \"scenarios\": [] }", "no header")]
    [TestCase("{ \"header\": { \"kind\": \"benchmark\", \"runId\": \"x\" } }", "kind 'benchmark'")]
    [TestCase("{ \"header\": { \"kind\": \"load\", \"runId\": \"x\" } }", "not a complete")]
    [TestCase("{ \"header\": { \"kind\": \"conformance\", \"runId\": 5 } }", "not a readable conformance")]
    [TestCase("{ \"runId\": \"x\", \"kind\": 7 }", "not a readable results.json")]
    public async Task AMalformedResultsJsonOrOneOfAnUnknownKindIsOneLineAndExitTwo(string content, string cause)
    {
        using var project = TempProject.Create("s3n-bad-results-");
        var folder = Path.Combine(project.Paths.Reports, "20261202t000000-bad0");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "results.json"), content);

        foreach (var args in new[] { new[] { "report", folder }, ["matrix", folder, "--out", project.Root], ["compare", folder, folder], ["diff", folder, folder] })
        {
            // When a command reads it
            var (exitCode, _, error, _) = await CliProcess.RunAsync(args);

            // Then it says what is wrong with which file, in one line, and exits 2
            Assert.That(exitCode, Is.EqualTo(2), $"{args[0]}: {error}");
            Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), args[0]);
            Assert.That(error, Does.Contain(cause).And.Contain("results.json"), args[0]);
        }
    }

    [Test]
    public async Task ALoadRunGivenWhereAConformanceRunIsExpectedIsNamedAsSuch()
    {
        // Given a load run's folder
        using var project = TempProject.Create("s3n-kind-");
        var folder = Path.Combine(project.Paths.Reports, "load-run");
        await new S3NotifyConformance.Reports.Load.LoadJsonReportWriter().WriteAsync(LoadResults.Run("load-run", LoadResults.Create(10, 0, 0, [1000])), folder, CancellationToken.None);

        // When it is read
        var read = RunResultsReader.Read(folder);

        // Then its header says load, and asking for a conformance run names what it is
        Assert.That(read.Header.Kind, Is.EqualTo(RunKind.Load));
        Assert.That(() => read.AsConformance(), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("of a load run, not of a conformance run"));
    }

    [Test]
    public void AHeaderlessResultsJsonOfAnEarlierVersionReadsAsTheSameRun()
    {
        using var project = TempProject.Create("s3n-legacy-");
        var run = ConformanceRuns.Sample();
        var loadRun = LoadResults.Run("20261201t000000-load", LoadResults.Create(10, 1, 0, [1000, 2000])) is var l
            ? l with { Header = l.Header with { Target = l.Target with { Note = "faults: delay normal(30ms, 5ms), duplicate 0.05, drop 0, seed 1" } } }
            : null!;

        // Given results.json files as written before the header: its fields at the top, a load target's faults, the machine as one line
        var conformanceFile = WriteHeaderless(project.Root, "conformance.json", new JsonReportWriter().Render(run), load: false);
        var loadFile = WriteHeaderless(project.Root, "load.json", new S3NotifyConformance.Reports.Load.LoadJsonReportWriter().Render(loadRun), load: true);

        // When they are read, then they are the same runs, header included
        Assert.That(new JsonReportWriter().Render(RunResultsReader.ReadConformance(conformanceFile)), Is.EqualTo(new JsonReportWriter().Render(run)));
        Assert.That(new S3NotifyConformance.Reports.Load.LoadJsonReportWriter().Render(RunResultsReader.ReadLoad(loadFile)),
            Is.EqualTo(new S3NotifyConformance.Reports.Load.LoadJsonReportWriter().Render(loadRun)));
    }

    private static string WriteHeaderless(string folder, string name, string json, bool load)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var header = root["header"]!.AsObject();
        root.Remove("header");
        var target = header["target"]!.AsObject().DeepClone().AsObject();
        if (load)
        {
            target.Remove("capabilities");
            target["faults"] = ((string?)target["note"])?["faults: ".Length..];
            target.Remove("note");
            root.Insert(0, "kind", "load");
        }

        var machine = header["machine"]!;
        root["runId"] = header["runId"]!.DeepClone();
        root["tool"] = header["tool"]!.DeepClone();
        root["target"] = target;
        root["startedAt"] = header["startedAt"]!.DeepClone();
        root["finishedAt"] = header["finishedAt"]!.DeepClone();
        root["machine"] = $"{machine["os"]}, {machine["cores"]} cores, {machine["memoryGiB"]} GiB, .NET {machine["dotNet"]}";
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    private static Dictionary<string, byte[]> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static IEnumerable<string> Shape(JsonNode node, string prefix = "") => node is JsonObject o
        ? o.SelectMany(p => new[] { prefix + p.Key }.Concat(p.Value is JsonObject ? Shape(p.Value, prefix + p.Key + ".") : []))
        : [];
}
