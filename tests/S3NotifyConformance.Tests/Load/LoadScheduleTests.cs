using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary>The scheduling math: intended starts of open-model phases and copies of closed-model ones.</summary>
public sealed class LoadScheduleTests
{
    [Test]
    public void InjectSpreadsEachIntervalsIterationsEvenly()
    {
        // Given
        var phase = LoadPlan.Parse(["inject:rate=10,interval=1s,during=2s"]).Phases[0];

        // When
        var starts = LoadSchedule.IntendedStarts(phase, new Random(1)).ToList();

        // Then
        Assert.That(starts, Has.Count.EqualTo(20));
        Assert.That(starts.Zip(starts.Skip(1), (a, b) => b - a), Is.All.EqualTo(TimeSpan.FromMilliseconds(100)));
        Assert.That(starts[0], Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void RampingInjectReachesItsRateInTheLastInterval()
    {
        // Given 0 → 100 per second over 4 s
        var phase = LoadPlan.Parse(["ramping-inject:rate=100,interval=1s,during=4s"]).Phases[0];

        // When
        var perSecond = LoadSchedule.IntendedStarts(phase, new Random(1)).GroupBy(s => (int)s.TotalSeconds).Select(g => g.Count());

        // Then
        Assert.That(perSecond, Is.EqualTo(new[] { 25, 50, 75, 100 }));
    }

    [Test]
    public void RampingInjectStartsFromThePreviousRate()
    {
        var phase = LoadPlan.Parse(["inject:rate=100,interval=1s,during=1s", "ramping-inject:rate=0,interval=1s,during=2s"]).Phases[1];
        var perSecond = LoadSchedule.IntendedStarts(phase, new Random(1)).GroupBy(s => (int)s.TotalSeconds).Select(g => g.Count());
        Assert.That(perSecond, Is.EqualTo(new[] { 50 }));
    }

    [Test]
    public void InjectRandomStaysWithinItsBoundsAndRepeatsWithTheSameSeed()
    {
        var phase = LoadPlan.Parse(["inject-random:min=5,max=15,interval=1s,during=20s"]).Phases[0];
        var counts = LoadSchedule.IntendedStarts(phase, new Random(7)).GroupBy(s => (int)s.TotalSeconds).Select(g => g.Count()).ToList();
        Assert.That(counts, Is.All.InRange(5, 15));
        Assert.That(LoadSchedule.ScheduledCount(phase, 7), Is.EqualTo(counts.Sum()));
    }

    [Test]
    public void APartialLastIntervalInjectsItsShare()
    {
        var phase = LoadPlan.Parse(["inject:rate=10,interval=1s,during=2500ms"]).Phases[0];
        Assert.That(LoadSchedule.IntendedStarts(phase, new Random(1)).Count(), Is.EqualTo(25));
    }

    [Test]
    public void IterationsForInjectStopsAfterItsIterations()
    {
        var phase = LoadPlan.Parse(["iterations-for-inject:rate=10,interval=1s,iterations=35"]).Phases[0];
        var starts = LoadSchedule.IntendedStarts(phase, new Random(1)).ToList();
        Assert.That(starts, Has.Count.EqualTo(35));
        Assert.That(starts[^1], Is.EqualTo(TimeSpan.FromMilliseconds(3400)));
    }

    [Test]
    public void RampingConstantMovesCopiesLinearlyFromThePreviousCount()
    {
        var phase = LoadPlan.Parse(["keep-constant:copies=10,during=1s", "ramping-constant:copies=20,during=10s"]).Phases[1];
        Assert.That(
            new[] { 1, 6, 11, 20 }.Select(s => LoadSchedule.CopiesAt(phase, TimeSpan.FromSeconds(s))),
            Is.EqualTo(new[] { 10, 15, 20, 20 }));
    }
}
