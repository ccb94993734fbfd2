using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Faults;

/// <summary>Checks the fault steps of loaded scenarios, so a bad <c>spec</c> fails the load (one line naming the file, the scenario,
/// the step and the field) instead of the step when it runs.</summary>
public static class FaultSteps
{
    /// <summary>Throws a <see cref="ScenarioDefinitionException"/> for the first fault step whose spec does not parse, or names
    /// <c>at=</c> (a step applies its fault when it runs).</summary>
    public static void Validate(IEnumerable<Scenario> scenarios)
    {
        foreach (var scenario in scenarios)
        {
            for (var i = 0; i < scenario.Steps.Length; i++)
            {
                if (scenario.Steps[i] is FaultStep step)
                {
                    Check(scenario, i + 1, step.Spec);
                }
            }
        }
    }

    private static void Check(Scenario scenario, int index, string spec)
    {
        ScenarioDefinitionException Error(string why) => new($"{scenario.File}: scenario '{scenario.Id}': step {index} (fault) spec: {why}");
        FaultSpec fault;
        try
        {
            fault = FaultSpec.Parse(spec, requireAt: false);
        }
        catch (FaultPlanException e)
        {
            throw Error(e.Message);
        }

        if (fault.Text.Split(':', 2) is [_, var settings] && settings.Split(',').Any(s => s.StartsWith("at=", StringComparison.Ordinal)))
        {
            throw Error($"fault '{spec}': a step takes no at= (it applies the fault when it runs)");
        }
    }
}
