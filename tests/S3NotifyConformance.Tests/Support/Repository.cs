using S3NotifyConformance.Running;

namespace S3NotifyConformance.Tests.Support;

/// <summary>The project's folders, found from the test's output folder.</summary>
public static class Repository
{
    /// <summary>The project paths.</summary>
    public static ProjectPaths Paths { get; } = ProjectPaths.Find(TestContext.CurrentContext.TestDirectory);

    /// <summary>A file under shared/aws-truth (beside the repository, as CI lays it out).</summary>
    public static string AwsTruth(string relative) => Path.GetFullPath(Path.Combine(Paths.Root, "..", "shared", "aws-truth", relative));
}
