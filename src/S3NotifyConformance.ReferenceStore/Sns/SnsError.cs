using S3NotifyConformance.ReferenceStore.Authentication;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>An SNS Query-protocol error (ErrorResponse/Error with Type, Code, Message).</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">Error code.</param>
/// <param name="Message">Message.</param>
internal sealed record SnsError(int Status, string Code, string Message)
{
    /// <summary>404 NotFound.</summary>
    public static SnsError NotFound(string message) => new(404, "NotFound", message);

    /// <summary>SNS's answer to a request refused before its action ran (AWS "Common Errors": MissingAuthenticationToken,
    /// IncompleteSignature, InvalidClientTokenId, SignatureDoesNotMatch).</summary>
    public static SnsError Rejected(RequestRejection rejection) => rejection.Kind switch
    {
        RejectionKind.Anonymous => new(403, "MissingAuthenticationToken", "Request is missing Authentication Token"),
        RejectionKind.Malformed or RejectionKind.UnsupportedScheme => new(400, "IncompleteSignature", rejection.Message ?? "The request signature does not conform to AWS standards."),
        RejectionKind.UnknownAccessKey => new(403, "InvalidClientTokenId", "The security token included in the request is invalid."),
        RejectionKind.TimeSkewed or RejectionKind.Expired => new(403, "SignatureDoesNotMatch", rejection.Message ?? "Signature expired"),
        RejectionKind.BodyTooLarge => new(413, "RequestEntityTooLarge", $"Request body of {Detail(rejection, "ProposedSize")} bytes exceeds the maximum of {Detail(rejection, "MaxSizeAllowed")} bytes."),
        _ => new(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."),
    };

    /// <summary>400 InvalidParameter.</summary>
    public static SnsError InvalidParameter(string message) => new(400, "InvalidParameter", message);

    private static string Detail(RequestRejection rejection, string name) => rejection.Details.FirstOrDefault(d => d.Key == name).Value ?? "?";
}
