namespace S3NotifyConformance.Targets;

/// <summary>A store the harness launched itself and can therefore restart (a store-restart fault); targets the harness did not start never implement it.</summary>
public interface IRestartableStore
{
    /// <summary>Stops the store's processes and starts them again on the same endpoints, returning once it answers again.</summary>
    Task RestartStoreAsync(CancellationToken cancellationToken);
}
