namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>A fault's name on the command line, what it breaks, and whether a conformance run must fail on it.</summary>
/// <param name="Fault">The fault.</param>
/// <param name="Name">Its kebab-case name (<c>--fault NAME</c>).</param>
/// <param name="Area">What it breaks.</param>
/// <param name="MustFail">True: AWS never behaves so, a run must fail. False: AWS may behave so (or it is outside AWS's record
/// and judged as an extension), a run must not fail.</param>
/// <param name="Description">One line: what the store does wrong (or differently).</param>
/// <param name="DuplicationAllowance">The share of duplicate deliveries the target states alongside this fault (a target
/// file's <c>duplicationAllowance</c>), for the duplicate faults; 0 otherwise.</param>
public sealed record StoreFaultInfo(StoreFault Fault, string Name, StoreFaultArea Area, bool MustFail, string Description, double DuplicationAllowance = 0);
