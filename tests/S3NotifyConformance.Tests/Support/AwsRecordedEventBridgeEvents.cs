using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Every EventBridge event of one AWS-recorded test, in recorded order, with LocalStack's masks filled
/// consistently: bucket, key, region, account, time, ids, requester, source IP, sequencers (in the given chronology) and
/// version ids (<c>&lt;version-id:N&gt;</c> becomes <c>vN</c>).</summary>
public static partial class AwsRecordedEventBridgeEvents
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="chronology">For each event, its position in time (1-based) where the test listed them otherwise.</param>
    public static IReadOnlyList<JsonObject> Of(string file, string test, string? contentKey, string bucket, string region, IReadOnlyList<int> chronology)
    {
        var events = new List<JsonObject>();
        AwsRecordedRecords.Collect(AwsRecordedRecords.RecordedContent(file, test, contentKey), o => o.ContainsKey("detail-type") && o.ContainsKey("detail"), events);
        var filled = new List<JsonObject>();
        for (var i = 0; i < events.Count; i++)
        {
            var rank = chronology.Count > i ? chronology[i] : i + 1;
            var text = events[i].ToJsonString(Relaxed)
                .Replace("<bucket-name:1>", bucket).Replace("<region:1>", region).Replace("<region>", region).Replace("arn:<partition>", "arn:aws")
                .Replace("\"time\":\"date\"", "\"time\":\"2025-01-21T23:25:10Z\"").Replace("\"date\"", "\"2025-01-21T23:25:10.000Z\"")
                .Replace("<requester>", "111111111111").Replace("<ip-address:1>", "1.2.3.4")
                .Replace("\"request-id\":\"request-id\"", $"\"request-id\":\"REQ-{rank}\"")
                .Replace("\"sequencer\":\"object-sequencer\"", $"\"sequencer\":\"{rank:X16}\"");
            text = Mask().Replace(text, m => m.Groups[1].Value switch
            {
                "key-name" => $"key-name-{m.Groups[2].Value}",
                "uuid" => $"00000000-0000-0000-0000-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):D12}",
                "version-id" => $"v{m.Groups[2].Value}",
                _ => m.Value,
            });
            filled.Add(JsonNode.Parse(text)!.AsObject());
        }

        return filled;
    }

    [GeneratedRegex("<(key-name|uuid|version-id):(\\d+)>")]
    private static partial Regex Mask();
}
