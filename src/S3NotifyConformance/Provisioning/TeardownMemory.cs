namespace S3NotifyConformance.Provisioning;

/// <summary>What teardown learned about the store during a run, so that it does not ask again for every bucket: whether the
/// store refuses the empty notification configuration (Ceph RGW 16.2 answers MalformedXML and removes configurations with
/// its <c>DELETE ?notification</c> instead), and whether its versions listing misses objects a plain listing finds (fauxqs
/// answers ListObjectVersions with an empty listing). Shared by every teardown made from one <see cref="ProvisioningClients"/>.</summary>
public sealed class TeardownMemory
{
    private volatile bool _emptyConfigurationRefused;
    private volatile bool _versionsListingMissesObjects;

    /// <summary>True once a plain listing found objects after the versions listing had emptied the bucket.</summary>
    public bool VersionsListingMissesObjects => _versionsListingMissesObjects;

    /// <summary>Remembers that the store's objects are to be listed plainly.</summary>
    public void ListsObjectsPlainly() => _versionsListingMissesObjects = true;

    /// <summary>True once the store answered the empty configuration with an error and the store-specific removal worked.</summary>
    public bool EmptyConfigurationRefused => _emptyConfigurationRefused;

    /// <summary>Remembers that the store refuses the empty configuration.</summary>
    public void RefusesEmptyConfiguration() => _emptyConfigurationRefused = true;
}
