using System.CommandLine;

namespace S3NotifyConformance.Cli;

/// <summary>Options several verbs share, declared once so they cannot drift apart.</summary>
public static class CommonOptions
{
    /// <summary>--target</summary>
    public static readonly Option<string?> TargetOption = new("--target", "-t")
    {
        Description = "Store to test: 'embedded' (default), a built-in target name, or a target YAML file",
    };

    /// <summary>--filter</summary>
    public static readonly Option<string?> FilterOption = new("--filter", "-f")
    {
        Description = "Scenario id glob: '*' within a segment, '**' across segments, ',' between alternatives",
    };

    /// <summary>--baseline</summary>
    public static readonly Option<string?> BaselineOption = new("--baseline", "-b")
    {
        Description = "Baseline YAML of the target's known deviations: listed failures do not fail the run; listed passes are reported as fixed",
    };

    /// <summary>--report-dir</summary>
    public static readonly Option<string?> ReportDirOption = new("--report-dir")
    {
        Description = "Folder under which reports/<run-id>/ is written (default: reports/ of the project)",
    };
}
