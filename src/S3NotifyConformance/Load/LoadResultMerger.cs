namespace S3NotifyConformance.Load;

/// <summary>Merges results of agents that ran at the same time (a Kubernetes Indexed Job, a CI matrix): counts add, histograms add
/// without loss, seconds line up by the wall clock, and the merged achieved rate is what the store saw: all agents' ok requests over
/// the union of their measurements (the earliest start to the latest end). The merged requested rate is the sum of the agents'.</summary>
/// <remarks>Agents that began their plans at one instant (<c>--start-at</c>) measure over almost the same window, and the merged
/// rate comes within a per mille or so of the sum of their rates; agents that started one after the other spread the same requests
/// over a longer window, so the merged rate falls short of the sum by about the stagger ÷ the window: it is the rate the store saw,
/// and the shortfall says the agents did not load it together. Results without a recorded measurement start (written before
/// 2026-12-02) are taken as aligned at their starts: the window is then the longest agent's measurement.</remarks>
public static class LoadResultMerger
{
    /// <summary>The merged result of several agents' results.</summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> parts)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("nothing to merge");
        }

        var (start, duration) = UnionWindow(parts);
        var requests = parts.Select(p => p.Requests).ToList();
        var deliveries = parts.Select(p => p.Delivery).ToList();
        var ok = requests.Sum(r => r.Ok);
        var events = deliveries.Sum(d => d.Events);
        var mergedRequests = new RequestSummary(
            requests.Sum(r => r.Scheduled), ok, requests.Sum(r => r.Fail), requests.Sum(r => r.Bytes),
            requests.All(r => r.RequestedRps is not null) ? requests.Sum(r => r.RequestedRps) : null,
            duration > 0 ? ok / duration : 0,
            RecordedLatency.Sum(requests.Select(r => r.Latency)),
            RecordedLatency.Sum(requests.Select(r => r.ScheduleLag)));
        var mergedDelivery = new DeliverySummary(
            deliveries.Sum(d => d.Writes), deliveries.Sum(d => d.Delivered), deliveries.Sum(d => d.Duplicates), deliveries.Sum(d => d.Lost),
            events, deliveries.Sum(d => d.Unmatched), duration > 0 ? events / duration : 0,
            RecordedLatency.Sum(deliveries.Select(d => d.Latency)),
            RecordedLatency.Sum(deliveries.Select(d => d.Broker)),
            deliveries.Sum(d => d.Problems));
        var first = parts[0];
        return new LoadResult(first.Scenario, first.Step, first.Simulations, first.WarmupSeconds, parts.Max(p => p.PlannedSeconds), duration,
            parts.Sum(p => p.Agents), mergedRequests, mergedDelivery, MergeSeconds(parts, start), MergeErrors(parts))
        {
            // Each agent's windows stay its own (their seconds count from that agent's start).
            Faults = [.. parts.SelectMany(p => p.Faults.IsDefault ? [] : p.Faults)],
            MeasurementStart = start,
        };
    }

    /// <summary>The union of the agents' measurements on the wall clock: its start (null when an agent's start is unknown) and
    /// length in seconds (the longest measurement when a start is unknown: the agents are then taken as aligned).</summary>
    public static (DateTimeOffset? Start, double Seconds) UnionWindow(IReadOnlyList<LoadResult> parts)
    {
        if (parts.Any(p => p.MeasurementStart is null))
        {
            return (null, parts.Max(p => p.DurationSeconds));
        }

        var start = parts.Min(p => p.MeasurementStart!.Value);
        var end = parts.Max(p => p.MeasurementEnd!.Value);
        return (start, (end - start).TotalSeconds);
    }

    /// <summary>The merged run of several agents' runs: thresholds are evaluated again on the merged result.</summary>
    public static LoadRunResult Merge(string runId, IReadOnlyList<LoadRunResult> runs)
    {
        if (runs.Count == 0)
        {
            throw new ArgumentException("nothing to merge");
        }

        var result = Merge([.. runs.Select(r => r.Result)]);
        var first = runs[0];
        var thresholds = first.Settings.Thresholds.Select(Threshold.Parse);
        var header = first.Header with
        {
            RunId = runId, Machine = RunMachine.Merge(runs.Select(r => r.Machine)), StartedAt = runs.Min(r => r.StartedAt), FinishedAt = runs.Max(r => r.FinishedAt),
        };
        return new LoadRunResult(
            header, first.Settings, result, LoadRunResult.Evaluate(thresholds, result),
            [.. runs.SelectMany(r => r.Problems.Select(p => $"{r.RunId}: {p}"))],
            [.. runs.SelectMany(r => r.CleanupFailures.Select(p => $"{r.RunId}: {p}"))],
            runs.Any(r => r.Interrupted),
            [.. runs.SelectMany(r => r.Sources)])
        {
            LateStart = runs.Where(r => r.LateStart is not null).Select(r => $"{r.RunId}: {r.LateStart}").ToList() is { Count: > 0 } late ? string.Join("; ", late) : null,
        };
    }

    // Each agent's second i covers [its start + i, + 1) on the wall clock: it goes to the merged second nearest that, counted from
    // the union's start (by index from each agent's start when a start is unknown).
    private static ImmutableArray<SecondStats> MergeSeconds(IReadOnlyList<LoadResult> parts, DateTimeOffset? start)
    {
        var shifted = parts.Select(p => (Offset: start is { } origin ? (int)Math.Round((p.MeasurementStart!.Value - origin).TotalSeconds) : 0, p.Seconds)).ToList();
        var count = shifted.Max(p => p.Offset + p.Seconds.Length);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var seconds = shifted.Where(p => i - p.Offset >= 0 && i - p.Offset < p.Seconds.Length).Select(p => p.Seconds[i - p.Offset]).ToList();
            return new SecondStats(
                i, seconds.Sum(s => s.Requested), seconds.Sum(s => s.Ok), seconds.Sum(s => s.Fail), seconds.Sum(s => s.Events),
                seconds.Sum(s => s.Duplicates), seconds.Sum(s => s.Lost),
                RecordedLatency.Sum(seconds.Select(s => s.Request)),
                RecordedLatency.Sum(seconds.Select(s => s.Delivery)),
                RecordedLatency.Sum(seconds.Select(s => s.Broker)));
        })];
    }

    private static ImmutableArray<ErrorCount> MergeErrors(IReadOnlyList<LoadResult> parts) =>
        [.. parts.SelectMany(p => p.Errors).GroupBy(e => e.Error).Select(g => new ErrorCount(g.Key, g.Sum(e => e.Count))).OrderByDescending(e => e.Count)];
}
