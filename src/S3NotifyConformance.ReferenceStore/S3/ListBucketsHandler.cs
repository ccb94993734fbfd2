namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>ListBuckets: GET /.</summary>
internal static class ListBucketsHandler
{
    /// <summary>Handles the request.</summary>
    public static Task HandleAsync(S3Request request)
    {
        var services = request.Services;
        var buckets = S3Xml.E("Buckets");
        foreach (var bucket in services.Buckets.All())
        {
            buckets.Add(S3Xml.E(
                "Bucket",
                S3Xml.E("Name", bucket.Name),
                S3Xml.E("CreationDate", S3Xml.Time(bucket.CreationDate)),
                S3Xml.E("BucketRegion", bucket.Region)));
        }

        var root = S3Xml.E("ListAllMyBucketsResult", OwnerElement(request), buckets);
        return S3Response.XmlAsync(request, root);
    }

    /// <summary>The Owner element every listing carries.</summary>
    public static XElement OwnerElement(S3Request request) =>
        S3Xml.E("Owner", S3Xml.E("ID", request.Services.OwnerCanonicalId), S3Xml.E("DisplayName", "reference-store"));
}
