using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>DeleteMessage and DeleteMessageBatch.</summary>
internal static class DeleteMessageHandler
{
    /// <summary>DeleteMessage.</summary>
    public static Task<string> HandleAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var handle = request.RequireString("ReceiptHandle");
        if (!queue.Delete(handle))
        {
            throw new SqsException(SqsError.ReceiptHandleIsInvalid(handle));
        }

        return Task.FromResult("{}");
    }

    /// <summary>DeleteMessageBatch: per-entry success or ReceiptHandleIsInvalid.</summary>
    public static Task<string> BatchAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var entries = SendMessageHandler.BatchEntries(request)
            .Select(e => (Id: e.GetProperty("Id").GetString()!, Handle: e.TryGetProperty("ReceiptHandle", out var h) ? h.GetString() ?? string.Empty : string.Empty))
            .Select(e => (e.Id, e.Handle, Ok: queue.Delete(e.Handle)))
            .ToList();
        return Task.FromResult(BatchResult(entries.Select(e => (e.Id, e.Ok ? null : SqsError.ReceiptHandleIsInvalid(e.Handle)))));
    }

    /// <summary>The Successful / Failed body of a batch response.</summary>
    public static string BatchResult(IEnumerable<(string Id, SqsError? Error)> outcomes) => JsonText.Write(w =>
    {
        var list = outcomes.ToList();
        w.WriteStartObject();
        w.WriteStartArray("Successful");
        foreach (var (id, _) in list.Where(o => o.Error is null))
        {
            w.WriteStartObject();
            w.WriteString("Id", id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("Failed");
        foreach (var (id, error) in list.Where(o => o.Error is not null))
        {
            w.WriteStartObject();
            w.WriteString("Id", id);
            w.WriteBoolean("SenderFault", true);
            w.WriteString("Code", error!.Code);
            w.WriteString("Message", error.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
