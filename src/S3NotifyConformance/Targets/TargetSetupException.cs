namespace S3NotifyConformance.Targets;

/// <summary>A target that cannot be used: its message is the one-line cause shown to the user (exit code 2).</summary>
public sealed class TargetSetupException(string message, Exception? inner = null) : Exception(message, inner);
