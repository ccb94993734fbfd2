using System.Security.Cryptography;
using System.Text;

namespace S3NotifyConformance.Reports.Certificates;

/// <summary>The digest of a scenario set: SHA-256 over every file of scenarios/ and expected/ in ordinal order of its
/// relative path (<c>scenarios/created.yaml</c>), each as the path, a NUL, its length, a NUL and its bytes. Received
/// snapshots (<c>*.received.json</c>, never committed) are left out. Two checkouts of one version give one digest.</summary>
public static class ScenarioSetDigest
{
    /// <summary>The digest (<c>sha256:…</c>) of the two folders.</summary>
    public static string Of(string scenariosDirectory, string expectedDirectory)
    {
        var files = Files("scenarios", scenariosDirectory).Concat(Files("expected", expectedDirectory)).OrderBy(f => f.Relative, StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, path) in files)
        {
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(Encoding.UTF8.GetBytes($"{relative}\0{bytes.Length}\0"));
            hash.AppendData(bytes);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The digest (<c>sha256:…</c>) of one file's bytes.</summary>
    public static string OfFile(string path) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static IEnumerable<(string Relative, string Path)> Files(string name, string directory) =>
        !Directory.Exists(directory)
            ? throw new DirectoryNotFoundException($"no {name} folder at {directory}")
            : Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".received.json", StringComparison.Ordinal))
                .Select(f => ($"{name}/{Path.GetRelativePath(directory, f).Replace('\\', '/')}", f));
}
