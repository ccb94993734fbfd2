namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>Thrown by SQS handlers; the router writes the JSON error.</summary>
internal sealed class SqsException : Exception
{
    /// <summary>Wraps an error.</summary>
    public SqsException(SqsError error)
        : base($"{error.Code}: {error.Message}") => Error = error;

    /// <summary>The error.</summary>
    public SqsError Error { get; }
}
