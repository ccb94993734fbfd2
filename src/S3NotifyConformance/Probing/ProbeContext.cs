using Amazon.Runtime;
using Amazon.S3;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>What the probes share: the S3 client, the run-scoped bucket, a bound on every call, and the one destination the
/// notification probes configure (created on first use, recorded in the probe's ledger).</summary>
public sealed class ProbeContext(IAmazonS3 s3, string bucket, TimeSpan callTimeout, Func<CancellationToken, Task<ProvisionedDestination>>? provisionDestination)
{
    private Task<ProvisionedDestination>? _destination;

    /// <summary>The run-scoped bucket.</summary>
    public string Bucket => bucket;

    /// <summary>The longest any one call may take.</summary>
    public TimeSpan CallTimeout => callTimeout;

    /// <summary>Calls the store, bounded by <see cref="CallTimeout"/>; a call that takes longer throws <see cref="TimeoutException"/>.</summary>
    public async Task<T> CallAsync<T>(Func<IAmazonS3, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(callTimeout);
        try
        {
            return await call(s3, bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {callTimeout.TotalSeconds:0} s");
        }
    }

    /// <summary>The destination for notification probes, created once; throws when the target has none.</summary>
    public Task<ProvisionedDestination> DestinationAsync(CancellationToken cancellationToken) =>
        _destination ??= provisionDestination is null
            ? Task.FromException<ProvisionedDestination>(new InvalidOperationException("the target has no destination the harness can create"))
            : provisionDestination(cancellationToken);

    /// <summary>A store's error answer in one line: <c>NotImplemented (501)</c>; other failures by type and message.</summary>
    public static string Describe(Exception e) => e switch
    {
        AmazonServiceException { StatusCode: var status } s when (int)status > 0 => $"{s.ErrorCode ?? "error"} ({(int)status})",
        TimeoutException t => $"timed out: {t.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    /// <summary>True when the store answered with an S3 error (as opposed to a timeout or a broken connection).</summary>
    public static bool IsRejection(Exception e) => e is AmazonServiceException { StatusCode: var status } && (int)status >= 400;
}
