using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore.Events;

/// <summary>The store's default event bus of one region, as a request signed for that region reaches it.</summary>
internal sealed record RegionalBus(StoreServices Services, string Region);
