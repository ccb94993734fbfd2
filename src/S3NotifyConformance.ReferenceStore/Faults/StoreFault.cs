namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>A named misbehaviour the reference store can be built with (<see cref="ReferenceStoreBuilder.WithFault"/>), so the
/// harness can check that its verdicts catch what they must and flag nothing else. <see cref="StoreFaultCatalog"/> names and
/// describes each; the store applies each where it belongs (matcher, configuration handler, validator, dispatcher, record
/// writer, sequencer, delivery pipeline).</summary>
public enum StoreFault
{
    /// <summary>Key filters (prefix and suffix) are ignored when matching events to configurations.</summary>
    FilterIgnored,

    /// <summary>The prefix filter is compared case-insensitively.</summary>
    PrefixCaseInsensitive,

    /// <summary>A PutBucketNotificationConfiguration adds its configurations to the stored ones instead of replacing them.</summary>
    ConfigurationMerged,

    /// <summary>GetBucketNotificationConfiguration leaves out every configuration's Filter.</summary>
    ReadBackDropsFilter,

    /// <summary>An unknown event name in a configuration is accepted instead of rejected.</summary>
    UnknownEventAccepted,

    /// <summary>A queue or topic whose access policy does not let S3 publish is accepted as a destination (only existence is checked).</summary>
    DestinationPolicyIgnored,

    /// <summary>Configuration validation errors carry the code InvalidRequest instead of AWS's.</summary>
    WrongErrorCode,

    /// <summary>Configuration validation errors carry an empty Message.</summary>
    EmptyErrorMessage,

    /// <summary>Configuration validation errors leave out ArgumentName and ArgumentValue.</summary>
    MissingErrorArguments,

    /// <summary>ObjectRemoved events are never delivered.</summary>
    DropObjectRemoved,

    /// <summary>Each event goes to the destination of another configuration of the bucket, when the bucket has one.</summary>
    WrongDestination,

    /// <summary>A configuration receives events of every type, not only the types it names.</summary>
    EventTypeIgnored,

    /// <summary>A CopyObject's event is named ObjectCreated:Put.</summary>
    EventNameWrong,

    /// <summary>No s3:TestEvent is sent after a validated configuration.</summary>
    TestEventMissing,

    /// <summary>Records say eventSource "acme:s3".</summary>
    EventSourceWrong,

    /// <summary>Records carry an empty awsRegion.</summary>
    RegionEmpty,

    /// <summary>eventTime has no milliseconds (2026-01-01T00:00:00Z).</summary>
    EventTimeWithoutMilliseconds,

    /// <summary>eventTime is a year after the write, in the right format.</summary>
    EventTimeYearOff,

    /// <summary>s3.object.size is left out.</summary>
    SizeMissing,

    /// <summary>s3.object.eTag keeps its quotes.</summary>
    ETagQuoted,

    /// <summary>Unversioned objects carry versionId "null".</summary>
    VersionIdNullString,

    /// <summary>s3.configurationId is not the configuration's Id.</summary>
    ConfigurationIdWrong,

    /// <summary>s3.bucket.arn names a region and account (arn:aws:s3:REGION:ACCOUNT:bucket).</summary>
    BucketArnWrong,

    /// <summary>eventVersion is 1.0.</summary>
    EventVersionOne,

    /// <summary>responseElements.x-amz-request-id is a fresh id, not the S3 call's.</summary>
    RequestIdForeign,

    /// <summary>s3.object.key is the raw key, not URL-encoded.</summary>
    KeyNotEncoded,

    /// <summary>A space in s3.object.key is encoded %20 instead of +.</summary>
    KeySpaceAsPercent20,

    /// <summary>Sequencers decrease: a later write of a key has a smaller sequencer.</summary>
    SequencerDecreasing,

    /// <summary>Every event is delivered three times (two of three deliveries duplicates, above a 50% allowance).</summary>
    DuplicateBeyondAllowance,

    /// <summary>ObjectCreated:Copy events are delivered 6 s after the write, past the embedded target's 5 s delivery deadline.</summary>
    DeliveryLate,

    /// <summary>Records carry vendor fields AWS does not send: eventId and opaqueData, as Ceph RGW sends them.</summary>
    VendorExtensionFields,

    /// <summary>Events of different keys overtake each other (random 0–60 ms delays); events of one key keep their order.</summary>
    ReorderAcrossKeys,

    /// <summary>Every event is delivered twice: half the deliveries are duplicates, within an at-least-once allowance of 50%.</summary>
    DuplicateWithinAllowance,

    /// <summary>EventBridge events of a bucket in another region carry the store's default region (still on the bucket's
    /// region's bus, so they arrive and are judged).</summary>
    EventBridgeRegionOfStore,
}
