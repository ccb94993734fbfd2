using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.S3;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Validates a PUT in AWS order (SQS::test_multiple_invalid_sqs_arns; truth: Configuration validation): ARN syntax, filter rules, event names, duplicate rules, overlaps, then destinations.</summary>
internal static class NotificationConfigurationValidator
{
    private const string OverlapMessage =
        "Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if the prefixes are overlapping for the same event type.";

    /// <summary>The configuration to store (ids generated, filter names capitalised), or an S3Exception (altered by the store's
    /// seeded validation faults).</summary>
    public static NotificationConfiguration Validate(IReadOnlyList<RawNotificationRule> raw, bool eventBridge, bool checkDestinations, string bucket, StoreServices services)
    {
        try
        {
            return ValidateInOrder(raw, eventBridge, checkDestinations, bucket, services);
        }
        catch (S3Exception e) when (services.SeededFaults.Overlaps([StoreFault.WrongErrorCode, StoreFault.EmptyErrorMessage, StoreFault.MissingErrorArguments]))
        {
            throw new S3Exception(Distort(e.Error, services.SeededFaults));
        }
    }

    private static S3Error Distort(S3Error error, IReadOnlySet<StoreFault> faults) => error with
    {
        Code = faults.Contains(StoreFault.WrongErrorCode) ? "InvalidRequest" : error.Code,
        Message = faults.Contains(StoreFault.EmptyErrorMessage) ? string.Empty : error.Message,
        Details = faults.Contains(StoreFault.MissingErrorArguments) ? [.. error.Details.Where(d => !d.Key.StartsWith("Argument", StringComparison.Ordinal))] : error.Details,
    };

    private static NotificationConfiguration ValidateInOrder(IReadOnlyList<RawNotificationRule> raw, bool eventBridge, bool checkDestinations, string bucket, StoreServices services)
    {
        // SQS::test_multiple_invalid_sqs_arns [A]: all ARN syntax checks run first; only the first bad one is reported, un-numbered.
        foreach (var rule in raw)
        {
            if (!ArnPatterns.IsValid(rule.Kind, rule.Arn))
            {
                throw Invalid("The ARN could not be parsed", ArnPatterns.ElementName(rule.Kind), rule.Arn);
            }
        }

        var rules = raw.Select(ValidateFilters).ToList();
        foreach (var rule in rules)
        {
            // Inferred (not AWS-recorded): unknown event names are rejected like this.
            if (rule.Events.Count == 0)
            {
                throw new S3Exception(S3Error.MalformedXml());
            }

            if (rule.Events.FirstOrDefault(e => !EventNames.IsKnown(e)) is { } unknown && !services.SeededFaults.Contains(StoreFault.UnknownEventAccepted))
            {
                throw Invalid("The event is not supported for notifications", "Event", unknown);
            }
        }

        foreach (var rule in rules)
        {
            // Inferred (no evidence anywhere): two rules of one name in a filter.
            var duplicate = rule.FilterRules.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw Invalid($"Cannot specify more than one {duplicate.Key.ToLowerInvariant()} rule in a filter.", "FilterRule.Name", duplicate.Key);
            }
        }

        CheckOverlaps(rules);
        if (checkDestinations)
        {
            CheckDestinations(rules, bucket, services);
        }

        return new NotificationConfiguration(rules, eventBridge);
    }

    private static NotificationRule ValidateFilters(RawNotificationRule raw)
    {
        var filters = new List<FilterRule>();
        foreach (var (name, value) in raw.FilterRules)
        {
            // API::test_bucket_notification_with_missing_values_in_rule, API::test_bucket_notification_with_invalid_filter_rules [A]: missing Name or Value → MalformedXML; other names → InvalidArgument FilterRule.Name.
            if (name is null || value is null)
            {
                throw new S3Exception(S3Error.MalformedXml());
            }

            var normalised = name.ToLowerInvariant() switch
            {
                "prefix" => "Prefix",
                "suffix" => "Suffix",
                _ => throw Invalid("filter rule name must be either prefix or suffix", "FilterRule.Name", name),
            };
            filters.Add(new FilterRule(normalised, value));
        }

        var id = string.IsNullOrEmpty(raw.Id) ? Convert.ToBase64String(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString("D"))) : raw.Id;
        return new NotificationRule(id, raw.Kind, raw.Arn, raw.Events, filters);
    }

    private static void CheckOverlaps(List<NotificationRule> rules)
    {
        // Documentation-derived message [D]; code InvalidArgument and the Event argument fields are inferred.
        for (var j = 1; j < rules.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (rules[i], rules[j]);
                var prefixesOverlap = a.Prefix.StartsWith(b.Prefix, StringComparison.Ordinal) || b.Prefix.StartsWith(a.Prefix, StringComparison.Ordinal);
                var suffixesOverlap = a.Suffix.EndsWith(b.Suffix, StringComparison.Ordinal) || b.Suffix.EndsWith(a.Suffix, StringComparison.Ordinal);
                if (!prefixesOverlap || !suffixesOverlap)
                {
                    continue;
                }

                var first = a.Events.SelectMany(EventNames.Expand).ToHashSet(StringComparer.Ordinal);
                var shared = b.Events.FirstOrDefault(e => EventNames.Expand(e).Any(first.Contains));
                if (shared is not null)
                {
                    throw Invalid(OverlapMessage, "Event", shared);
                }
            }
        }
    }

    private static void CheckDestinations(List<NotificationRule> rules, string bucket, StoreServices services)
    {
        // SQS::test_multiple_invalid_sqs_arns [A]: numbered ArgumentName / ArgumentValue pairs, one per failing destination.
        var failures = new List<(string Name, string Value)>();
        foreach (var rule in rules.DistinctBy(r => (r.Kind, r.Arn)))
        {
            if (Failure(rule, bucket, services) is { } failure)
            {
                failures.Add(failure);
            }
        }

        if (failures.Count > 0)
        {
            var details = failures.SelectMany((f, i) => new[] { ($"ArgumentName{i + 1}", f.Name), ($"ArgumentValue{i + 1}", f.Value) }).ToArray();
            throw new S3Exception(S3Error.New(400, "InvalidArgument", "Unable to validate the following destination configurations", details));
        }
    }

    // A destination that exists but whose access policy does not let S3 publish for this bucket: the test message S3 sends
    // would be refused ("PutBucketNotificationConfiguration": the whole PUT fails). The queue's text is AWS's as quoted in
    // aws-cli#8162 [U]; the topic's is the same sentence for a topic [U] (truth: Configuration validation, "Not recorded").
    private static (string Name, string Value)? Failure(NotificationRule rule, string bucket, StoreServices services)
    {
        var policyChecked = !services.SeededFaults.Contains(StoreFault.DestinationPolicyIgnored);
        switch (rule.Kind)
        {
            case DestinationKind.Queue:
                var queue = services.Queues.FindByArn(rule.Arn);
                return queue is null ? (rule.Arn, "The destination queue does not exist")
                    : !policyChecked || DestinationAccessPolicy.AllowsS3(queue.Attributes.GetValueOrDefault("Policy"), "sqs:SendMessage", rule.Arn, bucket, services.AccountId) ? null
                    : (rule.Arn, "Permissions on the destination queue do not allow S3 to publish notifications from this bucket");
            case DestinationKind.Topic:
                var topic = services.Topics.Find(rule.Arn);
                return topic is null ? (rule.Arn, "The destination topic does not exist")
                    : !policyChecked || DestinationAccessPolicy.AllowsS3(topic.Attributes.GetValueOrDefault("Policy"), "sns:Publish", rule.Arn, bucket, services.AccountId) ? null
                    : (rule.Arn, "Permissions on the destination topic do not allow S3 to publish notifications from this bucket");
            case DestinationKind.CloudFunction:
                // LBD::test_invalid_lambda_arn [A]: a missing function reads as one S3 may not invoke (it cannot tell them apart).
                return services.Functions.Find(rule.Arn) is null ? ($"{rule.Arn}, null", $"Not authorized to invoke function [{rule.Arn}]") : null;
            default:
                return null;
        }
    }

    private static S3Exception Invalid(string message, string name, string value) => new(S3Error.InvalidArgument(message, name, value));
}
