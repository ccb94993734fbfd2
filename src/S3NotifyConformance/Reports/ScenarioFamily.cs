namespace S3NotifyConformance.Reports;

/// <summary>The family a scenario belongs to in grids and matrices: the first segment of its id (<c>created</c>), or the
/// first two for the generated matrices whose ids have four segments or more (<c>trigger/ObjectCreated:Put</c>).</summary>
public static class ScenarioFamily
{
    /// <summary>The family of <paramref name="scenarioId"/>.</summary>
    public static string Of(string scenarioId)
    {
        var segments = scenarioId.Split('/');
        return segments.Length >= 4 ? $"{segments[0]}/{segments[1]}" : segments[0];
    }
}
