using System.Diagnostics;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Faults;

/// <summary>Applies a fault plan during a measurement: each fault begins at its <c>at</c> and is lifted after its <c>for</c> (a restart
/// lasts until the store answers again), on what the harness owns only: an endpoint fault on <paramref name="endpoint"/>, a
/// restart on <paramref name="restartable"/>. It records each window as applied. While it restarts the store, <paramref name="calls"/>
/// is told the outage is intended, so the calls it leaves unanswered do not end the run as "store unresponsive".</summary>
public sealed class FaultInjector(IFaultSurface? endpoint, IRestartableStore? restartable, HarnessClock clock, StoreCallMonitor? calls = null)
{
    /// <summary>What restarting a launched store means, for reports.</summary>
    public const string RestartDescription = "the store's processes, launched by the harness (stopped, then started again on the same endpoints)";

    /// <summary>Throws a <see cref="FaultPlanException"/> when a fault of the plan has nothing the harness owns to act on.</summary>
    public void Check(IEnumerable<FaultSpec> plan, string targetName)
    {
        foreach (var fault in plan)
        {
            if (fault.Kind == FaultKind.StoreRestart && restartable is null)
            {
                throw new FaultPlanException($"fault '{fault.Text}': target '{targetName}' was not launched by the harness, so it cannot restart it");
            }

            if (fault.Kind.IsEndpoint() && endpoint is null)
            {
                throw new FaultPlanException(
                    $"fault '{fault.Text}': target '{targetName}' delivers to no endpoint the harness owns (its webhook receiver, or the embedded store's delivery)");
            }
        }
    }

    /// <summary>Where a fault of <paramref name="kind"/> acts.</summary>
    public string Describe(FaultKind kind) => kind == FaultKind.StoreRestart ? RestartDescription : endpoint?.Describe(kind) ?? "nothing";

    /// <summary>Runs the plan from <paramref name="origin"/> (a Stopwatch timestamp); every begun fault is lifted, also when cancelled.
    /// Returns the windows as applied, in plan order; faults whose time never came are left out. <paramref name="cancellationToken"/>
    /// ends the plan (the measurement is over): faults not yet begun are left out and endpoint faults are lifted early, but a store
    /// restart under way still completes (bounded by the store's own restart deadline), since the store is down until it does;
    /// only <paramref name="abortToken"/> (the user's Ctrl+C) cancels it.</summary>
    public async Task<ImmutableArray<FaultWindow>> RunAsync(ImmutableArray<FaultSpec> plan, long origin, CancellationToken cancellationToken, CancellationToken abortToken)
    {
        var windows = await Task.WhenAll(plan.Select(f => ApplyAsync(f, origin, cancellationToken, restartToken: abortToken)));
        return [.. windows.OfType<FaultWindow>()];
    }

    /// <summary>Applies one fault now and lifts it after its length (a restart: once the store answers); for conformance steps.</summary>
    /// <param name="begun">Completed once the fault is in force (or could not be applied), so the caller's next step runs under it.</param>
    public Task<FaultWindow?> ApplyNowAsync(FaultSpec fault, long origin, CancellationToken cancellationToken, TaskCompletionSource? begun = null) =>
        ApplyAsync(fault with { At = Stopwatch.GetElapsedTime(origin) }, origin, cancellationToken, begun, cancellationToken);

    private async Task<FaultWindow?> ApplyAsync(FaultSpec fault, long origin, CancellationToken cancellationToken, TaskCompletionSource? begun = null,
        CancellationToken restartToken = default)
    {
        try
        {
            return await ApplyInOrderAsync(fault, origin, cancellationToken, begun, restartToken);
        }
        finally
        {
            begun?.TrySetResult();
        }
    }

    private async Task<FaultWindow?> ApplyInOrderAsync(FaultSpec fault, long origin, CancellationToken cancellationToken, TaskCompletionSource? begun,
        CancellationToken restartToken)
    {
        try
        {
            var wait = fault.At - Stopwatch.GetElapsedTime(origin);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        string? error = null;
        long started;
        if (fault.Kind == FaultKind.StoreRestart)
        {
            started = clock.Now();
            using var intended = calls?.ExpectOutage();
            try
            {
                await restartable!.RestartStoreAsync(restartToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = $"restart failed: {e.GetType().Name}: {e.Message}";
            }

            return Window(fault, origin, started, clock.Now(), error);
        }

        try
        {
            await endpoint!.BeginAsync(fault, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Window(fault, origin, clock.Now(), clock.Now(), $"could not apply: {e.GetType().Name}: {e.Message}");
        }

        started = clock.Now();
        begun?.TrySetResult();
        try
        {
            await Task.Delay(fault.For, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            error = "interrupted: lifted early";
        }

        try
        {
            await endpoint.EndAsync(fault, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = $"could not lift: {e.GetType().Name}: {e.Message}";
        }

        return Window(fault, origin, started, clock.Now(), error);
    }

    private FaultWindow Window(FaultSpec fault, long origin, long started, long ended, string? error) => new(
        fault.Text, fault.Kind.ToName(), Describe(fault.Kind), clock.ToUtc(started), clock.ToUtc(ended),
        Stopwatch.GetElapsedTime(origin, started).TotalSeconds, Stopwatch.GetElapsedTime(origin, ended).TotalSeconds, error);
}
