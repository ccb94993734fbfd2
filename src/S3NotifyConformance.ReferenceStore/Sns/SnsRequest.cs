using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>One SNS Query request: the form fields plus the store.</summary>
/// <param name="Fields">Form fields (Action, Version, parameters).</param>
/// <param name="Services">Shared store state.</param>
internal sealed record SnsRequest(IReadOnlyDictionary<string, string> Fields, StoreServices Services)
{
    /// <summary>The SNS response namespace.</summary>
    public static readonly XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";

    /// <summary>An element in the SNS namespace.</summary>
    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>A field, or null.</summary>
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>A required field, or InvalidParameter.</summary>
    public string Require(string name) =>
        Field(name) is { Length: > 0 } value ? value : throw new SnsException(SnsError.InvalidParameter($"Invalid parameter: {name}"));

    /// <summary>"Prefix.entry.N.key" / "Prefix.entry.N.value" pairs as a map.</summary>
    public IReadOnlyDictionary<string, string> Entries(string prefix)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; Field($"{prefix}.entry.{i}.key") is { } key; i++)
        {
            result[key] = Field($"{prefix}.entry.{i}.value") ?? string.Empty;
        }

        return result;
    }

    /// <summary>Publish MessageAttributes.entry.N.{Name, Value.DataType, Value.StringValue, Value.BinaryValue}.</summary>
    public IReadOnlyList<SqsMessageAttribute> MessageAttributes()
    {
        var result = new List<SqsMessageAttribute>();
        for (var i = 1; Field($"MessageAttributes.entry.{i}.Name") is { } name; i++)
        {
            var binary = Field($"MessageAttributes.entry.{i}.Value.BinaryValue");
            result.Add(new SqsMessageAttribute(
                name,
                Field($"MessageAttributes.entry.{i}.Value.DataType") ?? "String",
                Field($"MessageAttributes.entry.{i}.Value.StringValue"),
                binary is null ? null : Convert.FromBase64String(binary)));
        }

        return result;
    }

    /// <summary>The topic TopicArn (or TargetArn) names, or NotFound.</summary>
    public SnsTopic RequireTopic(string field = "TopicArn") =>
        Services.Topics.Find(Field(field) ?? Field("TargetArn") ?? string.Empty) ?? throw new SnsException(SnsError.NotFound("Topic does not exist"));
}
