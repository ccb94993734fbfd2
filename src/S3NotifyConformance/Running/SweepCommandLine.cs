using S3NotifyConformance.Provisioning;

namespace S3NotifyConformance.Running;

/// <summary>The exact <c>s3notify sweep</c> command that removes what one run created, as run and load print it first.</summary>
public static class SweepCommandLine
{
    /// <summary>The command for <paramref name="target"/> as given on the command line (a file as its full path) and the run.</summary>
    public static string For(string? target, RunId runId)
    {
        var text = string.IsNullOrWhiteSpace(target) ? "embedded" : File.Exists(target) ? Path.GetFullPath(target) : target;
        return $"s3notify sweep --target {Quote(text)} --run {runId}";
    }

    /// <summary>The lines a run prints first: its id, and how to remove what it created should the process be killed.</summary>
    public static IEnumerable<string> Announcement(string? target, RunId runId) =>
        [$"run id {runId}", $"if this process is killed, remove what it created with: {For(target, runId)}"];

    private static string Quote(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '+' or '=') ? text : $"'{text.Replace("'", "'\\''")}'";
}
