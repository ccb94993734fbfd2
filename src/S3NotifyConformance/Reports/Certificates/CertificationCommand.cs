namespace S3NotifyConformance.Reports.Certificates;

/// <summary>How to run the certification again: the <c>s3notify certify</c> arguments given (target, baseline, filter).</summary>
public sealed record CertificationCommand(string Target, string? Baseline, string? Filter)
{
    /// <summary>The command line.</summary>
    public string CommandLine => "s3notify certify --target " + Quote(Target) + (Baseline is null ? string.Empty : " --baseline " + Quote(Baseline)) +
                                 (Filter is null ? string.Empty : " --filter " + Quote(Filter));

    private static string Quote(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':') ? value : $"'{value.Replace("'", "'\\''")}'";
}
