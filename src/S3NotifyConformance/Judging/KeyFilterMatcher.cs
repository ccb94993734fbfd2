using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>Whether a configuration's key filter selects a key. AWS documents that filters apply to the object key name
/// (prefix: starts with, suffix: ends with); it is not recorded whether against the raw or the URL-encoded key
/// (no recording combines filters with encoded keys) — the raw key is what the documentation describes, so the raw key it is. Values are case-sensitive.</summary>
public static class KeyFilterMatcher
{
    /// <summary>True when the key passes the configuration's prefix and suffix rules.</summary>
    public static bool Matches(ConfigurationSpec configuration, string key) =>
        key.StartsWith(configuration.Prefix, StringComparison.Ordinal) && key.EndsWith(configuration.Suffix, StringComparison.Ordinal);

    /// <summary>Why a key does not pass, or null when it does.</summary>
    public static string? Explain(ConfigurationSpec configuration, string key) =>
        !key.StartsWith(configuration.Prefix, StringComparison.Ordinal) ? $"key '{key}' does not start with prefix '{configuration.Prefix}'"
        : !key.EndsWith(configuration.Suffix, StringComparison.Ordinal) ? $"key '{key}' does not end with suffix '{configuration.Suffix}'"
        : null;
}
