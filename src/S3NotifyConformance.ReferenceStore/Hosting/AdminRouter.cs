using System.Text.Json;
using System.Text.Json.Nodes;
using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Store-specific routes under /_s3notify/: health, statistics, fault hooks such as losing an RRS object, and the
/// registry of Lambda functions (a function ARN mapped to the URL its invocations are POSTed to).</summary>
internal static class AdminRouter
{
    /// <summary>Handles GET health, GET statistics, POST lose-object?bucket=&amp;key=, GET functions, PUT functions?arn=&amp;url=,
    /// DELETE functions?arn=.</summary>
    public static async Task HandleAsync(HttpContext http, StoreServices services, string route)
    {
        switch (http.Request.Method, route)
        {
            case ("GET", "health"):
                await WriteAsync(http, 200, "{\"status\":\"running\"}");
                break;
            case ("GET", "statistics"):
                await WriteAsync(http, 200, JsonSerializer.Serialize(services.Statistics.Snapshot()));
                break;
            case ("POST", "lose-object"):
                var bucket = http.Request.Query["bucket"].ToString();
                var key = http.Request.Query["key"].ToString();
                var lost = services.LoseObject(bucket, key);
                await WriteAsync(http, lost ? 200 : 404, lost ? "{\"lost\":true}" : "{\"lost\":false,\"reason\":\"no such REDUCED_REDUNDANCY object\"}");
                break;
            case ("GET", "functions"):
                var functions = new JsonArray([.. services.Functions.All().Select(f => (JsonNode)new JsonObject { ["arn"] = f.Arn, ["url"] = f.Url.ToString() })]);
                await WriteAsync(http, 200, new JsonObject { ["functions"] = functions }.ToJsonString());
                break;
            case ("PUT", "functions"):
                await RegisterFunctionAsync(http, services);
                break;
            case ("DELETE", "functions"):
                var removed = services.Functions.Remove(http.Request.Query["arn"].ToString());
                await WriteAsync(http, removed ? 200 : 404, removed ? "{\"removed\":true}" : "{\"removed\":false,\"reason\":\"no such function\"}");
                break;
            default:
                await WriteAsync(http, 404, "{\"error\":\"unknown admin route\"}");
                break;
        }
    }

    private static async Task RegisterFunctionAsync(HttpContext http, StoreServices services)
    {
        var arn = http.Request.Query["arn"].ToString();
        var url = http.Request.Query["url"].ToString();
        if (!ArnPatterns.IsValid(DestinationKind.CloudFunction, arn))
        {
            await WriteAsync(http, 400, new JsonObject { ["error"] = $"arn '{arn}' is not a Lambda function ARN" }.ToJsonString());
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            await WriteAsync(http, 400, new JsonObject { ["error"] = $"url '{url}' is not an http(s) URL" }.ToJsonString());
            return;
        }

        services.Functions.Register(arn, target);
        await WriteAsync(http, 200, new JsonObject { ["arn"] = arn, ["url"] = target.ToString() }.ToJsonString());
    }

    private static Task WriteAsync(HttpContext http, int status, string json) =>
        ResponseText.WriteAsync(http.Response, status, "application/json", json, http.RequestAborted);
}
