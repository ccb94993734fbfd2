namespace S3NotifyConformance.Targets;

/// <summary>A store under test: starts (or resolves) it and says how to reach it.</summary>
public interface ITarget : IAsyncDisposable
{
    /// <summary>The name shown in reports.</summary>
    string Name { get; }

    /// <summary>True for stores the harness launches itself and that take a while to start (install, bootstrap, pull).</summary>
    bool IsLaunched => false;

    /// <summary>Starts the store if the harness owns it, and returns how to reach it.</summary>
    Task<TargetConnection> StartAsync(CancellationToken cancellationToken);
}
