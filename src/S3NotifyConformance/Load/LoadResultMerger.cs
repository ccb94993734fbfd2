namespace S3NotifyConformance.Load;

/// <summary>Merges results of agents that ran at the same time (a Kubernetes Indexed Job, a CI matrix): counts add, histograms add
/// without loss, seconds line up by index from each agent's start, and rates add: the merged achieved (and events) rate is the sum
/// of the agents' rates, as the merged requested rate is the sum of theirs.</summary>
/// <remarks>Each agent's rate is its ok requests over its own measurement (its plan plus its last request's tail). Dividing all
/// agents' requests by the longest measurement instead would charge one agent's slowest last request to every agent's throughput,
/// and fall further short of the sum the more agents there are; aligned at their starts, as the seconds are, the agents ran side
/// by side, so what the store sustained while they did is the sum. The merged duration stays the longest agent's.</remarks>
public static class LoadResultMerger
{
    /// <summary>The merged result of several agents' results.</summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> parts)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("nothing to merge");
        }

        var duration = parts.Max(p => p.DurationSeconds);
        var requests = parts.Select(p => p.Requests).ToList();
        var deliveries = parts.Select(p => p.Delivery).ToList();
        var ok = requests.Sum(r => r.Ok);
        var events = deliveries.Sum(d => d.Events);
        var mergedRequests = new RequestSummary(
            requests.Sum(r => r.Scheduled), ok, requests.Sum(r => r.Fail), requests.Sum(r => r.Bytes),
            requests.All(r => r.RequestedRps is not null) ? requests.Sum(r => r.RequestedRps) : null,
            requests.Sum(r => r.AchievedRps),
            RecordedLatency.Sum(requests.Select(r => r.Latency)),
            RecordedLatency.Sum(requests.Select(r => r.ScheduleLag)));
        var mergedDelivery = new DeliverySummary(
            deliveries.Sum(d => d.Writes), deliveries.Sum(d => d.Delivered), deliveries.Sum(d => d.Duplicates), deliveries.Sum(d => d.Lost),
            events, deliveries.Sum(d => d.Unmatched), deliveries.Sum(d => d.EventsPerSecond),
            RecordedLatency.Sum(deliveries.Select(d => d.Latency)),
            RecordedLatency.Sum(deliveries.Select(d => d.Broker)),
            deliveries.Sum(d => d.Problems));
        var first = parts[0];
        return new LoadResult(first.Scenario, first.Step, first.Simulations, first.WarmupSeconds, parts.Max(p => p.PlannedSeconds), duration,
            parts.Sum(p => p.Agents), mergedRequests, mergedDelivery, MergeSeconds(parts), MergeErrors(parts))
        {
            // Each agent's windows stay its own (their seconds count from that agent's start).
            Faults = [.. parts.SelectMany(p => p.Faults.IsDefault ? [] : p.Faults)],
        };
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
            [.. runs.SelectMany(r => r.Sources)]);
    }

    private static ImmutableArray<SecondStats> MergeSeconds(IReadOnlyList<LoadResult> parts)
    {
        var count = parts.Max(p => p.Seconds.Length);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var seconds = parts.Where(p => i < p.Seconds.Length).Select(p => p.Seconds[i]).ToList();
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
