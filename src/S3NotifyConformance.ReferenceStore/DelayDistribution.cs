namespace S3NotifyConformance.ReferenceStore;

/// <summary>A delivery delay distribution in milliseconds; parse and print as "fixed:20ms", "uniform:10ms..50ms", "normal:mean=30ms,sd=5ms", "exp:mean=20ms" or "none".</summary>
public sealed record DelayDistribution
{
    private DelayDistribution(DelayDistributionKind kind, double first, double second)
    {
        Kind = kind;
        FirstMilliseconds = first;
        SecondMilliseconds = second;
    }

    /// <summary>No delay at all.</summary>
    public static DelayDistribution None { get; } = new(DelayDistributionKind.None, 0, 0);

    /// <summary>The distribution's shape.</summary>
    public DelayDistributionKind Kind { get; }

    /// <summary>Fixed: the delay; Uniform: the minimum; Normal and Exponential: the mean.</summary>
    public double FirstMilliseconds { get; }

    /// <summary>Uniform: the maximum; Normal: the standard deviation; otherwise 0.</summary>
    public double SecondMilliseconds { get; }

    /// <summary>Every event waits exactly <paramref name="milliseconds"/>.</summary>
    public static DelayDistribution Fixed(double milliseconds) => Create(DelayDistributionKind.Fixed, milliseconds, 0);

    /// <summary>Uniform between <paramref name="minMilliseconds"/> and <paramref name="maxMilliseconds"/>.</summary>
    public static DelayDistribution Uniform(double minMilliseconds, double maxMilliseconds) => Create(DelayDistributionKind.Uniform, minMilliseconds, maxMilliseconds);

    /// <summary>Normal with a mean and a standard deviation, clamped at zero.</summary>
    public static DelayDistribution Normal(double meanMilliseconds, double standardDeviationMilliseconds) => Create(DelayDistributionKind.Normal, meanMilliseconds, standardDeviationMilliseconds);

    /// <summary>Exponential with a mean.</summary>
    public static DelayDistribution Exponential(double meanMilliseconds) => Create(DelayDistributionKind.Exponential, meanMilliseconds, 0);

    /// <summary>Draws one delay in milliseconds (never negative).</summary>
    public double SampleMilliseconds(Random random) => Kind switch
    {
        DelayDistributionKind.Fixed => FirstMilliseconds,
        DelayDistributionKind.Uniform => FirstMilliseconds + (random.NextDouble() * (SecondMilliseconds - FirstMilliseconds)),
        DelayDistributionKind.Normal => Math.Max(0, FirstMilliseconds + (SecondMilliseconds * StandardNormal(random))),
        DelayDistributionKind.Exponential => -FirstMilliseconds * Math.Log(1 - random.NextDouble()),
        _ => 0,
    };

    /// <summary>Parses the text form, e.g. "uniform:10ms..50ms"; throws <see cref="ArgumentException"/> on bad input.</summary>
    public static DelayDistribution Parse(string text) => DelayDistributionParser.Parse(text);

    /// <summary>The text form that <see cref="Parse"/> reads back.</summary>
    public override string ToString() => Kind switch
    {
        DelayDistributionKind.Fixed => $"fixed:{Ms(FirstMilliseconds)}",
        DelayDistributionKind.Uniform => $"uniform:{Ms(FirstMilliseconds)}..{Ms(SecondMilliseconds)}",
        DelayDistributionKind.Normal => $"normal:mean={Ms(FirstMilliseconds)},sd={Ms(SecondMilliseconds)}",
        DelayDistributionKind.Exponential => $"exp:mean={Ms(FirstMilliseconds)}",
        _ => "none",
    };

    private static DelayDistribution Create(DelayDistributionKind kind, double first, double second)
    {
        if (!double.IsFinite(first) || !double.IsFinite(second) || first < 0 || second < 0)
        {
            throw new ArgumentException($"Invalid delay distribution: parameters must be finite and non-negative (got {first}, {second}).");
        }

        if (kind == DelayDistributionKind.Uniform && second < first)
        {
            throw new ArgumentException($"Invalid delay distribution: uniform minimum {first}ms is greater than maximum {second}ms.");
        }

        return new DelayDistribution(kind, first, second);
    }

    private static string Ms(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "ms";

    private static double StandardNormal(Random random)
    {
        // Box-Muller transform.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
