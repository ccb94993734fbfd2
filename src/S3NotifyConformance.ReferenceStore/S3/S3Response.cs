namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Writes S3 responses.</summary>
internal static class S3Response
{
    /// <summary>Writes an XML document with the S3 declaration.</summary>
    public static async Task XmlAsync(S3Request request, XElement root, int status = 200)
    {
        var response = request.Http.Response;
        response.StatusCode = status;
        response.ContentType = "application/xml";
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting);
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, request.Aborted);
    }

    /// <summary>An empty response with this status.</summary>
    public static Task EmptyAsync(S3Request request, int status = 200)
    {
        request.Http.Response.StatusCode = status;
        request.Http.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    /// <summary>Sets x-amz-version-id when the version has a real id (facts §3.4: no header for the null version).</summary>
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
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting));
        response.ContentType = "application/xml";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
