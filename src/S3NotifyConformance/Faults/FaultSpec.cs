using System.Globalization;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Faults;

/// <summary>One planned fault, as written: <c>endpoint-down:at=10s,for=5s</c>, <c>endpoint-slow:at=10s,for=5s,delay=2s</c>,
/// <c>endpoint-error:at=10s,for=5s,status=500</c>, <c>store-restart:at=10s</c>. <c>at</c> counts from the start of the
/// measurement (a conformance step applies it at once and leaves out <c>at</c>).</summary>
/// <param name="Text">The fault as written (normalized).</param>
/// <param name="Kind">What it breaks.</param>
/// <param name="At">When it begins, from the measurement's start.</param>
/// <param name="For">How long it lasts (endpoint faults); zero for a restart, which lasts until the store answers again.</param>
/// <param name="Delay">endpoint-slow: how long each delivery is held.</param>
/// <param name="Status">endpoint-error: the HTTP status answered.</param>
public sealed record FaultSpec(string Text, FaultKind Kind, TimeSpan At, TimeSpan For, TimeSpan Delay, int Status)
{
    /// <summary>The forms <c>--fault</c> takes, for help texts and errors.</summary>
    public const string Forms = "endpoint-down:at=10s,for=5s | endpoint-slow:at=10s,for=5s,delay=2s | endpoint-error:at=10s,for=5s,status=500 | store-restart:at=10s";

    /// <summary>The destinations (ARNs) an endpoint fault covers where the surface can tell them apart (the embedded store); empty:
    /// all. A conformance step sets its scenario's, so scenarios running beside it are not disrupted.</summary>
    public ImmutableArray<string> Destinations { get; init; } = [];

    /// <summary>When it ends, from the measurement's start (a restart: when it begins; it ends when the store answers).</summary>
    public TimeSpan End => At + For;

    /// <summary>Parses one fault; anything wrong is a <see cref="FaultPlanException"/> naming the problem and the forms.</summary>
    /// <param name="requireAt">False for a conformance step, which applies the fault when it runs.</param>
    public static FaultSpec Parse(string text, bool requireAt = true)
    {
        FaultPlanException Error(string why) => new($"fault '{text}': {why} (forms: {Forms})");
        var trimmed = (text ?? string.Empty).Trim();
        var colon = trimmed.IndexOf(':');
        var name = (colon < 0 ? trimmed : trimmed[..colon]).Trim().ToLowerInvariant();
        if (!FaultKinds.ByName.TryGetValue(name, out var kind))
        {
            throw Error($"unknown fault '{name}'; known: {string.Join(", ", FaultKinds.ByName.Keys)}");
        }

        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (colon < 0 ? string.Empty : trimmed[(colon + 1)..]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || !settings.TryAdd(pair[..equals].Trim(), pair[(equals + 1)..].Trim()))
            {
                throw Error($"'{pair}' is not KEY=VALUE, or repeats a key");
            }
        }

        string[] allowed = kind switch
        {
            FaultKind.EndpointSlow => ["at", "for", "delay"],
            FaultKind.EndpointError => ["at", "for", "status"],
            FaultKind.StoreRestart => ["at"],
            _ => ["at", "for"],
        };
        if (settings.Keys.FirstOrDefault(k => !allowed.Contains(k.ToLowerInvariant())) is { } unknown)
        {
            throw Error($"{name} takes {string.Join(", ", allowed)}, not '{unknown}'");
        }

        TimeSpan Duration(string key, bool required)
        {
            if (!settings.TryGetValue(key, out var value))
            {
                return required ? throw Error($"{key}= is missing") : TimeSpan.Zero;
            }

            try
            {
                return DurationText.Parse(value);
            }
            catch (FormatException e)
            {
                throw Error($"{key}: {e.Message}");
            }
        }

        var at = Duration("at", requireAt);
        var length = kind == FaultKind.StoreRestart ? TimeSpan.Zero : Duration("for", true);
        if (kind != FaultKind.StoreRestart && length <= TimeSpan.Zero)
        {
            throw Error("for= must be longer than zero");
        }

        var delay = kind == FaultKind.EndpointSlow ? Duration("delay", true) : TimeSpan.Zero;
        if (kind == FaultKind.EndpointSlow && delay <= TimeSpan.Zero)
        {
            throw Error("delay= must be longer than zero");
        }

        var status = 0;
        if (kind == FaultKind.EndpointError)
        {
            var given = settings.GetValueOrDefault("status", "500");
            if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out status) || status is < 400 or > 599)
            {
                throw Error($"status= must be an HTTP error status 400..599, not '{given}'");
            }
        }

        var parts = new List<string>();
        if (settings.ContainsKey("at"))
        {
            parts.Add($"at={DurationText.Format(at)}");
        }

        if (kind != FaultKind.StoreRestart)
        {
            parts.Add($"for={DurationText.Format(length)}");
        }

        if (kind == FaultKind.EndpointSlow)
        {
            parts.Add($"delay={DurationText.Format(delay)}");
        }

        if (kind == FaultKind.EndpointError)
        {
            parts.Add($"status={status}");
        }

        return new FaultSpec(parts.Count == 0 ? name : $"{name}:{string.Join(",", parts)}", kind, at, length, delay, status);
    }

    /// <summary>Parses a plan and checks it: endpoint faults must not overlap one another (one receiver, one state at a time).</summary>
    public static ImmutableArray<FaultSpec> ParsePlan(IEnumerable<string> texts)
    {
        var plan = texts.Select(t => Parse(t)).OrderBy(f => f.At).ToImmutableArray();
        var endpoint = plan.Where(f => f.Kind.IsEndpoint()).ToList();
        for (var i = 1; i < endpoint.Count; i++)
        {
            if (endpoint[i].At < endpoint[i - 1].End)
            {
                throw new FaultPlanException($"faults '{endpoint[i - 1].Text}' and '{endpoint[i].Text}' overlap; endpoint faults must follow one another");
            }
        }

        return plan;
    }
}
