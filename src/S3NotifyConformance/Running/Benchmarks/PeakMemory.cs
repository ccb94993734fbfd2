using System.Diagnostics;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>The process's peak resident memory, per stretch of work where the OS allows it: on Linux writing 5 to
/// <c>/proc/self/clear_refs</c> resets the peak (VmHWM) to the current resident size; elsewhere the peak is the process's so far.</summary>
public static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Status = "/proc/self/status";

    /// <summary>Resets the peak; true when it was reset (Linux), false when the peak stays the process's so far.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident memory (bytes) since the last <see cref="Reset"/> (VmHWM), else the process's peak working set.</summary>
    public static long Peak()
    {
        try
        {
            if (File.Exists(Status) && File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
                && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kilobytes))
            {
                return kilobytes * 1024;
            }
        }
        catch (IOException)
        {
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
