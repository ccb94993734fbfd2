namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Tells a failure of the store, which is logged and answered with 500, from a request the client ended or framed badly
/// (cancelled, connection reset, truncated body: Kestrel's <see cref="IOException"/>s), which Kestrel answers or closes itself.</summary>
internal static class UnexpectedFailure
{
    /// <summary>True when <paramref name="exception"/> is the store's own failure and the response can still carry a 500.</summary>
    public static bool Is(HttpContext http, Exception exception) =>
        exception is not (OperationCanceledException or IOException) && !http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested;
}
