namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>PutBucketLifecycleConfiguration / GetBucketLifecycleConfiguration / DeleteBucketLifecycle (?lifecycle).</summary>
internal static class BucketLifecycleHandler
{
    /// <summary>PUT: replaces the configuration; the lifecycle sweeper acts on it on the accelerated clock.</summary>
    public static async Task PutAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        bucket.Lifecycle = LifecycleConfigurationXml.Parse(await ObjectPayload.ReadAsync(request));
        await S3Response.EmptyAsync(request);
    }

    /// <summary>GET: the stored document, or 404 NoSuchLifecycleConfiguration.</summary>
    public static Task GetAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var configuration = bucket.Lifecycle ?? throw new S3Exception(S3Error.New(404, "NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist", ("BucketName", bucket.Name)));
        return S3Response.XmlAsync(request, configuration.Document);
    }

    /// <summary>DELETE: removes the configuration.</summary>
    public static Task DeleteAsync(S3Request request)
    {
        request.RequireBucket().Lifecycle = null;
        return S3Response.EmptyAsync(request, 204);
    }
}
