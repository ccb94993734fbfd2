using System.Net.Http.Headers;
using System.Text;
using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>EventBridge through its JSON 1.1 protocol (POST, <c>X-Amz-Target: AWSEvents.Op</c>), signed with SigV4: the
/// AWSSDK.EventBridge package is not on the package mirror. Only the rule operations the harness collects with: a rule on
/// the default bus matching a bucket's events, and an SQS queue as its target.</summary>
public sealed class EventBridgeJsonClient
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly SigV4Signer _signer;

    /// <summary>A client for the EventBridge endpoint in <paramref name="region"/>, every call bounded by <paramref name="calls"/>.</summary>
    public EventBridgeJsonClient(Uri endpoint, string region, AWSCredentials credentials, StoreCallMonitor? calls = null)
    {
        _http = (calls ?? new StoreCallMonitor(TargetTimings.DefaultCallTimeout, TargetTimings.DefaultUnresponsiveAfter)).Http;
        _endpoint = endpoint;
        _signer = new SigV4Signer(region, "events", credentials);
    }

    /// <summary>PutRule on the default bus with an event pattern; returns the rule ARN.</summary>
    public async Task<string> PutRuleAsync(string name, JsonObject eventPattern, string description, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("PutRule", new JsonObject
        {
            ["Name"] = name,
            ["EventPattern"] = eventPattern.ToJsonString(),
            ["State"] = "ENABLED",
            ["Description"] = description,
        }, cancellationToken);
        return (string?)answer["RuleArn"] ?? throw new EventBridgeException("PutRule answered without a RuleArn", "MissingRuleArn");
    }

    /// <summary>PutTargets: one target of the rule; a failed entry is an error.</summary>
    public async Task PutTargetAsync(string rule, string id, string arn, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("PutTargets", new JsonObject
        {
            ["Rule"] = rule,
            ["Targets"] = new JsonArray(new JsonObject { ["Id"] = id, ["Arn"] = arn }),
        }, cancellationToken);
        if ((int?)answer["FailedEntryCount"] is > 0)
        {
            throw new EventBridgeException($"PutTargets failed: {answer["FailedEntries"]?.ToJsonString()}", "FailedEntries");
        }
    }

    /// <summary>ListTargetsByRule, following NextToken: the ids of the rule's targets.</summary>
    public Task<IReadOnlyList<string>> ListTargetIdsAsync(string rule, CancellationToken cancellationToken) =>
        ListAllAsync("ListTargetsByRule", "Rule", rule, "Targets", "Id", cancellationToken);

    /// <summary>RemoveTargets by id.</summary>
    public Task RemoveTargetsAsync(string rule, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        CallAsync("RemoveTargets", new JsonObject { ["Rule"] = rule, ["Ids"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) }, cancellationToken);

    /// <summary>DeleteRule (EventBridge refuses while the rule has targets).</summary>
    public Task DeleteRuleAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("DeleteRule", new JsonObject { ["Name"] = name }, cancellationToken);

    /// <summary>ListRules with a name prefix, following NextToken; returns every rule name.</summary>
    public Task<IReadOnlyList<string>> ListRuleNamesAsync(string prefix, CancellationToken cancellationToken) =>
        ListAllAsync("ListRules", "NamePrefix", prefix, "Rules", "Name", cancellationToken);

    // A listing operation page by page: the named field of every entry of the named array.
    private async Task<IReadOnlyList<string>> ListAllAsync(string operation, string member, string value, string array, string field, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        string? next = null;
        do
        {
            var request = new JsonObject { [member] = value };
            if (next is not null)
            {
                request["NextToken"] = next;
            }

            var answer = await CallAsync(operation, request, cancellationToken);
            found.AddRange((answer[array] as JsonArray ?? []).Select(entry => (string?)entry?[field]).OfType<string>());
            next = (string?)answer["NextToken"];
        }
        while (!string.IsNullOrEmpty(next));
        return found;
    }

    /// <summary>Calls one operation and returns the JSON answer; an error answer becomes <see cref="EventBridgeException"/>.</summary>
    public async Task<JsonObject> CallAsync(string operation, JsonObject request, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(request.ToJsonString());
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        message.Headers.TryAddWithoutValidation("X-Amz-Target", $"AWSEvents.{operation}");
        message.Options.Set(StoreCallDeadlineHandler.OperationKey, $"EventBridge {operation}");
        await _signer.SignAsync(message, body, cancellationToken);
        using var response = await _http.SendAsync(message, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? answer;
        try
        {
            answer = text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            answer = null;
        }

        if (answer is null)
        {
            throw new EventBridgeException($"{operation}: HTTP {(int)response.StatusCode} with a body that is not a JSON object: {(text.Length > 200 ? text[..200] + "…" : text)}", "NotJson");
        }

        if (!response.IsSuccessStatusCode)
        {
            // "__type" may carry a namespace ("com.amazonaws.events#ResourceNotFoundException").
            var code = ((string?)answer["__type"] ?? "Unknown").Split('#')[^1];
            throw new EventBridgeException($"{operation}: {code}: {(string?)answer["message"] ?? (string?)answer["Message"]}", code);
        }

        return answer;
    }
}
