using System.Net;

namespace S3NotifyConformance.Targets;

/// <summary>The embedded reference store's registry of Lambda functions (its admin routes under <c>/_s3notify/functions</c>, not
/// an AWS API): registers a function ARN with the URL its invocations are POSTed to, lists and unregisters them. Every call is
/// bounded by the connection's <see cref="StoreCallMonitor"/>.</summary>
public sealed class FunctionRegistryClient(Uri endpoint, StoreCallMonitor calls)
{
    /// <summary>Registers (or re-points) <paramref name="functionArn"/>.</summary>
    public async Task RegisterAsync(string functionArn, Uri url, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Put, $"arn={Uri.EscapeDataString(functionArn)}&url={Uri.EscapeDataString(url.ToString())}", "RegisterFunction", cancellationToken);
        await EnsureAsync(response, HttpStatusCode.OK, cancellationToken);
    }

    /// <summary>Unregisters <paramref name="functionArn"/>; one that is not registered counts as removed.</summary>
    public async Task UnregisterAsync(string functionArn, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"arn={Uri.EscapeDataString(functionArn)}", "UnregisterFunction", cancellationToken);
        await EnsureAsync(response, response.StatusCode == HttpStatusCode.NotFound ? HttpStatusCode.NotFound : HttpStatusCode.OK, cancellationToken);
    }

    /// <summary>The ARNs of every registered function.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, null, "ListFunctions", cancellationToken);
        await EnsureAsync(response, HttpStatusCode.OK, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return [.. (body?["functions"]?.AsArray() ?? []).Select(f => (string?)f?["arn"]).OfType<string>()];
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string? query, string operation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(endpoint, "/_s3notify/functions" + (query is null ? string.Empty : "?" + query)));
        request.Options.Set(StoreCallDeadlineHandler.OperationKey, $"store {operation} {method} /_s3notify/functions");
        return await calls.Http.SendAsync(request, cancellationToken);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: HTTP {(int)response.StatusCode} {(body.Length > 200 ? body[..200] : body)}", null, response.StatusCode);
        }
    }
}
