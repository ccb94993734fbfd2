namespace S3NotifyConformance.Running;

/// <summary>Where the project's folders are: scenarios, expected, targets, reports.</summary>
public sealed record ProjectPaths(string Root)
{
    /// <summary>The folder reports are written under when it is not <c>reports/</c> of <see cref="Root"/> (an installed
    /// tool writes under the current folder, not next to itself).</summary>
    public string? ReportsFolder { get; init; }

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
    public string Reports => ReportsFolder ?? Path.Combine(Root, "reports");

    /// <summary>truth/: the vendored AWS recordings and the facts document the harness judges by.</summary>
    public string Truth => Path.Combine(Root, "truth");

    /// <summary>Finds the project root: the nearest folder, from <paramref name="start"/> upwards, holding S3NotifyConformance.sln.</summary>
    public static ProjectPaths Find(string start) => TryFind(start) ??
        throw new DirectoryNotFoundException($"no S3NotifyConformance.sln in {start} or above it; run s3notify from the project folder");

    /// <summary>The project root found from the working directory, else from the program's own folder; else, for the
    /// installed tool (<c>dotnet tool install</c>), the scenarios shipped next to the program, with reports under the
    /// current folder's reports/.</summary>
    public static ProjectPaths Discover()
    {
        if ((TryFind(Directory.GetCurrentDirectory()) ?? TryFind(AppContext.BaseDirectory)) is { } project)
        {
            return project;
        }

        return Directory.Exists(Path.Combine(AppContext.BaseDirectory, "scenarios"))
            ? new ProjectPaths(AppContext.BaseDirectory) { ReportsFolder = Path.Combine(Directory.GetCurrentDirectory(), "reports") }
            : throw new DirectoryNotFoundException(
                $"no S3NotifyConformance.sln in {Directory.GetCurrentDirectory()} or above it, and no scenarios/ next to {AppContext.BaseDirectory}; run s3notify from the project folder or install the tool");
    }

    private static ProjectPaths? TryFind(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "S3NotifyConformance.sln")))
            {
                return new ProjectPaths(dir.FullName);
            }
        }

        return null;
    }
}
