using S3NotifyConformance.Faults;

namespace S3NotifyConformance.Load;

/// <summary>What one fault window did to delivery. A write belongs to the window when the store acknowledged it while the fault
/// was in force; latencies run from that acknowledgement to the write's first event.</summary>
/// <param name="Window">The fault as applied.</param>
/// <param name="Expected">Writes acknowledged during the window: each owes one event.</param>
/// <param name="Delivered">Of those, writes whose event arrived (at least once).</param>
/// <param name="Lost">Of those, writes without an event by the drain deadline.</param>
/// <param name="Duplicates">Of those, events beyond each write's first.</param>
/// <param name="Backlog">Writes acknowledged before the window ended whose first event arrived after it (delivered late: the backlog).</param>
/// <param name="RecoveryFirstMs">End of the window → the first event received after it; null when none came.</param>
/// <param name="RecoveryDrainedMs">End of the window → the backlog's last event (0 when there was no backlog).</param>
/// <param name="DuringMaxMs">Slowest delivery of the window's writes.</param>
/// <param name="DuringP99Ms">99th percentile delivery of the window's writes.</param>
/// <param name="AfterWrites">Writes acknowledged after the window, until the next window or the end.</param>
/// <param name="AfterMaxMs">Slowest delivery of the writes after the window.</param>
/// <param name="AfterP99Ms">99th percentile delivery of the writes after the window.</param>
/// <param name="Straddling">Writes in flight at an edge of the window (planned before and acknowledged after its start or its end):
/// the store may have raised their events on either side, so a window's counts are exact give or take these.</param>
public sealed record FaultWindowFigures(
    FaultWindow Window,
    long Expected,
    long Delivered,
    long Lost,
    long Duplicates,
    long Backlog,
    double? RecoveryFirstMs,
    double RecoveryDrainedMs,
    double DuringMaxMs,
    double DuringP99Ms,
    long AfterWrites,
    double AfterMaxMs,
    double AfterP99Ms,
    long Straddling = 0)
{
    /// <summary>The exact 99th percentile (nearest rank) of a few latencies; 0 for none.</summary>
    public static double P99(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        return values[Math.Max(0, (int)Math.Ceiling(0.99 * values.Count) - 1)];
    }
}
