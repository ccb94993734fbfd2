using System.Diagnostics;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Targets;

/// <summary>Gives every HTTP call to a store its deadline (answer body included) and tells the <see cref="StoreCallMonitor"/> whether
/// it was answered. A call past its deadline throws <see cref="StoreCallTimeoutException"/> naming the operation and the wait; the
/// caller's own cancellation (Ctrl+C) passes through unchanged and is not counted.</summary>
public sealed partial class StoreCallDeadlineHandler(StoreCallMonitor monitor) : DelegatingHandler
{
    /// <summary>Lets a raw client name its operation (e.g. <c>SNS CreateTopic</c>) where the request alone does not say it.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationKey = new("s3notify.operation");

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = OperationOf(request);
        monitor.ThrowIfFailingFast(operation);
        var endpoint = request.RequestUri is { } uri ? $"{uri.Scheme}://{uri.Authority}" : "the store";
        var longPoll = await LongPollOf(request);
        // Waiting for its turn is not the store's slowness: the deadline starts once the call may go.
        using var turn = await monitor.TurnAsync(operation, cancellationToken);
        var deadline = monitor.CallTimeout + longPoll;
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        call.CancelAfter(deadline);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await SendOnceMoreIfClosedUnansweredAsync(request, call.Token);
            await response.Content.LoadIntoBufferAsync(call.Token);
            // A long poll's wait is the queue's, not the store's slowness: it does not count as the slowest answer.
            monitor.Answered(endpoint, operation, longPoll > TimeSpan.Zero ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started));
            return response;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            var waited = Stopwatch.GetElapsedTime(started);
            monitor.Unanswered(endpoint, operation, $"got no answer within {waited.TotalSeconds:0.0} s");
            throw new StoreCallTimeoutException(operation, waited);
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            monitor.Unanswered(endpoint, operation, $"failed without an answer: {e.Message}");
            throw;
        }
    }

    // A store may close a kept-alive connection just as a request goes out on it; the request then ends without an answer.
    // Browsers and the AWS SDKs send such a request once more on a new connection, so the harness does too (within the
    // same deadline) where the body can be sent again: no body, or one held in memory (the SDK retries its own streams).
    // A store that closes every connection unanswered still fails the second attempt, and that is reported.
    private async Task<HttpResponseMessage> SendOnceMoreIfClosedUnansweredAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ResponseEnded && request.Content is null or ByteArrayContent)
        {
            return await base.SendAsync(request, cancellationToken);
        }
    }

    private static string OperationOf(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(OperationKey, out var named))
        {
            return named;
        }

        if (request.Headers.TryGetValues("X-Amz-Target", out var targets) && targets.FirstOrDefault() is { } target)
        {
            // SQS's JSON protocol names the action: AmazonSQS.ReceiveMessage.
            return $"SQS {target[(target.LastIndexOf('.') + 1)..]}";
        }

        return S3OperationNames.Of(request);
    }

    // An SQS long poll legitimately waits WaitTimeSeconds before answering; the call timeout comes on top.
    private static async Task<TimeSpan> LongPollOf(HttpRequestMessage request)
    {
        if (request.Content is null || !request.Headers.TryGetValues("X-Amz-Target", out var targets) || targets.FirstOrDefault() != "AmazonSQS.ReceiveMessage")
        {
            return TimeSpan.Zero;
        }

        var body = await request.Content.ReadAsStringAsync();
        return WaitTimeSeconds().Match(body) is { Success: true } m ? TimeSpan.FromSeconds(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) : TimeSpan.Zero;
    }

    [GeneratedRegex("\"WaitTimeSeconds\"\\s*:\\s*([0-9]{1,2})")]
    private static partial Regex WaitTimeSeconds();
}
