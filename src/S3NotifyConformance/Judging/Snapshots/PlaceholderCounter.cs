namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>Numbers placeholders per kind in order of first appearance: the same value gets the same token.</summary>
public sealed class PlaceholderCounter
{
    private readonly Dictionary<(string Kind, string Value), string> _tokens = [];
    private readonly Dictionary<string, int> _counts = [];

    /// <summary>The token for a value of a kind, e.g. <c>{version-2}</c>.</summary>
    public string Next(string kind, string value)
    {
        if (_tokens.TryGetValue((kind, value), out var token))
        {
            return token;
        }

        var number = _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
        return _tokens[(kind, value)] = $"{{{kind}-{number}}}";
    }
}
