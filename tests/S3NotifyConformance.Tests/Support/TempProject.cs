using S3NotifyConformance.Running;

namespace S3NotifyConformance.Tests.Support;

/// <summary>A throwaway project folder (scenarios/, expected/, reports/ under a fresh temp path), removed on dispose.</summary>
public sealed class TempProject : IDisposable
{
    private TempProject(string root)
    {
        Root = root;
        Paths = new ProjectPaths(root);
        Directory.CreateDirectory(Paths.Scenarios);
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>The project's paths inside it.</summary>
    public ProjectPaths Paths { get; }

    /// <summary>Creates an empty project whose folder name starts with <paramref name="prefix"/>.</summary>
    public static TempProject Create(string prefix) => new(Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")));

    /// <summary>Writes a scenario file into scenarios/.</summary>
    public void WriteScenarios(string fileName, string yaml) => File.WriteAllText(Path.Combine(Paths.Scenarios, fileName), yaml);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
