using S3NotifyConformance.Foundation;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>The machine a benchmark ran on, as every benchmark prints it: OS, cores, memory, .NET, and on Linux the load
/// average when it ran, so a figure taken on a busy machine says so.</summary>
public static class BenchmarkMachine
{
    /// <summary>OS, cores, memory and .NET, plus the one-minute load average where <c>/proc/loadavg</c> gives it.</summary>
    public static string Describe() => LoadAverage() is { } load ? $"{RunMachine.Current().Description}, load average {load}" : RunMachine.Current().Description;

    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
