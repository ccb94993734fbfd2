using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Reads a LifecycleConfiguration body: the rule subset the store acts on, validated like S3.</summary>
internal static class LifecycleConfigurationXml
{
    private static readonly string[] Actions = ["Expiration", "Transition", "NoncurrentVersionExpiration", "NoncurrentVersionTransition", "AbortIncompleteMultipartUpload"];

    /// <summary>Parses and validates; MalformedXML / InvalidRequest / InvalidArgument on bad input.</summary>
    public static LifecycleConfiguration Parse(byte[] body)
    {
        var root = S3Xml.Parse(body);
        var rules = new List<LifecycleRule>();
        foreach (var rule in root.Children("Rule"))
        {
            var status = rule.ChildValue("Status");
            if (status is not ("Enabled" or "Disabled"))
            {
                throw new S3Exception(S3Error.MalformedXml());
            }

            if (!Actions.Any(a => rule.Child(a) is not null))
            {
                throw new S3Exception(S3Error.InvalidRequest("At least one action needs to be specified in a rule"));
            }

            var (prefix, tags) = Filter(rule);
            var expirationDays = rule.Child("Expiration")?.ChildInt("Days");
            if (expirationDays is <= 0)
            {
                throw new S3Exception(S3Error.InvalidArgument("'Days' for Expiration action must be a positive integer", "Days", expirationDays.Value.ToString(CultureInfo.InvariantCulture)));
            }

            var transitions = rule.Children("Transition").Select(Transition).ToList();
            var noncurrent = rule.Child("NoncurrentVersionExpiration")?.ChildInt("NoncurrentDays");
            rules.Add(new LifecycleRule(rule.ChildValue("ID") ?? Guid.NewGuid().ToString("N"), status == "Enabled", prefix, tags, expirationDays, transitions, noncurrent));
        }

        if (rules.Count == 0)
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        return new LifecycleConfiguration(rules, S3Xml.Normalize(root));
    }

    private static (string Prefix, IReadOnlyList<KeyValuePair<string, string>> Tags) Filter(XElement rule)
    {
        var filter = rule.Child("Filter");
        var scope = filter?.Child("And") ?? filter;
        var prefix = scope?.ChildValue("Prefix") ?? rule.ChildValue("Prefix") ?? string.Empty;
        var tags = (scope?.Children("Tag") ?? []).Select(t => KeyValuePair.Create(t.ChildValue("Key") ?? string.Empty, t.ChildValue("Value") ?? string.Empty)).ToList();
        return (prefix, tags);
    }

    private static (int Days, string StorageClass) Transition(XElement transition)
    {
        var days = transition.ChildInt("Days") ?? throw new S3Exception(S3Error.InvalidRequest("The reference store supports Transition with Days only"));
        var storageClass = ObjectMetadata.StorageClass(transition.ChildValue("StorageClass") ?? throw new S3Exception(S3Error.MalformedXml()));
        if (storageClass is "STANDARD_IA" or "ONEZONE_IA" && days < 30)
        {
            throw new S3Exception(S3Error.InvalidArgument($"'Days' in Transition action must be greater than or equal to 30 for storageClass '{storageClass}'", "Days", days.ToString(CultureInfo.InvariantCulture)));
        }

        return (days, storageClass);
    }
}
