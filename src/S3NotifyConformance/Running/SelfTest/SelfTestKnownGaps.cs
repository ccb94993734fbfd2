namespace S3NotifyConformance.Running.SelfTest;

/// <summary>Why a fault's verdict is not yet the expected one, where the cause is known: shown only while the verdict is
/// wrong, so a note disappears from the report once judging closes the gap.</summary>
public static class SelfTestKnownGaps
{
    private static readonly ImmutableDictionary<string, string> Notes = new Dictionary<string, string>
    {
        ["event-time-year-off"] = "record.shape checks eventTime's format, not its value; judging eventTime against the time of the request " +
                                  "(± a clock-skew allowance) closes this",
        ["vendor-extension-fields"] = "fields AWS does not send are snapshot differences and fail the scenario; listing them as informational " +
                                      "extensions instead of failures closes this",
        ["duplicate-within-allowance"] = "this build has no duplication allowance: every duplicate is a delivery.duplicate finding (and a " +
                                         "snapshot difference); a target-stated duplicationAllowance of 50% for this run closes this",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The known cause of a wrong verdict on the fault, or null.</summary>
    public static string? For(string fault) => Notes.GetValueOrDefault(fault);
}
