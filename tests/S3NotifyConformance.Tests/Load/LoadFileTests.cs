using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary>Load files carry the same settings as the command line; simulations as text or as one-key maps.</summary>
public sealed class LoadFileTests
{
    [Test]
    public void ReadsSimulationsThresholdsAndStoreFaults()
    {
        // Given
        const string yaml = """
            target: embedded
            warmup: 5s
            drain: 10s
            simulations:
              - inject:rate=500,interval=1s,during=20s
              - ramping-inject: { rate: 100, interval: 1s, during: 10s }
            thresholds:
              - delivery.p99 < 500ms
              - loss == 0
            store:
              delay: normal:mean=30ms,sd=5ms
              duplicate: 0.05
            """;

        // When
        var file = LoadFileLoader.Parse(yaml, "load.yaml");

        // Then
        Assert.That(LoadFileLoader.SimulationTexts(file), Is.EqualTo(new[] { "inject:rate=500,interval=1s,during=20s", "ramping-inject:rate=100,interval=1s,during=10s" }));
        Assert.That(LoadPlan.Parse(LoadFileLoader.SimulationTexts(file)).Duration, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That((file.Warmup, file.Drain, file.Thresholds, file.Store!.Delay, file.Store.Duplicate),
            Is.EqualTo(("5s", "10s", new List<string> { "delivery.p99 < 500ms", "loss == 0" }, "normal:mean=30ms,sd=5ms", (double?)0.05)));
    }

    [Test]
    public void ABrokenFileNamesLineAndColumn() =>
        Assert.That(Assert.Throws<LoadPlanException>(() => LoadFileLoader.Parse("simulations: [inject\n  bad: : :", "load.yaml"))!.Message, Does.StartWith("load file load.yaml:"));
}
