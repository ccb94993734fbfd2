using System.Diagnostics;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Faults;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Faults;

/// <summary>The end of a measurement lifts faults, but a store restart under way completes: the store is down until it does.</summary>
public sealed class FaultInjectorTests
{
    [Test]
    public async Task ARestartUnderWayWhenTheMeasurementEndsCompletes()
    {
        // Given a store whose restart takes a while, and a plan that restarts it at once
        var store = new SlowRestartStore();
        var injector = new FaultInjector(null, store, HarnessClock.Shared);
        using var measurement = new CancellationTokenSource();
        var injecting = injector.RunAsync(FaultSpec.ParsePlan(["store-restart:at=0s"]), Stopwatch.GetTimestamp(), measurement.Token, CancellationToken.None);

        // When the measurement ends while the restart is under way
        await store.Begun.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await measurement.CancelAsync();
        store.Finish.SetResult();
        var windows = await injecting.WaitAsync(TimeSpan.FromSeconds(30));

        // Then the restart was not cancelled: it completed, and its window says so
        Assert.That(store.Completed, Is.True);
        Assert.That(windows.Single().Error, Is.Null);
    }

    [Test]
    public async Task TheUsersAbortCancelsARestartUnderWay()
    {
        var store = new SlowRestartStore();
        var injector = new FaultInjector(null, store, HarnessClock.Shared);
        using var abort = new CancellationTokenSource();
        var injecting = injector.RunAsync(FaultSpec.ParsePlan(["store-restart:at=0s"]), Stopwatch.GetTimestamp(), abort.Token, abort.Token);

        await store.Begun.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await abort.CancelAsync();
        var windows = await injecting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(store.Completed, Is.False);
        Assert.That(windows.Single().Error, Does.StartWith("restart failed: TaskCanceledException"));
    }

    private sealed class SlowRestartStore : IRestartableStore
    {
        public TaskCompletionSource Begun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Completed { get; private set; }

        public async Task RestartStoreAsync(CancellationToken cancellationToken)
        {
            Begun.SetResult();
            await Finish.Task.WaitAsync(cancellationToken);
            Completed = true;
        }
    }
}
