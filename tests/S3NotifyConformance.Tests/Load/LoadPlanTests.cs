using S3NotifyConformance.Load;
using S3NotifyConformance.Load.Simulations;

namespace S3NotifyConformance.Tests.Load;

/// <summary>Simulations parse from their text forms and chain by NBomber's rules; bad input is refused with a clear message.</summary>
public sealed class LoadPlanTests
{
    [Test]
    public void EveryTextFormParsesToItsSimulationAndBack()
    {
        // Given
        string[] texts =
        [
            "inject:rate=500,interval=1s,during=20s", "ramping-inject:rate=100,interval=1s,during=10s", "inject-random:min=5,max=10,interval=1s,during=5s",
            "keep-constant:copies=8,during=10s", "ramping-constant:copies=4,during=5s", "iterations-for-constant:copies=2,iterations=100",
            "iterations-for-inject:rate=50,interval=1s,iterations=200", "pause:during=2s",
        ];

        // When
        var parsed = texts.Select(LoadSimulationParser.Parse).ToList();

        // Then
        Assert.That(parsed.Select(s => s.Text), Is.EqualTo(texts));
        Assert.That(parsed.Select(s => s.Name), Is.EqualTo(new[]
        {
            "Inject", "RampingInject", "InjectRandom", "KeepConstant", "RampingConstant", "IterationsForConstant", "IterationsForInject", "Pause",
        }));
    }

    [Test]
    public void NBomberNamesInAnyCaseAreAccepted() =>
        Assert.That(LoadSimulationParser.Parse("RampingInject:rate=10,during=5s"), Is.EqualTo(Simulation.RampingInject(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))));

    [TestCase("inject:rate=-5,interval=1s,during=10s", "rate must not be negative")]
    [TestCase("inject:rate=5,interval=1s,during=0s", "during must be longer than zero")]
    [TestCase("inject:rate=5,interval=0s,during=10s", "interval must be longer than zero")]
    [TestCase("inject:rate=5,interval=2s,during=1s", "interval 2s is longer than during 1s")]
    [TestCase("inject-random:min=10,max=5,interval=1s,during=10s", "max 5 is less than min 10")]
    [TestCase("iterations-for-constant:copies=0,iterations=10", "copies must be at least 1")]
    [TestCase("keep-constant:copies=-1,during=5s", "copies must not be negative")]
    public void InvalidValuesAreRefusedWithTheReason(string text, string reason)
    {
        var error = Assert.Throws<LoadPlanException>(() => LoadPlan.Parse([text]));
        Assert.That(error!.Message, Does.Contain(reason).And.Contain("simulation 1"));
    }

    [TestCase("warp:rate=5", "unknown simulation")]
    [TestCase("inject:rate=5,during=10s,colour=red", "unknown setting(s) colour")]
    [TestCase("inject:interval=1s,during=10s", "lacks rate=")]
    [TestCase("inject:rate=five,during=10s", "rate 'five' is not a whole number")]
    [TestCase("inject:rate=5,during=ten", "is not a duration")]
    public void MalformedTextIsRefusedWithTheAcceptedForms(string text, string reason) =>
        Assert.That(Assert.Throws<LoadPlanException>(() => LoadSimulationParser.Parse(text))!.Message, Does.Contain(reason));

    [Test]
    public void AnEmptyPlanOrOnlyPausesMakesNoLoad()
    {
        Assert.That(Assert.Throws<LoadPlanException>(() => LoadPlan.Create([]))!.Message, Does.Contain("at least one simulation"));
        Assert.That(Assert.Throws<LoadPlanException>(() => LoadPlan.Parse(["pause:during=1s"]))!.Message, Does.Contain("pauses only"));
    }

    [Test]
    public void AnIterationsBoundedSimulationCanOnlyComeLast()
    {
        var error = Assert.Throws<LoadPlanException>(() => LoadPlan.Parse(["iterations-for-constant:copies=1,iterations=5", "pause:during=1s"]));
        Assert.That(error!.Message, Does.Contain("simulation 1: IterationsForConstant ends after its iterations, so it can only be the last simulation"));
    }

    [Test]
    public void SimulationsChainInTimeAndRampsStartFromThePreviousLevelOfTheSameModel()
    {
        // Given
        var plan = LoadPlan.Parse([
            "inject:rate=50,interval=1s,during=10s", "ramping-inject:rate=100,interval=1s,during=5s", "pause:during=2s",
            "ramping-inject:rate=20,interval=1s,during=5s", "keep-constant:copies=4,during=3s", "ramping-constant:copies=0,during=3s",
        ]);

        // Then
        Assert.That(plan.Phases.Select(p => p.Start.TotalSeconds), Is.EqualTo(new[] { 0.0, 10, 15, 17, 22, 25 }));
        Assert.That(plan.Phases.Select(p => p.StartLevel), Is.EqualTo(new[] { 0, 50, 0, 0, 0, 4 }));
        Assert.That(plan.Duration, Is.EqualTo(TimeSpan.FromSeconds(28)));
    }

    [Test]
    public void TruncatingKeepsThePlansStartForAWarmUp()
    {
        var plan = LoadPlan.Parse(["inject:rate=50,interval=1s,during=10s", "keep-constant:copies=2,during=10s"]).Truncate(TimeSpan.FromSeconds(3));
        Assert.That(plan.Phases, Has.Length.EqualTo(1));
        Assert.That(plan.Duration, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }
}
