namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>DeleteObjects: POST /bucket?delete; one event per requested key, nonexistent keys included (SQS::test_delete_objects).</summary>
internal static class DeleteObjectsHandler
{
    /// <summary>Handles the request (the SDK's checksum header is accepted, not verified).</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var document = S3Xml.Parse(await ObjectPayload.ReadAsync(request));
        var quiet = string.Equals(document.ChildValue("Quiet"), "true", StringComparison.OrdinalIgnoreCase);
        var objects = document.Children("Object").ToList();
        if (objects.Count is 0 or > 1000)
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        var result = S3Xml.E("DeleteResult");
        foreach (var entry in objects)
        {
            var key = entry.ChildValue("Key") ?? throw new S3Exception(S3Error.MalformedXml());
            var versionId = entry.ChildValue("VersionId") is { Length: > 0 } v ? v : null;
            DeleteResult deleted;
            try
            {
                VersionIds.Validate(versionId);
                deleted = DeleteObjectHandler.Delete(request.Services, bucket, key, versionId, request.Identity);
            }
            catch (S3Exception exception)
            {
                // Per-key failures are reported in the result, also in quiet mode.
                result.Add(S3Xml.E("Error", S3Xml.E("Key", key), versionId is null ? null : S3Xml.E("VersionId", versionId), S3Xml.E("Code", exception.Error.Code), S3Xml.E("Message", exception.Error.Message)));
                continue;
            }

            if (quiet)
            {
                continue;
            }

            var element = S3Xml.E("Deleted", S3Xml.E("Key", key));
            if (deleted.VersionId is { } id)
            {
                element.Add(S3Xml.E("VersionId", id));
            }

            if (deleted.DeleteMarker)
            {
                element.Add(S3Xml.E("DeleteMarker", "true"), S3Xml.E("DeleteMarkerVersionId", deleted.DeleteMarkerVersionId));
            }

            result.Add(element);
        }

        await S3Response.XmlAsync(request, result);
    }
}
