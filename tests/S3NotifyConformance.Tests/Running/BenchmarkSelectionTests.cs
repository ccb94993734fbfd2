using S3NotifyConformance.Running.Benchmarks;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Running;

/// <summary><c>s3notify bench --only</c>: a list of names or letters, as --help and the README describe it.</summary>
public sealed class BenchmarkSelectionTests
{
    [TestCase(new[] { "a,b" }, "ceiling,ingest")]
    [TestCase(new[] { "ingest,webhook" }, "ingest,webhook")]
    [TestCase(new[] { "webhook, A" }, "ceiling,webhook")]
    [TestCase(new[] { "e", "fuzz" }, "webhook,fuzz")]
    [TestCase(new[] { "memory,d" }, "memory")]
    [TestCase(new[] { "h,agents" }, "agents,growth")]
    [TestCase(new[] { "G", "growth" }, "agents,growth")]
    [TestCase(new string[0], "ceiling,ingest,accuracy,memory,webhook,fuzz,agents,growth")]
    public void OnlyTakesNamesAndLettersCommaSeparatedOrRepeated(string[] given, string expected)
    {
        // When the --only values are parsed
        var (selection, unknown) = BenchmarkSelection.Parse(given);

        // Then the named benchmarks are selected, in the order they run, and nothing is unknown
        Assert.That(unknown, Is.Empty);
        Assert.That(string.Join(',', selection!.Selected.Select(b => b.Name)), Is.EqualTo(expected));
    }

    [Test]
    public void AnUnknownEntryIsNamedAndNothingIsSelected()
    {
        // When a list holds a name that is no benchmark
        var (selection, unknown) = BenchmarkSelection.Parse(["ingest,webhok,i"]);

        // Then the unknown entries are given and no selection is made
        Assert.That(selection, Is.Null);
        Assert.That(unknown, Is.EqualTo(new[] { "webhok", "i" }));
    }

    [Test]
    public async Task AListOfBenchmarksRunsEachOnceAndPrintsTheCommandAndTheMachine()
    {
        // When two spellings of the webhook storm and the letter of nothing else are given, with a small storm
        var (exitCode, output, error, _) = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "bench", "--only", "e,webhook", "--posts", "40");

        // Then the storm runs once, followed by the command that repeats it and the machine it ran on
        Assert.That(exitCode, Is.EqualTo(0), error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.That(lines.Count(l => l.StartsWith("(e) webhook retry storm", StringComparison.Ordinal)), Is.EqualTo(1), output);
        Assert.That(lines.Count(l => l.StartsWith('(')), Is.EqualTo(1), output);
        Assert.That(lines, Does.Contain("command: s3notify bench --only webhook --posts 40"));
        Assert.That(lines.Single(l => l.StartsWith("machine: ", StringComparison.Ordinal)),
            Does.Contain($"{Environment.ProcessorCount} cores").And.Contain("GiB").And.Contain($".NET {Environment.Version}"));
    }

    [Test]
    public async Task AListWithAnUnknownBenchmarkExitsTwoWithOneLineBeforeRunningAnything()
    {
        // When a list names a benchmark that does not exist
        var (exitCode, output, error, _) = await CliProcess.RunAsync("bench", "--only", "ingest,nope");

        // Then nothing runs and one line names it
        Assert.That((exitCode, output), Is.EqualTo((2, string.Empty)));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.Contain("unknown benchmark(s) nope; known: ceiling (a), ingest (b)"));
    }

    [TestCase("--agents", "1,0", "--agents takes whole numbers of at least 1, comma-separated (got '0' in '1,0')")]
    [TestCase("--growth", "1,x", "--growth takes whole numbers of at least 1, comma-separated (got 'x' in '1,x')")]
    public async Task AListOfCountsOrFactorsWithAnEntryBelowOneExitsTwoBeforeRunningAnything(string option, string value, string message)
    {
        // When an agent count or a growth factor is not a whole number of at least 1
        var (exitCode, output, error, _) = await CliProcess.RunAsync("bench", "--only", "g,h", option, value);

        // Then nothing runs and the error names the entry
        Assert.That((exitCode, output), Is.EqualTo((2, string.Empty)));
        Assert.That(error, Does.Contain(message));
    }
}
