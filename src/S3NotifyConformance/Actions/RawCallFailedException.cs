using Amazon.Runtime;

namespace S3NotifyConformance.Actions;

/// <summary>An error answer to a call the harness made without the SDK, carrying the outcome read off the wire.</summary>
public sealed class RawCallFailedException(ApiOutcome outcome, string? requestId)
    : AmazonServiceException(outcome.Message, null, ErrorType.Sender, outcome.Code, requestId, (System.Net.HttpStatusCode)(outcome.HttpStatus ?? 400))
{
    /// <summary>The outcome as read from the body.</summary>
    public ApiOutcome Outcome { get; } = outcome;
}
