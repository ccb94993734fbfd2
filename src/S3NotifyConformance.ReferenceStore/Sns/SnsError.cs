namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>An SNS Query-protocol error (ErrorResponse/Error with Type, Code, Message).</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">Error code.</param>
/// <param name="Message">Message.</param>
internal sealed record SnsError(int Status, string Code, string Message)
{
    /// <summary>404 NotFound.</summary>
    public static SnsError NotFound(string message) => new(404, "NotFound", message);

    /// <summary>400 InvalidParameter.</summary>
    public static SnsError InvalidParameter(string message) => new(400, "InvalidParameter", message);
}
