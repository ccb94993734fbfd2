namespace S3NotifyConformance.Cli;

/// <summary>Process exit codes: "the store failed a check" and "the tool could not run" are different codes.</summary>
public static class ExitCodes
{
    /// <summary>Every scenario passed, was unsupported or a known deviation.</summary>
    public const int Passed = 0;

    /// <summary>A scenario failed (or errored), or a threshold was breached.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage, bad scenario or target file, unreachable endpoint, rejected credentials.</summary>
    public const int UsageOrSetupError = 2;
}
