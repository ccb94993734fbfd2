using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Snapshots;
using S3NotifyConformance.Running;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>Editing a verified snapshot by hand fails the scenario with a diff naming the field; accepting makes it green.</summary>
[NonParallelizable]
public sealed class SnapshotAcceptTests
{
    [Test]
    public async Task AnEditedVerifiedFieldFailsWithItsPathAndAcceptRestoresIt()
    {
        // Given a copy of the project whose created/put snapshot has one field edited
        using var project = TempProject.Create("s3n-accept-");
        var paths = project.Paths;
        File.Copy(Path.Combine(Repository.Paths.Scenarios, "created.yaml"), Path.Combine(paths.Scenarios, "created.yaml"));
        var verified = new SnapshotStore(paths.Expected, "unused").For("created/put").VerifiedPath;
        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        var original = File.ReadAllText(new SnapshotStore(Repository.Paths.Expected, "unused").For("created/put").VerifiedPath);
        Assert.That(original, Does.Contain("\"eTag\": \"437b930db84b8079c2dd804a71936b5f\""));
        File.WriteAllText(verified, original.Replace("437b930db84b8079c2dd804a71936b5f", "00000000000000000000000000000000"));
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var runner = new HarnessRunner(new RunningStoreTarget(store).Catalog(), NullRunProgress.Instance);
        var options = new RunOptions(null, "created/put", paths.Reports, paths);

        // When
        var first = await runner.RunAsync(options, CancellationToken.None);
        var failed = first.Result.Scenarios.Single();

        // Then the finding names the field, and the received file is written
        Assert.That(failed.Outcome, Is.EqualTo(ScenarioOutcome.Failed));
        var finding = failed.Findings.Single();
        Assert.That((finding.Rule, finding.Subject), Is.EqualTo(("snapshot", "events[0].record.s3.object.eTag")));
        Assert.That(File.Exists(Path.Combine(first.ReportDirectory, failed.ReceivedSnapshot!)), Is.True);

        // When the received snapshot is accepted, the scenario passes again
        new SnapshotStore(paths.Expected, Path.Combine(first.ReportDirectory, "received")).Accept();
        var passed = (await runner.RunAsync(options, CancellationToken.None)).Result.Scenarios.Single();
        Assert.That(passed.Outcome, Is.EqualTo(ScenarioOutcome.Passed));
        Assert.That(File.ReadAllText(verified), Is.EqualTo(original));
    }
}
