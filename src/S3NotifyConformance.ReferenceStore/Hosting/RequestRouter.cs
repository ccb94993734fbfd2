using Microsoft.AspNetCore.Http.Features;
using S3NotifyConformance.ReferenceStore.Authentication;
using S3NotifyConformance.ReferenceStore.S3;
using S3NotifyConformance.ReferenceStore.Sns;
using S3NotifyConformance.ReferenceStore.Sqs;

namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>The single endpoint: routes each request to S3, SQS, SNS or the admin routes.</summary>
internal sealed class RequestRouter
{
    /// <summary>Admin routes live under this path (not an S3 bucket name: buckets cannot start with "_").</summary>
    public const string AdminPrefix = "/_s3notify/";

    private static readonly bool Trace = Environment.GetEnvironmentVariable("S3NOTIFY_REFSTORE_TRACE") == "1";
    private static readonly string[] TracedHeaders = ["Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding", "x-amz-content-sha256", "x-amz-decoded-content-length", "x-amz-trailer", "x-amz-sdk-checksum-algorithm", "X-Amz-Target"];

    private readonly StoreServices _services;
    private readonly CancellationToken _stopping;

    /// <summary>Creates the router.</summary>
    public RequestRouter(StoreServices services, CancellationToken stopping)
    {
        _services = services;
        _stopping = stopping;
    }

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToString();
        var question = rawTarget.IndexOf('?');
        var path = question < 0 ? rawTarget : rawTarget[..question];
        if (path.StartsWith(AdminPrefix, StringComparison.Ordinal))
        {
            await AdminRouter.HandleAsync(http, _services, path[AdminPrefix.Length..]);
            return;
        }

        var scope = CredentialScope.FromRequest(http.Request);
        if (Trace)
        {
            var headers = string.Join(' ', TracedHeaders.Where(h => http.Request.Headers.ContainsKey(h)).Select(h => $"{h}={http.Request.Headers[h]}"));
            http.Response.OnStarting(() =>
            {
                Console.Error.WriteLine($"[refstore] {http.Request.Method} {rawTarget} {scope?.Service} {headers} -> {http.Response.StatusCode}");
                return Task.CompletedTask;
            });
        }

        var service = ServiceResolver.Resolve(http.Request, scope, path);
        RequestRejection? rejection;
        try
        {
            rejection = await RequestGate.CheckAsync(http, _services, service, path, question < 0 ? string.Empty : rawTarget[(question + 1)..], http.RequestAborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client went away or framed its body badly while the gate read it; Kestrel answers or closes.
            return;
        }

        if (Trace && rejection is { Kind: RejectionKind.SignatureMismatch })
        {
            Console.Error.WriteLine($"[refstore] {http.Request.Method} {rawTarget}: signature mismatch; canonical request:\n{rejection.Details.FirstOrDefault(d => d.Key == "CanonicalRequest").Value}");
        }

        switch (service)
        {
            case ServiceKind.Sqs:
                await SqsRouter.HandleAsync(http, _services, rejection, _stopping);
                break;
            case ServiceKind.Sns:
                await SnsRouter.HandleAsync(http, _services, rejection);
                break;
            case ServiceKind.Events:
                await Events.EventsRouter.HandleAsync(http, _services, scope, rejection);
                break;
            default:
                await S3Router.HandleAsync(http, _services, path, scope, rejection);
                break;
        }
    }
}
