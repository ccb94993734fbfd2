using S3NotifyConformance.Judging;
using static S3NotifyConformance.Tests.Judging.EventBridgeTruthTests;

namespace S3NotifyConformance.Tests.Judging;

/// <summary>EventBridge events that differ from AWS's recorded ones in one field: each is a finding naming that field.</summary>
public sealed class EventBridgeRuleTests
{
    private static List<Finding> JudgeAltered(string truthCase, Func<JsonObject, JsonObject> alter) =>
        [.. CompositeRule.Default.Judge(Judge(Cases().First(c => c.Name == truthCase), alter).Context)];

    private static string Describe(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => f.Describe()));

    [Test]
    public void AWrongDetailTypeIsAFindingOnDetailType()
    {
        // Given the recorded "Object Created" sent as "Object Updated"
        var findings = JudgeAltered("default bus", e => { e["detail-type"] = "Object Updated"; return e; });

        // Then one finding names detail-type, and the event is neither lost nor unexpected
        Assert.That(findings.Select(f => (f.Rule, f.Field)), Is.EqualTo(new[] { ("record.event-name", (string?)"detail-type") }), Describe(findings));
        Assert.That(findings[0].Expected, Is.EqualTo("Object Created"));
    }

    [Test]
    public void AMissingVersionIdIsAFindingOnDetailObjectVersionId()
    {
        // Given the recorded "Object Deleted" of a delete marker deleted by its version id, without its version-id
        var findings = JudgeAltered("versioning suspended", e =>
        {
            (e["detail"]!["object"] as JsonObject)!.Remove("version-id");
            return e;
        });

        // Then a finding names detail.object.version-id, expecting the requested version
        var finding = findings.Single(f => f.Field == "detail.object.version-id");
        Assert.That((finding.Rule, finding.Expected, finding.Actual), Is.EqualTo(("eventbridge.event", "v3", "(absent)")), Describe(findings));
    }

    [Test]
    public void AWrongSourceIsAFindingOnSource()
    {
        // Given the recorded events with another source
        var findings = JudgeAltered("put and delete", e => { e["source"] = "acme.s3"; return e; });

        // Then each event has a finding naming source
        Assert.That(findings.Where(f => f.Field == "source").Select(f => (f.Rule, f.Expected, f.Actual)),
            Is.EqualTo(new[] { ("eventbridge.event", "aws.s3", "acme.s3"), ("eventbridge.event", "aws.s3", "acme.s3") }), Describe(findings));
    }

    [Test]
    public void AKeyFormEncodedAsInS3RecordsIsAFindingOnDetailObjectKey()
    {
        // Given a write of the key "key name-1" and its recorded event with the key form-encoded as S3 event records encode it
        var recorded = Judge(Cases().First(c => c.Name == "default bus"), e => { e["detail"]!["object"]!["key"] = "key+name-1"; return e; }).Context.Evidence;
        var evidence = recorded with { Writes = [.. recorded.Writes.Select(w => w.Key is null ? w : w with { Key = "key name-1" })] };

        // When every rule judges it
        var findings = CompositeRule.Default.Judge(JudgingContext.From(evidence)).ToList();

        // Then the event is paired with the write, and one finding names detail.object.key
        Assert.That(findings.Select(f => (f.Rule, f.Field, f.Expected)), Is.EqualTo(new[] { ("eventbridge.event", (string?)"detail.object.key", "key name-1") }), Describe(findings));
    }

    [Test]
    public void AQuotedETagIsAFindingOnDetailObjectETag()
    {
        // Given the recorded event with its etag in quotes, as S3's ETag header writes it
        var findings = JudgeAltered("default bus", e => { e["detail"]!["object"]!["etag"] = "\"8d777f385d3dfec8815d20f7496026dc\""; return e; });

        // Then a finding names detail.object.etag and expects it bare
        var finding = findings.Single();
        Assert.That((finding.Field, finding.Expected), Is.EqualTo(("detail.object.etag", "8d777f385d3dfec8815d20f7496026dc")));
    }

    [Test]
    public void ASequencerThatDoesNotGrowForALaterWriteIsAFindingOnDetailObjectSequencer()
    {
        // Given the two recorded creates of one key, the later one with a smaller sequencer
        var findings = JudgeAltered("second region", e =>
        {
            e["detail"]!["object"]!["sequencer"] = e["id"]!.GetValue<string>().EndsWith("1", StringComparison.Ordinal) ? "0000000000000009" : "0000000000000001";
            return e;
        });

        // Then the order rule names detail.object.sequencer
        Assert.That(findings.Select(f => (f.Rule, f.Field)), Is.EqualTo(new[] { ("order.sequencer", (string?)"detail.object.sequencer") }), Describe(findings));
    }

    [Test]
    public void AnEventOfAnotherRegionIsAFindingOnRegion()
    {
        // Given the recorded event with a region other than the bucket's
        var findings = JudgeAltered("default bus", e => { e["region"] = "ap-south-1"; return e; });

        // Then a finding names region
        Assert.That(findings.Select(f => (f.Field, f.Expected, f.Actual)), Is.EqualTo(new[] { ((string?)"region", "us-east-1", "ap-south-1") }));
    }

    [Test]
    public void AnEventOfTheTargetsRegionFromABucketInTheSecondRegionIsAFindingOnRegion()
    {
        // Given the second-region recording (bucket in eu-west-1), its events sent as if from the target's us-east-1 bus
        var findings = JudgeAltered("second region", e => { e["region"] = "us-east-1"; return e; });

        // Then each event has a finding naming region, expecting the bucket's region the harness asked for
        Assert.That(findings.Select(f => (f.Rule, f.Field, f.Expected, f.Actual)),
            Is.EqualTo(new[] { ("eventbridge.event", (string?)"region", "eu-west-1", "us-east-1"), ("eventbridge.event", (string?)"region", "eu-west-1", "us-east-1") }), Describe(findings));
    }
}
