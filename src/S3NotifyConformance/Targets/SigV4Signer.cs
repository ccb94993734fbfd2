using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace S3NotifyConformance.Targets;

/// <summary>Signs a plain <see cref="HttpRequestMessage"/> with AWS Signature V4, using AWSSDK.Core's signer for the key
/// derivation; for APIs the SDK has no client for here (SNS, whose package the mirror lacks, and RGW's extensions).</summary>
public sealed class SigV4Signer(string region, string service, AWSCredentials credentials)
{
    /// <summary>Adds x-amz-date, x-amz-content-sha256, the session token if any, and Authorization.</summary>
    public async Task SignAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
    {
        var identity = await credentials.GetCredentialsAsync().WaitAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));
        var uri = request.RequestUri!;
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}",
            ["x-amz-content-sha256"] = payloadHash,
            ["x-amz-date"] = now.ToString("yyyyMMdd'T'HHmmss'Z'"),
        };
        if (identity.UseToken)
        {
            headers["x-amz-security-token"] = identity.Token;
        }

        // Headers the caller set that AWS wants signed (EventBridge's X-Amz-Target) are signed as they are.
        foreach (var (name, values) in request.Headers.Where(h => h.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase)))
        {
            headers.TryAdd(name.ToLowerInvariant(), string.Join(',', values).Trim());
        }

        var signedHeaders = string.Join(';', headers.Keys);
        var canonicalRequest = string.Join('\n',
            request.Method.Method,
            uri.AbsolutePath,
            CanonicalQuery(uri.Query),
            string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n")),
            signedHeaders,
            payloadHash);
        var result = AWS4Signer.ComputeSignature(identity, region, now, service, signedHeaders, canonicalRequest);
        foreach (var (name, value) in headers.Where(h => h.Key != "host" && !request.Headers.Contains(h.Key)))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }

    private static string CanonicalQuery(string query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return string.Empty;
        }

        return string.Join('&', query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Encode(Uri.UnescapeDataString(p[0])), Value: Encode(p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>RFC 3986 encoding as SigV4 canonicalisation requires.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2"));
            }
        }

        return builder.ToString();
    }
}
