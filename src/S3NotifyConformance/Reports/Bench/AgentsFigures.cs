namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (g)'s figures for one agent count: N <c>s3notify load</c> processes against one store, then merged.</summary>
/// <param name="Agents">How many agent processes ran at once.</param>
/// <param name="RequestedPerAgent">The rate each agent was asked for (writes per second).</param>
/// <param name="AgentRates">Each agent's achieved rate (ok ÷ its measurement's duration), in agent order.</param>
/// <param name="SumOfRates">The sum of <paramref name="AgentRates"/>.</param>
/// <param name="MergedRate">The merged run's achieved rate, as <c>s3notify merge</c> computes it (read back from its results.json): all ok
/// writes ÷ the wall-clock union of the agents' measurements.</param>
/// <param name="LongestRate">All ok writes ÷ the longest agent's measurement (what the merge gives agents aligned at their starts), for comparison.</param>
/// <param name="DurationSpreadSeconds">Longest minus shortest agent measurement (each lasts its plan plus its last request's tail).</param>
/// <param name="StartSpreadSeconds">Latest minus earliest start of the agents' measurements on the wall clock (as their results.json
/// record them); null when an agent's is unknown.</param>
/// <param name="UnionRate">All ok writes ÷ the wall-clock union of the agents' measurements (first start to last end), computed here
/// from the agents' results; null when a start is unknown.</param>
/// <param name="Ok">Ok writes summed over the agents.</param>
/// <param name="MergedOk">Ok writes of the merged run.</param>
/// <param name="Delivered">Writes whose event arrived, summed over the agents.</param>
/// <param name="MergedDelivered">Writes whose event arrived, in the merged run.</param>
/// <param name="MergedLost">Lost writes of the merged run.</param>
/// <param name="HistogramsAdd">The merged run's request and delivery histograms equal, bucket by bucket, one histogram into which
/// every agent's recorded latencies were recorded again.</param>
/// <param name="PercentilesEqual">Their statistics (count, min, mean, max, stddev, p50…p99.9) are identical.</param>
/// <param name="MergedDeliveryP50">The merged delivery p50 (ms).</param>
/// <param name="MergedDeliveryP99">The merged delivery p99 (ms).</param>
/// <param name="LeftOnStore">Buckets and queues carrying an agent's run id still on the store after the agents ended (must be 0).</param>
/// <param name="FailedAgents">Agents that exited with a code other than 0, or wrote no results, with why.</param>
/// <param name="MergedRun">The merged run's report folder.</param>
/// <param name="MarginSeconds">How far ahead of the agents' launch the common <c>--start-at</c> instant was.</param>
/// <param name="SlackSeconds">The least time an agent had left between saying it was set up and the instant (negative: it was late); null when unknown.</param>
public sealed record AgentsFigures(
    int Agents, double RequestedPerAgent, ImmutableArray<double> AgentRates, double SumOfRates, double MergedRate, double LongestRate, double DurationSpreadSeconds, double? StartSpreadSeconds, double? UnionRate,
    long Ok, long MergedOk, long Delivered, long MergedDelivered, long MergedLost, bool HistogramsAdd, bool PercentilesEqual,
    double MergedDeliveryP50, double MergedDeliveryP99, int LeftOnStore, ImmutableArray<string> FailedAgents, string MergedRun,
    double MarginSeconds = 0, double? SlackSeconds = null)
{
    /// <summary>The goal: the merged rate within this share of the sum of the agents' rates.</summary>
    public const double Tolerance = 0.02;

    /// <summary>Merged rate ÷ sum of the agents' rates.</summary>
    public double Ratio => SumOfRates > 0 ? MergedRate / SumOfRates : 0;

    /// <summary>The merged rate is within <see cref="Tolerance"/> of the sum.</summary>
    public bool WithinGoal => Math.Abs(Ratio - 1) <= Tolerance;

    /// <summary>Every agent ran, the merge added up exactly, and nothing was left on the store.</summary>
    public bool Succeeded => FailedAgents.IsEmpty && HistogramsAdd && PercentilesEqual && Ok == MergedOk && Delivered == MergedDelivered && LeftOnStore == 0;
}
