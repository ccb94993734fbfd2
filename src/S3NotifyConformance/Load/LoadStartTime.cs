using System.Globalization;

namespace S3NotifyConformance.Load;

/// <summary>The instant a load run's plan begins at (<c>--start-at</c>, <c>startAt:</c>): agents started by a Kubernetes Job or a CI
/// matrix each set up their bucket and queue, then wait for the same instant, so their measurements line up on the wall clock and
/// their merge's rate is what the store saw. An ISO-8601 instant naming UTC (<c>Z</c>) or an offset.</summary>
public static class LoadStartTime
{
    /// <summary>How far in the past an instant may be when the run starts (clocks and a slow start-up): later, it is a usage error.</summary>
    public static readonly TimeSpan PastTolerance = TimeSpan.FromSeconds(2);

    /// <summary>How far ahead an instant may be: further is surely a mistake (a wrong date or time zone).</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromHours(1);

    /// <summary>Set-up ending later than this after the instant is reported as a late start.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMilliseconds(100);

    /// <summary>With a warm-up, the gap between its planned end and the measurement's start: its last requests finish and its
    /// collector stops unevenly (0.1–0.25 s on a busy 2-core machine, 2026-12-02), and every agent must start measuring at once.</summary>
    public static readonly TimeSpan WarmupGap = TimeSpan.FromSeconds(1);

    /// <summary>When the measurement begins for a plan begun at <paramref name="startAt"/>: at once without a warm-up, else after
    /// the warm-up and <see cref="WarmupGap"/>.</summary>
    public static DateTimeOffset MeasurementDue(DateTimeOffset startAt, TimeSpan warmup) =>
        warmup > TimeSpan.Zero ? startAt + warmup + WarmupGap : startAt;

    /// <summary>Reads <paramref name="text"/> and checks it against <paramref name="now"/>; a bad text or an instant out of range
    /// is a <see cref="LoadPlanException"/> (a usage error, exit 2).</summary>
    public static DateTimeOffset Parse(string text, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        // A time without a zone would be read in whichever zone each agent's machine has: not an instant, so refused.
        var zoned = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || (trimmed.Length > 6 && trimmed[^6] is '+' or '-' && trimmed[^3] == ':');
        if (!trimmed.Contains('T', StringComparison.OrdinalIgnoreCase) || !zoned
            || !DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant))
        {
            throw new LoadPlanException($"--start-at must be an ISO-8601 instant with its zone, e.g. 2026-12-02T08:00:00Z, not '{text}'");
        }

        return Check(instant.ToUniversalTime(), now);
    }

    /// <summary>Checks an instant against <paramref name="now"/>: not more than <see cref="PastTolerance"/> ago nor more than
    /// <see cref="MaxAhead"/> ahead.</summary>
    public static DateTimeOffset Check(DateTimeOffset instant, DateTimeOffset now)
    {
        if (instant < now - PastTolerance)
        {
            throw new LoadPlanException(FormattableString.Invariant(
                $"--start-at {Format(instant)} is {(now - instant).TotalSeconds:0.#} s in the past (now {Format(now)}); give an instant ahead of every agent's start-up"));
        }

        if (instant > now + MaxAhead)
        {
            throw new LoadPlanException(FormattableString.Invariant(
                $"--start-at {Format(instant)} is more than {MaxAhead.TotalMinutes:0} minutes ahead (now {Format(now)}); is its date or zone right?"));
        }

        return instant;
    }

    /// <summary>An instant as written in messages and reports: ISO-8601 UTC with milliseconds.</summary>
    public static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Waits until <paramref name="instant"/> (a timer, not a busy loop; at most <see cref="MaxAhead"/> plus a margin, and
    /// cancellable); returns how late the caller already was (zero when it was on time).</summary>
    public static async Task<TimeSpan> WaitUntilAsync(DateTimeOffset instant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var remaining = instant - clock.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return -remaining;
        }

        await Task.Delay(remaining < MaxAhead + PastTolerance ? remaining : MaxAhead + PastTolerance, clock, cancellationToken);
        return TimeSpan.Zero;
    }
}
