using S3NotifyConformance.ReferenceStore.Authentication;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>An SQS JSON-protocol error: <c>{"__type":"com.amazonaws.sqs#Code","message":"..."}</c> plus the x-amzn-query-error header.</summary>
/// <param name="Code">The shape name after "com.amazonaws.sqs#".</param>
/// <param name="QueryCode">The legacy query error code for x-amzn-query-error ("{code};Sender").</param>
/// <param name="Message">The message.</param>
internal sealed record SqsError(string Code, string QueryCode, string Message)
{
    /// <summary>The HTTP status (400 unless said otherwise).</summary>
    public int Status { get; init; } = 400;

    /// <summary>The shape namespace of "__type": SQS's own errors, or the AWS front end's (authentication, framing).</summary>
    public string Namespace { get; init; } = "com.amazonaws.sqs";

    /// <summary>The body is not JSON, not UTF-8, or has a member of the wrong type (the AWS JSON protocol's SerializationException).</summary>
    public static SqsError Serialization(string message) => new SqsError("SerializationException", "SerializationException", message) with { Namespace = CoralNamespace };

    /// <summary>SQS's answer (JSON protocol, x-amzn-query-error for query-compatible clients) to a request refused before its
    /// handler ran; codes as the AWS "Common Errors" page lists them for SQS (InvalidClientTokenId, SignatureDoesNotMatch,
    /// MissingAuthenticationToken, IncompleteSignature), shapes as AWS's JSON front end names them.</summary>
    public static SqsError Rejected(RequestRejection rejection) => rejection.Kind switch
    {
        RejectionKind.Anonymous => Coral(403, "MissingAuthenticationTokenException", "MissingAuthenticationToken", "Request is missing Authentication Token"),
        RejectionKind.Malformed or RejectionKind.UnsupportedScheme => Coral(400, "IncompleteSignatureException", "IncompleteSignature", rejection.Message ?? "The request signature does not conform to AWS standards."),
        RejectionKind.UnknownAccessKey => Coral(403, "UnrecognizedClientException", "InvalidClientTokenId", "The security token included in the request is invalid."),
        RejectionKind.TimeSkewed or RejectionKind.Expired => Coral(403, "InvalidSignatureException", "SignatureDoesNotMatch", rejection.Message ?? "Signature expired"),
        RejectionKind.BodyTooLarge => Coral(413, "RequestEntityTooLargeException", "RequestEntityTooLarge", $"Request body of {Detail(rejection, "ProposedSize")} bytes exceeds the maximum of {Detail(rejection, "MaxSizeAllowed")} bytes."),
        _ => Coral(403, "InvalidSignatureException", "SignatureDoesNotMatch", SignatureMismatchMessage),
    };

    private const string CoralNamespace = "com.amazon.coral.service";

    private const string SignatureMismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    /// <summary>QueueDoesNotExist / AWS.SimpleQueueService.NonExistentQueue.</summary>
    public static SqsError QueueDoesNotExist() => new("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.");

    /// <summary>QueueNameExists: same name, different attributes.</summary>
    public static SqsError QueueNameExists(string attribute) => new("QueueNameExists", "QueueAlreadyExists", $"A queue already exists with the same name and a different value for attribute {attribute}");

    /// <summary>InvalidParameterValue.</summary>
    public static SqsError InvalidParameterValue(string message) => new("InvalidParameterValueException", "InvalidParameterValue", message);

    /// <summary>A required parameter is missing.</summary>
    public static SqsError MissingParameter(string name) => new("MissingRequiredParameterException", "MissingParameter", $"The request must contain the parameter {name}.");

    /// <summary>InvalidAttributeName.</summary>
    public static SqsError InvalidAttributeName(string name) => new("InvalidAttributeName", "InvalidAttributeName", $"Unknown Attribute {name}.");

    /// <summary>ReceiptHandleIsInvalid.</summary>
    public static SqsError ReceiptHandleIsInvalid(string handle) => new("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", $"The input receipt handle \"{handle}\" is not a valid receipt handle.");

    /// <summary>MessageNotInflight.</summary>
    public static SqsError MessageNotInflight() => new("MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", "Message does not exist or is not available for visibility timeout change.");

    /// <summary>EmptyBatchRequest.</summary>
    public static SqsError EmptyBatchRequest() => new("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", "There should be at least one entry in the request.");

    /// <summary>TooManyEntriesInBatchRequest.</summary>
    public static SqsError TooManyEntriesInBatchRequest(int count) => new("TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", $"Maximum number of entries per request are 10. You have sent {count}.");

    /// <summary>BatchEntryIdsNotDistinct.</summary>
    public static SqsError BatchEntryIdsNotDistinct(string id) => new("BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", $"Id {id} repeated.");

    private static SqsError Coral(int status, string code, string queryCode, string message) =>
        new SqsError(code, queryCode, message) with { Status = status, Namespace = CoralNamespace };

    private static string Detail(RequestRejection rejection, string name) => rejection.Details.FirstOrDefault(d => d.Key == name).Value ?? "?";

    /// <summary>Unknown operation.</summary>
    public static SqsError InvalidAction(string operation) => new("InvalidAction", "InvalidAction", $"The action {operation} is not valid for this endpoint.");
}
