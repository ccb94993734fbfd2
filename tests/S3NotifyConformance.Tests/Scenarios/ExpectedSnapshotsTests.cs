using S3NotifyConformance.Judging.Snapshots;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Scenarios;

/// <summary>expected/ and scenarios/ stay in step: every snapshot scenario has a verified file, no verified file is orphaned,
/// and expected/README.md states each snapshot's evidence level as its scenario does.</summary>
public sealed class ExpectedSnapshotsTests
{
    private static readonly ImmutableArray<Scenario> Scenarios = ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios);
    private static readonly SnapshotStore Store = new(Repository.Paths.Expected, "unused");

    [Test]
    public void EverySnapshotScenarioHasAVerifiedFile() =>
        Assert.That(Scenarios.Where(s => s.Expect.Snapshot && !File.Exists(Store.For(s.Id).VerifiedPath)).Select(s => s.Id), Is.Empty);

    [Test]
    public void NoVerifiedFileIsOrphaned()
    {
        var ids = Scenarios.Where(s => s.Expect.Snapshot).Select(s => s.Id).ToHashSet();
        var orphans = Directory.EnumerateFiles(Repository.Paths.Expected, "*.verified.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Paths.Expected, f)[..^".verified.json".Length].Replace(Path.DirectorySeparatorChar, '/'))
            .Where(id => !ids.Contains(id));
        Assert.That(orphans, Is.Empty);
    }

    [Test]
    public void TheReadmeStatesEachSnapshotsEvidenceLevel()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Paths.Expected, "README.md"));
        var missing = Scenarios.Where(s => s.Expect.Snapshot && !readme.Contains($"| `{s.Id}.verified.json` | {s.Source.Level} |", StringComparison.Ordinal));
        Assert.That(missing.Select(s => s.Id), Is.Empty);
    }

    [Test]
    public void EveryVerifiedSnapshotNamesItsScenarioAndSource()
    {
        foreach (var scenario in Scenarios.Where(s => s.Expect.Snapshot))
        {
            var document = JsonNode.Parse(File.ReadAllText(Store.For(scenario.Id).VerifiedPath))!;
            Assert.That((string?)document["scenario"], Is.EqualTo(scenario.Id));
            Assert.That((string?)document["source"], Does.StartWith(scenario.Source.Level));
        }
    }
}
