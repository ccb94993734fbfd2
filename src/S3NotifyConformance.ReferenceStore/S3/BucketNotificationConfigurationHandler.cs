using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>PutBucketNotificationConfiguration / GetBucketNotificationConfiguration (?notification).</summary>
internal static class BucketNotificationConfigurationHandler
{
    /// <summary>PUT: bucket first (404), then validation (truth: Configuration validation), then replace and send test events ("PutBucketNotificationConfiguration").</summary>
    public static async Task PutAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var (raw, eventBridge) = NotificationConfigurationXml.Parse(await ObjectPayload.ReadAsync(request));
        var validateDestinations = !string.Equals(request.Header("x-amz-skip-destination-validation"), "true", StringComparison.OrdinalIgnoreCase);
        var configuration = NotificationConfigurationValidator.Validate(raw, eventBridge, validateDestinations, bucket.Name, request.Services);
        lock (bucket.Gate)
        {
            bucket.Notifications = request.Services.SeededFaults.Contains(StoreFault.ConfigurationMerged)
                ? configuration with { Rules = [.. bucket.Notifications.Rules, .. configuration.Rules] }
                : configuration;
            if (validateDestinations)
            {
                request.Services.Notifications.SendTestEvents(bucket, configuration, request.Identity);
            }
        }

        await S3Response.EmptyAsync(request);
    }

    /// <summary>GET: what was stored.</summary>
    public static Task GetAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        return S3Response.XmlAsync(request, NotificationConfigurationXml.Write(bucket.Notifications, request.Services.SeededFaults.Contains(StoreFault.ReadBackDropsFilter)));
    }
}
