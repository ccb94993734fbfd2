namespace S3NotifyConformance.Cli;

/// <summary>Checks, before a run starts, that its reports can be written, so an unwritable --report-dir is found in a
/// second instead of after the whole suite.</summary>
public static class ReportDirectory
{
    /// <summary>Creates <paramref name="root"/> if needed and writes and removes a probe file; throws <see cref="InvalidDataException"/> with the cause.</summary>
    public static void RequireWritable(string root)
    {
        try
        {
            Directory.CreateDirectory(root);
            var probe = Path.Combine(root, $".s3notify-write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"--report-dir {root} is not writable: {e.Message}", e);
        }
    }
}
