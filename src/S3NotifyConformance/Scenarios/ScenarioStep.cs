namespace S3NotifyConformance.Scenarios;

/// <summary>One S3 operation of a scenario. <see cref="Label"/> names the write so later steps can refer to its version.</summary>
public abstract record ScenarioStep
{
    /// <summary>A name later steps use to refer to this step's version id, or null.</summary>
    public string? Label { get; init; }

    /// <summary>The error this step must fail with; null means it must succeed.</summary>
    public ExpectedError? ExpectError { get; init; }

    /// <summary>The AWS operation name, as the write ledger records it.</summary>
    public abstract string Operation { get; }

    /// <summary>The capability this step needs beyond plain PutObject, if any.</summary>
    public virtual Capability? Needs => null;
}

/// <summary>Object content: a literal body, or a deterministic body of a given size.</summary>
public sealed record ObjectBody(string? Text, int Size)
{
    /// <summary>The bytes to upload; a sized body repeats a fixed alphabet so its ETag is stable.</summary>
    public byte[] ToBytes()
    {
        if (Text is not null)
        {
            return System.Text.Encoding.UTF8.GetBytes(Text);
        }

        const string alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
        return Enumerable.Range(0, Size).Select(i => (byte)alphabet[i % alphabet.Length]).ToArray();
    }

    /// <summary>The default body used when a step names none.</summary>
    public static ObjectBody Default { get; } = new("something", 0);
}

/// <summary>PutObject.</summary>
public sealed record PutObjectStep(string Key, ObjectBody Body, string? StorageClass = null, string? TraceHeader = null) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutObject";
}

/// <summary>A browser-form POST upload (ObjectCreated:Post).</summary>
public sealed record PostObjectStep(string Key, ObjectBody Body) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PostObject";

    /// <inheritdoc />
    public override Capability? Needs => Capability.PostUpload;
}

/// <summary>CopyObject from a source key (optionally a labelled version) to a destination key.</summary>
public sealed record CopyObjectStep(string SourceKey, string Key, string? SourceVersionLabel = null) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "CopyObject";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Copy;
}

/// <summary>CreateMultipartUpload, UploadPart per size, CompleteMultipartUpload.</summary>
public sealed record MultipartUploadStep(string Key, ImmutableArray<int> PartSizes, bool Abort = false) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => Abort ? "AbortMultipartUpload" : "CompleteMultipartUpload";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Multipart;
}

/// <summary>DeleteObject, optionally of a labelled version (or delete marker).</summary>
public sealed record DeleteObjectStep(string Key, string? VersionLabel = null) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "DeleteObject";
}

/// <summary>DeleteObjects (multi-object delete) of the given keys.</summary>
public sealed record DeleteObjectsStep(ImmutableArray<string> Keys, bool Quiet) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "DeleteObjects";
}

/// <summary>Concurrent writes: <paramref name="Writers"/> writers at once on each of <paramref name="KeyCount"/> keys
/// (<c>{Key}</c>, or <c>{Key}-1</c>… when there are several), each writer with its own body; <paramref name="Mix"/> makes every
/// second writer a delete. Afterwards each key is read (HeadObject) so judging knows the final state.</summary>
public sealed record ConcurrentWritesStep(string Key, int Writers, int KeyCount, bool Mix) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "ConcurrentWrites";

    /// <summary>The keys written.</summary>
    public IReadOnlyList<string> Keys => KeyCount <= 1 ? [Key] : [.. Enumerable.Range(1, KeyCount).Select(i => $"{Key}-{i}")];
}

/// <summary>RestoreObject of an archived object (ObjectRestore:Post, later Completed, and Delete when the copy expires).</summary>
public sealed record RestoreObjectStep(string Key, int Days, string Tier) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "RestoreObject";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Restore;
}

/// <summary>PutBucketLifecycleConfiguration with one rule: expiration and/or a transition after some days, for a prefix.</summary>
public sealed record PutLifecycleStep(string Prefix, int? ExpirationDays, int? TransitionDays, string? StorageClass) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutBucketLifecycleConfiguration";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Lifecycle;
}

/// <summary>PutBucketIntelligentTieringConfiguration: objects not accessed for the days move to the access tier.</summary>
public sealed record PutIntelligentTieringStep(int Days, string AccessTier) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutBucketIntelligentTieringConfiguration";

    /// <inheritdoc />
    public override Capability? Needs => Capability.IntelligentTiering;
}

/// <summary>Creates a versioned replica bucket (carrying the run id) and PutBucketReplication to it with replication metrics on.</summary>
public sealed record PutReplicationStep : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutBucketReplication";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Replication;
}

/// <summary>Deletes the (empty) replica bucket, so replication of later writes fails with DstBucketNotFound.</summary>
public sealed record DeleteReplicaBucketStep : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "DeleteReplicaBucket";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Replication;
}

/// <summary>Makes the store lose a REDUCED_REDUNDANCY object (ReducedRedundancyLostObject); only stores with a hook for it.</summary>
public sealed record LoseObjectStep(string Key) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "LoseObject";

    /// <inheritdoc />
    public override Capability? Needs => Capability.ObjectLossTrigger;
}

/// <summary>PutObjectTagging.</summary>
public sealed record PutObjectTaggingStep(string Key, ImmutableSortedDictionary<string, string> Tags) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutObjectTagging";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Tagging;
}

/// <summary>DeleteObjectTagging.</summary>
public sealed record DeleteObjectTaggingStep(string Key) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "DeleteObjectTagging";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Tagging;
}

/// <summary>PutObjectAcl with a canned ACL.</summary>
public sealed record PutObjectAclStep(string Key, string CannedAcl) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutObjectAcl";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Acl;
}

/// <summary>PutBucketVersioning (Enabled or Suspended).</summary>
public sealed record PutBucketVersioningStep(string Status) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutBucketVersioning";

    /// <inheritdoc />
    public override Capability? Needs => Capability.Versioning;
}

/// <summary>PutBucketNotificationConfiguration with a whole configuration.</summary>
public sealed record PutNotificationStep(NotificationSpec Notification, bool MissingBucket = false) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutBucketNotificationConfiguration";

    /// <inheritdoc />
    public override Capability? Needs => ExpectError is null ? null : Capability.ConfigurationValidation;
}

/// <summary>PutBucketNotificationConfiguration with a literal XML body, for what the SDK cannot send (a FilterRule without a
/// Name or Value element: the .NET SDK always writes both). <c>{region}</c> and <c>{account}</c> are filled in.</summary>
public sealed record PutNotificationXmlStep(string Xml) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "PutBucketNotificationConfiguration";

    /// <inheritdoc />
    public override Capability? Needs => Capability.ConfigurationValidation;
}

/// <summary>GetBucketNotificationConfiguration; its normalized answer goes into the snapshot.</summary>
public sealed record GetNotificationStep(bool MissingBucket = false) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "GetBucketNotificationConfiguration";
}

/// <summary>Puts a fault in force now (<c>endpoint-down:for=2s</c>, the forms of <c>--fault</c> without <c>at=</c>); it is lifted after
/// its length while later steps run. Applied only to what the harness owns (its receiver, the embedded store's delivery knob).</summary>
public sealed record FaultStep(string Spec) : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "Fault";

    /// <inheritdoc />
    public override Capability? Needs => Capability.DeliveryFaults;
}

/// <summary>Waits until every fault begun by the scenario's earlier steps is lifted (the store answers, the endpoint is back).</summary>
public sealed record RecoverStep : ScenarioStep
{
    /// <inheritdoc />
    public override string Operation => "Recover";
}
