namespace S3NotifyConformance.ReferenceStore.Authentication;

/// <summary>Why the store refused a request before any handler ran; each protocol answers it with its own error.</summary>
internal enum RejectionKind
{
    /// <summary>No signature at all (anonymous request).</summary>
    Anonymous,

    /// <summary>An Authorization header or presigned query that cannot be read as SigV4.</summary>
    Malformed,

    /// <summary>A signature scheme other than AWS4-HMAC-SHA256 (e.g. SigV2 "AWS AKID:sig").</summary>
    UnsupportedScheme,

    /// <summary>The access key id is not the store's.</summary>
    UnknownAccessKey,

    /// <summary>The signature does not match the one computed with the store's secret.</summary>
    SignatureMismatch,

    /// <summary>X-Amz-Date is more than 15 minutes away from the store's clock.</summary>
    TimeSkewed,

    /// <summary>A presigned URL past X-Amz-Expires, or a POST policy past its expiration.</summary>
    Expired,

    /// <summary>The hex x-amz-content-sha256 does not match the body.</summary>
    ContentSha256Mismatch,

    /// <summary>The body is larger than the configured maximum.</summary>
    BodyTooLarge,
}
