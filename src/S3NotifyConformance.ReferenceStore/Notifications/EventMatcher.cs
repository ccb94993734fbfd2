namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Decides whether a configuration wants an event.</summary>
internal static class EventMatcher
{
    /// <summary>
    /// True when an event name matches one of the rule's events (exact or "category:*", SQS::test_object_created_put_versioned) and the RAW key
    /// starts with the prefix and ends with the suffix, case-sensitively (documentation-derived: filters apply to the
    /// object key name; no AWS recording combines filters with encoded keys).
    /// </summary>
    public static bool Matches(NotificationRule rule, string eventName, string key)
    {
        var wanted = false;
        foreach (var configured in rule.Events)
        {
            if (EventNames.Matches(configured, eventName))
            {
                wanted = true;
                break;
            }
        }

        return wanted &&
            key.StartsWith(rule.Prefix, StringComparison.Ordinal) &&
            key.EndsWith(rule.Suffix, StringComparison.Ordinal);
    }
}
