namespace S3NotifyConformance.Scenarios;

// The YAML shape of scenarios/*.yaml, as YamlDotNet binds it. Unknown keys are errors, so a typo never passes silently.
// ScenarioLoader maps these into the immutable Scenario model.

/// <summary>A scenario file: a list of scenarios, and matrices that expand into many.</summary>
public sealed class ScenarioFileModel
{
    public List<ScenarioModel>? Scenarios { get; set; }

    public List<MatrixModel>? Matrices { get; set; }
}

/// <summary>One scenario as written.</summary>
public sealed class ScenarioModel
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    /// <summary>"aws-recorded SQS::test_x", "documentation &lt;page&gt;" or "inferred &lt;why&gt;".</summary>
    public string? Source { get; set; }

    public List<string>? Needs { get; set; }

    public string? Versioning { get; set; }

    /// <summary><c>target</c> (default) or <c>second</c>: the bucket in a region other than the target's.</summary>
    public string? Region { get; set; }

    public List<ConfigurationModel>? Notification { get; set; }

    public bool SkipDestinationValidation { get; set; }

    public List<Dictionary<string, StepModel>>? Steps { get; set; }

    public ExpectModel? Expect { get; set; }
}

/// <summary>One notification configuration as written.</summary>
public sealed class ConfigurationModel
{
    public string? Id { get; set; }

    public string? Destination { get; set; }

    public List<string>? Events { get; set; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    /// <summary>Raw filter rules, for odd spellings and missing fields.</summary>
    public List<FilterRuleModel>? Rules { get; set; }

    public string? Arn { get; set; }

    /// <summary>Configurations naming the same destination share it.</summary>
    public string? Shares { get; set; }

    /// <summary>The provisioned queue's or topic's access policy: grants-s3 (default), denies-s3, other-bucket.</summary>
    public string? DestinationPolicy { get; set; }
}

/// <summary>A raw filter rule.</summary>
public sealed class FilterRuleModel
{
    public string? Name { get; set; }

    public string? Value { get; set; }
}

/// <summary>The union of every step's arguments; the step's single key says which ones apply.</summary>
public sealed class StepModel
{
    public string? Key { get; set; }

    public string? Spec { get; set; }

    public string? Body { get; set; }

    public int? Size { get; set; }

    public string? StorageClass { get; set; }

    public string? TraceHeader { get; set; }

    public string? As { get; set; }

    public string? From { get; set; }

    public string? FromVersion { get; set; }

    public List<int>? Parts { get; set; }

    public bool Abort { get; set; }

    public string? Version { get; set; }

    public List<string>? Keys { get; set; }

    public bool Quiet { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public string? Acl { get; set; }

    public string? Status { get; set; }

    public List<ConfigurationModel>? Notification { get; set; }

    public bool SkipDestinationValidation { get; set; }

    /// <summary>Days (restore, lifecycle expiration via expirationDays, tiering).</summary>
    public int? Days { get; set; }

    /// <summary>Retrieval tier (restore) or access tier (tiering).</summary>
    public string? Tier { get; set; }

    public string? Prefix { get; set; }

    public int? ExpirationDays { get; set; }

    public int? TransitionDays { get; set; }

    /// <summary>Concurrent writers per key (concurrent).</summary>
    public int? Writers { get; set; }

    /// <summary>How many keys are written in parallel (concurrent).</summary>
    public int? KeyCount { get; set; }

    /// <summary>Every second writer deletes instead of putting (concurrent).</summary>
    public bool Mix { get; set; }

    /// <summary>A literal configuration XML body (putNotificationXml).</summary>
    public string? Xml { get; set; }

    /// <summary>Aim a configuration call at a bucket that does not exist.</summary>
    public bool MissingBucket { get; set; }

    public ErrorModel? ExpectError { get; set; }

    /// <summary>A copy with every key-like text passed through <paramref name="fill"/> (matrix placeholders).</summary>
    public StepModel Map(Func<string, string> fill)
    {
        var copy = (StepModel)MemberwiseClone();
        copy.Key = Key is null ? null : fill(Key);
        copy.From = From is null ? null : fill(From);
        copy.Keys = Keys?.Select(fill).ToList();
        return copy;
    }
}

/// <summary>An expected error as written.</summary>
public sealed class ErrorModel
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public int? Status { get; set; }

    public Dictionary<string, string>? Arguments { get; set; }

    public bool StrictArguments { get; set; } = true;
}

/// <summary>The expectation switches as written.</summary>
public sealed class ExpectModel
{
    public bool? Snapshot { get; set; }

    public bool TestEvents { get; set; }

    public bool NoEvents { get; set; }
}

/// <summary>A matrix: every combination of its axes becomes one scenario, id <c>{id}/{event}/{naming}/{filter}/{destination}</c>.</summary>
public sealed class MatrixModel
{
    public string? Id { get; set; }

    /// <summary>Title template; {event}, {naming}, {filter}, {destination} are filled in.</summary>
    public string? Title { get; set; }

    public string? Source { get; set; }

    public List<MatrixEventModel>? Events { get; set; }

    /// <summary>Shorthand for events that share the matrix's steps: one entry per configured event name.</summary>
    public List<string>? EventNames { get; set; }

    /// <summary>Steps for events that name none.</summary>
    public List<Dictionary<string, StepModel>>? Steps { get; set; }

    /// <summary><c>specific</c> (the event's own name) and/or <c>wildcard</c> (its category's <c>:*</c>).</summary>
    public List<string>? Namings { get; set; }

    public List<MatrixFilterModel>? Filters { get; set; }

    /// <summary><c>sqs</c> and/or <c>sns</c>.</summary>
    public List<string>? Destinations { get; set; }

    public ExpectModel? Expect { get; set; }
}

/// <summary>One value of a matrix's event axis: the configured name and the steps that trigger it.</summary>
public sealed class MatrixEventModel
{
    public string? Name { get; set; }

    public string? Event { get; set; }

    public string? Source { get; set; }

    public string? Versioning { get; set; }

    public List<string>? Needs { get; set; }

    /// <summary>Steps; <c>{key}</c> is the filter axis's key, <c>{other}</c> a key no filter selects.</summary>
    public List<Dictionary<string, StepModel>>? Steps { get; set; }
}

/// <summary>One value of a matrix's filter axis: prefix/suffix, and the key the steps use.</summary>
public sealed class MatrixFilterModel
{
    public string? Name { get; set; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    public string? Key { get; set; }
}
