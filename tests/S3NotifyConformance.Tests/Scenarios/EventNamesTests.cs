using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Tests.Scenarios;

public sealed class EventNamesTests
{
    [Test]
    public void ThereAreTwentySevenConfigurableEventNames() => Assert.That(EventNames.All, Has.Length.EqualTo(27).And.Unique);

    [TestCase("s3:ObjectCreated:*", "ObjectCreated:Put", true)]
    [TestCase("s3:ObjectCreated:*", "ObjectCreated:CompleteMultipartUpload", true)]
    [TestCase("s3:ObjectCreated:*", "ObjectRemoved:Delete", false)]
    [TestCase("s3:ObjectCreated:Put", "ObjectCreated:Put", true)]
    [TestCase("s3:ObjectCreated:Put", "ObjectCreated:Post", false)]
    [TestCase("s3:ObjectRemoved:*", "ObjectRemoved:DeleteMarkerCreated", true)]
    [TestCase("s3:ObjectRestore:*", "ObjectRestore:Completed", true)]
    [TestCase("s3:LifecycleExpiration:*", "LifecycleExpiration:Delete", true)]
    [TestCase("s3:LifecycleTransition", "LifecycleTransition", true)]
    [TestCase("s3:ObjectTagging:Put", "ObjectTagging:Delete", false)]
    public void WildcardSelectsItsCategoryAndSpecificNamesOnlyThemselves(string configured, string recordName, bool selects) =>
        Assert.That(EventNames.Selects(configured, recordName), Is.EqualTo(selects));
}
