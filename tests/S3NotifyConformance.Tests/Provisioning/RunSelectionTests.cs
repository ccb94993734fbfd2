using S3NotifyConformance.Provisioning;

namespace S3NotifyConformance.Tests.Provisioning;

/// <summary>A sweep selects exactly the harness's names: its run's buckets, queues and topics, never a look-alike.</summary>
public sealed class RunSelectionTests
{
    private static readonly RunId Run = RunId.Parse("20261201t080000-k3x9");

    [TestCase(ResourceKind.Bucket, "s3n-20261201t080000-k3x9-0001", true)]
    [TestCase(ResourceKind.Queue, "s3n-20261201t080000-k3x9-0001-load", true)]
    [TestCase(ResourceKind.Topic, "s3n-20261201t080000-k3x9-0204-sns-1", true)]
    [TestCase(ResourceKind.Bucket, "s3n-20261201t080000-k3x9-0001-copy", false)]
    [TestCase(ResourceKind.Bucket, "s3n-20261201t080000-k3x9", false)]
    [TestCase(ResourceKind.Bucket, "s3n-20261201t080000-k3x8-0001", false)]
    [TestCase(ResourceKind.Bucket, "my-s3n-20261201t080000-k3x9-0001", false)]
    [TestCase(ResourceKind.Queue, "s3n-20261201t080000-k3x9-0001", false)]
    [TestCase(ResourceKind.Queue, "s3n-20261201t080000-k3x9-0001-", false)]
    [TestCase(ResourceKind.Topic, "s3n-20261201t080000-k3x9-01-sns", false)]
    public void ARunSelectsOnlyItsOwnNames(ResourceKind kind, string name, bool selected) =>
        Assert.That(RunSelection.Of(Run).Selects(kind, name), Is.EqualTo(selected));

    [Test]
    public void OlderThanReadsTheTimestampInTheRunId()
    {
        // Given a selection of runs older than 2 h at 10:00
        var selection = RunSelection.OlderThan(TimeSpan.FromHours(2), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        // Then
        Assert.That(selection.Selects(ResourceKind.Bucket, "s3n-20261201t075959-aaaa-0001"), Is.True);
        Assert.That(selection.Selects(ResourceKind.Queue, "s3n-20261130t230000-aaaa-0001-sqs-1"), Is.True);
        Assert.That(selection.Selects(ResourceKind.Bucket, "s3n-20261201t080001-aaaa-0001"), Is.False);
        Assert.That(selection.Selects(ResourceKind.Bucket, "s3n-20261301t000000-aaaa-0001"), Is.False, "month 13 is no timestamp");
        Assert.That(selection.Selects(ResourceKind.Bucket, "s3n-20201201t000000-aaaa-0001-x"), Is.False);
    }
}
