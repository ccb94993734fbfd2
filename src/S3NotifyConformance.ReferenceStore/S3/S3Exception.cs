namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Thrown by handlers; the router turns it into an XML error response.</summary>
internal sealed class S3Exception : Exception
{
    /// <summary>Wraps an error.</summary>
    public S3Exception(S3Error error)
        : base($"{error.Code}: {error.Message}") => Error = error;

    /// <summary>The error to send.</summary>
    public S3Error Error { get; }
}
