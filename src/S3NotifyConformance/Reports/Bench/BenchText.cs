using System.Globalization;

namespace S3NotifyConformance.Reports.Bench;

/// <summary>One line per benchmark's figures, as <c>s3notify bench</c> prints them and summary.md lists them, written once
/// (numbers in the invariant culture: the tool runs with invariant globalization).</summary>
public static class BenchText
{
    /// <summary>The heading line: the machine and the day.</summary>
    public static string Heading(BenchResult result) => $"s3notify bench on {result.Header.Machine}, {result.Header.StartedAt:yyyy-MM-dd}";

    /// <summary>The lines of every benchmark that ran, in order (a) to (h).</summary>
    public static IEnumerable<string> Lines(BenchResult result)
    {
        if (result.Ceiling is { } a)
        {
            yield return Ceiling(a);
        }

        if (result.Ingest is { } b)
        {
            yield return Ingest(b);
        }

        if (result.Accuracy is { } c)
        {
            yield return Accuracy(c, result.AccuracySimulation ?? "?");
        }

        if (result.Memory is { } d)
        {
            yield return Memory(d);
        }

        if (result.Webhook is { } e)
        {
            yield return Webhook(e, result.WebhookBatched);
        }

        foreach (var f in result.Fuzz ?? [])
        {
            yield return Fuzz(f, result.FuzzSeed ?? 0);
        }

        foreach (var g in result.Agents ?? [])
        {
            yield return Agents(g, result.AgentsSimulation ?? "?");
        }

        foreach (var h in result.Growth ?? [])
        {
            yield return Growth(h, result.GrowthFilter ?? "?");
        }
    }

    /// <summary>(a)</summary>
    public static string Ceiling(SdkCeilingFigures a) =>
        $"(a) PutObject ceiling, {a.Concurrency} loops, {a.Seconds:0} s each (alternating raw, engine, engine, raw): raw SDK {a.RawPerSecond:0}/s; engine while measuring {a.EnginePerSecond:0}/s " +
        $"(ratio {a.Ratio:0.00}; request p99 {a.EngineRequestP99:0.#} ms; lost {a.Lost})" +
        (a is { RawCpuMicroseconds: { } raw, EngineCpuMicroseconds: { } engine } ? $"; CPU per PutObject raw {raw:0} µs, engine {engine:0} µs" : "");

    /// <summary>(b)</summary>
    public static string Ingest(CollectorIngestFigures b) =>
        $"(b) collector ingest: load sink alone (parse + pair + record) {b.SinkPerSecond:0} events/s over {b.SinkEvents} events; " +
        $"SQS collector draining a pre-filled queue of the embedded store, {b.Receivers} receivers: {b.QueuePerSecond:0} events/s over {b.QueueEvents} events" +
        (b.QueueCpuMicroseconds is { } cpu ? $" (CPU {cpu:0} µs per event)" : "");

    /// <summary>(c)</summary>
    public static string Accuracy(MeasurementErrorFigures c, string simulation) =>
        $"(c) measurement error, delay {c.Delay}, duplicate {c.ConfiguredDuplication:P1}, {simulation}, {c.Writes} writes: " +
        $"duplication measured {c.MeasuredDuplication:P2}; " +
        string.Join("; ", c.Percentiles.Select(p => I($"p{p.Percentile:0.##} configured {p.Configured:0.00} ms, measured {p.Measured:0.00} ms, error {p.Error:+0.00;-0.00} ms")));

    /// <summary>(d)</summary>
    public static string Memory(MemoryFigures d) =>
        $"(d) memory of a {d.Events}-event run (engine, tracker, metrics; synthetic step, {d.Seconds:0.0} s): managed heap peak +{Mb(d.PeakManagedGrowth)} MB, " +
        $"retained after the run {Mb(d.RetainedManaged)} MB, process peak working set {Mb(d.PeakWorkingSet)} MB, results.json {d.ResultsJsonBytes / 1024.0:0} KiB";

    /// <summary>(e)</summary>
    public static string Webhook(WebhookStormFigures e, WebhookStormFigures? batched = null) =>
        $"(e) webhook retry storm, {e.Connections} connections: {e.Sent} POSTs in {e.Elapsed.TotalSeconds:0.00} s ({e.PostsPerSecond:0} POST/s); " +
        $"received {e.Received}, recorded {e.Recorded}, lost {e.Lost}, {e.NonSuccessAnswers} non-2xx answers" + Cpu(e) +
        (batched is { } b
            ? $"; {b.RecordsPerPost}-record POSTs: {b.Sent} in {b.Elapsed.TotalSeconds:0.00} s ({b.RecordsPerSecond:0} records/s); " +
              $"received {b.Received}, recorded {b.Recorded}, lost {b.Lost}, {b.NonSuccessAnswers} non-2xx answers" + Cpu(b)
            : "");

    private static string Cpu(WebhookStormFigures e) => e.CpuMicrosecondsPerPost is { } cpu ? $"; CPU {cpu:0} µs per POST" : "";

    /// <summary>(f), one delivery path.</summary>
    public static string Fuzz(FuzzPathFigures f, int seed) =>
        $"(f) hostile bodies, {f.Path} path, seed {seed}: {f.Sent} sent ({f.ExpectedUnreadable} unreadable by construction) in {f.Elapsed.TotalSeconds:0.0} s; " +
        $"received {f.Received}, recorded as events {f.RecordedAsEvents}, as unreadable {f.RecordedAsUnreadable}, unaccounted {f.Unaccounted}, " +
        $"misjudged {f.Misjudged}, crashes {f.Crashes}; {f.ReadableFindings} delivery.readable findings; load tracker: {f.LoadProblems} problems";

    /// <summary>(g), one agent count.</summary>
    public static string Agents(AgentsFigures g, string simulation) =>
        I($"(g) agents add up, {g.Agents} agent process(es) × {simulation}: agents {string.Join(" + ", g.AgentRates.Select(r => r.ToString("0.0", CultureInfo.InvariantCulture)))} = {g.SumOfRates:0.0}/s; ") +
        I($"merged (all ok ÷ the union of the measurements) {g.MergedRate:0.0}/s, ratio {g.Ratio:0.0000}, {(g.WithinGoal ? "within" : "NOT within")} {AgentsFigures.Tolerance:P0}; ") +
        I($"--start-at {g.MarginSeconds:0.#} s after launch, ") +
        (g.SlackSeconds is { } slack ? I($"least slack {slack:0.00} s; ") : "slack unknown; ") +
        (g.StartSpreadSeconds is { } spread && g.UnionRate is { } union
            ? I($"measurements started {spread * 1000:0} ms apart, union recomputed {union:0.0}/s; ")
            : "measurement starts unknown; ") +
        I($"all ok ÷ the longest measurement {g.LongestRate:0.0}/s, lengths differing by {g.DurationSpreadSeconds * 1000:0} ms; ") +
        I($"ok {g.Ok} = merged {g.MergedOk}, delivered {g.Delivered} = merged {g.MergedDelivered}, lost {g.MergedLost}; ") +
        I($"merged histograms {(g.HistogramsAdd ? "equal" : "DIFFER from")} the agents' re-recorded bucket by bucket, percentiles {(g.PercentilesEqual ? "identical" : "DIFFER")} ") +
        I($"(delivery p50 {g.MergedDeliveryP50:0.00} ms, p99 {g.MergedDeliveryP99:0.00} ms); left on the store {g.LeftOnStore}") +
        (g.FailedAgents.IsEmpty ? string.Empty : $"; FAILED: {string.Join("; ", g.FailedAgents)}");

    /// <summary>(h), one factor.</summary>
    public static string Growth(GrowthFigures h, string filter) =>
        I($"(h) growth ×{h.Factor} ({h.Factor} key(s) per scenario), {h.Scenarios} scenarios '{filter}': {h.Passed} passed, {h.NotPassed} not; ") +
        I($"{h.Writes} writes, {h.ExpectedEvents} events expected, {h.Matched} matched; wall {h.WallSeconds:0.0} s = {h.PerScenarioMs:0.0} ms per scenario, {h.PerKeyMs:0.0} ms per key ") +
        I($"(scenario median {h.MedianScenarioMs:0} ms, several at once); peak RSS {Mb(h.PeakWorkingSet)} MB{(h.PeakIsPerFactor ? "" : " (process peak so far)")}, ") +
        I($"managed heap peak +{Mb(h.PeakManagedGrowth)} MB, after a full collection {h.RetainedManaged / 1048576.0:+0.0;-0.0} MB");

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
