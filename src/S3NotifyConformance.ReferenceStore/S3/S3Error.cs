using S3NotifyConformance.ReferenceStore.Authentication;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>An S3 error response: status, code, message and extra elements written after Message.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">The error code.</param>
/// <param name="Message">The message.</param>
/// <param name="Details">Extra elements in order (BucketName, Key, ArgumentName, ...).</param>
internal sealed record S3Error(int Status, string Code, string Message, IReadOnlyList<KeyValuePair<string, string>> Details)
{
    /// <summary>404 NoSuchBucket with BucketName (SNS::test_bucket_not_exist).</summary>
    public static S3Error NoSuchBucket(string bucket) => New(404, "NoSuchBucket", "The specified bucket does not exist", ("BucketName", bucket));

    /// <summary>404 NoSuchKey with Key.</summary>
    public static S3Error NoSuchKey(string key) => New(404, "NoSuchKey", "The specified key does not exist.", ("Key", key));

    /// <summary>404 NoSuchVersion.</summary>
    public static S3Error NoSuchVersion(string key, string versionId) =>
        New(404, "NoSuchVersion", "The specified version does not exist.", ("Key", key), ("VersionId", versionId));

    /// <summary>409 BucketAlreadyOwnedByYou.</summary>
    public static S3Error BucketAlreadyOwnedByYou(string bucket) =>
        New(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", ("BucketName", bucket));

    /// <summary>409 BucketNotEmpty.</summary>
    public static S3Error BucketNotEmpty(string bucket, bool versioned) =>
        New(409, "BucketNotEmpty", versioned ? "The bucket you tried to delete is not empty. You must delete all versions in the bucket." : "The bucket you tried to delete is not empty", ("BucketName", bucket));

    /// <summary>404 NoSuchUpload.</summary>
    public static S3Error NoSuchUpload(string uploadId) =>
        New(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", ("UploadId", uploadId));

    /// <summary>400 InvalidArgument with un-numbered ArgumentName / ArgumentValue.</summary>
    public static S3Error InvalidArgument(string message, string name, string value) =>
        New(400, "InvalidArgument", message, ("ArgumentName", name), ("ArgumentValue", value));

    /// <summary>400 MalformedXML (message as recorded, API::test_bucket_notification_with_missing_values_in_rule).</summary>
    public static S3Error MalformedXml() =>
        New(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");

    /// <summary>400 InvalidBucketName.</summary>
    public static S3Error InvalidBucketName(string bucket) => New(400, "InvalidBucketName", "The specified bucket is not valid.", ("BucketName", bucket));

    /// <summary>400 InvalidRequest.</summary>
    public static S3Error InvalidRequest(string message) => New(400, "InvalidRequest", message);

    /// <summary>400 InvalidPart.</summary>
    public static S3Error InvalidPart(int partNumber, string eTag) =>
        New(400, "InvalidPart", "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.", ("PartNumber", partNumber.ToString(CultureInfo.InvariantCulture)), ("ETag", eTag));

    /// <summary>400 InvalidPartOrder.</summary>
    public static S3Error InvalidPartOrder() => New(400, "InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.");

    /// <summary>400 EntityTooSmall (non-last part under 5 MiB).</summary>
    public static S3Error EntityTooSmall(long size) =>
        New(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size", ("ProposedSize", size.ToString(CultureInfo.InvariantCulture)), ("MinSizeAllowed", "5242880"));

    /// <summary>400 BadDigest.</summary>
    public static S3Error BadDigest() => New(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");

    /// <summary>405 MethodNotAllowed.</summary>
    public static S3Error MethodNotAllowed(string method, string resourceType) =>
        New(405, "MethodNotAllowed", "The specified method is not allowed against this resource.", ("Method", method), ("ResourceType", resourceType));

    /// <summary>403 InvalidObjectState (archived object not restored).</summary>
    public static S3Error InvalidObjectState(string storageClass) =>
        New(403, "InvalidObjectState", "The operation is not valid for the object's storage class", ("StorageClass", storageClass));

    /// <summary>416 InvalidRange.</summary>
    public static S3Error InvalidRange(string range, long size) =>
        New(416, "InvalidRange", "The requested range is not satisfiable", ("RangeRequested", range), ("ActualObjectSize", size.ToString(CultureInfo.InvariantCulture)));

    /// <summary>501 NotImplemented.</summary>
    public static S3Error NotImplemented(string what) => New(501, "NotImplemented", $"The reference store does not implement {what}.");

    /// <summary>S3's answer to a request refused before its handler ran ("Error Responses", Amazon S3 API Reference:
    /// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).</summary>
    public static S3Error Rejected(RequestRejection rejection) => rejection.Kind switch
    {
        RejectionKind.Anonymous => New(403, "AccessDenied", "Access Denied"),
        RejectionKind.Malformed => new(rejection.S3Code.Status, rejection.S3Code.Code, rejection.Message ?? "The authorization header is malformed.", rejection.Details),
        RejectionKind.UnsupportedScheme => new(400, "InvalidRequest", rejection.Message!, rejection.Details),
        RejectionKind.UnknownAccessKey => new(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", rejection.Details),
        RejectionKind.SignatureMismatch => new(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.", rejection.Details),
        RejectionKind.TimeSkewed => new(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.", rejection.Details),
        RejectionKind.Expired => new(403, "AccessDenied", rejection.Message ?? "Request has expired", rejection.Details),
        RejectionKind.ContentSha256Mismatch => new(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.", rejection.Details),
        RejectionKind.BodyTooLarge => new(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size", rejection.Details),
        _ => New(403, "AccessDenied", "Access Denied"),
    };

    /// <summary>Creates an error with ordered details.</summary>
    public static S3Error New(int status, string code, string message, params (string Name, string Value)[] details) =>
        new(status, code, message, details.Select(d => KeyValuePair.Create(d.Name, d.Value)).ToList());
}
