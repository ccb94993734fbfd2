namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>A configuration as parsed from the PUT body, before validation (names, values and ids may be missing).</summary>
/// <param name="Kind">Queue, Topic or CloudFunction.</param>
/// <param name="Id">The Id element, if given.</param>
/// <param name="Arn">The Queue / Topic / CloudFunction element.</param>
/// <param name="Events">Event elements in order.</param>
/// <param name="FilterRules">FilterRule elements: Name and Value, null when the element is missing.</param>
internal sealed record RawNotificationRule(DestinationKind Kind, string? Id, string Arn, IReadOnlyList<string> Events, IReadOnlyList<(string? Name, string? Value)> FilterRules);
