namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>What part of a store's behaviour a <see cref="StoreFault"/> breaks.</summary>
public enum StoreFaultArea
{
    /// <summary>Storing, matching and reading back notification configurations.</summary>
    Configuration,

    /// <summary>Rejecting invalid configurations with AWS's error.</summary>
    Validation,

    /// <summary>Which events reach which destination.</summary>
    Delivery,

    /// <summary>The values of an event record's fields.</summary>
    RecordFields,

    /// <summary>How s3.object.key is encoded.</summary>
    KeyEncoding,

    /// <summary>Sequencer order per key, and arrival order.</summary>
    Ordering,

    /// <summary>Events delivered more than once.</summary>
    Duplicates,

    /// <summary>How late events arrive.</summary>
    Timing,

    /// <summary>Fields beyond AWS's record.</summary>
    Extensions,
}
