using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>PutBucketReplication / GetBucketReplication / DeleteBucketReplication (?replication).</summary>
internal static class BucketReplicationHandler
{
    /// <summary>PUT: source versioning must be Enabled; each destination bucket must exist here with versioning Enabled.</summary>
    public static async Task PutAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var root = S3Xml.Parse(await ObjectPayload.ReadAsync(request));
        if (bucket.Versioning != VersioningStatus.Enabled)
        {
            throw new S3Exception(S3Error.InvalidRequest("Versioning must be 'Enabled' on the bucket to apply a replication configuration"));
        }

        var rules = root.Children("Rule").Select(Rule).ToList();
        if (rules.Count == 0)
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        foreach (var rule in rules)
        {
            var destination = request.Services.Buckets.Find(rule.DestinationBucket)
                ?? throw new S3Exception(S3Error.InvalidRequest("Destination bucket must exist."));
            if (destination.Versioning != VersioningStatus.Enabled)
            {
                throw new S3Exception(S3Error.InvalidRequest("Destination bucket must have versioning enabled."));
            }
        }

        bucket.Replication = new ReplicationConfiguration(root.ChildValue("Role") ?? string.Empty, rules.OrderByDescending(r => r.Priority).ToList(), S3Xml.Normalize(root));
        await S3Response.EmptyAsync(request);
    }

    /// <summary>GET: the stored document, or 404 ReplicationConfigurationNotFoundError.</summary>
    public static Task GetAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var configuration = bucket.Replication
            ?? throw new S3Exception(S3Error.New(404, "ReplicationConfigurationNotFoundError", "The replication configuration was not found", ("BucketName", bucket.Name)));
        return S3Response.XmlAsync(request, configuration.Document);
    }

    /// <summary>DELETE: removes the configuration.</summary>
    public static Task DeleteAsync(S3Request request)
    {
        request.RequireBucket().Replication = null;
        return S3Response.EmptyAsync(request, 204);
    }

    private static ReplicationRule Rule(XElement rule)
    {
        var destination = rule.Child("Destination") ?? throw new S3Exception(S3Error.MalformedXml());
        var bucketArn = destination.ChildValue("Bucket") ?? throw new S3Exception(S3Error.MalformedXml());
        var filter = rule.Child("Filter");
        var prefix = (filter?.Child("And") ?? filter)?.ChildValue("Prefix") ?? rule.ChildValue("Prefix") ?? string.Empty;
        var rtc = destination.Child("ReplicationTime");
        var metrics = destination.Child("Metrics");
        return new ReplicationRule(
            rule.ChildValue("ID") ?? Guid.NewGuid().ToString("N"),
            rule.ChildInt("Priority") ?? 0,
            rule.ChildValue("Status") == "Enabled",
            prefix,
            bucketArn,
            destination.ChildValue("StorageClass"),
            rtc?.ChildValue("Status") == "Enabled" ? rtc.Child("Time")?.ChildInt("Minutes") ?? 15 : null,
            metrics?.ChildValue("Status") == "Enabled",
            metrics?.Child("EventThreshold")?.ChildInt("Minutes"));
    }
}
