namespace S3NotifyConformance.Faults;

/// <summary>What a planned fault breaks: the destination endpoint (down, slow, answering an error) or the store itself (a restart).</summary>
public enum FaultKind
{
    /// <summary><c>endpoint-down</c>: the destination refuses connections for a while.</summary>
    EndpointDown,

    /// <summary><c>endpoint-slow</c>: the destination answers each delivery after a delay for a while.</summary>
    EndpointSlow,

    /// <summary><c>endpoint-error</c>: the destination answers each delivery with an HTTP error status for a while.</summary>
    EndpointError,

    /// <summary><c>store-restart</c>: the store's processes are stopped and started again (launched stores only).</summary>
    StoreRestart,
}

/// <summary>Names of fault kinds as <c>--fault</c> and files spell them.</summary>
public static class FaultKinds
{
    /// <summary>Every kind by its name.</summary>
    public static ImmutableSortedDictionary<string, FaultKind> ByName { get; } = new Dictionary<string, FaultKind>
    {
        ["endpoint-down"] = FaultKind.EndpointDown,
        ["endpoint-slow"] = FaultKind.EndpointSlow,
        ["endpoint-error"] = FaultKind.EndpointError,
        ["store-restart"] = FaultKind.StoreRestart,
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The name of <paramref name="kind"/>, e.g. <c>endpoint-down</c>.</summary>
    public static string ToName(this FaultKind kind) => ByName.First(k => k.Value == kind).Key;

    /// <summary>True for the kinds that act on the destination endpoint (the harness's receiver, or a store's stand-in for it).</summary>
    public static bool IsEndpoint(this FaultKind kind) => kind != FaultKind.StoreRestart;
}
