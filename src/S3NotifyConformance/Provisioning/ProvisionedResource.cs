namespace S3NotifyConformance.Provisioning;

/// <summary>A resource this run created. <paramref name="Locator"/> is what deletes it: bucket name, queue URL, topic ARN.</summary>
public sealed record ProvisionedResource(ResourceKind Kind, string Name, string Locator);
