namespace S3NotifyConformance.ReferenceStore.Events;

/// <summary>An EventBridge error answer: <c>{"__type":"Code","message":"…"}</c> with HTTP 400.</summary>
internal sealed class EventsException(string code, string message) : Exception(message)
{
    /// <summary>The error shape, e.g. ResourceNotFoundException.</summary>
    public string Code { get; } = code;

    /// <summary>No rule of that name on the default bus.</summary>
    public static EventsException RuleNotFound(string name) => new("ResourceNotFoundException", $"Rule {name} does not exist on EventBus default.");

    /// <summary>A parameter missing or malformed.</summary>
    public static EventsException Validation(string message) => new("ValidationException", message);
}
