namespace S3NotifyConformance.Probing;

/// <summary>What the capability probe saw a store do with a capability, whatever the target declares.</summary>
public enum ObservedCapability
{
    /// <summary>The call was accepted and its effect read back; nothing else changed.</summary>
    Works,

    /// <summary>The call was rejected (an S3 error); nothing changed.</summary>
    Absent,

    /// <summary>The call was accepted, but an independent read shows no effect.</summary>
    Ignored,

    /// <summary>The call changed or lost something it must not touch (an object's bytes, a configuration).</summary>
    DamagesData,

    /// <summary>The probe could not decide: a setup call failed or a call timed out.</summary>
    Error,

    /// <summary>The capability has no probe.</summary>
    NotProbed,
}

/// <summary>Names observations the way reports spell them.</summary>
public static class ObservedCapabilityText
{
    /// <summary>The report spelling, e.g. <c>damages data</c>.</summary>
    public static string ToText(this ObservedCapability observed) => observed switch
    {
        ObservedCapability.Works => "works",
        ObservedCapability.Absent => "absent",
        ObservedCapability.Ignored => "ignored",
        ObservedCapability.DamagesData => "damages data",
        ObservedCapability.Error => "error",
        _ => "not probed",
    };
}
