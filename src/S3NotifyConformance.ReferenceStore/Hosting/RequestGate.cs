using Microsoft.AspNetCore.Http.Features;
using S3NotifyConformance.ReferenceStore.Authentication;

namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>What every request passes before a handler runs: the body limit (from the declared length, before anything
/// is read) and the signature check. SQS and SNS bodies are read here (bounded) because their payload hash is signed.</summary>
internal static class RequestGate
{
    /// <summary>Null when the request may proceed; otherwise why not (each router answers it in its protocol).</summary>
    public static async Task<RequestRejection?> CheckAsync(HttpContext http, StoreServices services, ServiceKind service, string rawPath, string rawQuery, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var max = services.Configuration.MaxBodyBytes;
        var chunked = long.TryParse(request.Headers["x-amz-decoded-content-length"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var decoded);
        var declared = chunked ? decoded : request.ContentLength ?? 0;
        if (declared > max)
        {
            // Close instead of draining the body the client still sends.
            http.Response.Headers.Connection = "close";
            return RequestRejection.BodyTooLarge(declared, max);
        }

        // A body without a declared length (chunked transfer) is cut off by Kestrel at the limit, plus aws-chunked framing.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = WireLimit(max);
        }

        string? bodySha256 = null;
        if (service != ServiceKind.S3)
        {
            byte[] body;
            try
            {
                body = await RequestBody.ReadAllAsync(request, max, cancellationToken);
            }
            catch (RejectedRequestException rejected)
            {
                http.Response.Headers.Connection = "close";
                return rejected.Rejection;
            }

            request.Body = new MemoryStream(body, writable: false);
            bodySha256 = SigV4Canonical.Sha256Hex(body);
        }

        if (!services.Configuration.VerifySignatures)
        {
            return null;
        }

        // A browser-form upload carries its signature in the form (the policy), checked by the POST handler.
        if (service == ServiceKind.S3 && HttpMethods.IsPost(request.Method) && request.HasFormContentType && !SignatureVerifier.IsSigned(request))
        {
            return null;
        }

        return services.Verifier.Verify(request, rawPath, rawQuery, service == ServiceKind.S3, bodySha256);
    }

    /// <summary>The bytes on the wire a body of <paramref name="max"/> bytes may take (aws-chunked adds ~0.2%).</summary>
    public static long WireLimit(long max) => max + (max / 256) + (64 * 1024);
}
