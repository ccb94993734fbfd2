namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>Thrown by SNS handlers; the router writes the XML error.</summary>
internal sealed class SnsException : Exception
{
    /// <summary>Wraps an error.</summary>
    public SnsException(SnsError error)
        : base($"{error.Code}: {error.Message}") => Error = error;

    /// <summary>The error.</summary>
    public SnsError Error { get; }
}
