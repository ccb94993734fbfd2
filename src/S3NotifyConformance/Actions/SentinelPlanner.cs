using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Plans the sentinel that ends a scenario: for each provisioned destination, a write that the configuration in
/// force is sure to notify (its key built from the filter, its operation from the events). When it has arrived, anything
/// the scenario's own writes caused has had its chance to arrive; a short settle window follows. No long sleeps.</summary>
public static class SentinelPlanner
{
    /// <summary>Every sentinel key contains this; judging sets such writes and events aside.</summary>
    public const string Marker = "s3n-sentinel";

    /// <summary>Plans sentinels for the configuration in force on a bucket in the given versioning state.</summary>
    public static SentinelPlan Plan(NotificationSpec applied, BucketVersioning versioning)
    {
        var steps = ImmutableArray.CreateBuilder<ScenarioStep>();
        var keys = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var configuration in applied.Configurations.Where(c => c.IsProvisioned))
        {
            if (keys.ContainsKey(configuration.DestinationName))
            {
                continue;
            }

            var key = $"{configuration.Prefix}{Marker}-{keys.Count + 1}{configuration.Suffix}";
            var source = $"{Marker}-source-{keys.Count + 1}";
            // EventBridge receives every event of the bucket: a PUT is sure to be sent.
            var planned = configuration.Destination == DestinationKind.EventBridge
                ? StepsFor("ObjectCreated:Put", key, source, versioning)
                : configuration.Events.Select(e => StepsFor(EventNames.ToRecordName(e), key, source, versioning)).FirstOrDefault(s => s is not null);
            if (planned is null)
            {
                continue;
            }

            steps.AddRange(planned);
            keys[configuration.DestinationName] = key;
        }

        return new SentinelPlan(steps.ToImmutable(), keys.ToImmutable());
    }

    private static ScenarioStep[]? StepsFor(string eventName, string key, string source, BucketVersioning versioning)
    {
        var put = new PutObjectStep(key, new ObjectBody(Marker, 0));
        return eventName switch
        {
            "ObjectCreated:*" or "ObjectCreated:Put" => [put],
            "ObjectCreated:Post" => [new PostObjectStep(key, new ObjectBody(Marker, 0))],
            "ObjectCreated:Copy" => [new PutObjectStep(source, new ObjectBody(Marker, 0)), new CopyObjectStep(source, key)],
            "ObjectCreated:CompleteMultipartUpload" => [new MultipartUploadStep(key, [1024])],
            "ObjectRemoved:*" => [put, new DeleteObjectStep(key)],
            "ObjectRemoved:Delete" when versioning == BucketVersioning.Enabled => [put with { Label = key }, new DeleteObjectStep(key, key)],
            "ObjectRemoved:Delete" when versioning == BucketVersioning.None => [put, new DeleteObjectStep(key)],
            "ObjectRemoved:DeleteMarkerCreated" when versioning != BucketVersioning.None => [put, new DeleteObjectStep(key)],
            "ObjectTagging:*" or "ObjectTagging:Put" => [put, new PutObjectTaggingStep(key, ImmutableSortedDictionary<string, string>.Empty.Add("sentinel", "1"))],
            "ObjectTagging:Delete" => [put, new DeleteObjectTaggingStep(key)],
            "ObjectAcl:Put" => [put, new PutObjectAclStep(key, "public-read")],
            _ => null,
        };
    }
}
