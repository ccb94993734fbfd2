namespace S3NotifyConformance.Running;

/// <summary>Where the project's folders are: scenarios, expected, targets, reports.</summary>
public sealed record ProjectPaths(string Root)
{
    /// <summary>scenarios/</summary>
    public string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>expected/</summary>
    public string Expected => Path.Combine(Root, "expected");

    /// <summary>targets/</summary>
    public string Targets => Path.Combine(Root, "targets");

    /// <summary>tools/: launchers and pinned tool manifests (committed).</summary>
    public string Tools => Path.Combine(Root, "tools");

    /// <summary>.tools/: where tools are installed (git-ignored).</summary>
    public string InstalledTools => Path.Combine(Root, ".tools");

    /// <summary>reports/</summary>
    public string Reports => Path.Combine(Root, "reports");

    /// <summary>truth/: the vendored AWS recordings and the facts document the harness judges by.</summary>
    public string Truth => Path.Combine(Root, "truth");

    /// <summary>Finds the project root: the nearest folder, from <paramref name="start"/> upwards, holding S3NotifyConformance.sln.</summary>
    public static ProjectPaths Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "S3NotifyConformance.sln")))
            {
                return new ProjectPaths(dir.FullName);
            }
        }

        throw new DirectoryNotFoundException($"no S3NotifyConformance.sln in {start} or above it; run s3notify from the project folder");
    }

    /// <summary>The project root found from the working directory, else from the program's own folder.</summary>
    public static ProjectPaths Discover()
    {
        try
        {
            return Find(Directory.GetCurrentDirectory());
        }
        catch (DirectoryNotFoundException)
        {
            return Find(AppContext.BaseDirectory);
        }
    }
}
