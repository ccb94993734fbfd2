using System.Security.Cryptography;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>CompleteMultipartUpload (POST ?uploadId) → ObjectCreated:CompleteMultipartUpload; AbortMultipartUpload (DELETE ?uploadId).</summary>
internal static class CompleteMultipartUploadHandler
{
    private const long MinimumPartSize = 5L * 1024 * 1024;

    /// <summary>Assembles the parts; eTag = MD5 of the concatenated binary part MD5s + "-N" (SQS::test_object_created_complete_multipart_upload).</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        var uploadId = request.Query("uploadId")!;
        var upload = bucket.GetUpload(uploadId, key) ?? throw new S3Exception(S3Error.NoSuchUpload(uploadId));
        var requested = S3Xml.Parse(await request.ReadBodyAsync()).Children("Part")
            .Select(p => (Number: int.TryParse(p.ChildValue("PartNumber"), out var n) ? n : -1, ETag: (p.ChildValue("ETag") ?? string.Empty).Trim().Trim('"')))
            .ToList();
        if (requested.Count == 0 || requested.Any(p => p.Number < 1))
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        var parts = new List<Storage.UploadedPart>();
        for (var i = 0; i < requested.Count; i++)
        {
            if (i > 0 && requested[i].Number <= requested[i - 1].Number)
            {
                throw new S3Exception(S3Error.InvalidPartOrder());
            }

            var part = upload.GetPart(requested[i].Number);
            if (part is null || part.ETag != requested[i].ETag)
            {
                throw new S3Exception(S3Error.InvalidPart(requested[i].Number, requested[i].ETag));
            }

            if (i < requested.Count - 1 && part.Content.LongLength < MinimumPartSize)
            {
                throw new S3Exception(S3Error.EntityTooSmall(part.Content.LongLength));
            }

            parts.Add(part);
        }

        var content = parts.SelectMany(p => p.Content).ToArray();
        var digests = parts.SelectMany(p => Convert.FromHexString(p.ETag)).ToArray();
        var eTag = Convert.ToHexStringLower(MD5.HashData(digests)) + "-" + parts.Count.ToString(CultureInfo.InvariantCulture);
        var template = upload.Template with { Content = content, ETag = eTag, PartSizes = parts.Select(p => p.Content.LongLength).ToList() };
        if (!bucket.RemoveUpload(uploadId))
        {
            throw new S3Exception(S3Error.NoSuchUpload(uploadId));
        }

        var version = ObjectWriter.Commit(request.Services, bucket, template, "ObjectCreated:CompleteMultipartUpload", request.Identity);
        S3Response.VersionHeader(request, version.VersionId);
        await S3Response.XmlAsync(request, S3Xml.E(
            "CompleteMultipartUploadResult",
            S3Xml.E("Location", ObjectUrl.Location(request, bucket.Name, key)),
            S3Xml.E("Bucket", bucket.Name),
            S3Xml.E("Key", key),
            S3Xml.E("ETag", S3Xml.Quoted(version.ETag))));
    }

    /// <summary>Discards an upload.</summary>
    public static Task AbortAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var uploadId = request.Query("uploadId")!;
        if (bucket.GetUpload(uploadId, request.RequireKey()) is null || !bucket.RemoveUpload(uploadId))
        {
            throw new S3Exception(S3Error.NoSuchUpload(uploadId));
        }

        return S3Response.EmptyAsync(request, 204);
    }
}
