using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Scenarios;

/// <summary>The growth benchmark's "more keys per scenario": a generated scenario's steps repeated over K distinct keys, so the
/// oracle expects K times the records; the suite as written is unchanged.</summary>
public sealed class KeysPerScenarioTests
{
    private const string Matrix = """
        matrices:
          - id: m
            source: inferred x
            filters:
              - { name: prefix-hit, prefix: in/, key: "in/{object}" }
            events:
              - name: copy
                event: s3:ObjectCreated:Copy
                steps: [{ put: { key: "{other}" } }, { copy: { from: "{other}", key: "{key}" } }]
          - id: read
            source: inferred y
            steps: [{ getNotification: {} }]
            eventNames: [s3:ObjectCreated:Put]
        """;

    [Test]
    public void EachKeyRepeatsTheStepsOnItsOwnKeysAndTheSnapshotIsLeftToTheRules()
    {
        // When the matrix is expanded with three keys per scenario
        var scenario = ScenarioLoader.Parse(Matrix, "inline.yaml", keysPerScenario: 3).Single(s => s.Id.StartsWith("m/", StringComparison.Ordinal));

        // Then the put-then-copy pair is written once per key, each on keys of its own that still match the filter, and no snapshot is compared
        var copies = scenario.Steps.OfType<CopyObjectStep>().ToList();
        Assert.That(copies.Select(c => c.Key), Is.EqualTo(new[] { "in/object-1", "in/object-2", "in/object-3" }));
        Assert.That(copies.Select(c => c.SourceKey).Distinct().Count(), Is.EqualTo(3));
        Assert.That(scenario.Steps.OfType<PutObjectStep>().Select(p => p.Key), Is.EqualTo(copies.Select(c => c.SourceKey)));
        Assert.That(scenario.Steps, Has.Length.EqualTo(6));
        Assert.That(scenario.Expect.Snapshot, Is.False);
    }

    [Test]
    public void OneKeyIsTheScenarioAsWrittenAndAMatrixWithoutKeysIsNeverRepeated()
    {
        // When the matrix is expanded as a run does, and with ten keys
        var asWritten = ScenarioLoader.Parse(Matrix, "inline.yaml");
        var tenKeys = ScenarioLoader.Parse(Matrix, "inline.yaml", keysPerScenario: 10);

        // Then one key writes object-1 and compares the snapshot; the read-back matrix is the same at ten keys
        var copy = asWritten.Single(s => s.Id.StartsWith("m/", StringComparison.Ordinal));
        Assert.That(copy.Steps.OfType<CopyObjectStep>().Single().Key, Is.EqualTo("in/object-1"));
        Assert.That(copy.Expect.Snapshot, Is.True);
        var read = tenKeys.Single(s => s.Id.StartsWith("read/", StringComparison.Ordinal));
        Assert.That((read.Steps.Length, read.Expect.Snapshot), Is.EqualTo((1, true)));
    }

    [Test]
    public void TheGeneratedMatrixExpectsKTimesTheWritesAndNoScenarioIsAdded()
    {
        // When the repository's scenarios load with one key and with three
        var one = ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios).Where(s => s.Id.StartsWith("trigger/", StringComparison.Ordinal)).ToList();
        var three = ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios, keysPerScenario: 3).Where(s => s.Id.StartsWith("trigger/", StringComparison.Ordinal)).ToList();

        // Then the same scenarios, each with three times the steps
        Assert.That(three.Select(s => s.Id), Is.EqualTo(one.Select(s => s.Id)));
        Assert.That(three.Zip(one).All(p => p.First.Steps.Length == 3 * p.Second.Steps.Length), Is.True);
    }
}
