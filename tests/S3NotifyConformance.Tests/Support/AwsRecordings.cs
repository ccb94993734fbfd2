using System.Text.RegularExpressions;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Reads records recorded from AWS (shared/aws-truth/snapshots) and fills LocalStack's placeholders with
/// concrete values of the right form, so the harness's rules can judge real AWS output.</summary>
public static class AwsRecordings
{
    /// <summary>The recorded messages of one test, with placeholders filled in for <paramref name="bucket"/>.</summary>
    public static IReadOnlyList<JsonObject> Messages(string file, string test, string key, string bucket)
    {
        var root = JsonNode.Parse(File.ReadAllText(Repository.AwsTruth(Path.Combine("snapshots", file))))!.AsObject();
        var entry = root.First(p => p.Key.EndsWith("::" + test, StringComparison.Ordinal)).Value!;
        var messages = entry["recorded-content"]![key]!["messages"]!.AsArray();
        var sequencer = 0;
        var relaxed = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var filled = new List<JsonObject>();
        foreach (var message in messages)
        {
            filled.Add(Fill(message!.ToJsonString(relaxed), bucket, ref sequencer));
        }

        return filled;
    }

    private static JsonObject Fill(string json, string bucket, ref int sequencer)
    {
        var text = json
            .Replace("<region>", "us-east-1")
            .Replace("arn:<partition>", "arn:aws")
            .Replace("<resource:1>", bucket)
            .Replace("\"date\"", "\"2025-01-21T23:21:10.123Z\"")
            .Replace("<config-id:1>", "id0001");
        var next = sequencer;
        text = Regex.Replace(text, "\"sequencer\":\"sequencer\"", _ => $"\"sequencer\":\"{++next:X16}\"");
        sequencer = next;
        return JsonNode.Parse(text)!.AsObject();
    }
}
