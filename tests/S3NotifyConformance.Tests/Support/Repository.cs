using S3NotifyConformance.Running;

namespace S3NotifyConformance.Tests.Support;

/// <summary>The project's folders, found from the test's output folder.</summary>
public static class Repository
{
    /// <summary>The project paths.</summary>
    public static ProjectPaths Paths { get; } = ProjectPaths.Find(TestContext.CurrentContext.TestDirectory);

    /// <summary>A vendored AWS recording: a file under truth/aws-recordings (see its README for provenance).</summary>
    public static string AwsRecording(string file) => Path.Combine(Paths.Truth, "aws-recordings", file);
}
