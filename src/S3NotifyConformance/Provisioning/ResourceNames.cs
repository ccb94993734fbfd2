namespace S3NotifyConformance.Provisioning;

/// <summary>Names for one scenario's resources: <c>s3n-{run id}-{scenario number}</c>, plus the destination's name.</summary>
public sealed record ResourceNames(RunId RunId, int ScenarioNumber)
{
    /// <summary>The scenario's bucket (S3 names: lower case, 3–63 characters).</summary>
    public string Bucket => $"{RunId.ResourcePrefix}{ScenarioNumber:D4}";

    /// <summary>A queue or topic for a named destination (SQS and SNS names: up to 80 of [A-Za-z0-9_-]).</summary>
    public string Destination(string destinationName)
    {
        var clean = new string(destinationName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        var name = $"{RunId.ResourcePrefix}{ScenarioNumber:D4}-{clean}";
        return name.Length <= 80 ? name : name[..80];
    }
}
