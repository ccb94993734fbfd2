using System.Text.Json.Serialization;

namespace S3NotifyConformance.Foundation;

/// <summary>The base of every run kind's result: the <see cref="RunHeader"/> first (so every results.json starts with it), and
/// its fields at hand.</summary>
public abstract record RunResultBase([property: JsonPropertyOrder(-1)] RunHeader Header)
{
    /// <summary>The run id (from the header).</summary>
    [JsonIgnore]
    public string RunId => Header.RunId;

    /// <summary>Harness name and version (from the header).</summary>
    [JsonIgnore]
    public string Tool => Header.Tool;

    /// <summary>The target (from the header).</summary>
    [JsonIgnore]
    public TargetSummary Target => Header.Target;

    /// <summary>When the run started (from the header).</summary>
    [JsonIgnore]
    public DateTimeOffset StartedAt => Header.StartedAt;

    /// <summary>When the run finished (from the header).</summary>
    [JsonIgnore]
    public DateTimeOffset FinishedAt => Header.FinishedAt;

    /// <summary>OS, cores, memory, .NET (from the header).</summary>
    [JsonIgnore]
    public RunMachine Machine => Header.Machine;

    /// <summary>Wall time of the run (from the header).</summary>
    [JsonIgnore]
    public TimeSpan Duration => Header.Duration;
}
