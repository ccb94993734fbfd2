namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>HeadBucket (HEAD /bucket) and GetBucketLocation (GET /bucket?location).</summary>
internal static class HeadBucketHandler
{
    /// <summary>HeadBucket: 200 with x-amz-bucket-region, 404 when missing.</summary>
    public static Task HeadAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        request.Http.Response.Headers["x-amz-bucket-region"] = bucket.Region;
        request.Http.Response.Headers["x-amz-access-point-alias"] = "false";
        return S3Response.EmptyAsync(request);
    }

    /// <summary>GetBucketLocation: empty for us-east-1, the region otherwise.</summary>
    public static Task GetLocationAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var root = S3Xml.E("LocationConstraint", bucket.Region == "us-east-1" ? null : bucket.Region);
        return S3Response.XmlAsync(request, root);
    }
}
