namespace S3NotifyConformance.Targets;

/// <summary>An error answer from an EventBridge endpoint (JSON protocol: <c>{"__type": code, "message": …}</c>).</summary>
public sealed class EventBridgeException(string message, string code) : Exception(message)
{
    /// <summary>The error code, e.g. ResourceNotFoundException.</summary>
    public string Code { get; } = code;
}
