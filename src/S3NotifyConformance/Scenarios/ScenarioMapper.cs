namespace S3NotifyConformance.Scenarios;

/// <summary>Maps one bound YAML scenario into the immutable model, with messages that name file and scenario.</summary>
internal sealed class ScenarioMapper(string file, string scenarioId)
{
    private static readonly System.Text.RegularExpressions.Regex IdPattern = new("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$");

    public Scenario Map(ScenarioModel model)
    {
        var id = Require(model.Id, "id");
        if (!IdPattern.IsMatch(id))
        {
            throw Error($"id must be lower-case words separated by '/', '-', '.' or '_'");
        }

        var steps = (model.Steps ?? []).Select((s, i) => MapStep(s, i + 1)).ToImmutableArray();
        var notification = new NotificationSpec(MapConfigurations(model.Notification), model.SkipDestinationValidation);
        var expect = new ScenarioExpectation(model.Expect?.Snapshot ?? true, model.Expect?.TestEvents ?? false, model.Expect?.NoEvents ?? false);
        if (steps.IsEmpty && notification.IsEmpty)
        {
            throw Error("has neither steps nor a notification configuration");
        }

        var configurations = notification.Configurations.Concat(steps.OfType<PutNotificationStep>().SelectMany(s => s.Notification.Configurations));
        if (configurations.Where(c => c.IsProvisioned).GroupBy(c => c.DestinationName).FirstOrDefault(g => g.Select(c => c.DestinationPolicy).Distinct().Count() > 1) is { } mixed)
        {
            throw Error($"configurations sharing destination '{mixed.Key}' ask for different destinationPolicy values");
        }

        return new Scenario(
            id,
            model.Title ?? id,
            MapSource(Require(model.Source, "source")),
            MapVersioning(model.Versioning),
            notification,
            steps,
            expect,
            [.. (model.Needs ?? []).Select(n => Guard(() => CapabilityNames.Parse(n)))],
            file,
            MapRegion(model.Region));
    }

    private ScenarioSource MapSource(string source)
    {
        var space = source.IndexOf(' ');
        var level = space < 0 ? source : source[..space];
        if (!ScenarioSource.Levels.Contains(level))
        {
            throw Error($"source must start with one of {string.Join(", ", ScenarioSource.Levels)}, not '{level}'");
        }

        return new ScenarioSource(level, space < 0 ? string.Empty : source[(space + 1)..].Trim());
    }

    private BucketVersioning MapVersioning(string? versioning) => versioning?.ToLowerInvariant() switch
    {
        null or "none" => BucketVersioning.None,
        "enabled" => BucketVersioning.Enabled,
        "suspended" => BucketVersioning.Suspended,
        _ => throw Error($"versioning must be none, enabled or suspended, not '{versioning}'"),
    };

    private BucketRegion MapRegion(string? region) => region?.ToLowerInvariant() switch
    {
        null or "target" => BucketRegion.Target,
        "second" => BucketRegion.Second,
        _ => throw Error($"region must be target or second (a region other than the target's: the target file's secondRegion), not '{region}'"),
    };

    private ImmutableArray<ConfigurationSpec> MapConfigurations(List<ConfigurationModel>? models) =>
        [.. (models ?? []).Select((c, i) => MapConfiguration(c, i + 1))];

    private ConfigurationSpec MapConfiguration(ConfigurationModel model, int index)
    {
        var destination = model.Destination?.ToLowerInvariant() switch
        {
            "sqs" or "queue" => DestinationKind.Sqs,
            "sns" or "topic" => DestinationKind.Sns,
            "lambda" => DestinationKind.Lambda,
            "eventbridge" => DestinationKind.EventBridge,
            _ => throw Error($"configuration {index}: destination must be sqs, sns, lambda or eventbridge, not '{model.Destination}'"),
        };
        // EventBridge has no event selection: every event of the bucket goes to the bus ("Using EventBridge").
        var events = model.Events ?? (destination == DestinationKind.EventBridge ? [] : throw Error($"configuration {index}: events are missing"));
        if (destination == DestinationKind.EventBridge && (events.Count > 0 || model.Prefix is not null || model.Suffix is not null || model.Rules is not null))
        {
            throw Error($"configuration {index}: an eventbridge configuration has no events or filters (EventBridge receives every event of the bucket)");
        }

        // The `prefix:`/`suffix:` shorthands send the names as AWS's SDKs (FilterRuleName.Prefix is "prefix"), its
        // documentation and its examples write them: lowercase. Other spellings are scenarios of their own (`rules:`).
        var rules = new List<FilterRuleSpec>();
        if (model.Prefix is not null)
        {
            rules.Add(new FilterRuleSpec("prefix", model.Prefix));
        }

        if (model.Suffix is not null)
        {
            rules.Add(new FilterRuleSpec("suffix", model.Suffix));
        }

        rules.AddRange((model.Rules ?? []).Select(r => new FilterRuleSpec(r.Name, r.Value)));
        return new ConfigurationSpec(model.Id, destination, [.. events], [.. rules], model.Arn, model.Shares ?? $"{destination.ToString().ToLowerInvariant()}-{index}",
            MapDestinationPolicy(model, destination, index));
    }

    private DestinationPolicy MapDestinationPolicy(ConfigurationModel model, DestinationKind destination, int index)
    {
        if (model.DestinationPolicy is null)
        {
            return DestinationPolicy.GrantsS3;
        }

        var policy = DestinationPolicyNames.Parse(model.DestinationPolicy)
            ?? throw Error($"configuration {index}: destinationPolicy must be {string.Join(", ", DestinationPolicyNames.All)}, not '{model.DestinationPolicy}'");
        if (policy != DestinationPolicy.GrantsS3 && (destination is not (DestinationKind.Sqs or DestinationKind.Sns) || model.Arn is not null))
        {
            throw Error($"configuration {index}: destinationPolicy applies to a queue or topic the harness provisions (sqs or sns, no arn)");
        }

        return policy;
    }

    private ScenarioStep MapStep(Dictionary<string, StepModel> entry, int index)
    {
        if (entry.Count != 1)
        {
            throw Error($"step {index} must have exactly one operation key, has {entry.Count}");
        }

        var (verb, a) = entry.First();
        a ??= new StepModel();
        string Key() => a.Key ?? throw Error($"step {index} ({verb}) needs a key");
        ScenarioStep step = verb switch
        {
            "put" => new PutObjectStep(Key(), Body(a), a.StorageClass, a.TraceHeader),
            "post" => new PostObjectStep(Key(), Body(a)),
            "copy" => new CopyObjectStep(a.From ?? throw Error($"step {index} (copy) needs from"), Key(), a.FromVersion),
            "multipart" => new MultipartUploadStep(Key(), [.. a.Parts ?? [5 * 1024 * 1024, 1024]], a.Abort),
            "delete" => new DeleteObjectStep(Key(), a.Version),
            "deleteMany" => new DeleteObjectsStep([.. a.Keys ?? throw Error($"step {index} (deleteMany) needs keys")], a.Quiet),
            "putTagging" => new PutObjectTaggingStep(Key(), (a.Tags ?? new() { ["k"] = "v" }).ToImmutableSortedDictionary()),
            "deleteTagging" => new DeleteObjectTaggingStep(Key()),
            "putAcl" => new PutObjectAclStep(Key(), a.Acl ?? throw Error($"step {index} (putAcl) needs acl")),
            "versioning" => new PutBucketVersioningStep(a.Status is "Enabled" or "Suspended" ? a.Status : throw Error($"step {index} (versioning) status must be Enabled or Suspended")),
            "putNotification" => new PutNotificationStep(new NotificationSpec(MapConfigurations(a.Notification), a.SkipDestinationValidation), a.MissingBucket),
            "concurrent" => new ConcurrentWritesStep(Key(), a.Writers is >= 2 and <= 256 ? a.Writers.Value : throw Error($"step {index} (concurrent) needs writers between 2 and 256"),
                a.KeyCount is null or (>= 1 and <= 1000) ? a.KeyCount ?? 1 : throw Error($"step {index} (concurrent) keyCount must be 1 to 1000"), a.Mix),
            "restore" => new RestoreObjectStep(Key(), a.Days ?? 1, a.Tier ?? "Expedited"),
            "putLifecycle" => a.ExpirationDays is null && a.TransitionDays is null
                ? throw Error($"step {index} (putLifecycle) needs expirationDays or transitionDays")
                : new PutLifecycleStep(a.Prefix ?? string.Empty, a.ExpirationDays, a.TransitionDays, a.StorageClass ?? (a.TransitionDays is null ? null : "GLACIER")),
            "putIntelligentTiering" => new PutIntelligentTieringStep(a.Days ?? 90, a.Tier ?? "ARCHIVE_ACCESS"),
            "putReplication" => new PutReplicationStep(),
            "deleteReplicaBucket" => new DeleteReplicaBucketStep(),
            "loseObject" => new LoseObjectStep(Key()),
            "putNotificationXml" => new PutNotificationXmlStep(a.Xml ?? throw Error($"step {index} (putNotificationXml) needs xml")),
            "getNotification" => new GetNotificationStep(a.MissingBucket),
            "fault" => new FaultStep(a.Spec ?? throw Error($"step {index} (fault) needs spec, e.g. \"endpoint-down:for=2s\"")),
            "recover" => new RecoverStep(),
            _ => throw Error($"step {index}: unknown operation '{verb}' (known: put, post, copy, multipart, delete, deleteMany, putTagging, deleteTagging, putAcl, versioning, concurrent, restore, putLifecycle, putIntelligentTiering, putReplication, deleteReplicaBucket, loseObject, putNotification, putNotificationXml, getNotification, fault, recover)"),
        };
        return step with { Label = a.As, ExpectError = MapError(a.ExpectError, index) };
    }

    private static ObjectBody Body(StepModel a) =>
        a.Size is { } size ? new ObjectBody(null, size) : a.Body is { } text ? new ObjectBody(text, 0) : ObjectBody.Default;

    private ExpectedError? MapError(ErrorModel? model, int index) => model is null
        ? null
        : new ExpectedError(
            model.Code ?? throw Error($"step {index}: expectError needs a code"),
            model.Message,
            model.Status,
            (model.Arguments ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            model.StrictArguments);

    private T Guard<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            throw Error(e.Message);
        }
    }

    private string Require(string? value, string field) => string.IsNullOrWhiteSpace(value) ? throw Error($"{field} is missing") : value;

    private ScenarioDefinitionException Error(string message) => new($"{file}: scenario '{scenarioId}': {message}");

}
