using System.Globalization;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Load.Simulations;

/// <summary>Reads the text form of a simulation: <c>NAME:key=value,...</c>, e.g. <c>inject:rate=500,interval=1s,during=20s</c>.
/// Names are NBomber's, in any case, with or without dashes (<c>RampingInject</c>, <c>ramping-inject</c>).</summary>
public static class LoadSimulationParser
{
    /// <summary>Every accepted form, for messages and help.</summary>
    public const string Forms =
        "inject:rate=N,interval=1s,during=20s | ramping-inject:rate=N,interval=1s,during=20s | inject-random:min=N,max=N,interval=1s,during=20s | " +
        "keep-constant:copies=N,during=20s | ramping-constant:copies=N,during=20s | iterations-for-constant:copies=N,iterations=N | " +
        "iterations-for-inject:rate=N,interval=1s,iterations=N | pause:during=5s";

    /// <summary>Parses one simulation; throws <see cref="LoadPlanException"/> naming what is wrong and the accepted forms.</summary>
    public static LoadSimulation Parse(string text)
    {
        var colon = text.IndexOf(':');
        var name = (colon < 0 ? text : text[..colon]).Trim().Replace("-", string.Empty).Replace("_", string.Empty).ToLowerInvariant();
        var values = ParseValues(text, colon < 0 ? string.Empty : text[(colon + 1)..]);
        LoadSimulation simulation = name switch
        {
            "inject" => new InjectSimulation(Int(values, "rate", text), Duration(values, "interval", text, "1s"), Duration(values, "during", text)),
            "rampinginject" => new RampingInjectSimulation(Int(values, "rate", text), Duration(values, "interval", text, "1s"), Duration(values, "during", text)),
            "injectrandom" => new InjectRandomSimulation(Int(values, "min", text), Int(values, "max", text), Duration(values, "interval", text, "1s"), Duration(values, "during", text)),
            "keepconstant" => new KeepConstantSimulation(Int(values, "copies", text), Duration(values, "during", text)),
            "rampingconstant" => new RampingConstantSimulation(Int(values, "copies", text), Duration(values, "during", text)),
            "iterationsforconstant" => new IterationsForConstantSimulation(Int(values, "copies", text), Long(values, "iterations", text)),
            "iterationsforinject" => new IterationsForInjectSimulation(Int(values, "rate", text), Duration(values, "interval", text, "1s"), Long(values, "iterations", text)),
            "pause" => new PauseSimulation(Duration(values, "during", text)),
            _ => throw new LoadPlanException($"unknown simulation '{text}'; write one of: {Forms}"),
        };
        var unknown = values.Keys.Except(Known(simulation)).ToList();
        if (unknown.Count > 0)
        {
            throw new LoadPlanException($"simulation '{text}': unknown setting(s) {string.Join(", ", unknown)} for {simulation.Name}");
        }

        return simulation;
    }

    private static IEnumerable<string> Known(LoadSimulation simulation) => simulation switch
    {
        InjectRandomSimulation => ["min", "max", "interval", "during"],
        IterationsForConstantSimulation => ["copies", "iterations"],
        IterationsForInjectSimulation => ["rate", "interval", "iterations"],
        KeepConstantSimulation or RampingConstantSimulation => ["copies", "during"],
        PauseSimulation => ["during"],
        _ => ["rate", "interval", "during"],
    };

    private static Dictionary<string, string> ParseValues(string text, string settings)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in settings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                throw new LoadPlanException($"simulation '{text}': '{part}' is not key=value");
            }

            values[part[..eq].Trim().ToLowerInvariant()] = part[(eq + 1)..].Trim();
        }

        return values;
    }

    private static int Int(Dictionary<string, string> values, string key, string text)
    {
        var value = Long(values, key, text);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new LoadPlanException($"simulation '{text}': {key} {value} is too large");
    }

    private static long Long(Dictionary<string, string> values, string key, string text)
    {
        var raw = Required(values, key, text);
        return long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new LoadPlanException($"simulation '{text}': {key} '{raw}' is not a whole number");
    }

    private static TimeSpan Duration(Dictionary<string, string> values, string key, string text, string? fallback = null)
    {
        var raw = values.TryGetValue(key, out var v) ? v : fallback ?? Required(values, key, text);
        try
        {
            return DurationText.Parse(raw);
        }
        catch (FormatException e)
        {
            throw new LoadPlanException($"simulation '{text}': {key}: {e.Message}");
        }
    }

    private static string Required(Dictionary<string, string> values, string key, string text) =>
        values.TryGetValue(key, out var value) ? value : throw new LoadPlanException($"simulation '{text}' lacks {key}=");
}
