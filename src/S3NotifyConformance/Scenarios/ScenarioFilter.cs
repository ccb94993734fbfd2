using System.Text.RegularExpressions;

namespace S3NotifyConformance.Scenarios;

/// <summary>Selects scenarios by id glob: <c>*</c> matches within a segment, <c>**</c> across segments; comma separates alternatives.</summary>
public sealed class ScenarioFilter
{
    private readonly ImmutableArray<Regex> _patterns;

    private ScenarioFilter(ImmutableArray<Regex> patterns) => _patterns = patterns;

    /// <summary>A filter that selects everything.</summary>
    public static ScenarioFilter All { get; } = new([]);

    /// <summary>Builds a filter from a glob such as <c>created/*</c> or <c>filters/**,validation/*</c>.</summary>
    public static ScenarioFilter Parse(string? glob)
    {
        if (string.IsNullOrWhiteSpace(glob))
        {
            return All;
        }

        return new([.. glob.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ToRegex)]);
    }

    /// <summary>True when the id matches any alternative (or the filter is empty).</summary>
    public bool Matches(string id) => _patterns.IsEmpty || _patterns.Any(p => p.IsMatch(id));

    private static Regex ToRegex(string glob)
    {
        var pattern = Regex.Escape(glob).Replace(@"\*\*", "\u0001").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]").Replace("\u0001", ".*");
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant);
    }
}
