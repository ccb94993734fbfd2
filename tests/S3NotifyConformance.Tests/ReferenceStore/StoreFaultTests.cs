using System.Diagnostics;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>The seeded faults: named once, selectable by name, and each changing only what it names.</summary>
public sealed class StoreFaultTests
{
    private static readonly S3EventDraft Draft = new()
    {
        EventName = "ObjectCreated:Copy",
        Key = "my dir/a b.txt",
        Identity = new RequestIdentity("RID", "HID", "AWS:AIDAX", "127.0.0.1", null),
        EventTime = new DateTimeOffset(2025, 1, 21, 10, 0, 0, 5, TimeSpan.Zero),
        Size = 9,
        ETag = "437b930db84b8079c2dd804a71936b5f",
        Sequencer = "0000000000000001",
    };

    [Test]
    public void EveryFaultHasOneUniqueNameAndTheCatalogHasAtLeastTwentyMustFailFaults()
    {
        Assert.That(StoreFaultCatalog.All.Select(f => f.Fault), Is.EquivalentTo(Enum.GetValues<StoreFault>()));
        Assert.That(StoreFaultCatalog.All.Select(f => f.Name), Is.Unique);
        Assert.That(StoreFaultCatalog.All.Count(f => f.MustFail), Is.GreaterThanOrEqualTo(20));
        Assert.That(StoreFaultCatalog.Parse("ETAG-Quoted").Fault, Is.EqualTo(StoreFault.ETagQuoted));
        Assert.That(() => StoreFaultCatalog.Parse("no-such-fault"), Throws.ArgumentException.With.Message.Contains("etag-quoted"));
    }

    [Test]
    public void TheBuilderCollectsFaults()
    {
        var configuration = new ReferenceStoreBuilder().WithFault(StoreFault.SizeMissing).WithFault(StoreFault.ETagQuoted).GetConfiguration();
        Assert.That(configuration.SeededFaults, Is.EquivalentTo(new[] { StoreFault.SizeMissing, StoreFault.ETagQuoted }));
        Assert.That(new ReferenceStoreBuilder().GetConfiguration().SeededFaults, Is.Empty);
    }

    [Test]
    public void RecordFaultsChangeTheirFieldAndNothingElse()
    {
        var clean = Record();
        var quoted = Record(StoreFault.ETagQuoted);
        var percent20 = Record(StoreFault.KeySpaceAsPercent20);
        var vendor = Record(StoreFault.VendorExtensionFields);
        var renamed = Record(StoreFault.EventNameWrong);

        Assert.That(quoted.Text("s3.object.eTag"), Is.EqualTo("\"437b930db84b8079c2dd804a71936b5f\""));
        Assert.That(Without(quoted, "s3.object.eTag"), Is.EqualTo(Without(clean, "s3.object.eTag")));
        Assert.That((clean.Text("s3.object.key"), percent20.Text("s3.object.key")), Is.EqualTo(("my+dir/a+b.txt", "my%20dir/a%20b.txt")));
        Assert.That(vendor.Keys().Except(clean.Keys()), Is.EqualTo(new[] { "eventId", "opaqueData" }));
        Assert.That(renamed.Text("eventName"), Is.EqualTo("ObjectCreated:Put"));
    }

    [Test]
    public void APrefixCaseInsensitiveMatcherMatchesOtherCaseAndOtherwiseAsBefore()
    {
        var rule = new NotificationRule("id", DestinationKind.Queue, "arn", ["s3:ObjectCreated:*"], [new FilterRule("Prefix", "Images/")]);
        var faults = new HashSet<StoreFault> { StoreFault.PrefixCaseInsensitive };
        Assert.That(EventMatcher.Matches(rule, "ObjectCreated:Put", "images/a.jpg"), Is.False);
        Assert.That(EventMatcher.Matches(rule, "ObjectCreated:Put", "images/a.jpg", faults), Is.True);
        Assert.That(EventMatcher.Matches(rule, "ObjectCreated:Put", "docs/a.jpg", faults), Is.False);
        Assert.That(EventMatcher.Matches(rule, "ObjectRemoved:Delete", "Images/a.jpg", faults), Is.False);
    }

    [Test]
    public void ADecreasingSequencerCountsDown()
    {
        var sequencer = new Sequencer(decreasing: true);
        var values = Enumerable.Range(0, 10).Select(_ => sequencer.Next()).ToList();
        Assert.That(values, Is.Ordered.Descending.Using((IComparer<string>)StringComparer.Ordinal).And.Unique);
    }

    [Test]
    public async Task ReorderingAcrossKeysKeepsEachKeysOrder()
    {
        // Given 60 events over 6 keys, emitted in one burst
        var items = Enumerable.Range(0, 60).Select(i => Item($"k{i % 6}", $"k{i % 6}-{i / 6:00}", "ObjectCreated:Put")).ToList();

        // When
        var delivered = await DeliverAsync(items, StoreFault.ReorderAcrossKeys);

        // Then
        Assert.That(delivered, Is.Not.EqualTo(items.Select(i => i.Body)), "keys overtake each other");
        foreach (var key in Enumerable.Range(0, 6).Select(k => $"k{k}-"))
        {
            var ofKey = delivered.Where(b => b.StartsWith(key, StringComparison.Ordinal)).ToList();
            Assert.That(ofKey, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal).And.Count.EqualTo(10), key);
        }
    }

    [TestCase(StoreFault.DropObjectRemoved, 2)]
    [TestCase(StoreFault.DuplicateWithinAllowance, 8)]
    [TestCase(StoreFault.DuplicateBeyondAllowance, 12)]
    public async Task DeliveryFaultsDropOrCopyEvents(StoreFault fault, int deliveries)
    {
        // Given two ObjectCreated and two ObjectRemoved events
        var items = new[] { "ObjectCreated:Put", "ObjectRemoved:Delete", "ObjectCreated:Copy", "ObjectRemoved:DeleteMarkerCreated" }
            .Select((name, i) => Item($"k{i}", $"{i}", name)).ToList();

        // When / Then
        Assert.That(await DeliverAsync(items, fault), Has.Count.EqualTo(deliveries));
    }

    private static DeliveryItem Item(string key, string body, string eventName) =>
        new DeliveryItem(DestinationKind.Queue, "arn", body, null, false, Stopwatch.GetTimestamp(), "id", DateTimeOffset.UtcNow) with { EventName = eventName, Key = key };

    private static async Task<List<string>> DeliverAsync(IReadOnlyList<DeliveryItem> items, StoreFault fault)
    {
        var target = new RecordingTarget();
        var statistics = new DeliveryStatistics();
        var pipeline = new DeliveryPipeline(DeliveryFaults.None, target, statistics, new HashSet<StoreFault> { fault });
        foreach (var item in items)
        {
            pipeline.Enqueue(item);
        }

        pipeline.Start();
        var watch = Stopwatch.StartNew();
        while (statistics.Snapshot().EventsPending > 0 && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(10);
        }

        await pipeline.DisposeAsync();
        return target.Bodies;
    }

    /// <summary>Keeps the bodies in delivery order (the pipeline delivers from one thread).</summary>
    private sealed class RecordingTarget : IDeliveryTarget
    {
        public List<string> Bodies { get; } = [];

        public DeliveryOutcome Deliver(DeliveryItem item)
        {
            lock (Bodies)
            {
                Bodies.Add(item.Body);
            }

            return DeliveryOutcome.Delivered;
        }
    }

    private static JsonNode Record(params StoreFault[] faults) =>
        JsonNode.Parse(EventRecordWriter.Write(Draft, "cfg", "bucket", "eu-west-1", "AOWNER", faults.ToHashSet()))!["Records"]![0]!;

    private static string Without(JsonNode record, string path)
    {
        var copy = record.DeepClone();
        var parts = path.Split('.');
        copy[parts[0]]![parts[1]]!.AsObject().Remove(parts[2]);
        return copy.ToJsonString();
    }
}
