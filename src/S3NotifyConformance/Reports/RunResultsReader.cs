using S3NotifyConformance.Load;
using S3NotifyConformance.Reports.Bench;
using S3NotifyConformance.Reports.SelfTest;

namespace S3NotifyConformance.Reports;

/// <summary>The one reader of results.json: looks at the header's kind and reads the body of that kind. A file that is
/// missing is a <see cref="FileNotFoundException"/>; one that is not JSON, has no header, names an unknown kind or misses
/// a part every report needs is an <see cref="InvalidDataException"/> naming the file, never a crash later in a report.</summary>
public static class RunResultsReader
{
    /// <summary>The file name every run folder's data has.</summary>
    public const string FileName = "results.json";

    /// <summary>Reads a results.json, given the file or its run folder.</summary>
    public static ResultsFile Read(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"no {FileName} at {file}");
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new InvalidDataException($"{file} is not a {FileName}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file} is not a {FileName}: not JSON ({e.Message})", e);
        }

        try
        {
            LegacyResults.Upgrade(root);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{file} is not a readable {FileName} (one without a header, of an earlier version): {e.Message}", e);
        }

        var header = root["header"] as JsonObject ?? throw new InvalidDataException($"{file} is not a {FileName}: it has no header");
        var kind = (header["kind"] as JsonValue)?.TryGetValue<string>(out var text) == true ? text : null;
        try
        {
            return kind switch
            {
                "conformance" => ResultsFile.Of(file, Conformance(root.Deserialize<RunResult>(ReportJson.Options), file)),
                "load" => ResultsFile.Of(file, LoadRun(root.Deserialize<LoadRunResult>(ReportJson.Options), file)),
                "selftest" => ResultsFile.Of(file, SelfTest(root.Deserialize<SelfTestResult>(ReportJson.Options), file)),
                "bench" => ResultsFile.Of(file, Bench(root.Deserialize<BenchResult>(ReportJson.Options), file)),
                _ => throw new InvalidDataException(
                    $"{file} holds a run of kind '{kind ?? "(none)"}', which this tool does not know (it reads conformance, load, selftest and bench runs)"),
            };
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException
                                      or OverflowException or KeyNotFoundException or NullReferenceException)
        {
            throw new InvalidDataException($"{file} is not a readable {kind} run's {FileName}: {e.Message}", e);
        }
    }

    /// <summary>Reads a conformance run's results.json (file or folder); another kind is an <see cref="InvalidDataException"/>.</summary>
    public static RunResult ReadConformance(string path) => Read(path).AsConformance();

    /// <summary>Reads a load run's results.json (file or folder); another kind is an <see cref="InvalidDataException"/>.</summary>
    public static LoadRunResult ReadLoad(string path) => Read(path).AsLoad();

    /// <summary>A kind as people say it: conformance, load, self-test, bench.</summary>
    public static string Name(RunKind kind) => kind switch
    {
        RunKind.SelfTest => "self-test",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static void RequireHeader(RunHeader? header, RunKind kind, string file)
    {
        if (header?.RunId is null || header.Tool is null || header.Target?.Name is null || header.Machine is null || header.Kind != kind)
        {
            throw new InvalidDataException($"{file} is not a complete {FileName}: its header misses the run id, tool, target or machine");
        }
    }

    private static RunResult Conformance(RunResult? run, string file)
    {
        RequireHeader(run?.Header, RunKind.Conformance, file);
        return run!.Scenarios.IsDefault || run.Scenarios.Any(s => s is null)
            ? throw new InvalidDataException($"{file} is not a complete conformance run's {FileName}: it has no scenarios")
            : run;
    }

    private static LoadRunResult LoadRun(LoadRunResult? run, string file)
    {
        RequireHeader(run?.Header, RunKind.Load, file);
        if (run!.Result?.Requests is null || run.Result.Delivery is null || run.Settings is null)
        {
            throw new InvalidDataException($"{file} is not a complete load run's {FileName}: its result, requests, delivery or settings section is missing");
        }

        // Every compared metric must be readable (a section cut short throws here, not in the middle of a report).
        foreach (var metric in LoadMetricCatalog.Compared)
        {
            metric.Read(run.Result);
        }

        return run;
    }

    private static BenchResult Bench(BenchResult? run, string file)
    {
        RequireHeader(run?.Header, RunKind.Bench, file);
        return run!;
    }

    private static SelfTestResult SelfTest(SelfTestResult? run, string file)
    {
        RequireHeader(run?.Header, RunKind.SelfTest, file);
        return run!.Faults.IsDefault
            ? throw new InvalidDataException($"{file} is not a complete self-test's {FileName}: it has no fault verdicts")
            : run;
    }
}
