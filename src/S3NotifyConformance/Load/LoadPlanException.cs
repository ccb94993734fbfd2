namespace S3NotifyConformance.Load;

/// <summary>A load plan, simulation, threshold or load file that cannot be used; the message says what is wrong and how to write it.</summary>
public sealed class LoadPlanException(string message) : ArgumentException(message);
