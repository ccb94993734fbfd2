namespace S3NotifyConformance.Judging.Rules;

/// <summary>eventVersion is major 2 with at least the recorded minor for the event type (see <see cref="EventVersionPolicy"/>).</summary>
public sealed class EventVersionRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "record.event-version";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        var policy = context.Evidence.EventVersions;
        foreach (var (expected, observed) in context.Pairing.Matched.Where(m => !m.Expected.IsEventBridge))
        {
            var text = Show(observed.Record!["eventVersion"]);
            var minimum = policy.MinimumMinor(expected.EventName);
            var parts = text.Split('.');
            var ok = parts.Length == 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor) && major == policy.Major && minor >= minimum;
            if (!ok)
            {
                yield return Fail($"{expected} eventVersion", $"{policy.Major}.{minimum} or a later {policy.Major}.x", text, observed) with
                {
                    Aspect = $"{expected.EventName} eventVersion",
                    Field = "eventVersion",
                };
            }
        }
    }
}
