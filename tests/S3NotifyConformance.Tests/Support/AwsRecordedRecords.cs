using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Every event record of one AWS-recorded test (SQS bodies and SNS Messages unwrapped, DynamoDB items decoded: the Lambda
/// recordings hold the event the function stored in a table), in recorded order, with LocalStack's masks filled consistently:
/// keys, bucket, region, time, config id, sequencers and version ids.</summary>
public static partial class AwsRecordedRecords
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="chronology">For each record, its position in time (1-based), where the test sorted what it received;
    /// empty when the recorded order is the order of the writes. Sequencers are filled in that order.</param>
    public static IReadOnlyList<JsonObject> Of(string file, string test, string? contentKey, string bucket, IReadOnlyList<string?> versionIds, IReadOnlyList<int> chronology)
    {
        var records = new List<JsonObject>();
        Collect(RecordedContent(file, test, contentKey), o => o.ContainsKey("eventName") && o.ContainsKey("s3"), records);
        var filled = new List<JsonObject>();
        for (var i = 0; i < records.Count; i++)
        {
            var text = records[i].ToJsonString(Relaxed)
                .Replace("<region>", "us-east-1").Replace("arn:<partition>", "arn:aws").Replace("<resource:1>", bucket).Replace("<bucket>", bucket).Replace("<bucket-name:1>", bucket)
                .Replace("\"date\"", "\"2025-01-21T23:21:10.123Z\"").Replace("<config-id:1>", "id0001");
            text = ObjectKey().Replace(text, m => $"object-key-{m.Groups[1].Value}");
            var rank = chronology.Count > i ? chronology[i] : i + 1;
            text = text.Replace("\"sequencer\":\"sequencer\"", $"\"sequencer\":\"{rank:X16}\"");
            // Request ids are masked alike; distinct calls had distinct ids, which is what tells two ACL events apart.
            text = text.Replace("\"x-amz-request-id\":\"amz-request-id\"", $"\"x-amz-request-id\":\"REQ-{rank}\"");
            text = text.Replace("\"versionId\":\"version-id\"", $"\"versionId\":\"{(i < versionIds.Count ? versionIds[i] : null)}\"");
            filled.Add(JsonNode.Parse(text)!.AsObject());
        }

        return filled;
    }

    // A DynamoDB attribute value ({"M":{…}}, {"S":"…"}, {"N":"11"}, {"L":[…]}) becomes the JSON value it stores; the key order of a
    // decoded map is the snapshot tool's sorted order, not AWS's.
    private static JsonNode? FromDynamoDb(JsonNode? node) => node switch
    {
        JsonObject o when o.Count == 1 && o.First() is var (type, value) && type is "M" or "S" or "N" or "L" or "BOOL" or "NULL" => type switch
        {
            "S" => JsonValue.Create((string?)value),
            "N" => JsonValue.Create(decimal.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture)),
            "BOOL" => JsonValue.Create((bool)value!),
            "NULL" => null,
            "L" => new JsonArray([.. value!.AsArray().Select(v => FromDynamoDb(v?.DeepClone()))]),
            _ => new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, FromDynamoDb(p.Value?.DeepClone())))),
        },
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, FromDynamoDb(p.Value?.DeepClone())))),
        JsonArray a => new JsonArray([.. a.Select(v => FromDynamoDb(v?.DeepClone()))]),
        _ => node?.DeepClone(),
    };

    /// <summary>The recorded content of one test of a recording file, or its entry <paramref name="contentKey"/>.</summary>
    public static JsonNode RecordedContent(string file, string test, string? contentKey)
    {
        var root = JsonNode.Parse(File.ReadAllText(Repository.AwsRecording(file)))!.AsObject();
        var content = FromDynamoDb(root.First(p => p.Key.EndsWith("::" + test, StringComparison.Ordinal)).Value!["recorded-content"]!.DeepClone())!;
        return contentKey is null ? content : content[contentKey]!;
    }

    /// <summary>Every object <paramref name="isEvent"/> accepts, depth first in recorded order, including those inside JSON
    /// strings that hold Records (SQS bodies, SNS Messages).</summary>
    public static void Collect(JsonNode? node, Func<JsonObject, bool> isEvent, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject o when isEvent(o):
                found.Add(o);
                break;
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Collect(child, isEvent, found);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, isEvent, found);
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith('{') && s.Contains("Records"):
                Collect(JsonNode.Parse(s), isEvent, found);
                break;
        }
    }

    [GeneratedRegex("<object-key:(\\d+)>")]
    private static partial Regex ObjectKey();
}
