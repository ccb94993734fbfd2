using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Matrix;

/// <summary>Several stores' conformance runs side by side: every scenario's outcome per store, grouped by family, and the
/// differences from Amazon S3 with the stores that show each (the wpt.fyi view: tests × implementations).</summary>
/// <param name="Stores">One column per run, in the order given.</param>
/// <param name="Scenarios">Every scenario of any run, in the order first seen.</param>
public sealed record StoreMatrix(ImmutableArray<StoreColumn> Stores, ImmutableArray<string> Scenarios)
{
    /// <summary>Builds the matrix of <paramref name="runs"/>; two runs of one target are told apart by their run ids.</summary>
    public static StoreMatrix Of(IReadOnlyList<RunResult> runs)
    {
        if (runs.Count == 0)
        {
            throw new ArgumentException("a matrix needs at least one conformance run");
        }

        var names = runs.GroupBy(r => r.Target.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stores = runs.Select(r => new StoreColumn(names.Contains(r.Target.Name) ? $"{r.Target.Name} ({r.RunId})" : r.Target.Name, r)).ToImmutableArray();
        var scenarios = runs.SelectMany(r => r.Scenarios.Select(s => s.Id)).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new StoreMatrix(stores, scenarios);
    }

    /// <summary>The scenarios grouped by family, in the order first seen.</summary>
    public IEnumerable<IGrouping<string, string>> Families => Scenarios.GroupBy(ScenarioFamily.Of, StringComparer.Ordinal);

    /// <summary>Every distinct difference of any store, the one shown by most stores (then most scenarios) first.</summary>
    public ImmutableArray<MatrixDifference> Differences => [.. Stores
        .SelectMany(s => s.Run.Differences.Select(d => (Store: s, Difference: d)))
        .GroupBy(x => x.Difference.Fingerprint, StringComparer.Ordinal)
        .Select(g => new MatrixDifference(g.First().Difference, Stores.Select(s => g.FirstOrDefault(x => x.Store == s).Difference).ToImmutableArray()))
        .OrderByDescending(d => d.PerStore.Count(x => x is not null))
        .ThenByDescending(d => d.PerStore.Sum(x => x?.Scenarios.Length ?? 0))
        .ThenBy(d => d.Example.Fingerprint, StringComparer.Ordinal)];
}
