using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Architecture;

/// <summary>The repository stands alone: no file cites a development folder a user's clone does not have; evidence is
/// cited by public source (an AWS documentation page, or a recording under truth/aws-recordings).</summary>
public sealed class SelfContainedTests
{
    // Built from parts so that this file does not name what it forbids.
    private static readonly string[] Forbidden =
    [
        string.Concat("..", "/", "shared"),
        string.Concat("shared", "/", "aws-", "truth"),
        string.Concat("seeds", "/"),
        string.Concat("facts", " ", "\u00a7"),
    ];

    // What .gitignore keeps out of a clone: build output, installed tools, run reports, IDE state.
    private static readonly HashSet<string> IgnoredFolders = ["bin", "obj", ".git", ".tools", "TestResults", ".idea", ".vs", "node_modules"];

    [Test]
    public void NoFileNamesAFolderOutsideTheRepository()
    {
        // Given
        var root = Repository.Paths.Root;

        // When
        var offenders = RepositoryFiles(root)
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, index))
                .SelectMany(l => Forbidden.Where(f => l.line.Contains(f, StringComparison.Ordinal))
                    .Select(f => $"{Path.GetRelativePath(root, file)}:{l.index + 1} names {f}")))
            .ToList();

        // Then
        Assert.That(offenders, Is.Empty, "cite the public source instead (see truth/README.md)");
    }

    [Test]
    public void TheCheckSeesTheVendoredTruthAndTheScenarios()
    {
        // Given
        var files = RepositoryFiles(Repository.Paths.Root).Select(f => Path.GetRelativePath(Repository.Paths.Root, f).Replace('\\', '/')).ToList();

        // Then: the walk covers what the product cites from, and the recordings it reads are there.
        Assert.That(files, Does.Contain("truth/aws-s3-notification-facts.md"));
        Assert.That(files, Does.Contain("truth/aws-recordings/test_s3_notifications_sqs.snapshot.json"));
        Assert.That(files, Does.Contain("truth/aws-recordings/LICENSE"));
        Assert.That(files.Count(f => f.StartsWith("scenarios/", StringComparison.Ordinal) && f.EndsWith(".yaml", StringComparison.Ordinal)), Is.GreaterThan(10));
        Assert.That(files.Where(f => f.StartsWith("reports/", StringComparison.Ordinal) && f != "reports/README.md"), Is.Empty);
    }

    [Test]
    public void TheForbiddenPatternsCatchTheOldCitations()
    {
        // A citation the check must refuse, assembled the same way.
        var sample = "// " + string.Concat("facts", " ", "\u00a7", "3.4") + " and " + string.Concat("seeds", "/", "003");
        Assert.That(Forbidden.Count(sample.Contains), Is.EqualTo(2));
    }

    private static IEnumerable<string> RepositoryFiles(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                if (!IgnoredFolders.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var isRunReport = relative.StartsWith("reports/", StringComparison.Ordinal) && relative != "reports/README.md";
                if (!isRunReport && !relative.EndsWith(".received.json", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }
}
