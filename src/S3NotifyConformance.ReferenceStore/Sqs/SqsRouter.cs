using System.Text.Json;
using System.Text.Unicode;
using S3NotifyConformance.ReferenceStore.Authentication;
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
    public static async Task HandleAsync(HttpContext http, StoreServices services, RequestRejection? rejection, CancellationToken stopping)
    {
        var requestId = Identifiers.NewUuid();
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        http.Response.Headers["x-amz-request-id"] = requestId;
        var target = http.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith("AmazonSQS.", StringComparison.Ordinal) ? target["AmazonSQS.".Length..] : target;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            if (rejection is not null)
            {
                throw new SqsException(SqsError.Rejected(rejection));
            }

            if (!Operations.TryGetValue(operation, out var handler))
            {
                throw new SqsException(SqsError.InvalidAction(operation));
            }

            // The gate has read and bounded the body already.
            var bytes = await RequestBody.ReadAllAsync(http.Request, services.Configuration.MaxBodyBytes, cancellation.Token);
            if (!Utf8.IsValid(bytes))
            {
                throw new SqsException(SqsError.Serialization("The request body is not valid UTF-8."));
            }

            using var document = JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SqsException(SqsError.Serialization("The request body must be a JSON object."));
            }

            var body = await handler(new SqsRequest(document.RootElement, services, cancellation.Token));
            await WriteAsync(http, 200, body);
        }
        catch (SqsException exception)
        {
            await WriteErrorAsync(http, exception.Error);
        }
        catch (JsonException)
        {
            await WriteErrorAsync(http, SqsError.Serialization("Malformed JSON"));
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or KeyNotFoundException or OverflowException && !http.Response.HasStarted)
        {
            // A member of the wrong JSON type or an unreadable value (a number for a string, 1.5 for an integer, bad base64).
            await WriteErrorAsync(http, SqsError.Serialization($"A request member has the wrong type or format: {exception.Message}"));
        }
        catch (Exception exception) when (UnexpectedFailure.Is(http, exception))
        {
            Console.Error.WriteLine($"[refstore] SQS {operation} failed: {exception}");
            await WriteAsync(http, 500, "{\"__type\":\"com.amazonaws.sqs#InternalError\",\"message\":\"We encountered an internal error. Please try again.\"}");
        }
    }

    private static Task WriteErrorAsync(HttpContext http, SqsError error)
    {
        http.Response.Headers["x-amzn-query-error"] = error.QueryCode + ";Sender";
        if (error.Status == 413)
        {
            http.Response.Headers.Connection = "close";
        }

        return WriteAsync(http, error.Status, JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("__type", error.Namespace + "#" + error.Code);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }));
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
