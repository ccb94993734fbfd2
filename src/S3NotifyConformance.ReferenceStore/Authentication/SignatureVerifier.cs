using System.Security.Cryptography;
using System.Text.Json;

namespace S3NotifyConformance.ReferenceStore.Authentication;

/// <summary>
/// Checks AWS Signature Version 4 against the store's one credential pair, for S3, SQS and SNS alike: header-signed requests
/// (any x-amz-content-sha256: a hex payload hash, UNSIGNED-PAYLOAD, STREAMING-*: the seed signature), presigned URLs
/// (X-Amz-* query parameters) and browser-form POST policies (x-amz-signature over the base64 policy). Sources: "Signature
/// Version 4 signing process" and "Authenticating Requests: Using Query Parameters" / "Browser-Based Uploads Using POST"
/// in the Amazon S3 API Reference.
/// </summary>
internal sealed class SignatureVerifier(StoreCredentials credentials, TimeProvider time)
{
    /// <summary>The largest difference between a request's X-Amz-Date and the store's clock S3 accepts.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    private const string Algorithm = "AWS4-HMAC-SHA256";
    private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>True when the request carries any signature (header or query); browser-form POSTs carry theirs in the form.</summary>
    public static bool IsSigned(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Query.ContainsKey("X-Amz-Signature") || request.Query.ContainsKey("X-Amz-Credential")
        || (request.Query.ContainsKey("AWSAccessKeyId") && request.Query.ContainsKey("Signature"));

    /// <summary>Null when the request is signed with the store's credentials; otherwise why not.</summary>
    /// <param name="request">The request.</param>
    /// <param name="rawPath">The path as sent (percent-encoded).</param>
    /// <param name="rawQuery">The query as sent, without '?'.</param>
    /// <param name="isS3">S3 signs the path as sent and requires x-amz-content-sha256; other services encode the path again.</param>
    /// <param name="bodySha256">The body's SHA-256 (hex) when it was read (SQS, SNS); checked against a hex x-amz-content-sha256.</param>
    public RequestRejection? Verify(HttpRequest request, string rawPath, string rawQuery, bool isS3, string? bodySha256)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            return authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal)
                ? VerifyHeader(request, authorization, rawPath, rawQuery, isS3, bodySha256)
                : RequestRejection.Of(RejectionKind.UnsupportedScheme, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.");
        }

        if (request.Query.ContainsKey("X-Amz-Signature") || request.Query.ContainsKey("X-Amz-Credential"))
        {
            return VerifyPresigned(request, rawPath, rawQuery, isS3);
        }

        return request.Query.ContainsKey("AWSAccessKeyId")
            ? RequestRejection.Of(RejectionKind.UnsupportedScheme, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.")
            : RequestRejection.Of(RejectionKind.Anonymous);
    }

    /// <summary>Null when a browser-form POST's policy is signed with the store's credentials and not expired.</summary>
    public RequestRejection? VerifyPostPolicy(IReadOnlyDictionary<string, string> fields)
    {
        var signature = fields.GetValueOrDefault("x-amz-signature");
        if (signature is null)
        {
            return fields.ContainsKey("AWSAccessKeyId") || fields.ContainsKey("signature")
                ? RequestRejection.Of(RejectionKind.UnsupportedScheme, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.")
                : RequestRejection.Of(RejectionKind.Anonymous);
        }

        if (fields.GetValueOrDefault("x-amz-algorithm") != Algorithm || fields.GetValueOrDefault("x-amz-credential") is not { } credential
            || fields.GetValueOrDefault("policy") is not { Length: > 0 } policy || Scope.Parse(credential) is not { } scope)
        {
            return RequestRejection.Malformed(400, "InvalidArgument", "Bucket POST must contain the fields policy, x-amz-algorithm (AWS4-HMAC-SHA256), x-amz-credential and x-amz-signature.");
        }

        if (scope.AccessKey != credentials.AccessKey)
        {
            return UnknownKey(scope.AccessKey);
        }

        var expected = Hex(HMACSHA256.HashData(SigningKey(scope), Encoding.UTF8.GetBytes(policy)));
        if (!FixedTimeEquals(expected, signature))
        {
            return RequestRejection.Of(RejectionKind.SignatureMismatch, null, ("AWSAccessKeyId", scope.AccessKey), ("StringToSign", policy), ("SignatureProvided", signature));
        }

        return PolicyExpiration(policy) is { } expiration && expiration < time.GetUtcNow()
            ? RequestRejection.Of(RejectionKind.Expired, "Invalid according to Policy: Policy expired.")
            : null;
    }

    /// <summary>The request time of a header-signed request (X-Amz-Date, else Date), used to tell skew.</summary>
    private static DateTimeOffset? RequestTime(HttpRequest request)
    {
        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (amzDate.Length > 0)
        {
            return ParseAmzDate(amzDate);
        }

        return DateTimeOffset.TryParseExact(request.Headers.Date.ToString(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    private RequestRejection? VerifyHeader(HttpRequest request, string authorization, string rawPath, string rawQuery, bool isS3, string? bodySha256)
    {
        var parts = authorization[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.TryGetValue("SignedHeaders", out var signedHeaders)
            || !parts.TryGetValue("Signature", out var signature) || Scope.Parse(credential) is not { } scope)
        {
            return RequestRejection.Malformed(400, "AuthorizationHeaderMalformed", "The authorization header is malformed; the Credential, SignedHeaders and Signature components are required.");
        }

        if (scope.AccessKey != credentials.AccessKey)
        {
            return UnknownKey(scope.AccessKey);
        }

        if (RequestTime(request) is not { } requestTime)
        {
            return RequestRejection.Malformed(403, "AccessDenied", "AWS authentication requires a valid Date or x-amz-date header");
        }

        var now = time.GetUtcNow();
        if ((now - requestTime).Duration() > MaxSkew)
        {
            return RequestRejection.Of(
                RejectionKind.TimeSkewed,
                $"Signature expired: {requestTime.ToString(DateFormat, CultureInfo.InvariantCulture)} is now earlier than {(now - MaxSkew).ToString(DateFormat, CultureInfo.InvariantCulture)} ({now.ToString(DateFormat, CultureInfo.InvariantCulture)} - 15 min.)",
                ("RequestTime", request.Headers["X-Amz-Date"].ToString() is { Length: > 0 } d ? d : request.Headers.Date.ToString()),
                ("ServerTime", now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                ("MaxAllowedSkewMilliseconds", "900000"));
        }

        var declaredHash = request.Headers["x-amz-content-sha256"].ToString();
        if (isS3 && declaredHash.Length == 0)
        {
            return RequestRejection.Malformed(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
        }

        var payloadHash = declaredHash.Length > 0 ? declaredHash : bodySha256 ?? "UNSIGNED-PAYLOAD";
        var amzDate = request.Headers["X-Amz-Date"].ToString() is { Length: > 0 } x ? x : requestTime.ToString(DateFormat, CultureInfo.InvariantCulture);
        var rejection = Compare(request, rawPath, CanonicalQueryOf(rawQuery, null), signedHeaders, payloadHash, amzDate, scope, signature, isS3);
        if (rejection is null && bodySha256 is not null && IsHex64(declaredHash) && !string.Equals(declaredHash, bodySha256, StringComparison.OrdinalIgnoreCase))
        {
            return RequestRejection.Of(RejectionKind.ContentSha256Mismatch, null, ("ClientComputedContentSHA256", declaredHash), ("S3ComputedContentSHA256", bodySha256));
        }

        return rejection;
    }

    private RequestRejection? VerifyPresigned(HttpRequest request, string rawPath, string rawQuery, bool isS3)
    {
        var query = request.Query;
        if (query["X-Amz-Algorithm"].ToString() != Algorithm || Scope.Parse(query["X-Amz-Credential"].ToString()) is not { } scope
            || ParseAmzDate(query["X-Amz-Date"].ToString()) is not { } signedAt
            || query["X-Amz-SignedHeaders"].ToString() is not { Length: > 0 } signedHeaders || query["X-Amz-Signature"].ToString() is not { Length: > 0 } signature)
        {
            return RequestRejection.Malformed(400, "AuthorizationQueryParametersError", "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
        }

        if (scope.AccessKey != credentials.AccessKey)
        {
            return UnknownKey(scope.AccessKey);
        }

        if (!int.TryParse(query["X-Amz-Expires"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || expires > 604800)
        {
            return RequestRejection.Malformed(400, "AuthorizationQueryParametersError", "X-Amz-Expires must be a number of seconds from 0 to 604800.");
        }

        var now = time.GetUtcNow();
        if (now > signedAt.AddSeconds(expires))
        {
            return RequestRejection.Of(
                RejectionKind.Expired,
                "Request has expired",
                ("X-Amz-Expires", expires.ToString(CultureInfo.InvariantCulture)),
                ("Expires", signedAt.AddSeconds(expires).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                ("ServerTime", now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }

        var payloadHash = query["X-Amz-Content-Sha256"].ToString() is { Length: > 0 } declared ? declared : "UNSIGNED-PAYLOAD";
        return Compare(request, rawPath, CanonicalQueryOf(rawQuery, "X-Amz-Signature"), signedHeaders, payloadHash, query["X-Amz-Date"].ToString(), scope, signature, isS3);
    }

    private RequestRejection? Compare(
        HttpRequest request, string rawPath, string canonicalQuery, string signedHeaders, string payloadHash, string amzDate, Scope scope, string signature, bool isS3)
    {
        var headerLines = new StringBuilder();
        foreach (var name in signedHeaders.Split(';'))
        {
            headerLines.Append(name).Append(':').Append(SigV4Canonical.HeaderValue(request.Headers[name])).Append('\n');
        }

        var key = SigningKey(scope);
        string? firstCanonical = null;
        string? firstStringToSign = null;
        foreach (var uri in SigV4Canonical.UriCandidates(rawPath, isS3))
        {
            var canonical = string.Join('\n', request.Method, uri, canonicalQuery, headerLines.ToString(), signedHeaders, payloadHash);
            var stringToSign = string.Join('\n', Algorithm, amzDate, scope.Text, SigV4Canonical.Sha256Hex(Encoding.UTF8.GetBytes(canonical)));
            if (FixedTimeEquals(Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign))), signature))
            {
                return null;
            }

            firstCanonical ??= canonical;
            firstStringToSign ??= stringToSign;
        }

        return RequestRejection.Of(
            RejectionKind.SignatureMismatch,
            null,
            ("AWSAccessKeyId", scope.AccessKey),
            ("StringToSign", firstStringToSign!),
            ("SignatureProvided", signature),
            ("StringToSignBytes", BytesText(firstStringToSign!)),
            ("CanonicalRequest", firstCanonical!),
            ("CanonicalRequestBytes", BytesText(firstCanonical!)));
    }

    private byte[] SigningKey(Scope scope)
    {
        var date = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretKey), Encoding.UTF8.GetBytes(scope.Date));
        var region = HMACSHA256.HashData(date, Encoding.UTF8.GetBytes(scope.Region));
        var service = HMACSHA256.HashData(region, Encoding.UTF8.GetBytes(scope.Service));
        return HMACSHA256.HashData(service, "aws4_request"u8);
    }

    private static RequestRejection UnknownKey(string accessKey) =>
        RequestRejection.Of(RejectionKind.UnknownAccessKey, null, ("AWSAccessKeyId", accessKey));

    private static string CanonicalQueryOf(string rawQuery, string? excluded) => SigV4Canonical.Query(rawQuery, excluded);

    private static DateTimeOffset? ParseAmzDate(string text) =>
        DateTimeOffset.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;

    private static DateTimeOffset? PolicyExpiration(string base64Policy)
    {
        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(base64Policy));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("expiration", out var expiration)
                   && expiration.ValueKind == JsonValueKind.String
                   && DateTimeOffset.TryParse(expiration.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
                ? value
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static bool IsHex64(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static bool FixedTimeEquals(string expected, string provided) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(provided.ToLowerInvariant()));

    private static string BytesText(string text) => string.Join(' ', Encoding.UTF8.GetBytes(text).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

    /// <summary>A SigV4 credential scope: AKID/yyyyMMdd/region/service/aws4_request.</summary>
    private sealed record Scope(string AccessKey, string Date, string Region, string Service)
    {
        public string Text => $"{Date}/{Region}/{Service}/aws4_request";

        public static Scope? Parse(string credential)
        {
            var parts = credential.Split('/');
            return parts.Length == 5 && parts[4] == "aws4_request" && parts[1].Length == 8 ? new Scope(parts[0], parts[1], parts[2], parts[3]) : null;
        }
    }
}
