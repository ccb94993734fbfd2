using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;

namespace S3NotifyConformance.Targets;

/// <summary>Checks a target answers before anything is created, and turns every failure into a one-line cause.</summary>
public static class TargetPreflight
{
    /// <summary>How long the whole check may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);

    /// <summary>Lists buckets (and queues, where the target delivers through SQS); throws <see cref="TargetSetupException"/>.</summary>
    public static async Task CheckAsync(TargetConnection target, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(DeadlineFor(target));
        await ProbeAsync("S3", target.Endpoints.S3, async () =>
        {
            using var s3 = AwsClientFactory.CreateS3(target, maxErrorRetry: 0);
            await s3.ListBucketsAsync(deadline.Token);
        }, cancellationToken);
        if (target.DeliveryPath == DeliveryPath.SqsQueues && target.Endpoints.Sqs is { } sqsEndpoint)
        {
            await ProbeAsync("SQS", sqsEndpoint, async () =>
            {
                using var sqs = AwsClientFactory.CreateSqs(target, maxErrorRetry: 0);
                await sqs.ListQueuesAsync(new Amazon.SQS.Model.ListQueuesRequest(), deadline.Token);
            }, cancellationToken);
        }
    }

    // Each probe call is bounded by the target's call timeout too; a longer call timeout than Timeout gets its own wait.
    private static TimeSpan DeadlineFor(TargetConnection target) =>
        target.Calls.CallTimeout + TimeSpan.FromSeconds(1) > Timeout ? target.Calls.CallTimeout + TimeSpan.FromSeconds(1) : Timeout;

    private static async Task ProbeAsync(string service, Uri endpoint, Func<Task> probe, CancellationToken outer)
    {
        try
        {
            await probe();
        }
        catch (OperationCanceledException) when (!outer.IsCancellationRequested)
        {
            throw new TargetSetupException($"{service} endpoint {endpoint} did not answer within {Timeout.TotalSeconds:0} s");
        }
        catch (AmazonServiceException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            throw new TargetSetupException($"{service} endpoint {endpoint} rejected the credentials: {e.ErrorCode} ({e.Message})", e);
        }
        catch (Exception e) when (Cause(e) is { } cause)
        {
            throw new TargetSetupException($"cannot reach {service} endpoint {endpoint}: {cause}", e);
        }
    }

    private static string? Cause(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SocketException socket:
                    return socket.SocketErrorCode == SocketError.ConnectionRefused ? "connection refused (is the store running?)" : socket.Message;
                case HttpRequestException http when http.InnerException is null:
                    return http.Message;
                case TimeoutException or TaskCanceledException:
                    return "timed out";
            }
        }

        return e is AmazonClientException or HttpRequestException ? e.Message : null;
    }
}
