using S3NotifyConformance.ReferenceStore.S3;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Reads the PutBucketNotificationConfiguration body and writes the Get response (SQS::test_notifications_with_filter).</summary>
internal static class NotificationConfigurationXml
{
    private static readonly (string Element, string ArnElement, DestinationKind Kind)[] Kinds =
    [
        ("TopicConfiguration", "Topic", DestinationKind.Topic),
        ("QueueConfiguration", "Queue", DestinationKind.Queue),
        ("CloudFunctionConfiguration", "CloudFunction", DestinationKind.CloudFunction),
    ];

    /// <summary>The configurations in document order, and whether EventBridge is enabled; MalformedXML on a broken shape.</summary>
    public static (IReadOnlyList<RawNotificationRule> Rules, bool EventBridge) Parse(byte[] body)
    {
        var root = S3Xml.Parse(body);
        if (root.Name.LocalName != "NotificationConfiguration")
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        var rules = new List<RawNotificationRule>();
        var eventBridge = false;
        foreach (var element in root.Elements())
        {
            var name = element.Name.LocalName;
            if (name == "EventBridgeConfiguration")
            {
                eventBridge = true;
                continue;
            }

            var kind = Kinds.FirstOrDefault(k => k.Element == name);
            if (kind.Element is null)
            {
                throw new S3Exception(S3Error.MalformedXml());
            }

            var arn = element.ChildValue(kind.ArnElement) ?? throw new S3Exception(S3Error.MalformedXml());
            var filterRules = element.Child("Filter")?.Child("S3Key")?.Children("FilterRule")
                .Select(r => (r.ChildValue("Name"), r.ChildValue("Value")))
                .ToList() ?? [];
            rules.Add(new RawNotificationRule(kind.Kind, element.ChildValue("Id"), arn.Trim(), element.Children("Event").Select(e => e.Value.Trim()).ToList(), filterRules));
        }

        return (rules, eventBridge);
    }

    /// <summary>The stored configuration as returned by GET: Id, ARN, Events as given, capitalised filter names; empty element when cleared.
    /// <paramref name="dropFilters"/> is a seeded fault: Filter elements left out.</summary>
    public static XElement Write(NotificationConfiguration configuration, bool dropFilters = false)
    {
        var root = S3Xml.E("NotificationConfiguration");
        foreach (var (element, arnElement, kind) in Kinds)
        {
            foreach (var rule in configuration.Rules.Where(r => r.Kind == kind))
            {
                var config = S3Xml.E(element, S3Xml.E("Id", rule.Id), S3Xml.E(arnElement, rule.Arn));
                config.Add(rule.Events.Select(e => S3Xml.E("Event", e)));
                if (rule.FilterRules.Count > 0 && !dropFilters)
                {
                    config.Add(S3Xml.E("Filter", S3Xml.E("S3Key", rule.FilterRules.Select(f => S3Xml.E("FilterRule", S3Xml.E("Name", f.Name), S3Xml.E("Value", f.Value))))));
                }

                root.Add(config);
            }
        }

        if (configuration.EventBridgeEnabled)
        {
            root.Add(S3Xml.E("EventBridgeConfiguration"));
        }

        return root;
    }
}
