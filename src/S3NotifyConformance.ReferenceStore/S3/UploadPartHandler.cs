using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>UploadPart (PUT ?partNumber&amp;uploadId) and UploadPartCopy (same, with x-amz-copy-source); no events (SQS::test_object_created_complete_multipart_upload).</summary>
internal static class UploadPartHandler
{
    /// <summary>Handles both.</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var uploadId = request.Query("uploadId")!;
        var upload = bucket.GetUpload(uploadId, request.RequireKey()) ?? throw new S3Exception(S3Error.NoSuchUpload(uploadId));
        var partText = request.Query("partNumber");
        if (!int.TryParse(partText, out var partNumber) || partNumber is < 1 or > 10000)
        {
            throw new S3Exception(S3Error.InvalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber", partText ?? string.Empty));
        }

        var isCopy = request.Header("x-amz-copy-source") is not null;
        var content = isCopy ? CopyRange(request, CopySource.Resolve(request).Version) : await ObjectPayload.ReadAsync(request);
        var part = new UploadedPart(partNumber, content, ObjectPayload.ETagOf(content), DateTimeOffset.UtcNow);
        upload.PutPart(part);
        if (isCopy)
        {
            await S3Response.XmlAsync(request, S3Xml.E("CopyPartResult", S3Xml.E("LastModified", S3Xml.Time(part.LastModified)), S3Xml.E("ETag", S3Xml.Quoted(part.ETag))));
            return;
        }

        request.Http.Response.Headers.ETag = S3Xml.Quoted(part.ETag);
        await S3Response.EmptyAsync(request);
    }

    private static byte[] CopyRange(S3Request request, ObjectVersion source)
    {
        var range = request.Header("x-amz-copy-source-range");
        if (string.IsNullOrEmpty(range))
        {
            return source.Content;
        }

        var parts = range.Replace("bytes=", string.Empty, StringComparison.Ordinal).Split('-');
        if (parts.Length != 2 || !long.TryParse(parts[0], out var from) || !long.TryParse(parts[1], out var to) || from > to || to >= source.Size)
        {
            throw new S3Exception(S3Error.InvalidArgument("The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy", "x-amz-copy-source-range", range));
        }

        return source.Content.AsSpan((int)from, (int)(to - from + 1)).ToArray();
    }
}
