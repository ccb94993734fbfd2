namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>An SQS JSON-protocol error: <c>{"__type":"com.amazonaws.sqs#Code","message":"..."}</c> plus the x-amzn-query-error header.</summary>
/// <param name="Code">The shape name after "com.amazonaws.sqs#".</param>
/// <param name="QueryCode">The legacy query error code for x-amzn-query-error ("{code};Sender").</param>
/// <param name="Message">The message.</param>
internal sealed record SqsError(string Code, string QueryCode, string Message)
{
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

    /// <summary>Unknown operation.</summary>
    public static SqsError InvalidAction(string operation) => new("InvalidAction", "InvalidAction", $"The action {operation} is not valid for this endpoint.");
}
