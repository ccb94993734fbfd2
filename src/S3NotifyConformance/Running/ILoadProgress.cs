using S3NotifyConformance.Load;

namespace S3NotifyConformance.Running;

/// <summary>Hears about a load run while it happens (the console shows a live bar).</summary>
public interface ILoadProgress
{
    /// <summary>A line of information (stage changes, report folder).</summary>
    void Info(string message);

    /// <summary>The measurement's state, about once a second.</summary>
    void Report(LoadProgress progress);
}
