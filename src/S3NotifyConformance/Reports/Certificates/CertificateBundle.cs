namespace S3NotifyConformance.Reports.Certificates;

/// <summary>A certification bundle folder: the run's files (results.json, junit.xml, summary.md, index.html, received/), a
/// README.md saying how to reproduce and check it, and certificate.json with the digest of every other file.</summary>
public static class CertificateBundle
{
    /// <summary>certificate.json</summary>
    public const string CertificateFile = "certificate.json";

    /// <summary>README.md</summary>
    public const string ReadmeFile = "README.md";

    /// <summary>Writes the bundle of the run in <paramref name="runFolder"/> into <paramref name="bundle"/> (which must not
    /// exist or be empty) and returns its certificate.</summary>
    public static async Task<Certificate> WriteAsync(RunResult run, string runFolder, string bundle, string scenarioSetDigest, CertificationCommand reproduce, CancellationToken cancellationToken)
    {
        if (Directory.Exists(bundle) && Directory.EnumerateFileSystemEntries(bundle).Any())
        {
            throw new ArgumentException($"{bundle} already exists and is not empty; choose another --out");
        }

        foreach (var file in Directory.EnumerateFiles(runFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(bundle, Path.GetRelativePath(runFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var unsigned = Certificate.Of(run, scenarioSetDigest, reproduce, ImmutableSortedDictionary<string, string>.Empty);
        await File.WriteAllTextAsync(Path.Combine(bundle, ReadmeFile), CertificateReadme.Render(unsigned), cancellationToken);
        var certificate = unsigned with { Files = Digests(bundle) };
        await File.WriteAllTextAsync(Path.Combine(bundle, CertificateFile), Serialize(certificate), cancellationToken);
        return certificate;
    }

    /// <summary>The digest of every file in the bundle but certificate.json, by relative path with '/'.</summary>
    public static ImmutableSortedDictionary<string, string> Digests(string bundle) => Directory
        .EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
        .Select(f => (Relative: Path.GetRelativePath(bundle, f).Replace('\\', '/'), Path: f))
        .Where(f => f.Relative != CertificateFile)
        .ToImmutableSortedDictionary(f => f.Relative, f => ScenarioSetDigest.OfFile(f.Path), StringComparer.Ordinal);

    /// <summary>certificate.json's text.</summary>
    public static string Serialize(Certificate certificate) => JsonSerializer.Serialize(certificate, ReportJson.Options) + "\n";
}
