using System.Collections.Immutable;

namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>Every <see cref="StoreFault"/> with its name, area, verdict expectation and description, in one table.</summary>
public static class StoreFaultCatalog
{
    /// <summary>The share of duplicate deliveries the duplicate faults' target states: AWS promises at-least-once delivery.</summary>
    public const double StatedDuplicationAllowance = 0.5;

    /// <summary>Every fault, in declaration order.</summary>
    public static ImmutableArray<StoreFaultInfo> All { get; } =
    [
        MustFail(StoreFault.FilterIgnored, "filter-ignored", StoreFaultArea.Configuration, "prefix and suffix filters are ignored when matching"),
        MustFail(StoreFault.PrefixCaseInsensitive, "prefix-case-insensitive", StoreFaultArea.Configuration, "the prefix filter matches keys case-insensitively"),
        MustFail(StoreFault.ConfigurationMerged, "configuration-merged", StoreFaultArea.Configuration, "a configuration PUT is merged into the stored one instead of replacing it"),
        MustFail(StoreFault.ReadBackDropsFilter, "read-back-drops-filter", StoreFaultArea.Configuration, "GetBucketNotificationConfiguration leaves out the Filter"),
        MustFail(StoreFault.UnknownEventAccepted, "unknown-event-accepted", StoreFaultArea.Validation, "a configuration naming an unknown event is accepted"),
        MustFail(StoreFault.DestinationPolicyIgnored, "destination-policy-ignored", StoreFaultArea.Validation, "a queue or topic whose policy does not let S3 publish is accepted"),
        MustFail(StoreFault.WrongErrorCode, "wrong-error-code", StoreFaultArea.Validation, "configuration errors carry the code InvalidRequest"),
        MustFail(StoreFault.EmptyErrorMessage, "empty-error-message", StoreFaultArea.Validation, "configuration errors carry an empty Message"),
        MustFail(StoreFault.MissingErrorArguments, "missing-error-arguments", StoreFaultArea.Validation, "configuration errors leave out ArgumentName and ArgumentValue"),
        MustFail(StoreFault.DropObjectRemoved, "drop-object-removed", StoreFaultArea.Delivery, "ObjectRemoved events are never delivered"),
        MustFail(StoreFault.WrongDestination, "wrong-destination", StoreFaultArea.Delivery, "events go to another configuration's destination"),
        MustFail(StoreFault.EventTypeIgnored, "event-type-ignored", StoreFaultArea.Delivery, "configurations receive events of types they do not name"),
        MustFail(StoreFault.EventNameWrong, "event-name-wrong", StoreFaultArea.Delivery, "a CopyObject's event is named ObjectCreated:Put"),
        MustFail(StoreFault.TestEventMissing, "test-event-missing", StoreFaultArea.Delivery, "no s3:TestEvent after a validated configuration"),
        MustFail(StoreFault.EventSourceWrong, "event-source-wrong", StoreFaultArea.RecordFields, "eventSource is acme:s3"),
        MustFail(StoreFault.RegionEmpty, "region-empty", StoreFaultArea.RecordFields, "awsRegion is empty"),
        MustFail(StoreFault.EventTimeWithoutMilliseconds, "event-time-no-milliseconds", StoreFaultArea.RecordFields, "eventTime without milliseconds"),
        MustFail(StoreFault.EventTimeYearOff, "event-time-year-off", StoreFaultArea.RecordFields, "eventTime a year after the write"),
        MustFail(StoreFault.SizeMissing, "size-missing", StoreFaultArea.RecordFields, "s3.object.size left out"),
        MustFail(StoreFault.ETagQuoted, "etag-quoted", StoreFaultArea.RecordFields, "s3.object.eTag in quotes"),
        MustFail(StoreFault.VersionIdNullString, "version-id-null-string", StoreFaultArea.RecordFields, "versionId \"null\" on unversioned objects"),
        MustFail(StoreFault.ConfigurationIdWrong, "configuration-id-wrong", StoreFaultArea.RecordFields, "s3.configurationId is not the configuration's Id"),
        MustFail(StoreFault.BucketArnWrong, "bucket-arn-wrong", StoreFaultArea.RecordFields, "s3.bucket.arn names a region and account"),
        MustFail(StoreFault.EventVersionOne, "event-version-1.0", StoreFaultArea.RecordFields, "eventVersion 1.0"),
        MustFail(StoreFault.RequestIdForeign, "request-id-foreign", StoreFaultArea.RecordFields, "x-amz-request-id is not the S3 call's"),
        MustFail(StoreFault.KeyNotEncoded, "key-not-encoded", StoreFaultArea.KeyEncoding, "s3.object.key not URL-encoded"),
        MustFail(StoreFault.KeySpaceAsPercent20, "key-space-percent20", StoreFaultArea.KeyEncoding, "a space in s3.object.key encoded %20, not +"),
        MustFail(StoreFault.EventBridgeRegionOfStore, "eventbridge-region-of-store", StoreFaultArea.RecordFields,
            "EventBridge events of a bucket in another region carry the store's default region"),
        MustFail(StoreFault.SequencerDecreasing, "sequencer-decreasing", StoreFaultArea.Ordering, "later writes of a key get smaller sequencers"),
        new(StoreFault.DuplicateBeyondAllowance, "duplicate-beyond-allowance", StoreFaultArea.Duplicates, true,
            "every event delivered three times (2/3 duplicates; the target allows 50%)", StatedDuplicationAllowance),
        MustFail(StoreFault.DeliveryLate, "delivery-late", StoreFaultArea.Timing, "ObjectCreated:Copy events delivered 6 s late (the deadline is 5 s)"),
        MustNotFail(StoreFault.VendorExtensionFields, "vendor-extension-fields", StoreFaultArea.Extensions, "records carry eventId and opaqueData, as Ceph RGW sends"),
        MustNotFail(StoreFault.ReorderAcrossKeys, "reorder-across-keys", StoreFaultArea.Ordering, "events of different keys overtake each other; one key's keep their order"),
        new(StoreFault.DuplicateWithinAllowance, "duplicate-within-allowance", StoreFaultArea.Duplicates, false,
            "every event delivered twice (1/2 duplicates; the target allows 50%)", StatedDuplicationAllowance),
    ];

    /// <summary>The fault's entry.</summary>
    public static StoreFaultInfo Of(StoreFault fault) => All.First(f => f.Fault == fault);

    /// <summary>The fault with this name (case-insensitive), or null.</summary>
    public static StoreFaultInfo? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The fault with this name; an <see cref="ArgumentException"/> listing the names otherwise.</summary>
    public static StoreFaultInfo Parse(string name) =>
        Find(name) ?? throw new ArgumentException($"unknown fault '{name}': one of {string.Join(", ", All.Select(f => f.Name))}");

    private static StoreFaultInfo MustFail(StoreFault fault, string name, StoreFaultArea area, string description) => new(fault, name, area, true, description);

    private static StoreFaultInfo MustNotFail(StoreFault fault, string name, StoreFaultArea area, string description) => new(fault, name, area, false, description);
}
