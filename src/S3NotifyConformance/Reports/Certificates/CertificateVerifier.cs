namespace S3NotifyConformance.Reports.Certificates;

/// <summary>Checks a certification bundle: every listed file present with its digest, no file added, certificate.json and
/// README.md exactly what the bundle's results.json gives, the reports re-rendered from results.json byte for byte, and the
/// scenario set the one of this tool version. Tamper-evident, not signed: publish certificate.json's own digest with it.</summary>
public static class CertificateVerifier
{
    /// <summary>The problems found, each starting with the file concerned; empty when the bundle is intact.</summary>
    public static ImmutableArray<string> Verify(string bundle, string scenarioSetDigest)
    {
        var certificateFile = Path.Combine(bundle, CertificateBundle.CertificateFile);
        if (!Directory.Exists(bundle))
        {
            throw new DirectoryNotFoundException($"no bundle folder at {bundle}");
        }

        if (!File.Exists(certificateFile))
        {
            return [$"{CertificateBundle.CertificateFile}: missing (is {bundle} a bundle written by s3notify certify?)"];
        }

        Certificate certificate;
        try
        {
            certificate = JsonSerializer.Deserialize<Certificate>(File.ReadAllText(certificateFile), ReportJson.Options) ?? throw new JsonException("empty");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            return [$"{CertificateBundle.CertificateFile}: not a certificate ({e.Message})"];
        }

        var problems = new List<string>();
        var actual = CertificateBundle.Digests(bundle);
        foreach (var (file, digest) in certificate.Files ?? ImmutableSortedDictionary<string, string>.Empty)
        {
            if (!actual.TryGetValue(file, out var found))
            {
                problems.Add($"{file}: missing from the bundle");
            }
            else if (found != digest)
            {
                problems.Add($"{file}: modified (digest {found}, {CertificateBundle.CertificateFile} says {digest})");
            }
        }

        problems.AddRange(actual.Keys.Where(f => certificate.Files?.ContainsKey(f) != true).Select(f => $"{f}: not in the certificate (added after certification)"));
        if (problems.Count == 0)
        {
            problems.AddRange(CheckRendered(bundle, certificate, actual));
        }

        if (certificate.ScenarioSetDigest != scenarioSetDigest)
        {
            problems.Add($"{CertificateBundle.CertificateFile}: scenario set {certificate.ScenarioSetDigest} ({certificate.Tool}) is not this tool's {scenarioSetDigest}");
        }

        return [.. problems];
    }

    // With every digest matching, what follows from results.json must be what the bundle holds.
    private static IEnumerable<string> CheckRendered(string bundle, Certificate certificate, ImmutableSortedDictionary<string, string> digests)
    {
        RunResult run;
        try
        {
            run = ReportJson.Read(Path.Combine(bundle, "results.json"));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return [$"results.json: {e.Message}"];
        }

        var problems = new List<string>();
        var expected = Certificate.Of(run, certificate.ScenarioSetDigest, certificate.Reproduce, digests);
        if (CertificateBundle.Serialize(expected) != File.ReadAllText(Path.Combine(bundle, CertificateBundle.CertificateFile)))
        {
            problems.Add($"{CertificateBundle.CertificateFile}: altered (it is not what the bundle's results.json and files give)");
        }

        var files = new Dictionary<string, string> { [CertificateBundle.ReadmeFile] = CertificateReadme.Render(expected with { Files = ImmutableSortedDictionary<string, string>.Empty }) };
        foreach (var writer in new FileReportWriterBase<RunResult>[] { new JUnitReportWriter(), new MarkdownReportWriter(), new ConformanceHtmlReportWriter() })
        {
            files[writer.FileName] = writer.Render(run);
        }

        foreach (var (file, text) in files.Where(f => digests.ContainsKey(f.Key)))
        {
            if (File.ReadAllText(Path.Combine(bundle, file)) != text)
            {
                problems.Add($"{file}: altered (it is not what the bundle's results.json gives)");
            }
        }

        return problems;
    }
}
