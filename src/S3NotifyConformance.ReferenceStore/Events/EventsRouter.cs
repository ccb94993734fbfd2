using System.Text.Json;
using System.Text.Json.Nodes;
using S3NotifyConformance.ReferenceStore.Authentication;
using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore.Events;

/// <summary>EventBridge's JSON 1.1 protocol (X-Amz-Target: AWSEvents.Op), the rule operations the harness collects with:
/// PutRule, DescribeRule, ListRules, DeleteRule, PutTargets, ListTargetsByRule, RemoveTargets, on the default bus only.</summary>
internal static class EventsRouter
{
    private static readonly Dictionary<string, Func<JsonObject, RegionalBus, JsonObject>> Operations = new(StringComparer.Ordinal)
    {
        ["PutRule"] = RuleHandlers.PutRule,
        ["DescribeRule"] = RuleHandlers.DescribeRule,
        ["ListRules"] = RuleHandlers.ListRules,
        ["DeleteRule"] = RuleHandlers.DeleteRule,
        ["PutTargets"] = RuleHandlers.PutTargets,
        ["ListTargetsByRule"] = RuleHandlers.ListTargetsByRule,
        ["RemoveTargets"] = RuleHandlers.RemoveTargets,
    };

    /// <summary>Runs the operation named by X-Amz-Target on the default bus of the region the request is signed for (EventBridge
    /// is regional: a rule made in one region never sees another region's events).</summary>
    public static async Task HandleAsync(HttpContext http, StoreServices services, CredentialScope? scope, RequestRejection? rejection)
    {
        var requestId = Identifiers.NewUuid();
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        var target = http.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith("AWSEvents.", StringComparison.Ordinal) ? target["AWSEvents.".Length..] : target;
        try
        {
            if (rejection is not null)
            {
                throw new EventsException(rejection.Kind == RejectionKind.UnknownAccessKey ? "UnrecognizedClientException" : "InvalidSignatureException", rejection.Message ?? "The request signature we calculated does not match the signature you provided.");
            }

            if (!Operations.TryGetValue(operation, out var handler))
            {
                throw new EventsException("UnknownOperationException", $"Unknown operation {operation}");
            }

            var bytes = await RequestBody.ReadAllAsync(http.Request, services.Configuration.MaxBodyBytes, http.RequestAborted);
            var body = bytes.Length == 0 ? new JsonObject() : JsonNode.Parse(bytes) as JsonObject ?? throw new EventsException("SerializationException", "The request body must be a JSON object.");
            var region = scope?.Region is { Length: > 0 } signed ? signed : services.Region;
            await WriteAsync(http, 200, handler(body, new RegionalBus(services, region)).ToJsonString());
        }
        catch (EventsException exception)
        {
            await WriteAsync(http, 400, new JsonObject { ["__type"] = exception.Code, ["message"] = exception.Message }.ToJsonString());
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            await WriteAsync(http, 400, new JsonObject { ["__type"] = "SerializationException", ["message"] = exception.Message }.ToJsonString());
        }
    }

    private static Task WriteAsync(HttpContext http, int status, string body) => http.RequestAborted.IsCancellationRequested
        ? Task.CompletedTask
        : ResponseText.WriteAsync(http.Response, status, "application/x-amz-json-1.1", body, CancellationToken.None);
}
