namespace S3NotifyConformance.Scenarios;

/// <summary>One key filter rule as written in a scenario; Name may be any case, or missing, to exercise validation.</summary>
public sealed record FilterRuleSpec(string? Name, string? Value)
{
    /// <summary>True when this is a prefix rule (names are case-insensitive, SQS::test_filter_rules_case_insensitive).</summary>
    public bool IsPrefix => string.Equals(Name, "prefix", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when this is a suffix rule.</summary>
    public bool IsSuffix => string.Equals(Name, "suffix", StringComparison.OrdinalIgnoreCase);
}
