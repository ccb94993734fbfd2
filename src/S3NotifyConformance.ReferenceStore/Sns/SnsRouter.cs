using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>SNS Query protocol: form POST Action=...&amp;Version=2010-03-31, XML responses.</summary>
internal static class SnsRouter
{
    private static readonly Dictionary<string, Func<SnsRequest, XElement?>> Actions = new(StringComparer.Ordinal)
    {
        ["CreateTopic"] = TopicHandlers.Create,
        ["ListTopics"] = TopicHandlers.List,
        ["GetTopicAttributes"] = TopicHandlers.GetAttributes,
        ["SetTopicAttributes"] = TopicHandlers.SetAttributes,
        ["DeleteTopic"] = TopicHandlers.Delete,
        ["Subscribe"] = SubscriptionHandlers.Subscribe,
        ["Unsubscribe"] = SubscriptionHandlers.Unsubscribe,
        ["ListSubscriptionsByTopic"] = SubscriptionHandlers.ListByTopic,
        ["ListSubscriptions"] = SubscriptionHandlers.List,
        ["GetSubscriptionAttributes"] = SubscriptionHandlers.GetAttributes,
        ["SetSubscriptionAttributes"] = SubscriptionHandlers.SetAttributes,
        ["Publish"] = PublishHandler.Handle,
    };

    /// <summary>Runs the action and writes {Action}Response with {Action}Result and ResponseMetadata.</summary>
    public static async Task HandleAsync(HttpContext http, StoreServices services)
    {
        var requestId = Identifiers.NewUuid();
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        http.Response.Headers["x-amz-request-id"] = requestId;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in http.Request.Query)
        {
            fields[key] = value.ToString();
        }

        if (http.Request.HasFormContentType)
        {
            foreach (var (key, value) in await http.Request.ReadFormAsync(http.RequestAborted))
            {
                fields[key] = value.ToString();
            }
        }

        var action = fields.GetValueOrDefault("Action") ?? string.Empty;
        XElement document;
        var status = 200;
        try
        {
            if (!Actions.TryGetValue(action, out var handler))
            {
                throw new SnsException(new SnsError(400, "InvalidAction", $"The action {action} is not valid for this endpoint."));
            }

            var result = handler(new SnsRequest(fields, services));
            document = SnsRequest.E(action + "Response", SnsRequest.E(action + "Result", result), Metadata(requestId));
        }
        catch (SnsException exception)
        {
            status = exception.Error.Status;
            document = SnsRequest.E(
                "ErrorResponse",
                SnsRequest.E("Error", SnsRequest.E("Type", "Sender"), SnsRequest.E("Code", exception.Error.Code), SnsRequest.E("Message", exception.Error.Message)),
                SnsRequest.E("RequestId", requestId));
        }

        await ResponseText.WriteAsync(http.Response, status, "text/xml", document.ToString(SaveOptions.DisableFormatting), http.RequestAborted);
    }

    private static XElement Metadata(string requestId) => SnsRequest.E("ResponseMetadata", SnsRequest.E("RequestId", requestId));
}
