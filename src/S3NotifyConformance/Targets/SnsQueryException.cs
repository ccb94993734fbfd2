namespace S3NotifyConformance.Targets;

/// <summary>An error answer from an SNS Query endpoint.</summary>
public sealed class SnsQueryException(string message, string code) : Exception(message)
{
    /// <summary>The SNS error code, e.g. NotFound.</summary>
    public string Code { get; } = code;
}
