using S3NotifyConformance.ReferenceStore.Faults;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Decides whether a configuration wants an event.</summary>
internal static class EventMatcher
{
    private static readonly IReadOnlySet<StoreFault> NoFaults = new HashSet<StoreFault>();

    /// <summary>
    /// True when an event name matches one of the rule's events (exact or "category:*", SQS::test_object_created_put_versioned) and the RAW key
    /// starts with the prefix and ends with the suffix, case-sensitively (documentation-derived: filters apply to the
    /// object key name; no AWS recording combines filters with encoded keys).
    /// Seeded faults may ignore the filters or the event types, or compare the prefix case-insensitively.
    /// </summary>
    public static bool Matches(NotificationRule rule, string eventName, string key, IReadOnlySet<StoreFault>? faults = null)
    {
        faults ??= NoFaults;
        if (faults.Contains(StoreFault.FilterIgnored))
        {
            return faults.Contains(StoreFault.EventTypeIgnored) || rule.Events.Any(e => EventNames.Matches(e, eventName));
        }

        var prefixComparison = faults.Contains(StoreFault.PrefixCaseInsensitive) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var wanted = faults.Contains(StoreFault.EventTypeIgnored);
        foreach (var configured in rule.Events)
        {
            if (EventNames.Matches(configured, eventName))
            {
                wanted = true;
                break;
            }
        }

        return wanted &&
            key.StartsWith(rule.Prefix, prefixComparison) &&
            key.EndsWith(rule.Suffix, StringComparison.Ordinal);
    }
}
