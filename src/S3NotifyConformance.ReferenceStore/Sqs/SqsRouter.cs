using System.Text.Json;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>SQS JSON protocol (X-Amz-Target: AmazonSQS.Op, application/x-amz-json-1.0).</summary>
internal static class SqsRouter
{
    private static readonly Dictionary<string, Func<SqsRequest, Task<string>>> Operations = new(StringComparer.Ordinal)
    {
        ["CreateQueue"] = CreateQueueHandler.HandleAsync,
        ["GetQueueUrl"] = GetQueueUrlHandler.HandleAsync,
        ["ListQueues"] = ListQueuesHandler.HandleAsync,
        ["GetQueueAttributes"] = QueueAttributesHandler.GetAsync,
        ["SetQueueAttributes"] = QueueAttributesHandler.SetAsync,
        ["SendMessage"] = SendMessageHandler.HandleAsync,
        ["SendMessageBatch"] = SendMessageHandler.BatchAsync,
        ["ReceiveMessage"] = ReceiveMessageHandler.HandleAsync,
        ["DeleteMessage"] = DeleteMessageHandler.HandleAsync,
        ["DeleteMessageBatch"] = DeleteMessageHandler.BatchAsync,
        ["ChangeMessageVisibility"] = ChangeMessageVisibilityHandler.HandleAsync,
        ["ChangeMessageVisibilityBatch"] = ChangeMessageVisibilityHandler.BatchAsync,
        ["PurgeQueue"] = DeleteQueueHandler.PurgeAsync,
        ["DeleteQueue"] = DeleteQueueHandler.HandleAsync,
    };

    /// <summary>Runs the operation named by X-Amz-Target.</summary>
    public static async Task HandleAsync(HttpContext http, StoreServices services, CancellationToken stopping)
    {
        var requestId = Identifiers.NewUuid();
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        http.Response.Headers["x-amz-request-id"] = requestId;
        var target = http.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith("AmazonSQS.", StringComparison.Ordinal) ? target["AmazonSQS.".Length..] : target;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            if (!Operations.TryGetValue(operation, out var handler))
            {
                throw new SqsException(SqsError.InvalidAction(operation));
            }

            var bytes = await RequestBody.ReadAllAsync(http.Request, cancellation.Token);
            using var document = JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
            var body = await handler(new SqsRequest(document.RootElement, services, cancellation.Token));
            await WriteAsync(http, 200, body);
        }
        catch (SqsException exception)
        {
            http.Response.Headers["x-amzn-query-error"] = exception.Error.QueryCode + ";Sender";
            await WriteAsync(http, 400, JsonText.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("__type", "com.amazonaws.sqs#" + exception.Error.Code);
                w.WriteString("message", exception.Error.Message);
                w.WriteEndObject();
            }));
        }
        catch (JsonException)
        {
            await WriteAsync(http, 400, "{\"__type\":\"com.amazon.coral.service#SerializationException\",\"message\":\"Malformed JSON\"}");
        }
        catch (Exception exception) when (UnexpectedFailure.Is(http, exception))
        {
            Console.Error.WriteLine($"[refstore] SQS {operation} failed: {exception}");
            await WriteAsync(http, 500, "{\"__type\":\"com.amazonaws.sqs#InternalError\",\"message\":\"We encountered an internal error. Please try again.\"}");
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, string body)
    {
        if (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await ResponseText.WriteAsync(http.Response, status, "application/x-amz-json-1.0", body, CancellationToken.None);
    }
}
