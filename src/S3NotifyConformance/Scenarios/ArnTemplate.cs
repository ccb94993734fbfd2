namespace S3NotifyConformance.Scenarios;

/// <summary>Literal ARNs in scenarios may say <c>{region}</c> and <c>{account}</c>, so a "queue does not exist" scenario names
/// a well-formed ARN of whatever target it runs on.</summary>
public static class ArnTemplate
{
    /// <summary>The account used where a target does not say its own.</summary>
    public const string DefaultAccount = "000000000000";

    /// <summary>Fills in region and account.</summary>
    public static string Resolve(string template, string region, string? account) =>
        template.Replace("{region}", region, StringComparison.Ordinal).Replace("{account}", account ?? DefaultAccount, StringComparison.Ordinal);
}
