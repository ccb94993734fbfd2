namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>The parts of a SigV4 credential: <c>AKID/date/region/service/aws4_request</c>.</summary>
/// <param name="AccessKey">The access key id.</param>
/// <param name="Region">The signing region.</param>
/// <param name="Service">The signing service (s3, sqs, sns).</param>
internal sealed record CredentialScope(string AccessKey, string Region, string Service)
{
    /// <summary>Reads the scope from the Authorization header or, for presigned URLs, the X-Amz-Credential query parameter.</summary>
    public static CredentialScope? FromRequest(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        var marker = authorization.IndexOf("Credential=", StringComparison.Ordinal);
        if (marker >= 0)
        {
            var start = marker + "Credential=".Length;
            var end = authorization.IndexOfAny([',', ' '], start);
            return Parse(end < 0 ? authorization[start..] : authorization[start..end]);
        }

        // SigV2-style "AWS AKID:signature" still names the access key.
        if (authorization.StartsWith("AWS ", StringComparison.Ordinal))
        {
            var colon = authorization.IndexOf(':');
            return new CredentialScope(colon > 4 ? authorization[4..colon] : authorization[4..], string.Empty, "s3");
        }

        var query = request.Query["X-Amz-Credential"].ToString();
        return query.Length > 0 ? Parse(query) : null;
    }

    /// <summary>Parses <c>AKID/date/region/service/aws4_request</c>; null when it has fewer parts.</summary>
    public static CredentialScope? Parse(string credential)
    {
        var parts = credential.Split('/');
        return parts.Length >= 4 ? new CredentialScope(parts[0], parts[2], parts[3]) : null;
    }
}
