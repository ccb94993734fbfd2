namespace S3NotifyConformance.ReferenceStore;

/// <summary>Reads the text form of a <see cref="DelayDistribution"/>.</summary>
internal static class DelayDistributionParser
{
    private const string Formats = "expected none, fixed:20ms, uniform:10ms..50ms, normal:mean=30ms,sd=5ms or exp:mean=20ms";

    /// <summary>Parses e.g. "normal:mean=30ms,sd=5ms".</summary>
    public static DelayDistribution Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase) || trimmed.Length == 0)
        {
            return DelayDistribution.None;
        }

        var colon = trimmed.IndexOf(':');
        if (colon < 0)
        {
            throw Bad(text);
        }

        var kind = trimmed[..colon].Trim().ToLowerInvariant();
        var body = trimmed[(colon + 1)..].Trim();
        return kind switch
        {
            "fixed" => DelayDistribution.Fixed(Duration(body, text)),
            "uniform" => ParseUniform(body, text),
            "normal" => ParseNormal(body, text),
            "exp" or "exponential" => DelayDistribution.Exponential(Named(body, text)["mean"]),
            _ => throw Bad(text),
        };
    }

    private static DelayDistribution ParseUniform(string body, string text)
    {
        var parts = body.Split("..");
        if (parts.Length != 2)
        {
            throw Bad(text);
        }

        return DelayDistribution.Uniform(Duration(parts[0], text), Duration(parts[1], text));
    }

    private static DelayDistribution ParseNormal(string body, string text)
    {
        var values = Named(body, text);
        if (!values.TryGetValue("sd", out var sd) && !values.TryGetValue("stddev", out sd))
        {
            throw Bad(text);
        }

        return DelayDistribution.Normal(values["mean"], sd);
    }

    private static Dictionary<string, double> Named(string body, string text)
    {
        var values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in body.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                throw Bad(text);
            }

            values[pair[..eq].Trim()] = Duration(pair[(eq + 1)..], text);
        }

        if (!values.ContainsKey("mean"))
        {
            throw Bad(text);
        }

        return values;
    }

    private static double Duration(string value, string text)
    {
        var v = value.Trim().ToLowerInvariant();
        double scale = 1;
        if (v.EndsWith("ms", StringComparison.Ordinal))
        {
            v = v[..^2];
        }
        else if (v.EndsWith('s'))
        {
            v = v[..^1];
            scale = 1000;
        }

        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw Bad(text);
        }

        return number * scale;
    }

    private static ArgumentException Bad(string text) => new($"Invalid delay distribution '{text}': {Formats}.", nameof(text));
}
