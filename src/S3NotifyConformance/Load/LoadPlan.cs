using S3NotifyConformance.Load.Simulations;

namespace S3NotifyConformance.Load;

/// <summary>A validated chain of simulations, as NBomber chains them: each starts when the previous ends; ramps start from the
/// previous simulation's level when it has the same model (else from 0); an iterations-bounded simulation can only come last.</summary>
public sealed class LoadPlan
{
    private LoadPlan(ImmutableArray<PlannedPhase> phases) => Phases = phases;

    /// <summary>The simulations on the time line.</summary>
    public ImmutableArray<PlannedPhase> Phases { get; }

    /// <summary>The simulations in order.</summary>
    public IEnumerable<LoadSimulation> Simulations => Phases.Select(p => p.Simulation);

    /// <summary>The plan's length, or null when its last simulation ends after a number of iterations.</summary>
    public TimeSpan? Duration => Phases[^1].End;

    /// <summary>The text forms, one per simulation.</summary>
    public ImmutableArray<string> Texts => [.. Phases.Select(p => p.Simulation.Text)];

    /// <summary>Validates and lays out the simulations; every problem is listed in one <see cref="LoadPlanException"/>.</summary>
    public static LoadPlan Create(IEnumerable<LoadSimulation> simulations)
    {
        var list = simulations.ToList();
        var problems = list.SelectMany((s, i) => s.Problems().Select(p => $"simulation {i + 1}: {p}")).ToList();
        if (list.Count == 0)
        {
            problems.Add("a load plan needs at least one simulation (e.g. inject:rate=100,interval=1s,during=20s)");
        }
        else if (list.All(s => s.Model == LoadModel.Pause))
        {
            problems.Add("a load plan of pauses only makes no load");
        }

        var bounded = list.FindIndex(s => s.Duration is null);
        if (bounded >= 0 && bounded < list.Count - 1)
        {
            problems.Add($"simulation {bounded + 1}: {list[bounded].Name} ends after its iterations, so it can only be the last simulation");
        }

        if (problems.Count > 0)
        {
            throw new LoadPlanException("invalid load plan: " + string.Join("; ", problems));
        }

        return new LoadPlan(Layout(list));
    }

    /// <summary>Parses text forms (see <see cref="LoadSimulationParser"/>) into a plan.</summary>
    public static LoadPlan Parse(IEnumerable<string> texts) => Create(texts.Select(LoadSimulationParser.Parse));

    /// <summary>The same plan cut off at <paramref name="limit"/> (a warm-up runs the plan's start for its own length).</summary>
    public LoadPlan Truncate(TimeSpan limit) => new([.. Phases.Where(p => p.Start < limit).Select(p => p with { End = p.End is { } end && end < limit ? end : limit })]);

    private static ImmutableArray<PlannedPhase> Layout(List<LoadSimulation> simulations)
    {
        var phases = ImmutableArray.CreateBuilder<PlannedPhase>(simulations.Count);
        var start = TimeSpan.Zero;
        LoadSimulation? previous = null;
        foreach (var simulation in simulations)
        {
            var level = previous is not null && previous.Model == simulation.Model ? EndLevel(previous) : 0;
            var end = simulation.Duration is { } d ? start + d : (TimeSpan?)null;
            phases.Add(new PlannedPhase(phases.Count, simulation, start, end, level));
            start = end ?? start;
            previous = simulation;
        }

        return phases.MoveToImmutable();
    }

    private static int EndLevel(LoadSimulation simulation) => simulation switch
    {
        InjectSimulation s => s.Rate,
        RampingInjectSimulation s => s.Rate,
        InjectRandomSimulation s => (s.MinRate + s.MaxRate) / 2,
        KeepConstantSimulation s => s.Copies,
        RampingConstantSimulation s => s.Copies,
        _ => 0,
    };
}
