namespace S3NotifyConformance.Scenarios;

/// <summary>A feature a target may or may not support; a scenario that needs a missing one is reported unsupported.</summary>
public enum Capability
{
    Versioning,
    Multipart,
    PostUpload,
    Copy,
    Tagging,
    Acl,
    Restore,
    Lifecycle,
    Replication,
    IntelligentTiering,
    TestEvent,
    ConfigurationValidation,
    SqsDestination,
    SnsDestination,
    LambdaDestination,

    /// <summary>The store can be told to lose a REDUCED_REDUNDANCY object (the embedded store's admin hook).</summary>
    ObjectLossTrigger,

    /// <summary>The store accepts EventBridgeConfiguration and puts the bucket's events on its default event bus, and the
    /// harness can route them to a queue with an EventBridge rule.</summary>
    EventBridgeDestination,

    /// <summary>The harness can disrupt the target's destination endpoint (<c>fault</c> steps): its webhook receiver, or the
    /// embedded store's delivery knob.</summary>
    DeliveryFaults,

    /// <summary>Events the store cannot deliver while a destination is down are kept and delivered once it is back (persistent
    /// topics); without it a store may lose them (synchronous push).</summary>
    PersistentDelivery,

    /// <summary>The harness can create a bucket in a region other than the target's (CreateBucketConfiguration
    /// LocationConstraint = the target's <c>secondRegion</c>) and reach that region's services, as on AWS.</summary>
    SecondRegion,

    /// <summary>The harness can give a queue or topic an access policy (SetQueueAttributes / SetTopicAttributes <c>Policy</c>),
    /// so a scenario can provision a destination whose policy does not let S3 publish (<c>destinationPolicy</c>).</summary>
    DestinationPolicy,
}

/// <summary>Names capabilities the way scenario and target files spell them (kebab-case).</summary>
public static class CapabilityNames
{
    /// <summary>The file spelling of a capability, e.g. <c>post-upload</c>.</summary>
    public static string ToName(this Capability capability) => capability == Capability.EventBridgeDestination
        ? "eventbridge-destination" // AWS writes EventBridge as one word
        : string.Concat(capability.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Parses a file spelling; throws with the list of valid names on a typo.</summary>
    public static Capability Parse(string name)
    {
        foreach (var capability in Enum.GetValues<Capability>())
        {
            if (string.Equals(capability.ToName(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return capability;
            }
        }

        throw new FormatException($"unknown capability '{name}'; known: {string.Join(", ", Enum.GetValues<Capability>().Select(c => c.ToName()))}");
    }
}
