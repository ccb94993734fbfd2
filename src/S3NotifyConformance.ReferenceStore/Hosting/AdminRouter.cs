using System.Text.Json;
using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Store-specific routes under /_s3notify/: health, statistics, and fault hooks such as losing an RRS object.</summary>
internal static class AdminRouter
{
    /// <summary>Handles GET health, GET statistics, POST lose-object?bucket=&amp;key=.</summary>
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
            default:
                await WriteAsync(http, 404, "{\"error\":\"unknown admin route\"}");
                break;
        }
    }

    private static Task WriteAsync(HttpContext http, int status, string json) =>
        ResponseText.WriteAsync(http.Response, status, "application/json", json, http.RequestAborted);
}
