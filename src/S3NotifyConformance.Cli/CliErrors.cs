using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Cli;

/// <summary>Turns setup problems into one line on stderr and exit code 2, instead of a stack trace.</summary>
public static class CliErrors
{
    /// <summary>Runs a verb; a known setup problem prints its cause and returns <see cref="ExitCodes.UsageOrSetupError"/>.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception e) when (e is ScenarioDefinitionException or TargetSetupException or DirectoryNotFoundException or FileNotFoundException
                                      or FormatException or InvalidDataException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"s3notify: {e.Message}");
            return ExitCodes.UsageOrSetupError;
        }
    }
}
