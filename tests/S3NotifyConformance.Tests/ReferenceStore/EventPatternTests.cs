using S3NotifyConformance.ReferenceStore.Events;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>The embedded store's EventBridge pattern matching ("Event patterns in Amazon EventBridge"): exact values in
/// arrays at any depth, every named field required, prefix and exists.</summary>
public sealed class EventPatternTests
{
    private static readonly JsonNode Event = JsonNode.Parse("""
        {"source":"aws.s3","detail-type":"Object Created","resources":["arn:aws:s3:::b1"],"detail":{"bucket":{"name":"b1"},"object":{"key":"logs/a.txt","size":4}}}
        """)!;

    [TestCase("""{"source":["aws.s3"]}""", true)]
    [TestCase("""{"source":["aws.s3"],"detail":{"bucket":{"name":["b1","b2"]}}}""", true)]
    [TestCase("""{"source":["aws.s3"],"detail":{"bucket":{"name":["b2"]}}}""", false)]
    [TestCase("""{"detail-type":["Object Deleted"]}""", false)]
    [TestCase("""{"resources":["arn:aws:s3:::b1"]}""", true)]
    [TestCase("""{"detail":{"object":{"size":[4]}}}""", true)]
    [TestCase("""{"detail":{"object":{"size":["4"]}}}""", false)]
    [TestCase("""{"detail":{"object":{"key":[{"prefix":"logs/"}]}}}""", true)]
    [TestCase("""{"detail":{"object":{"version-id":[{"exists":false}]}}}""", true)]
    [TestCase("""{"detail":{"object":{"version-id":[{"exists":true}]}}}""", false)]
    [TestCase("""{"detail":{"missing":{"name":["b1"]}}}""", false)]
    public void APatternMatchesWhenEveryFieldItNamesMatches(string pattern, bool matches) =>
        Assert.That(EventPattern.Matches(JsonNode.Parse(pattern)!.AsObject(), Event), Is.EqualTo(matches));

    [TestCase("{}", "Empty event pattern")]
    [TestCase("""{"source":"aws.s3"}""", "must be an object or an array")]
    [TestCase("[]", "Filter is not an object")]
    public void AnInvalidPatternIsRefusedWithTheReason(string pattern, string reason) =>
        Assert.That(EventPattern.Validate(JsonNode.Parse(pattern)), Does.Contain(reason));
}
