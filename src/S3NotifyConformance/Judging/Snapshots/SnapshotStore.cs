using System.Text.Encodings.Web;

namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>Verified snapshots live in <c>expected/{scenario id}.verified.json</c> (committed); a mismatch writes
/// <c>{report dir}/received/{scenario id}.received.json</c>; <see cref="Accept"/> promotes received to verified after review.</summary>
public sealed class SnapshotStore(string expectedDirectory, string receivedDirectory)
{
    /// <summary>How snapshot files are written: indented, UTF-8 characters as they are.</summary>
    public static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file pair of a scenario.</summary>
    public SnapshotPair For(string scenarioId) => new(
        Path.Combine(expectedDirectory, scenarioId.Replace('/', Path.DirectorySeparatorChar) + ".verified.json"),
        Path.Combine(receivedDirectory, scenarioId.Replace('/', Path.DirectorySeparatorChar) + ".received.json"));

    /// <summary>Compares a received document with the verified file; writes the received file when they differ.</summary>
    public SnapshotComparison Compare(string scenarioId, JsonObject received)
    {
        var pair = For(scenarioId);
        if (!File.Exists(pair.VerifiedPath))
        {
            Write(pair.ReceivedPath, received);
            return new SnapshotComparison(false, true, [], pair.ReceivedPath);
        }

        var verified = JsonNode.Parse(File.ReadAllText(pair.VerifiedPath));
        var differences = JsonDiff.Compare(verified, received);
        if (differences.IsEmpty)
        {
            return SnapshotComparison.Same;
        }

        Write(pair.ReceivedPath, received);
        return new SnapshotComparison(false, false, differences, pair.ReceivedPath);
    }

    /// <summary>Promotes every received file under the received folder to its verified file; returns the scenario ids promoted.</summary>
    public ImmutableArray<string> Accept()
    {
        if (!Directory.Exists(receivedDirectory))
        {
            return [];
        }

        var accepted = ImmutableArray.CreateBuilder<string>();
        foreach (var received in Directory.EnumerateFiles(receivedDirectory, "*.received.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var id = Path.GetRelativePath(receivedDirectory, received)[..^".received.json".Length].Replace(Path.DirectorySeparatorChar, '/');
            var verified = For(id).VerifiedPath;
            Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
            File.Copy(received, verified, overwrite: true);
            File.Delete(received);
            accepted.Add(id);
        }

        return accepted.ToImmutable();
    }

    private static void Write(string path, JsonObject document)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, document.ToJsonString(FileFormat) + "\n");
    }
}
