using S3NotifyConformance.Judging.Snapshots;

namespace S3NotifyConformance.Tests.Judging;

public sealed class SnapshotTests
{
    [Test]
    public void ScrubberGivesTheSameValueTheSamePlaceholderAndKeepsJudgedValues()
    {
        // Given
        var document = JsonNode.Parse("""
            {"events":[
              {"record":{"eventTime":"2026-01-01T00:00:00.123Z","s3":{"configurationId":"gen-1","bucket":{"name":"s3n-run-0001","arn":"arn:aws:s3:::s3n-run-0001"},
               "object":{"key":"k","eTag":"abc","versionId":"VA","sequencer":"01"}}}},
              {"record":{"eventTime":"2026-01-01T00:00:01.456Z","s3":{"configurationId":"mine","bucket":{"name":"s3n-run-0001"},
               "object":{"key":"k","eTag":"abc","versionId":"VB","sequencer":"02"}}}},
              {"record":{"s3":{"object":{"versionId":"VA"}}}}
            ]}
            """);

        // When
        var scrubbed = Scrubber.ForScenario("s3n-run-0001", [], new HashSet<string> { "mine" }).Scrub(document)!;

        // Then
        var events = scrubbed["events"]!.AsArray();
        Assert.That((string?)events[0]!["record"]!["s3"]!["object"]!["versionId"], Is.EqualTo("{version-1}"));
        Assert.That((string?)events[1]!["record"]!["s3"]!["object"]!["versionId"], Is.EqualTo("{version-2}"));
        Assert.That((string?)events[2]!["record"]!["s3"]!["object"]!["versionId"], Is.EqualTo("{version-1}"));
        Assert.That((string?)events[0]!["record"]!["eventTime"], Is.EqualTo("{time}"));
        Assert.That((string?)events[0]!["record"]!["s3"]!["bucket"]!["arn"], Is.EqualTo("arn:aws:s3:::{bucket}"));
        Assert.That((string?)events[0]!["record"]!["s3"]!["configurationId"], Is.EqualTo("{config-id-1}"));
        Assert.That((string?)events[1]!["record"]!["s3"]!["configurationId"], Is.EqualTo("mine"));
        Assert.That((string?)events[1]!["record"]!["s3"]!["object"]!["eTag"], Is.EqualTo("abc"));
        Assert.That((string?)events[1]!["record"]!["s3"]!["object"]!["sequencer"], Is.EqualTo("{sequencer-2}"));
    }

    [Test]
    public void DiffNamesEachDifferingFieldByPath()
    {
        var verified = JsonNode.Parse("""{"events":[{"record":{"s3":{"object":{"eTag":"a","size":1}}}}],"calls":[1]}""");
        var received = JsonNode.Parse("""{"events":[{"record":{"s3":{"object":{"eTag":"b"}}}}],"calls":[1,2]}""");
        var differences = JsonDiff.Compare(verified, received);
        Assert.That(differences.Select(d => d.Path), Is.EqualTo(new[] { "events[0].record.s3.object.eTag", "events[0].record.s3.object.size", "calls.length", "calls[1]" }));
        Assert.That(differences[0].ToString(), Is.EqualTo("events[0].record.s3.object.eTag: verified \"a\", received \"b\""));
    }

    [Test]
    public void MismatchWritesTheReceivedFileAndAcceptPromotesIt()
    {
        // Given a verified snapshot
        var root = Path.Combine(Path.GetTempPath(), "s3n-snap-" + Guid.NewGuid().ToString("N"));
        var store = new SnapshotStore(Path.Combine(root, "expected"), Path.Combine(root, "received"));
        Directory.CreateDirectory(Path.Combine(root, "expected", "group"));
        File.WriteAllText(store.For("group/one").VerifiedPath, """{"value":1}""");
        try
        {
            // When a different document is received
            var comparison = store.Compare("group/one", new JsonObject { ["value"] = 2 });

            // Then the received file is written, and accept makes it the verified one
            Assert.That(comparison.Equal, Is.False);
            Assert.That(File.Exists(store.For("group/one").ReceivedPath), Is.True);
            Assert.That(store.Accept(), Is.EqualTo(new[] { "group/one" }));
            Assert.That(store.Compare("group/one", new JsonObject { ["value"] = 2 }).Equal, Is.True);
            Assert.That(File.Exists(store.For("group/one").ReceivedPath), Is.False);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
