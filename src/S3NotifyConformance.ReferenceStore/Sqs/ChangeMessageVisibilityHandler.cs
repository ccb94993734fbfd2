using System.Text.Json;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>ChangeMessageVisibility and ChangeMessageVisibilityBatch.</summary>
internal static class ChangeMessageVisibilityHandler
{
    /// <summary>ChangeMessageVisibility.</summary>
    public static Task<string> HandleAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var handle = request.RequireString("ReceiptHandle");
        var error = Change(queue, handle, request.Int("VisibilityTimeout") ?? throw new SqsException(SqsError.MissingParameter("VisibilityTimeout")));
        return error is null ? Task.FromResult("{}") : throw new SqsException(error);
    }

    /// <summary>ChangeMessageVisibilityBatch.</summary>
    public static Task<string> BatchAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var outcomes = SendMessageHandler.BatchEntries(request).Select(e => (
            e.GetProperty("Id").GetString()!,
            Change(queue, e.TryGetProperty("ReceiptHandle", out var h) ? h.GetString() ?? string.Empty : string.Empty, e.TryGetProperty("VisibilityTimeout", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0)));
        return Task.FromResult(DeleteMessageHandler.BatchResult(outcomes));
    }

    private static SqsError? Change(Storage.SqsQueue queue, string handle, int seconds)
    {
        if (seconds is < 0 or > 43200)
        {
            return SqsError.InvalidParameterValue($"Value {seconds} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and 43200.");
        }

        return queue.ChangeVisibility(handle, seconds) switch
        {
            null => SqsError.ReceiptHandleIsInvalid(handle),
            false => SqsError.MessageNotInflight(),
            true => null,
        };
    }
}
