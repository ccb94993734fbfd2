using Microsoft.AspNetCore.WebUtilities;
using S3NotifyConformance.ReferenceStore.Authentication;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Browser-form upload: multipart/form-data POST /bucket → ObjectCreated:Post (LBD::test_create_object_by_presigned_request_via_dynamodb). The policy's signature and expiration
/// are checked (when the store verifies signatures), its conditions are not.</summary>
internal static class PostObjectHandler
{
    /// <summary>Handles the request.</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var form = await request.Http.Request.ReadFormAsync(request.Aborted);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (request.Services.Configuration.VerifySignatures && !SignatureVerifier.IsSigned(request.Http.Request)
            && request.Services.Verifier.VerifyPostPolicy(fields) is { } rejection)
        {
            throw new RejectedRequestException(rejection);
        }

        var bucket = request.RequireBucket();
        if (form.Files.Count != 1)
        {
            throw new S3Exception(S3Error.InvalidArgument("POST requires exactly one file upload per request.", "file", form.Files.Count.ToString(CultureInfo.InvariantCulture)));
        }

        var file = form.Files[0];
        if (!fields.TryGetValue("key", out var key) || key.Length == 0)
        {
            throw new S3Exception(S3Error.InvalidArgument("Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.", "key", string.Empty));
        }

        key = key.Replace("${filename}", file.FileName, StringComparison.Ordinal);
        request.Identity = request.Identity with { PrincipalId = Principal(fields) ?? request.Identity.PrincipalId };
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, request.Aborted);
        var content = buffer.ToArray();
        var template = Template(request, fields, key) with { Content = content, ETag = ObjectPayload.ETagOf(content) };
        var version = ObjectWriter.Commit(request.Services, bucket, template, "ObjectCreated:Post", request.Identity);
        var location = ObjectUrl.Location(request, bucket.Name, key);
        var headers = request.Http.Response.Headers;
        headers.ETag = S3Xml.Quoted(version.ETag);
        headers.Location = location;
        S3Response.VersionHeader(request, version.VersionId);
        if (fields.TryGetValue("success_action_redirect", out var redirect) && Uri.TryCreate(redirect, UriKind.Absolute, out _))
        {
            headers.Location = QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["bucket"] = bucket.Name, ["key"] = key, ["etag"] = S3Xml.Quoted(version.ETag) });
            await S3Response.EmptyAsync(request, 303);
            return;
        }

        switch (fields.GetValueOrDefault("success_action_status"))
        {
            case "200":
                await S3Response.EmptyAsync(request, 200);
                break;
            case "201":
                await S3Response.XmlAsync(request, S3Xml.E("PostResponse", S3Xml.E("Location", location), S3Xml.E("Bucket", bucket.Name), S3Xml.E("Key", key), S3Xml.E("ETag", S3Xml.Quoted(version.ETag))), 201);
                break;
            default:
                await S3Response.EmptyAsync(request, 204);
                break;
        }
    }

    private static ObjectVersion Template(S3Request request, Dictionary<string, string> fields, string key)
    {
        var metadata = fields.Where(f => f.Key.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => f.Key["x-amz-meta-".Length..].ToLowerInvariant(), f => f.Value, StringComparer.Ordinal);
        var stored = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "Cache-Control", "Content-Disposition", "Content-Encoding", "Expires" })
        {
            if (fields.TryGetValue(name, out var value))
            {
                stored[name] = value;
            }
        }

        var owner = request.Services.OwnerCanonicalId;
        var acl = fields.GetValueOrDefault("acl");
        return new ObjectVersion
        {
            Key = key,
            VersionId = ObjectVersion.NullVersionId,
            ContentType = fields.GetValueOrDefault("Content-Type") is { Length: > 0 } type ? type : "binary/octet-stream",
            Metadata = metadata,
            Headers = stored,
            Tags = fields.TryGetValue("tagging", out var tagging) ? ObjectTaggingHandler.ParseTagSet(Encoding.UTF8.GetBytes(tagging)) : [],
            Acl = acl is not null && AccessControlList.CannedNames.Contains(acl) ? AccessControlList.FromCanned(acl, owner) : AccessControlList.FromCanned("private", owner),
            StorageClass = ObjectMetadata.StorageClass(fields.GetValueOrDefault("x-amz-storage-class")),
        };
    }

    private static string? Principal(Dictionary<string, string> fields)
    {
        if (fields.TryGetValue("x-amz-credential", out var credential) && CredentialScope.Parse(credential) is { } scope)
        {
            return Identifiers.PrincipalForAccessKey(scope.AccessKey);
        }

        return fields.TryGetValue("AWSAccessKeyId", out var accessKey) ? Identifiers.PrincipalForAccessKey(accessKey) : null;
    }
}
