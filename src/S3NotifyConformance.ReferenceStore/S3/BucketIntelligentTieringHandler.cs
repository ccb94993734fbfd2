using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Put/Get/Delete/ListBucketIntelligentTieringConfiguration (?intelligent-tiering[&amp;id=]).</summary>
internal static class BucketIntelligentTieringHandler
{
    /// <summary>PUT: Tiering entries need ARCHIVE_ACCESS 90..730 days or DEEP_ARCHIVE_ACCESS 180..730 days (AWS limits).</summary>
    public static async Task PutAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var id = request.Query("id") ?? string.Empty;
        var root = S3Xml.Parse(await ObjectPayload.ReadAsync(request));
        if (id.Length == 0 || root.ChildValue("Id") != id || root.ChildValue("Status") is not ("Enabled" or "Disabled"))
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        var tierings = root.Children("Tiering").Select(t => (AccessTier: t.ChildValue("AccessTier") ?? string.Empty, Days: t.ChildInt("Days") ?? 0)).ToList();
        foreach (var (tier, days) in tierings)
        {
            var minimum = tier switch
            {
                "ARCHIVE_ACCESS" => 90,
                "DEEP_ARCHIVE_ACCESS" => 180,
                _ => throw new S3Exception(S3Error.MalformedXml()),
            };
            if (days < minimum || days > 730)
            {
                throw new S3Exception(S3Error.InvalidArgument($"Days for {tier} must be between {minimum} and 730", "Days", days.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (tierings.Count == 0)
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        var filter = root.Child("Filter");
        var prefix = (filter?.Child("And") ?? filter)?.ChildValue("Prefix") ?? string.Empty;
        bucket.IntelligentTiering[id] = new IntelligentTieringConfiguration(id, root.ChildValue("Status") == "Enabled", prefix, tierings, S3Xml.Normalize(root));
        await S3Response.EmptyAsync(request);
    }

    /// <summary>GET with id: one configuration (404 NoSuchConfiguration); without: the list.</summary>
    public static Task GetAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        if (request.Query("id") is { Length: > 0 } id)
        {
            return bucket.IntelligentTiering.TryGetValue(id, out var configuration)
                ? S3Response.XmlAsync(request, configuration.Document)
                : throw new S3Exception(S3Error.New(404, "NoSuchConfiguration", "The specified configuration does not exist."));
        }

        var list = S3Xml.E("ListBucketIntelligentTieringConfigurationsOutput", S3Xml.E("IsTruncated", "false"));
        list.Add(bucket.IntelligentTiering.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new XElement(S3Xml.Ns + "IntelligentTieringConfiguration", c.Document.Nodes())));
        return S3Response.XmlAsync(request, list);
    }

    /// <summary>DELETE with id.</summary>
    public static Task DeleteAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        if (!bucket.IntelligentTiering.TryRemove(request.Query("id") ?? string.Empty, out _))
        {
            throw new S3Exception(S3Error.New(404, "NoSuchConfiguration", "The specified configuration does not exist."));
        }

        return S3Response.EmptyAsync(request, 204);
    }
}
