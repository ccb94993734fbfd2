namespace S3NotifyConformance.Tests.Support;

/// <summary>What runs on this machine, read from /proc: to prove a launched store left no process behind.</summary>
public static class HostProcesses
{
    /// <summary>Command lines (NUL separators as spaces) of processes whose command line contains <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> CommandLinesContaining(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out var pid) && pid != Environment.ProcessId)
            .Select(d => Read(Path.Combine(d, "cmdline")))
            .Where(c => c.Contains(text, StringComparison.Ordinal))];

    /// <summary>True when a program is on PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
