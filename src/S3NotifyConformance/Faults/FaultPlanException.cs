namespace S3NotifyConformance.Faults;

/// <summary>A fault that cannot be planned or applied: the message says what is wrong and how to write it (exit 2 on the command line).</summary>
public sealed class FaultPlanException(string message) : ArgumentException(message);
