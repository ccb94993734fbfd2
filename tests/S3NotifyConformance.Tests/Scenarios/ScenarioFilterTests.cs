using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Tests.Scenarios;

public sealed class ScenarioFilterTests
{
    [TestCase("created/*", "created/put", true)]
    [TestCase("created/*", "created/deep/put", false)]
    [TestCase("created/**", "created/deep/put", true)]
    [TestCase("*/put", "created/put", true)]
    [TestCase("keys/a*,filters/*", "filters/prefix-hit", true)]
    [TestCase("keys/a*,filters/*", "keys/space", false)]
    [TestCase("created/pu?", "created/put", true)]
    [TestCase("", "anything/at-all", true)]
    public void GlobSelectsByScenarioId(string glob, string id, bool selected) =>
        Assert.That(ScenarioFilter.Parse(glob).Matches(id), Is.EqualTo(selected));
}
