using System.Text.RegularExpressions;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Architecture;

/// <summary>Data flows one way: a pipeline stage may use the stages before it, never those after it.</summary>
public sealed partial class StageDependencyTests
{
    private static readonly string[] Order = ["Foundation", "Scenarios", "Targets", "Provisioning", "Actions", "Collection", "Faults", "Judging", "Probing", "Load", "Reports", "Running"];

    [Test]
    public void NoStageReferencesALaterStage()
    {
        var library = Path.Combine(Repository.Paths.Root, "src", "S3NotifyConformance");
        var violations = new List<string>();
        foreach (var stage in Order.Where(s => Directory.Exists(Path.Combine(library, s))))
        {
            var rank = Array.IndexOf(Order, stage);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(library, stage), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match match in StageReference().Matches(File.ReadAllText(file)))
                {
                    var used = match.Groups[1].Value;
                    if (Array.IndexOf(Order, used) > rank)
                    {
                        violations.Add($"{Path.GetRelativePath(library, file)} uses {used}");
                    }
                }
            }
        }

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void EveryStageFolderIsInTheDeclaredOrder()
    {
        var library = Path.Combine(Repository.Paths.Root, "src", "S3NotifyConformance");
        var folders = Directory.EnumerateDirectories(library).Select(Path.GetFileName).Where(n => n is not ("bin" or "obj"));
        Assert.That(folders, Is.SubsetOf(Order));
    }

    [GeneratedRegex(@"S3NotifyConformance\.(Foundation|Scenarios|Targets|Provisioning|Actions|Collection|Faults|Judging|Probing|Load|Reports|Running)\b")]
    private static partial Regex StageReference();
}
