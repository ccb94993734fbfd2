using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Writes S3 responses.</summary>
internal static class S3Response
{
    /// <summary>Writes an XML document with the S3 declaration.</summary>
    public static async Task XmlAsync(S3Request request, XElement root, int status = 200)
    {
        await ResponseText.WriteAsync(request.Http.Response, status, "application/xml", Document(root), request.Aborted);
    }

    /// <summary>An empty response with this status.</summary>
    public static Task EmptyAsync(S3Request request, int status = 200)
    {
        request.Http.Response.StatusCode = status;
        request.Http.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    /// <summary>Sets x-amz-version-id when the version has a real id (SQS::test_object_created_put_versioned: no header for the null version).</summary>
    public static void VersionHeader(S3Request request, string? versionId)
    {
        if (versionId is not null && versionId != Storage.ObjectVersion.NullVersionId)
        {
            request.Http.Response.Headers["x-amz-version-id"] = versionId;
        }
    }

    /// <summary>Writes an error document (no body for HEAD).</summary>
    public static async Task ErrorAsync(HttpContext http, S3Error error, string requestId, string hostId)
    {
        var response = http.Response;
        response.StatusCode = error.Status;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            response.ContentLength = 0;
            return;
        }

        var root = new XElement("Error", new XElement("Code", error.Code), new XElement("Message", error.Message));
        foreach (var (name, value) in error.Details)
        {
            root.Add(new XElement(name, value));
        }

        root.Add(new XElement("RequestId", requestId), new XElement("HostId", hostId));
        await ResponseText.WriteAsync(response, error.Status, "application/xml", Document(root), http.RequestAborted);
    }

    // An S3 XML body: the XML declaration, then the element without formatting.
    private static string Document(XElement root) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting);
}
