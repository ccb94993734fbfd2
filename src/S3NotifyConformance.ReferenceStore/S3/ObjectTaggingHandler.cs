using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>PutObjectTagging / GetObjectTagging / DeleteObjectTagging (?tagging) → ObjectTagging:Put / :Delete (SQS::test_object_tagging_put_event, SQS::test_object_tagging_delete_event).</summary>
internal static class ObjectTaggingHandler
{
    /// <summary>PUT: replaces the tag set and emits ObjectTagging:Put.</summary>
    public static async Task PutAsync(S3Request request)
    {
        var body = await ObjectPayload.ReadAsync(request);
        Update(request, ParseTagSet(body), "ObjectTagging:Put", request.Services.Configuration.CapabilityFaults.TaggingOverwritesContent ? body : null);
        await S3Response.EmptyAsync(request);
    }

    /// <summary>DELETE: clears the tag set and emits ObjectTagging:Delete.</summary>
    public static Task DeleteAsync(S3Request request)
    {
        Update(request, [], "ObjectTagging:Delete");
        return S3Response.EmptyAsync(request, 204);
    }

    /// <summary>GET: the tag set.</summary>
    public static Task GetAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var version = ObjectLookup.Require(request, bucket, request.RequireKey(), request.VersionId);
        var tagSet = S3Xml.E("TagSet", version.Tags.Select(t => S3Xml.E("Tag", S3Xml.E("Key", t.Key), S3Xml.E("Value", t.Value))));
        S3Response.VersionHeader(request, version.VersionId);
        return S3Response.XmlAsync(request, S3Xml.E("Tagging", tagSet));
    }

    /// <summary>Parses a Tagging document: at most 10 tags, unique keys.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParseTagSet(byte[] body)
    {
        var tagSet = S3Xml.Parse(body).Child("TagSet") ?? throw new S3Exception(S3Error.MalformedXml());
        var tags = new List<KeyValuePair<string, string>>();
        foreach (var tag in tagSet.Children("Tag"))
        {
            var key = tag.ChildValue("Key") ?? throw new S3Exception(S3Error.MalformedXml());
            if (tags.Any(t => t.Key == key))
            {
                throw new S3Exception(S3Error.New(400, "InvalidTag", "Cannot provide multiple Tags with the same key", ("TagKey", key)));
            }

            tags.Add(KeyValuePair.Create(key, tag.ChildValue("Value") ?? string.Empty));
        }

        return tags.Count <= 10 ? tags : throw new S3Exception(S3Error.New(400, "BadRequest", "Object tags cannot be greater than 10"));
    }

    private static void Update(S3Request request, IReadOnlyList<KeyValuePair<string, string>> tags, string eventName, byte[]? overwriteContent = null)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        lock (bucket.Gate)
        {
            var version = ObjectLookup.Require(request, bucket, key, request.VersionId);
            bucket.ReplaceVersion(overwriteContent is null
                ? version with { Tags = tags }
                : version with { Tags = tags, Content = overwriteContent, ETag = ObjectPayload.ETagOf(overwriteContent) });

            // SQS::test_object_tagging_put_event: eventVersion 2.3, key and eTag, no size, no sequencer; versionId on versioned buckets (inferred).
            request.Services.Notifications.Emit(bucket, S3EventDraft.OfVersion(eventName, version, request.Identity) with { Size = null });
            S3Response.VersionHeader(request, version.VersionId);
        }
    }
}
