namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>RestoreObject: POST /bucket/key?restore with RestoreRequest (Days, GlacierJobParameters/Tier).</summary>
internal static class RestoreObjectHandler
{
    /// <summary>202 when a restore starts, 200 when an existing restored copy's Days are updated.</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        var document = S3Xml.Parse(await ObjectPayload.ReadAsync(request));
        var tier = document.Child("GlacierJobParameters")?.ChildValue("Tier") ?? document.ChildValue("Tier") ?? "Standard";
        if (tier is not ("Expedited" or "Standard" or "Bulk"))
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        lock (bucket.Gate)
        {
            var version = ObjectLookup.Require(request, bucket, key, request.VersionId);
            var days = document.ChildInt("Days");
            if (version.StorageClass is not ("GLACIER" or "DEEP_ARCHIVE") && version.ArchiveTier is null)
            {
                throw new S3Exception(S3Error.New(403, "InvalidObjectState", "Restore is not allowed for the object's current storage class", ("StorageClass", version.StorageClass)));
            }

            if (version.StorageClass == "DEEP_ARCHIVE" && tier == "Expedited")
            {
                throw new S3Exception(S3Error.New(400, "InvalidTier", "Expedited retrieval is not supported for the DEEP_ARCHIVE storage class"));
            }

            if (version.Restore is { InProgress: true })
            {
                throw new S3Exception(S3Error.New(409, "RestoreAlreadyInProgress", "Object restore is already in progress"));
            }

            if (version.ArchiveTier is null && days is not > 0)
            {
                throw new S3Exception(S3Error.MalformedXml());
            }

            S3Response.VersionHeader(request, version.VersionId);
            if (version.Restore is { ExpiryDate: { } } restored)
            {
                var expiry = Clock.LifecycleTime.Due(request.Services.Clock.Now, days!.Value);
                bucket.ReplaceVersion(version with { Restore = restored with { Days = days.Value, ExpiryDate = expiry } });
                request.Http.Response.StatusCode = 200;
            }
            else
            {
                request.Services.Restores.Start(bucket, version, days ?? 0, tier, request.Identity);
                request.Http.Response.StatusCode = 202;
            }
        }

        request.Http.Response.ContentLength = 0;
    }
}
