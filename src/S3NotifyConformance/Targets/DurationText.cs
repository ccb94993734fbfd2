using System.Globalization;

namespace S3NotifyConformance.Targets;

/// <summary>Parses and prints durations the way files and options spell them: <c>250ms</c>, <c>10s</c>, <c>2m</c>.</summary>
public static class DurationText
{
    /// <summary>Parses a duration; throws <see cref="FormatException"/> naming the accepted forms.</summary>
    public static TimeSpan Parse(string text)
    {
        var t = text.Trim();
        (string unit, double scale)[] units = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)];
        foreach (var (unit, scale) in units)
        {
            if (t.EndsWith(unit, StringComparison.Ordinal) &&
                double.TryParse(t[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return TimeSpan.FromMilliseconds(value * scale);
            }
        }

        throw new FormatException($"'{text}' is not a duration (write e.g. 250ms, 10s, 2m)");
    }

    /// <summary>Prints a duration compactly.</summary>
    public static string Format(TimeSpan duration) =>
        duration.TotalMilliseconds < 1000 ? $"{duration.TotalMilliseconds:0.#}ms" : $"{duration.TotalSeconds:0.##}s";
}
