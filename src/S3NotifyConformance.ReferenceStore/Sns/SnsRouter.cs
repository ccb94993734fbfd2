using S3NotifyConformance.ReferenceStore.Authentication;
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

    /// <summary>Runs the action and writes {Action}Response with {Action}Result and ResponseMetadata; every refusal and bad
    /// input is an ErrorResponse (never a 500 for what the client sent).</summary>
    public static async Task HandleAsync(HttpContext http, StoreServices services, RequestRejection? rejection)
    {
        var requestId = Identifiers.NewUuid();
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        http.Response.Headers["x-amz-request-id"] = requestId;
        var action = string.Empty;
        XElement document;
        var status = 200;
        try
        {
            if (rejection is not null)
            {
                throw new SnsException(SnsError.Rejected(rejection));
            }

            var fields = await ReadFieldsAsync(http);
            action = fields.GetValueOrDefault("Action") ?? string.Empty;
            if (!Actions.TryGetValue(action, out var handler))
            {
                throw new SnsException(new SnsError(400, "InvalidAction", $"The action {Printable(action)} is not valid for this endpoint."));
            }

            var result = handler(new SnsRequest(fields, services));
            document = SnsRequest.E(action + "Response", SnsRequest.E(action + "Result", result), Metadata(requestId));
        }
        catch (Exception exception) when (!http.Response.HasStarted && Error(exception) is { } error)
        {
            status = error.Status;
            document = SnsRequest.E(
                "ErrorResponse",
                SnsRequest.E("Error", SnsRequest.E("Type", "Sender"), SnsRequest.E("Code", error.Code), SnsRequest.E("Message", error.Message)),
                SnsRequest.E("RequestId", requestId));
            if (status == 413)
            {
                http.Response.Headers.Connection = "close";
            }
        }
        catch (Exception exception) when (UnexpectedFailure.Is(http, exception))
        {
            Console.Error.WriteLine($"[refstore] SNS {Printable(action)} failed: {exception}");
            status = 500;
            document = SnsRequest.E(
                "ErrorResponse",
                SnsRequest.E("Error", SnsRequest.E("Type", "Receiver"), SnsRequest.E("Code", "InternalFailure"), SnsRequest.E("Message", "The request processing has failed because of an unknown error, exception or failure.")),
                SnsRequest.E("RequestId", requestId));
        }

        await ResponseText.WriteAsync(http.Response, status, "text/xml", document.ToString(SaveOptions.DisableFormatting), http.RequestAborted);
    }

    // The query string and form fields; a field with a character XML cannot carry (NUL, other controls) is refused, since
    // every name and attribute value may be echoed in an XML answer.
    private static async Task<Dictionary<string, string>> ReadFieldsAsync(HttpContext http)
    {
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

        foreach (var (key, value) in fields)
        {
            if (!IsXmlText(key) || !IsXmlText(value))
            {
                throw new SnsException(SnsError.InvalidParameter($"Invalid parameter: {Printable(key)} contains a character that is not allowed"));
            }
        }

        return fields;
    }

    private static SnsError? Error(Exception exception) => exception switch
    {
        SnsException sns => sns.Error,
        RejectedRequestException rejected => SnsError.Rejected(rejected.Rejection),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new SnsError(413, "RequestEntityTooLarge", "Request Entity Too Large"),
        InvalidDataException or DecoderFallbackException => new SnsError(404, "MalformedQueryString", "The query string contains a syntax error."),
        FormatException => SnsError.InvalidParameter($"Invalid parameter: {exception.Message}"),
        _ => null,
    };

    private static bool IsXmlText(string text)
    {
        foreach (var c in text)
        {
            if (!System.Xml.XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Printable(string text) =>
        new(text.Select(c => System.Xml.XmlConvert.IsXmlChar(c) ? c : '?').Take(256).ToArray());

    private static XElement Metadata(string requestId) => SnsRequest.E("ResponseMetadata", SnsRequest.E("RequestId", requestId));
}
