using System.Text;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>A seeded stream of hostile notification bodies, each with what the harness must record for it: random bytes,
/// truncated JSON, a name twice, escaped lone surrogates, megabyte strings, 10,000-level nesting, wrong types where AWS sends
/// strings or objects, records missing fields, non-objects, invalid UTF-8 and byte order marks (webhook only), SNS envelopes
/// around any of them (queue only), and mixes with valid records.</summary>
public sealed class FuzzedBodies
{
    private static readonly string[] Kinds =
    [
        "valid", "valid", "valid", "big-string", "missing-fields", "test-event", "truncated", "duplicate-name", "lone-surrogate",
        "deep", "wrong-type", "mixed", "non-object", "random-bytes", "control-char", "invalid-utf8", "bom",
    ];

    private readonly Random _random;
    private readonly bool _webhook;
    private readonly int _bigString;
    private int _sequence;

    /// <summary>Bodies for the webhook (<paramref name="webhook"/>: bytes, invalid UTF-8 allowed) or a queue (text; SNS envelopes);
    /// long strings are <paramref name="bigString"/> characters (a queue message is at most 256 KiB).</summary>
    public FuzzedBodies(int seed, bool webhook, int bigString)
    {
        _random = new Random(seed);
        _webhook = webhook;
        _bigString = bigString;
    }

    /// <summary>The next body.</summary>
    public FuzzedBody Next()
    {
        var kind = Kinds[_random.Next(Kinds.Length)];
        if (!_webhook && kind is "invalid-utf8" or "bom")
        {
            kind = "random-bytes";
        }

        var body = Make(kind);
        if (!_webhook && kind != "random-bytes" && _random.NextDouble() < 0.3)
        {
            var envelope = new JsonObject { ["Type"] = "Notification", ["MessageId"] = $"fuzz-{_random.Next():x8}", ["TopicArn"] = "arn:aws:sns:us-east-1:000000000000:fuzz", ["Message"] = body.Text };
            return body with { Kind = $"sns:{kind}", Bytes = Encoding.UTF8.GetBytes(envelope.ToJsonString()) };
        }

        return body;
    }

    private FuzzedBody Make(string kind)
    {
        switch (kind)
        {
            case "valid":
                var count = _random.Next(1, 4);
                return Text(kind, Records([.. Enumerable.Range(0, count).Select(_ => Record(Key()))]), count, false);
            case "big-string":
                return Text(kind, Records(Record(new string('k', _bigString))), 1, false);
            case "missing-fields":
                return Text(kind, Records(_random.Next(3) switch { 0 => "{}", 1 => "{\"eventName\":\"ObjectCreated:Put\"}", _ => "{\"s3\":{\"object\":{}}}" }), 1, false);
            case "test-event":
                return Text(kind, "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2026-01-01T00:00:00.000Z\",\"Bucket\":\"fuzz\"}", 1, false);
            case "truncated":
                var whole = Records(Record(Key()), Record(Key()));
                return Text(kind, whole[.._random.Next(1, whole.Length)], 1, true);
            case "duplicate-name":
                return Text(kind, _random.Next(2) == 0
                    ? $"{{\"Records\":[{Record(Key())}],\"Records\":[]}}"
                    : Records(Record(Key()).Replace("\"eventName\":", "\"eventName\":\"ObjectCreated:Copy\",\"eventName\":", StringComparison.Ordinal)), 1, true);
            case "lone-surrogate":
                var escape = _random.Next(3) switch { 0 => "\\ud800", 1 => "\\udfff", _ => "\\udbff\\u0041" };
                return Text(kind, _random.Next(2) == 0 ? Records(Record("load/m/" + escape)) : Records($"{{\"x{escape}\":1}}"), 1, true);
            case "deep":
                var depth = 10_000;
                return Text(kind, _random.Next(2) == 0
                    ? new string('[', depth) + new string(']', depth)
                    : Records("{\"eventName\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + "}"), 1, true);
            case "wrong-type":
                return Text(kind, Records(WrongType()), 1, true);
            case "mixed":
                var good = _random.Next(1, 4);
                var records = Enumerable.Range(0, good).Select(_ => Record(Key())).Append(WrongType()).OrderBy(_ => _random.Next()).ToArray();
                return Text(kind, Records(records), good + 1, true);
            case "non-object":
                // An empty body only where it can arrive: a queue refuses an empty message.
                var nonObjects = new[] { "42", "\"Records\"", "null", "[{\"Records\":[]}]", "true", "{}", _webhook ? "" : " " };
                return Text(kind, nonObjects[_random.Next(nonObjects.Length)], 1, true);
            case "control-char":
                return Text(kind, Records(Record("a\u0000b")), 1, true);
            case "invalid-utf8":
                var bytes = Encoding.UTF8.GetBytes(Records(Record(Key())));
                var at = Array.IndexOf(bytes, (byte)'/');
                bytes[at] = (byte)(0x80 + _random.Next(0x40));
                return new FuzzedBody(kind, bytes, 1, true);
            case "bom":
                return new FuzzedBody(kind, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Records(Record(Key())))], 1, false);
            default:
                var random = new byte[_random.Next(1, 2048)];
                _random.NextBytes(random);
                random[0] = (byte)_random.Next(0x80, 0x100); // never a JSON opener: random bytes stay unreadable by construction
                return new FuzzedBody("random-bytes", _webhook ? random : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(random)), 1, true);
        }
    }

    private string WrongType() => _random.Next(6) switch
    {
        0 => "{\"s3\":\"bucket\"}",
        1 => "{\"s3\":{\"object\":{\"key\":42}}}",
        2 => "{\"eventName\":{\"a\":1}}",
        3 => "{\"s3\":{\"bucket\":[1,2]}}",
        4 => "{\"userIdentity\":7}",
        _ => "{\"s3\":{\"object\":{\"key\":\"a\",\"sequencer\":false}}}",
    };

    private string Key() => $"load/m/{_random.Next(1_000_000)}";

    // The record object of a synthetic body, without its {"Records":[ … ]} wrapper; its eventTime fixed, so a seed draws the same bytes.
    private string Record(string key) =>
        System.Text.RegularExpressions.Regex.Replace(SyntheticEvents.Body("fuzz", key, ++_sequence)[12..^2], "\"eventTime\":\"[^\"]*\"", "\"eventTime\":\"2026-01-01T00:00:00.000Z\"");

    private static string Records(params string[] records) => $"{{\"Records\":[{string.Join(',', records)}]}}";

    private static FuzzedBody Text(string kind, string text, int entries, bool unreadable) => new(kind, Encoding.UTF8.GetBytes(text), entries, unreadable);
}
