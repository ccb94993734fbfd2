namespace S3NotifyConformance.Scenarios;

/// <summary>A scenario file that cannot be loaded; the message names the file, the scenario and what is wrong.</summary>
public sealed class ScenarioDefinitionException(string message, Exception? inner = null) : Exception(message, inner);
