using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>PutBucketVersioning and GetBucketVersioning (?versioning).</summary>
internal static class BucketVersioningHandler
{
    /// <summary>PUT: Status Enabled or Suspended.</summary>
    public static async Task PutAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var status = S3Xml.Parse(await request.ReadBodyAsync()).ChildValue("Status");
        var versioning = status switch
        {
            "Enabled" => VersioningStatus.Enabled,
            "Suspended" => VersioningStatus.Suspended,
            _ => throw new S3Exception(S3Error.MalformedXml()),
        };
        lock (bucket.Gate)
        {
            if (versioning == VersioningStatus.Suspended && bucket.Replication is not null)
            {
                throw new S3Exception(S3Error.InvalidRequest("An Object Lock or replication configuration is present on this bucket, so the versioning state cannot be changed."));
            }

            if (!request.Services.Configuration.CapabilityFaults.VersioningIgnored)
            {
                bucket.Versioning = versioning;
            }
        }

        await S3Response.EmptyAsync(request);
    }

    /// <summary>GET: empty element when never versioned.</summary>
    public static Task GetAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var root = S3Xml.E("VersioningConfiguration");
        if (bucket.Versioning != VersioningStatus.Unversioned)
        {
            root.Add(S3Xml.E("Status", bucket.Versioning.ToString()));
        }

        return S3Response.XmlAsync(request, root);
    }
}
