namespace S3NotifyConformance.Faults;

/// <summary>Something the harness owns and can disrupt for an endpoint fault: its webhook receiver, or the delivery of a store
/// it launched in-process. Never a component the harness did not start.</summary>
public interface IFaultSurface
{
    /// <summary>Where a fault of <paramref name="kind"/> is applied, in words for reports (what is down, and what that means).</summary>
    string Describe(FaultKind kind);

    /// <summary>Puts the fault in force; returns once it is.</summary>
    Task BeginAsync(FaultSpec fault, CancellationToken cancellationToken);

    /// <summary>Lifts the fault; returns once it is lifted.</summary>
    Task EndAsync(FaultSpec fault, CancellationToken cancellationToken);
}
