using System.Globalization;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>ObjectCreated:Put notification bodies shaped like Amazon S3's (and the embedded store's), for producers that feed the
/// collector without S3 writes.</summary>
public static class SyntheticEvents
{
    /// <summary>One message body with one record for <paramref name="key"/> in <paramref name="bucket"/>.</summary>
    public static string Body(string bucket, string key, long sequence) => "{\"Records\":[" + Record(bucket, key, sequence) + "]}";

    /// <summary>One message body with <paramref name="count"/> records, for keys <paramref name="keyPrefix"/> followed by
    /// <paramref name="first"/>, <paramref name="first"/> + 1, …</summary>
    public static string Body(string bucket, string keyPrefix, long first, int count) =>
        "{\"Records\":[" + string.Join(',', Enumerable.Range(0, count).Select(i => Record(bucket, keyPrefix + (first + i).ToString(CultureInfo.InvariantCulture), first + i))) + "]}";

    private static string Record(string bucket, string key, long sequence) =>
        "{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\",\"eventTime\":\"" +
        DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) +
        "\",\"eventName\":\"ObjectCreated:Put\",\"userIdentity\":{\"principalId\":\"AWS:AIDAEXAMPLE\"},\"requestParameters\":{\"sourceIPAddress\":\"127.0.0.1\"}," +
        "\"responseElements\":{\"x-amz-request-id\":\"C3D13FE58DE4C810\",\"x-amz-id-2\":\"FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD\"}," +
        "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"s3notify-load\",\"bucket\":{\"name\":\"" + bucket +
        "\",\"ownerIdentity\":{\"principalId\":\"A3NL1KOZZKExample\"},\"arn\":\"arn:aws:s3:::" + bucket + "\"},\"object\":{\"key\":\"" + key +
        "\",\"size\":1024,\"eTag\":\"d41d8cd98f00b204e9800998ecf8427e\",\"sequencer\":\"" + sequence.ToString("X16", CultureInfo.InvariantCulture) + "\"}}}";
}
