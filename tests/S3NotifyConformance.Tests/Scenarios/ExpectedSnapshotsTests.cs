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
        // Rows are "| `id.verified.json` | level | source |", or "| `group/**` | level | ... |" for an expanded matrix group.
        var rows = File.ReadLines(Path.Combine(Repository.Paths.Expected, "README.md"))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\| `([^`]+)` \| ([a-z-]+) \|"))
            .Where(m => m.Success)
            .Select(m => (Filter: ScenarioFilter.Parse(m.Groups[1].Value.Replace(".verified.json", string.Empty)), Level: m.Groups[2].Value))
            .ToList();
        var missing = Scenarios.Where(s => s.Expect.Snapshot && !rows.Any(r => r.Filter.Matches(s.Id) && r.Level == s.Source.Level));
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
