using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>SNS through its Query API (form POST, XML answer), signed with SigV4: the AWSSDK.SimpleNotificationService
/// package is not on the package mirror. Ceph RGW's topic API speaks the same protocol.</summary>
public sealed class SnsQueryClient
{
    private const string ApiVersion = "2010-03-31";
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly SigV4Signer _signer;
    private readonly SemaphoreSlim? _oneAtATime;

    /// <summary>A client for the SNS endpoint in <paramref name="region"/>. With <paramref name="oneCallAtATime"/>, calls are
    /// serialized: Ceph RGW keeps a tenant's topics in one RADOS object, and concurrent CreateTopic/DeleteTopic calls race
    /// there, the loser answering an empty "UnknownError". Every call is bounded by <paramref name="calls"/> (by default the
    /// default call timeout).</summary>
    public SnsQueryClient(Uri endpoint, string region, AWSCredentials credentials, bool oneCallAtATime = false, StoreCallMonitor? calls = null)
    {
        _http = (calls ?? new StoreCallMonitor(TargetTimings.DefaultCallTimeout, TargetTimings.DefaultUnresponsiveAfter)).Http;
        _endpoint = endpoint;
        _signer = new SigV4Signer(region, "sns", credentials);
        _oneAtATime = oneCallAtATime ? new SemaphoreSlim(1, 1) : null;
    }

    /// <summary>CreateTopic with optional attributes (RGW reads push-endpoint and persistent from them); returns the topic ARN.</summary>
    public async Task<string> CreateTopicAsync(string name, IReadOnlyDictionary<string, string>? attributes, CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("Name", name) };
        var index = 1;
        foreach (var (key, value) in attributes ?? new Dictionary<string, string>())
        {
            parameters.Add(new($"Attributes.entry.{index}.key", key));
            parameters.Add(new($"Attributes.entry.{index}.value", value));
            index++;
        }

        var answer = await CallAsync("CreateTopic", parameters, cancellationToken);
        return Find(answer, "TopicArn") ?? throw new SnsQueryException("CreateTopic answered without a TopicArn", "MissingTopicArn");
    }

    /// <summary>Subscribe; returns the subscription ARN.</summary>
    public async Task<string> SubscribeAsync(string topicArn, string protocol, string endpoint, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("Subscribe", [new("TopicArn", topicArn), new("Protocol", protocol), new("Endpoint", endpoint)], cancellationToken);
        return Find(answer, "SubscriptionArn") ?? string.Empty;
    }

    /// <summary>SetTopicAttributes (e.g. Policy).</summary>
    public Task SetTopicAttributeAsync(string topicArn, string name, string value, CancellationToken cancellationToken) =>
        CallAsync("SetTopicAttributes", [new("TopicArn", topicArn), new("AttributeName", name), new("AttributeValue", value)], cancellationToken);

    /// <summary>DeleteTopic.</summary>
    public Task DeleteTopicAsync(string topicArn, CancellationToken cancellationToken) =>
        CallAsync("DeleteTopic", [new("TopicArn", topicArn)], cancellationToken);

    /// <summary>ListSubscriptionsByTopic, following NextToken; returns every subscription ARN of the topic.</summary>
    public async Task<IReadOnlyList<string>> ListSubscriptionsByTopicAsync(string topicArn, CancellationToken cancellationToken)
    {
        var arns = new List<string>();
        string? next = null;
        do
        {
            var parameters = new List<KeyValuePair<string, string>> { new("TopicArn", topicArn) };
            if (next is not null)
            {
                parameters.Add(new("NextToken", next));
            }

            var answer = await CallAsync("ListSubscriptionsByTopic", parameters, cancellationToken);
            arns.AddRange(answer.Descendants().Where(e => e.Name.LocalName == "SubscriptionArn").Select(e => e.Value));
            next = Find(answer, "NextToken");
        }
        while (!string.IsNullOrEmpty(next));
        return arns;
    }

    /// <summary>Unsubscribe.</summary>
    public Task UnsubscribeAsync(string subscriptionArn, CancellationToken cancellationToken) =>
        CallAsync("Unsubscribe", [new("SubscriptionArn", subscriptionArn)], cancellationToken);

    /// <summary>ListTopics, following NextToken; returns every topic ARN.</summary>
    public async Task<IReadOnlyList<string>> ListTopicsAsync(CancellationToken cancellationToken)
    {
        var arns = new List<string>();
        string? next = null;
        do
        {
            var parameters = next is null ? new List<KeyValuePair<string, string>>() : [new("NextToken", next)];
            var answer = await CallAsync("ListTopics", parameters, cancellationToken);
            arns.AddRange(answer.Descendants().Where(e => e.Name.LocalName == "TopicArn").Select(e => e.Value));
            next = Find(answer, "NextToken");
        }
        while (!string.IsNullOrEmpty(next));
        return arns;
    }

    /// <summary>Calls one action and returns the XML answer; an error answer becomes <see cref="SnsQueryException"/>.</summary>
    public async Task<XDocument> CallAsync(string action, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var form = new[] { new KeyValuePair<string, string>("Action", action), new("Version", ApiVersion) }.Concat(parameters);
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(p => $"{SigV4Signer.Encode(p.Key)}={SigV4Signer.Encode(p.Value)}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        request.Options.Set(StoreCallDeadlineHandler.OperationKey, $"SNS {action}");
        await _signer.SignAsync(request, body, cancellationToken);
        if (_oneAtATime is not null)
        {
            await _oneAtATime.WaitAsync(cancellationToken);
        }

        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        finally
        {
            _oneAtATime?.Release();
        }

        using var disposeResponse = response;
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            throw new SnsQueryException($"{action}: HTTP {(int)response.StatusCode} with a body that is not XML: {Truncate(text)}", "NotXml");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new SnsQueryException($"{action}: {Find(document, "Code")}: {Find(document, "Message")}", Find(document, "Code") ?? "Unknown");
        }

        return document;
    }

    private static string? Find(XDocument document, string localName) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static string Truncate(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
